"""Spreadsheets (.xlsx .xlsm .xls .ods) read with calamine: fast, and it never evaluates formulas."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import python_calamine as calamine

from ..errors import (DamagedFileError, EmptyFileError, NotASpreadsheetError, PasswordProtectedError,
                      UnknownSheetError)
from .rawtable import RawTable, find_header_row, unique_headers
from .safety import check_workbook_file
from .sheet_extent import check_sheet_extent

SPREADSHEET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}


def _open(path: Path) -> calamine.CalamineWorkbook:
    """Open after the pre-read checks of :mod:`.safety`; calamine's errors become typed ones."""
    check_workbook_file(path)
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise PasswordProtectedError("The workbook is password-protected.", reason="password") from exc
    except (calamine.ZipError, calamine.XmlError) as exc:
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from exc
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise NotASpreadsheetError("The file is not a readable spreadsheet.", reason=str(exc)) from exc
    except BaseException as exc:              # a Rust panic inside calamine (pyo3 PanicException)
        if type(exc).__name__ != "PanicException":
            raise
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from None


def list_sheets(path: Path) -> list[str]:
    """Names of the workbook's sheets, in order."""
    return list(_open(path).sheet_names)


def _sheet_rows(book: calamine.CalamineWorkbook, name: str) -> list[list[object]]:
    try:
        return book.get_sheet_by_name(name).to_python(skip_empty_area=True)
    except calamine.PasswordError as exc:
        raise PasswordProtectedError("The workbook is password-protected.", reason="password") from exc
    except (calamine.CalamineError, ValueError) as exc:
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from exc
    except BaseException as exc:              # a Rust panic inside calamine (pyo3 PanicException)
        if type(exc).__name__ != "PanicException":
            raise
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from None


def _clean(value: object) -> object:
    if value == "" or value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dt.time):   # a bare time of day is not a date we can use
        return value.isoformat()
    return value


def read_spreadsheet(path: Path, *, sheet: str | None = None, file_kind: str = "xlsx") -> RawTable:
    """Read one sheet (the first with data when ``sheet`` is None)."""
    book = _open(path)
    names = list(book.sheet_names)
    if sheet is not None and sheet not in names:
        raise UnknownSheetError(f"The workbook has no sheet named {sheet!r}.", sheet=sheet, sheets=names)
    candidates = [sheet] if sheet is not None else names
    rows: list[list[object]] = []
    chosen = candidates[0] if candidates else None
    for name in candidates:
        check_sheet_extent(path, name)
        rows = _sheet_rows(book, name)
        if any(any(c not in ("", None) for c in r) for r in rows):
            chosen = name
            break
    rows = [[_clean(c) for c in r] for r in rows]
    rows = [r for r in rows if any(c is not None for c in r)]
    if not rows:
        raise EmptyFileError("The sheet is empty.", path=str(path), sheet=chosen)
    header_at = find_header_row(rows)
    header, body = rows[header_at], rows[header_at + 1:]
    if not body:
        raise EmptyFileError("The sheet has a header but no rows.", path=str(path), sheet=chosen,
                             header_only=True)
    width = max(len(header), max(len(r) for r in body))
    while width > 1 and (width > len(header) or header[width - 1] is None) and \
            all(len(r) < width or r[width - 1] is None for r in body):
        width -= 1
    frame = pd.DataFrame([r[:width] + [None] * (width - len(r)) for r in body], dtype=object)
    frame.columns = unique_headers(list(header[:width]) + [None] * (width - len(header)))
    return RawTable(frame=frame, source=path, file_kind=file_kind,
                    sheet=chosen, sheets=names, header_row=header_at)
