"""Writing a frame into an xlsx worksheet fast and safely: one typed writer per column.

xlsxwriter in constant-memory mode flushes each row as soon as the next begins, so a sheet is
written row by row; the per-value work (type checks, text cleaning, date arithmetic) is done
once per column beforehand, vectorised where it can be, so the row loop only hands prepared
values to the writer.  Text is always a string cell (never a formula, a number or a link),
without the control characters xlsx cannot hold and cut to Excel's 32,767 characters.
"""
from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import Cancelled
from ..tasks import Progress
from .safe_text import XLSX_CELL_MAX, clean_text, has_unwritable

EXCEL_EPOCH = np.datetime64("1899-12-30", "ns")      # day 0 of Excel's 1900 date system (after its 1900 leap bug)
_NS_PER_DAY = 86_400 * 10**9
ROWS_PER_REPORT = 20_000
# Writing cells releases and retakes the interpreter lock at every buffered write, so quickly that another
# thread waiting for it (the window's, when an export runs in a worker) can starve for most of a second;
# a real pause every ROWS_PER_PAUSE rows hands it over (about 5 % of an export's time).
ROWS_PER_PAUSE = 500
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
    values = [_any_value(v) for v in series.to_numpy(dtype=object)]
    if all(v is None or isinstance(v, str) for v in values):
        texts = [v for v in values if v is not None]
        if texts and (has_unwritable(texts) or max(map(len, texts)) > XLSX_CELL_MAX):
            values = [None if v is None else clean_text(v)[:XLSX_CELL_MAX] for v in values]
        return SheetColumn(values, "text", _width(header, [v for v in values[:2000] if v]))
    values = [clean_text(v)[:XLSX_CELL_MAX] if isinstance(v, str) else v for v in values]
    return SheetColumn(values, "mixed", _width(header, [str(v) for v in values[:2000] if v is not None]))


def _any_value(value: object) -> object:
    """A cell of an object column as text, a number, a date serial (as a ``_Date``) or None."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date, np.datetime64)):
        return _Date(_serials(pd.Series([pd.Timestamp(value)]))[0])
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    return str(value)


class _Date(float):
    """A date serial in a mixed column, so the writer gives it the date format."""


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
    """Write the prepared ``columns`` from ``first_row`` down, row by row (constant-memory order).

    ``formats`` holds each column's cell format (None: none; a mixed column's is a
    ``(number, date)`` pair); a cancel through ``progress`` is noticed every
    :data:`ROWS_PER_REPORT` rows.
    """
    writers: list[Callable[..., Any]] = []
    for column in columns:
        writers.append({"text": ws.write_string, "number": ws.write_number, "date": ws.write_number,
                        "boolean": ws.write_boolean}.get(column.kind) or _mixed_writer(ws))
    plan = list(zip(range(len(columns)), writers, [c.values for c in columns], formats))
    n = len(columns[0].values) if columns else 0
    for r in range(n):
        if r % ROWS_PER_REPORT == 0 and progress.cancelled:
            raise Cancelled()
        if r % ROWS_PER_PAUSE == ROWS_PER_PAUSE - 1:
            time.sleep(PAUSE_SECONDS)
        row = first_row + r
        for c, write, values, fmt in plan:
            value = values[r]
            if value is not None:
                write(row, c, value, fmt)


def _mixed_writer(ws: Any) -> Callable[..., Any]:
    def write(row: int, col: int, value: object, fmt: Any) -> None:
        if isinstance(value, str):
            ws.write_string(row, col, value)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, _Date):
            ws.write_number(row, col, float(value), fmt[1] if isinstance(fmt, tuple) else None)
        else:
            ws.write_number(row, col, value, fmt[0] if isinstance(fmt, tuple) else None)
    return write
