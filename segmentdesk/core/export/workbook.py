"""The exported workbook: a ``Summary`` sheet, then one sheet per segment (public contract)."""
from __future__ import annotations

import datetime as dt
import math
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
from ..segments.figures import segment_figures
from ..segments.model import Segment
from ..tasks import Progress
from ..unique_names import numbered_unique
from .destination import ExportFiles, cannot_write, make_folders
from .members import export_fields, require_mailing_columns, segment_masks, select_rows
from .report import ExportReport, SegmentReport

SHEET_NAME_MAX = 31
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
SUMMARY_HEADERS = ("name", "rule", "count", "exported rows", "reachable", "revenue share",
                   "left out: do not contact")


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
                   progress: Progress | None = None, blocked: np.ndarray | None = None) -> ExportReport:
    """Write the segments' members to an xlsx workbook at ``path`` (replaced atomically).

    Only customers with marketing consent are written unless ``include_without_consent``;
    never those ``blocked`` marks (the do-not-contact list).
    A failure or a cancel leaves an existing file at ``path`` as it was.
    """
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if not columns:
        require_mailing_columns(ds)
    fields = export_fields(ds, columns)
    progress = progress or Progress()
    path = Path(path)
    make_folders([path])            # before anything is built: a bad destination fails fast and cleanly
    book = Workbook(write_only=True)
    summary = book.create_sheet("Summary")
    report = ExportReport("xlsx", path, include_without_consent=include_without_consent)
    names = sheet_names([s.name for s in segments])
    sheets, figures = [], []
    for i, segment, mask in segment_masks(ds, segments, as_of=as_of, all_segments=all_segments, progress=progress):
        rows = select_rows(ds, mask, fields, as_of=as_of, include_without_consent=include_without_consent,
                           blocked=blocked)
        figures.append(segment_figures(ds, mask))
        report.segments.append(SegmentReport(segment.name, rows.count, len(rows.frame), rows.without_consent,
                                             files=[path], sheet=names[i], do_not_contact=rows.do_not_contact))
        sheets.append((names[i], rows.frame))
    summary.append([_cell(summary, h, bold=True) for h in SUMMARY_HEADERS])
    for segment, item, figure in zip(segments, report.segments, figures):
        summary.append([_cell(summary, v) for v in (segment.name, describe(segment.rule, lang), item.count,
                                                     item.exported, figure.reachable)]
                       + [_percent(summary, figure.revenue_share), _cell(summary, item.do_not_contact)])
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 70
    for sheet, frame in sheets:
        ws = book.create_sheet(sheet)
        ws.append([_cell(ws, h, bold=True) for h in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            ws.append([_cell(ws, v) for v in row])
        for letter, width in zip("ABCDEFGHIJ", (32, 16, 20, 18, 18, 18, 18, 18, 18, 18)):
            ws.column_dimensions[letter].width = width
    with ExportFiles(path) as files:
        tmp = files.new(path, suffix=".xlsx")
        try:
            book.save(tmp)
        except OSError as exc:
            raise cannot_write(path, exc) from exc
        progress.report(1.0, "")        # the last chance to cancel: nothing is in place yet
        files.commit()
    return report


def _percent(ws, share: float) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=round(float(share), 6))
    cell.number_format = "0.0%"
    return cell
