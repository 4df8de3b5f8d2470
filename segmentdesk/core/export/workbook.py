"""The exported workbook: a ``Summary`` sheet, then one sheet per segment (public contract).

Written with xlsxwriter in constant-memory mode: each row goes to disk as the next begins, so
a large export needs little memory and no second pass (see ARCHITECTURE.md for why not openpyxl).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from ..data.audience import CONSENT, WITHOUT_CONSENT
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
from .sheet_columns import SheetColumn, has_time, prepare_column, write_rows

SHEET_NAME_MAX = 31
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
SUMMARY_HEADERS = ("name", "rule", "count", "exported rows", "reachable", "revenue share",
                   "left out: do not contact")
# xlsxwriter turns nothing into a formula, number or link by itself: text stays the text it is.
BOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False, "nan_inf_to_errors": False}


def sheet_names(names: list[str]) -> list[str]:
    """Sheet names for segments: Excel-safe, at most 31 characters, unique without case, not 'Summary'."""
    taken = {"summary", "history"}          # "History" is reserved by Excel
    return [numbered_unique(name.translate(_FORBIDDEN).strip().strip("'") or "Segment", taken,
                            max_len=SHEET_NAME_MAX) for name in names]


def write_workbook(path: str | Path, ds: Dataset, segments: list[Segment], *, as_of: dt.date,
                   all_segments: Mapping[str, Segment] | None = None, columns: list[str] | None = None,
                   include_without_consent: bool = False, basis: str = CONSENT, lang: str = "en",
                   progress: Progress | None = None, blocked: np.ndarray | None = None) -> ExportReport:
    """Write the segments' members to an xlsx workbook at ``path`` (replaced atomically).

    Who is written: :func:`.members.select_rows` on ``basis`` (``include_without_consent`` is
    the basis ``without_consent``); never those ``blocked`` marks (the do-not-contact list).
    A failure or a cancel leaves an existing file at ``path`` as it was and no other file.
    """
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if not columns:
        require_mailing_columns(ds)
    fields = export_fields(ds, columns)
    progress = progress or Progress()
    basis = WITHOUT_CONSENT if include_without_consent else basis
    path = Path(path)
    make_folders([path])            # before anything is built: a bad destination fails fast and cleanly
    report = ExportReport("xlsx", path, basis=basis)
    names = sheet_names([s.name for s in segments])
    with ExportFiles(path) as files:
        tmp = files.new(path, suffix=".xlsx")
        book = xlsxwriter.Workbook(str(tmp), BOOK_OPTIONS)
        try:
            styles = _Styles(book, lang)
            summary = book.add_worksheet("Summary")
            figures = []
            for i, segment, mask in segment_masks(ds, segments, as_of=as_of, all_segments=all_segments,
                                                  progress=progress):
                rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked)
                figures.append(segment_figures(ds, mask, blocked=blocked))
                report.segments.append(SegmentReport.of(segment.name, rows.audience, files=[path], sheet=names[i]))
                _member_sheet(book.add_worksheet(names[i]), rows.frame, styles, progress)
            _summary_sheet(summary, segments, report.segments, figures, styles, lang)
            book.close()
        except FileCreateError as exc:          # xlsxwriter's wrapper of the OSError it met
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
            raise cannot_write(path, cause) from exc
        except OSError as exc:
            raise cannot_write(path, exc) from exc
        finally:
            _discard(book)
        progress.report(1.0, "")        # the last chance to cancel: nothing is in place yet
        files.commit()
    return report


class _Styles:
    """The workbook's cell formats, made once."""

    def __init__(self, book: Any, lang: str) -> None:
        day = "d.m.yyyy" if lang == "fi" else "yyyy-mm-dd"
        self.header = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": day})
        self.date_time = book.add_format({"num_format": day + " h:mm"})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.text_wrap = book.add_format({"text_wrap": True, "valign": "top"})

    def of(self, column: SheetColumn) -> Any:
        if column.kind == "date":
            return self.date_time if has_time(column) else self.date
        if column.kind == "mixed":
            return (None, self.date)
        return None


def _member_sheet(ws: Any, frame: pd.DataFrame, styles: _Styles, progress: Progress) -> None:
    """Header in row 1 (bold, frozen, filtered), one row per member below."""
    headers = [str(h) for h in frame.columns]
    columns = [prepare_column(frame[h], h) for h in frame.columns]
    for c, (header, column) in enumerate(zip(headers, columns)):
        ws.set_column(c, c, column.width)
    ws.freeze_panes(1, 0)
    if headers:
        ws.autofilter(0, 0, len(frame), len(headers) - 1)
    for c, header in enumerate(headers):
        ws.write_string(0, c, header, styles.header)
    write_rows(ws, columns, [styles.of(col) for col in columns], first_row=1, progress=progress)


def _summary_sheet(ws: Any, segments: list[Segment], items: list[SegmentReport], figures: list,
                   styles: _Styles, lang: str) -> None:
    for c, header in enumerate(SUMMARY_HEADERS):
        ws.write_string(0, c, header, styles.header)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 70)
    ws.set_column(2, len(SUMMARY_HEADERS) - 1, 14)
    ws.freeze_panes(1, 0)
    for r, (segment, item, figure) in enumerate(zip(segments, items, figures), start=1):
        ws.write_string(r, 0, segment.name)
        ws.write_string(r, 1, describe(segment.rule, lang))
        ws.write_number(r, 2, item.count)
        ws.write_number(r, 3, item.exported)
        ws.write_number(r, 4, figure.reachable)
        ws.write_number(r, 5, round(float(figure.revenue_share), 6), styles.percent)
        ws.write_number(r, 6, item.do_not_contact)


def _discard(book: Any) -> None:
    """After a failure or a cancel: close the unfinished workbook's row files and delete them
    (xlsxwriter removes each only as it copies it into a finished file)."""
    if book.fileclosed:
        return
    book.fileclosed = True          # nothing more to write: its __del__ need not warn
    for sheet in book.worksheets():
        handle, name = getattr(sheet, "row_data_fh", None), getattr(sheet, "row_data_filename", None)
        if handle is not None and not handle.closed:
            handle.close()
        if name:
            Path(name).unlink(missing_ok=True)
