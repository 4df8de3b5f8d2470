"""What the sample-shop generators share: seeded drawing of words and digits, and writing files
the way a Finnish shop's Excel exports them (``d.m.yyyy``, decimal comma, a byte-identical xlsx)."""
from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

EPOCH = date(1970, 1, 1)
FILE_TIMESTAMP = datetime.datetime(2026, 11, 1, 8, 0, 0)
_FOLD = str.maketrans("äöå", "aoa")


def day_number(d: date) -> int:
    """Days since 1970-01-01."""
    return (d - EPOCH).days


def pick(rng: np.random.Generator, words: Sequence[str] | Mapping[str, float], n: int,
         zipf: float | None = None) -> np.ndarray:
    """n draws from words: weighted by a mapping's values, Zipf-like by rank, or uniformly."""
    if isinstance(words, Mapping):
        p = np.array(list(words.values()), float)
    else:
        p = 1.0 / (np.arange(len(words)) + zipf) if zipf else np.ones(len(words))
    return np.array(list(words), dtype=object)[rng.choice(len(p), size=n, p=p / p.sum())]


def digits(values: np.ndarray, width: int = 1) -> np.ndarray:
    """Zero-padded decimal text of non-negative integers, built from small lookup tables."""
    values = np.asarray(values, np.int64)
    top = int(values.max(initial=0))
    if top < 100_000:
        return np.array([f"{i:0{width}d}" for i in range(top + 1)], dtype=object)[values]
    low = np.array([f"{i:04d}" for i in range(10_000)], dtype=object)
    return digits(np.arange(top // 10_000 + 1), max(width - 4, 1))[values // 10_000] + low[values % 10_000]


def folded(words: np.ndarray) -> np.ndarray:
    """Lower-case ASCII (ä→a, ö→o, å→a), folding each distinct word once."""
    codes, uniques = pd.factorize(words)
    return np.array([w.lower().translate(_FOLD) for w in uniques], dtype=object)[codes]


def finnish_dates(values: pd.Series) -> np.ndarray:
    """``d.m.yyyy`` text (no leading zeros), None where missing."""
    days = values.to_numpy("datetime64[D]")
    out, ok = np.full(days.size, None, dtype=object), ~np.isnat(days)
    if ok.any():
        ints = days[ok].astype(np.int64)
        lo = int(ints.min())
        # One string per distinct day, then a lookup: millions of rows share a few thousand dates.
        table = [EPOCH + datetime.timedelta(days=lo + i) for i in range(int(ints.max()) - lo + 1)]
        out[ok] = np.array([f"{d.day}.{d.month}.{d.year}" for d in table], dtype=object)[ints - lo]
    return out


def finnish_euros(values: pd.Series) -> np.ndarray:
    """Two decimals with a decimal comma, e.g. ``49,90``."""
    cents = np.rint(values.to_numpy(float) * 100).astype(np.int64)
    return np.array([f"{c // 100},{c % 100:02d}" for c in range(int(cents.max(initial=0)) + 1)], dtype=object)[cents]


def write_xlsx(frame: pd.DataFrame, path: Path, *, sheet: str, widths: Sequence[float],
               date_columns: Sequence[str] = (), text_columns: Sequence[str] = ()) -> None:
    """One sheet with a bold, frozen header row; dates as real dates shown ``d.m.yyyy``, text
    columns formatted as text (``@``).  The same frame gives the same bytes (fixed file times)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook(write_only=True)
    wb.properties.creator = "SegmentDesk"
    wb.properties.created = wb.properties.modified = FILE_TIMESTAMP
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    formats = {**{c: "d.m.yyyy" for c in date_columns}, **{c: "@" for c in text_columns}}

    def cell(value: object, number_format: str | None = None, bold: bool = False) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        if number_format:
            c.number_format = number_format
        if bold:
            c.font = Font(bold=True)
        return c

    ws.append([cell(name, bold=True) for name in frame.columns])
    columns = []
    for name in frame.columns:
        values = frame[name].astype(object).to_numpy()
        values = [None if pd.isna(v) else v.date() if name in date_columns else v for v in values]
        columns.append([v if v is None or name not in formats else cell(v, formats[name]) for v in values])
    for row in zip(*columns):
        ws.append(list(row))

    # openpyxl's save() stamps "now" into docProps/core.xml and every zip entry; write through
    # ExcelWriter and re-pack with fixed times so the same data gives the same bytes.
    buffer = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FILE_TIMESTAMP.timetuple()[:6]), src.read(info),
                         compress_type=zipfile.ZIP_DEFLATED)
