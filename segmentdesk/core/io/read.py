"""One entry point for every supported file: ``read_table``."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import FileReadError, NotASpreadsheetError
from .csv_reader import read_csv
from .excel_reader import SPREADSHEET_SUFFIXES, list_sheets, read_spreadsheet
from .rawtable import RawTable

TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
SUPPORTED_SUFFIXES = tuple(sorted(TEXT_SUFFIXES | set(SPREADSHEET_SUFFIXES)))

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def read_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_row: int | None = None) -> RawTable:
    """Read a customer or order file into a :class:`RawTable`.

    ``encoding`` and ``delimiter`` (delimited text only) and ``header_row`` override what is
    detected; ``RawTable`` reports what was used, so a reader can offer to change it.

    The format is decided by the file's first bytes where they are telling (a zip or an
    OLE container is a workbook whatever its name), otherwise by its suffix.
    Raises :class:`FileReadError` subclasses for anything that is not a usable table.
    """
    path = Path(path)
    if not path.is_file():
        raise FileReadError(f"No such file: {path}", reason="missing", path=str(path))
    with _os_errors_typed(path):
        with path.open("rb") as fh:
            magic = fh.read(8)
        suffix = path.suffix.lower()
        if magic.startswith(_ZIP_MAGIC) or magic.startswith(_OLE_MAGIC):
            kind = SPREADSHEET_SUFFIXES.get(suffix) or ("xlsx" if magic.startswith(_ZIP_MAGIC) else "xls")
            return read_spreadsheet(path, sheet=sheet, file_kind=kind, header_row=header_row)
        if suffix in SPREADSHEET_SUFFIXES:
            raise NotASpreadsheetError("The file is named like a workbook but is not one.", path=str(path))
        return read_csv(path, encoding=encoding, delimiter=delimiter, header_row=header_row)


def sheet_names(path: str | Path) -> list[str]:
    """Sheets of a workbook; an empty list for delimited text."""
    path = Path(path)
    with _os_errors_typed(path):
        return list_sheets(path) if path.suffix.lower() in SPREADSHEET_SUFFIXES else []


@contextmanager
def _os_errors_typed(path: Path) -> Iterator[None]:
    """A file locked by another program, without permission, or gone meanwhile: a FileReadError."""
    try:
        yield
    except OSError as exc:
        raise FileReadError(f"Cannot read {path.name}: {exc.strerror or exc}", reason="unreadable",
                            path=str(path)) from exc
