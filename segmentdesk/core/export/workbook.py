"""The exported workbook: a ``Summary`` sheet, then one sheet per segment (public contract)."""
from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ..data.dataset import Dataset
from ..errors import ExportError
from ..segments.describe import describe
from ..segments.evaluate import Evaluator
from ..segments.figures import segment_figures
from ..segments.model import Segment
from ..tasks import Progress
from ..unique_names import numbered_unique
from .members import export_fields, require_mailing_columns, select_rows

SHEET_NAME_MAX = 31
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
SUMMARY_HEADERS = ("name", "rule", "count", "exported rows", "reachable", "revenue share")


@dataclass
class SegmentExport:
    name: str
    sheet: str
    count: int
    exported: int
    without_consent: int
    reachable: int
    revenue_share: float


@dataclass
class ExportReport:
    path: Path
    segments: list[SegmentExport] = field(default_factory=list)
    include_without_consent: bool = False

    @property
    def rows(self) -> int:
        return sum(s.exported for s in self.segments)


def sheet_names(names: list[str]) -> list[str]:
    """Sheet names for segments: Excel-safe, at most 31 characters, unique without case, not 'Summary'."""
    taken = {"summary", "history"}          # "History" is reserved by Excel
    return [numbered_unique(name.translate(_FORBIDDEN).strip().strip("'") or "Segment", taken,
                            max_len=SHEET_NAME_MAX) for name in names]


def _cell(ws, value: object, *, bold: bool = False) -> WriteOnlyCell:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        value = None
    elif isinstance(value, (pd.Timestamp, np.datetime64)):
        value = pd.Timestamp(value).to_pydatetime()
    elif isinstance(value, np.generic):
        value = value.item()
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"          # text stays text: '=1+1' is written as the string it is
    elif isinstance(value, dt.datetime):
        cell.number_format = "d.m.yyyy" if value.time() == dt.time() else "d.m.yyyy h:mm"
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_workbook(path: str | Path, ds: Dataset, segments: list[Segment], *, as_of: dt.date,
                   all_segments: Mapping[str, Segment] | None = None, columns: list[str] | None = None,
                   include_without_consent: bool = False, lang: str = "en",
                   progress: Progress | None = None) -> ExportReport:
    """Write the segments' members to an xlsx workbook at ``path`` (replaced atomically).

    Only customers with marketing consent are written unless ``include_without_consent``.
    """
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if not columns:
        require_mailing_columns(ds)
    fields = export_fields(ds, columns)
    evaluator = Evaluator(ds, as_of=as_of, segments=all_segments or {s.name: s for s in segments})
    progress = progress or Progress()
    path = Path(path)
    try:                       # before anything is built: a bad destination fails fast and cleanly
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}", reason="os", path=str(path)) from exc
    book = Workbook(write_only=True)
    summary = book.create_sheet("Summary")
    report = ExportReport(path, include_without_consent=include_without_consent)
    sheets = []
    for i, (segment, sheet) in enumerate(zip(segments, sheet_names([s.name for s in segments]))):
        progress.report(i / len(segments), segment.name)
        mask = evaluator.mask(segment.rule)
        rows = select_rows(ds, mask, fields, as_of=as_of, include_without_consent=include_without_consent)
        figures = segment_figures(ds, mask)
        report.segments.append(SegmentExport(segment.name, sheet, rows.count, len(rows.frame),
                                             rows.without_consent, figures.reachable, figures.revenue_share))
        sheets.append((sheet, rows.frame, segment, figures))
    summary.append([_cell(summary, h, bold=True) for h in SUMMARY_HEADERS])
    for (sheet, frame, segment, figures), item in zip(sheets, report.segments):
        summary.append([_cell(summary, v) for v in (segment.name, describe(segment.rule, lang), item.count,
                                                     item.exported, item.reachable)]
                       + [_percent(summary, item.revenue_share)])
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 70
    for sheet, frame, _segment, _figures in sheets:
        ws = book.create_sheet(sheet)
        ws.append([_cell(ws, h, bold=True) for h in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            ws.append([_cell(ws, v) for v in row])
        for letter, width in zip("ABCDEFGHIJ", (32, 16, 20, 18, 18, 18, 18, 18, 18, 18)):
            ws.column_dimensions[letter].width = width
    _atomic_save(book, path)
    progress.report(1.0, "")
    return report


def _percent(ws, share: float) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=round(float(share), 6))
    cell.number_format = "0.0%"
    return cell


def _atomic_save(book: Workbook, path: Path) -> None:
    """Write beside the target and rename, so a failed export never leaves half a file."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".segmentdesk-", suffix=".xlsx", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}", reason="os", path=str(path)) from exc
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        raise ExportError(f"Cannot write {path}: is it open in Excel?", reason="locked", path=str(path)) from exc
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}", reason="os", path=str(path)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
