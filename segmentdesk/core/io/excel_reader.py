"""Spreadsheets (.xlsx .xlsm .xls .ods) read with calamine: fast, and it never evaluates formulas."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import python_calamine as calamine

from ..errors import (DamagedFileError, EmptyFileError, FileReadError, NotASpreadsheetError,
                      PasswordProtectedError, UnknownSheetError)
from .rawtable import RawTable, find_header_row, unique_headers
from .safety import check_workbook_file
from .sheet_extent import check_sheet_extent

HEADER_SEARCH_ROWS = 20
SPREADSHEET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}


def _open(path: Path) -> calamine.CalamineWorkbook:
    """Open after the pre-read checks of :mod:`.safety`; calamine's errors become typed ones."""
    check_workbook_file(path)
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except BaseException as exc:
        typed = _typed(exc, otherwise=NotASpreadsheetError)
        if typed is None:
            raise
        raise typed from exc


def list_sheets(path: Path) -> list[str]:
    """Names of the workbook's sheets, in order."""
    with _open(path) as book:
        return list(book.sheet_names)


def _sheet_rows(book: calamine.CalamineWorkbook, name: str) -> list[list[object]]:
    try:
        return book.get_sheet_by_name(name).to_python(skip_empty_area=True)
    except BaseException as exc:
        typed = _typed(exc, otherwise=DamagedFileError)
        if typed is None:
            raise
        raise typed from exc


def _typed(exc: BaseException, *, otherwise: type[NotASpreadsheetError]) -> FileReadError | None:
    """The typed error for what calamine raised (None for anything else, e.g. KeyboardInterrupt).

    A Rust panic inside calamine arrives as pyo3's ``PanicException``, a ``BaseException``.
    """
    if isinstance(exc, calamine.PasswordError):
        return PasswordProtectedError("The workbook is password-protected.", reason="password")
    if isinstance(exc, (calamine.ZipError, calamine.XmlError)) or type(exc).__name__ == "PanicException":
        return DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc))
    if isinstance(exc, (calamine.CalamineError, OSError, ValueError)):
        return otherwise("The file is not a readable spreadsheet.", reason=str(exc))
    return None


def _clean(value: object) -> object:
    if value == "" or value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dt.time):   # a bare time of day is not a date we can use
        return value.isoformat()
    return value


def _cleaned(cells: pd.DataFrame) -> pd.DataFrame:
    """Blank text becomes None and bare times text, column by column over distinct values
    (a sheet repeats values a lot; cleaning each of a million cells in Python is slow)."""
    out = {}
    for column in cells.columns:
        values = cells[column].to_numpy(dtype=object)
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        answers = np.empty(len(uniques) + 1, dtype=object)
        answers[:-1] = [_clean(u) for u in uniques]
        answers[-1] = None
        out[column] = answers[codes]
    return pd.DataFrame(out, index=cells.index, dtype=object)


def read_spreadsheet(path: Path, *, sheet: str | None = None, file_kind: str = "xlsx",
                     header_row: int | None = None) -> RawTable:
    """Read one sheet (the first with data when ``sheet`` is None).

    ``header_row`` (0-based, counting the sheet's non-empty rows) overrides the detected one.
    """
    # Closed as soon as the rows are out: an open workbook holds the file (Windows then refuses to
    # replace it, and the garbage collector warns about it).
    with _open(path) as book:
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise UnknownSheetError(f"The workbook has no sheet named {sheet!r}.", sheet=sheet, sheets=names)
        candidates = [sheet] if sheet is not None else names
        rows: list[list[object]] = []
        first_row = 0
        chosen = candidates[0] if candidates else None
        for name in candidates:
            check_sheet_extent(path, name)
            rows = _sheet_rows(book, name)
            first_row = (book.get_sheet_by_name(name).start or (0, 0))[0]    # rows above it were skipped
            if any(any(c not in ("", None) for c in r) for r in rows):
                chosen = name
                break
    cells = _cleaned(pd.DataFrame(rows, dtype=object)) if rows else pd.DataFrame(dtype=object)
    del rows
    cells = cells[cells.notna().any(axis=1).to_numpy()] if len(cells) else cells
    numbers = cells.index.to_numpy(dtype=np.int64) + first_row + 1     # as Excel numbers the rows
    if cells.empty:
        raise EmptyFileError("The sheet is empty.", path=str(path), sheet=chosen)
    header_at = find_header_row(cells.iloc[:HEADER_SEARCH_ROWS].to_numpy().tolist()) if header_row is None \
        else min(header_row, len(cells) - 1)
    header, body = cells.iloc[header_at].tolist(), cells.iloc[header_at + 1:]
    if body.empty:
        raise EmptyFileError("The sheet has a header but no rows.", path=str(path), sheet=chosen,
                             header_only=True)
    width = body.shape[1]
    while width > 1 and header[width - 1] is None and body.iloc[:, width - 1].isna().all():
        width -= 1
    frame = body.iloc[:, :width].reset_index(drop=True)
    frame.columns = unique_headers(header[:width])
    return RawTable(frame=frame, source=path, file_kind=file_kind,
                    sheet=chosen, sheets=names, header_row=header_at, row_numbers=numbers[header_at + 1:],
                    header_number=int(numbers[header_at]))
