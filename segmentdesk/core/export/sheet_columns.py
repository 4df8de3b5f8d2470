"""Writing a frame into an xlsx worksheet fast and safely: each column prepared once, rows in blocks.

The per-value work (type checks, text cleaning, date arithmetic) is done once per column
beforehand, vectorised where it can be; the rows are then written a block at a time as the XML
:mod:`.sheet_xml` makes, straight into the worksheet's constant-memory row file.  Text is always
a string cell (never a formula, a number or a link), without the control characters xlsx cannot
hold and cut to Excel's 32,767 characters.
"""
from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import Cancelled
from ..tasks import Progress
from .safe_text import XLSX_CELL_MAX, clean_text, has_unwritable
from .sheet_xml import ColumnCells, DateSerial, row_numbers, rows_xml

EXCEL_EPOCH = np.datetime64("1899-12-30", "ns")      # day 0 of Excel's 1900 date system (after its 1900 leap bug)
_NS_PER_DAY = 86_400 * 10**9
# Writing releases and retakes the interpreter lock at every buffered write, so quickly that another thread
# waiting for it (the window's, when an export runs in a worker) can starve; a real pause after each block
# of ROWS_PER_BLOCK rows hands it over.  A block is also how often a cancel is noticed.
ROWS_PER_BLOCK = 1000
PAUSE_SECONDS = 0.0005
WIDTH_MIN, WIDTH_MAX = 8, 60


@dataclass
class SheetColumn:
    """One prepared column: its values (None: an empty cell), how each is written, its format and width."""

    values: list[Any]
    kind: str                   # text number date boolean
    width: float


def prepare_column(series: pd.Series, header: str) -> SheetColumn:
    """``series`` as the values a sheet writes (see the module's docstring)."""
    if pd.api.types.is_bool_dtype(series.dtype):
        values = [None if pd.isna(v) else bool(v) for v in series.to_numpy(dtype=object)]
        return SheetColumn(values, "boolean", _width(header, ["FALSE"]))
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return SheetColumn(_serials(series), "date", _width(header, ["31.12.2000 00:00"]))
    if pd.api.types.is_numeric_dtype(series.dtype):
        numbers = series.to_numpy(dtype="float64", na_value=np.nan)
        values = np.where(np.isfinite(numbers), numbers, np.nan).tolist()
        values = [None if v != v else v for v in values]
        return SheetColumn(values, "number", _width(header, ["0000000.00"]))
    objects = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(objects, skipna=True) in ("string", "empty"):     # text or missing: most columns
        values = objects.tolist()
        for i in np.flatnonzero(pd.isna(objects)).tolist():
            values[i] = None
        is_text = True
    else:
        values = [_any_value(v) for v in objects]
        is_text = all(v is None or isinstance(v, str) for v in values)
    if is_text:
        texts = [v for v in values if v is not None]
        if texts and (has_unwritable(texts) or max(map(len, texts)) > XLSX_CELL_MAX):
            values = [None if v is None else clean_text(v)[:XLSX_CELL_MAX] for v in values]
        return SheetColumn(values, "text", _width(header, [v for v in values[:2000] if v]))
    values = [clean_text(v)[:XLSX_CELL_MAX] if isinstance(v, str) else v for v in values]
    return SheetColumn(values, "mixed", _width(header, [str(v) for v in values[:2000] if v is not None]))


def _any_value(value: object) -> object:
    """A cell of an object column as text, a number, a date serial (a :class:`.sheet_xml.DateSerial`) or None."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date, np.datetime64)):
        return DateSerial(_serials(pd.Series([pd.Timestamp(value)]))[0])
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    return str(value)


def _serials(series: pd.Series) -> list[float | None]:
    """Dates as Excel serial numbers (days since 1899-12-30, time as the fraction), None for a missing one."""
    stamps = pd.to_datetime(series, errors="coerce")
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)
    ns = stamps.to_numpy(dtype="datetime64[ns]")
    days = (ns - EXCEL_EPOCH).astype("int64") / _NS_PER_DAY
    return [None if missing else day for missing, day in zip(np.isnat(ns).tolist(), days.tolist())]


def has_time(column: SheetColumn) -> bool:
    return column.kind == "date" and any(v is not None and v % 1 for v in column.values)


def _width(header: str, samples: Sequence[str]) -> float:
    longest = max([len(header) + 3, *(len(s) for s in samples)]) if samples else len(header) + 3
    return float(min(max(longest + 1, WIDTH_MIN), WIDTH_MAX))


def write_rows(ws: Any, columns: list[SheetColumn], formats: list[Any], *, first_row: int,
               progress: Progress) -> None:
    """Write the prepared ``columns`` from ``first_row`` (0-based) down, after every row above it.

    ``ws`` is a worksheet of a constant-memory xlsxwriter workbook; ``formats`` holds each
    column's cell format (None: none; a mixed column's is a ``(number, date)`` pair).  A cancel
    through ``progress`` is noticed before each block of :data:`ROWS_PER_BLOCK` rows.
    """
    n = len(columns[0].values) if columns else 0
    if not n:
        return
    rows = _RowFile(ws, first_row)
    cells = [ColumnCells(c, "number" if column.kind == "date" else column.kind, fmt)
             for c, (column, fmt) in enumerate(zip(columns, formats))]
    for start in range(0, n, ROWS_PER_BLOCK):
        if progress.cancelled:
            raise Cancelled()
        stop = min(start + ROWS_PER_BLOCK, n)
        numbers = row_numbers(first_row + start + 1, stop - start)
        rows.write(rows_xml(first_row + start + 1,
                            [maker.cells(numbers, column.values[start:stop]) for maker, column in zip(cells, columns)]))
        time.sleep(PAUSE_SECONDS)
    rows.close(last_row=first_row + n - 1, last_col=len(columns) - 1)


class _RowFile:
    """A constant-memory worksheet's row file, written to directly.

    The one place that leans on xlsxwriter's internals (3.x): in constant-memory mode a sheet's
    rows go, as XML, to the file ``ws.fh`` while ``ws.previous_row`` is the row still being
    filled (``_write_single_row`` writes it out and moves on) and ``_check_dimensions`` records
    the sheet's used range.  ``tests/core/test_sheet_xml.py`` checks the result is the file
    xlsxwriter's own cell calls make.
    """

    def __init__(self, ws: Any, first_row: int) -> None:
        if not getattr(ws, "constant_memory", False):
            raise ValueError("rows are written straight into a constant-memory worksheet only")
        if first_row < ws.previous_row:
            raise ValueError(f"row {first_row} comes before rows already written")
        ws._write_single_row(first_row)         # the rows above (the heading) into the file first
        self.ws = ws

    def write(self, xml: str) -> None:
        self.ws.fh.write(xml)

    def close(self, *, last_row: int, last_col: int) -> None:
        self.ws._check_dimensions(last_row, last_col)
        self.ws._write_single_row(last_row + 1)     # nothing left pending; later cells go below
