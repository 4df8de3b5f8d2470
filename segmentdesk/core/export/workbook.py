"""The exported workbook: a summary sheet, then one sheet per segment (public contract).

For people by default: the summary sheet and every heading in the user's language, bold
frozen headers with a filter, widths that fit, real dates shown ``d.m.yyyy`` in Finnish,
amounts as numbers with two decimals, codes and phones as text; ``headings="keys"`` keeps
the contract's names for scripts (``Summary``, field names).  Optionally one workbook per
segment (:func:`workbook_paths`).

Written with xlsxwriter in constant-memory mode: each row goes to disk as the next begins, so
a large export needs little memory and no second pass (see ARCHITECTURE.md for why not openpyxl).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd
from xlsxwriter.exceptions import FileCreateError

from ..data.audience import CONSENT, WITHOUT_CONSENT
from ..data.dataset import Dataset
from ..errors import ExportError
from ..privacy.pseudonyms import Pseudonyms
from ..segments.describe import describe
from ..segments.figures import segment_figures
from ..segments.model import Segment
from ..tasks import Progress
from ..unique_names import numbered_unique
from .csv_files import file_paths
from .destination import ExportFiles, cannot_write, make_folders
from .export_words import (HEADINGS, SUMMARY_COLUMNS, column_headings, column_values, summary_headings,
                           summary_sheet_name)
from .members import export_fields, require_mailing_columns, segment_masks, select_rows
from .report import ExportReport, SegmentReport
from .safe_text import clean_text
from .sheet_columns import SheetColumn, has_time, prepare_column, write_rows
from .sheet_xml import TextSafeWorkbook

SHEET_NAME_MAX = 31
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
SUMMARY_HEADERS = tuple(SUMMARY_COLUMNS)       # the keys, in the contract's order
MONEY_FIELDS = ("total_spend", "avg_order_value", "income")
MONEY_PREFIXES = ("spend_in_last:", "spend_in_category:")
TEXT_FIELDS = ("customer_id", "postal_code", "phone")     # codes: never numbers, leading zeros kept
# xlsxwriter turns nothing into a formula, number or link by itself: text stays the text it is.
BOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False, "nan_inf_to_errors": False}


def sheet_names(names: list[str], *, taken: set[str] | None = None) -> list[str]:
    """Sheet names for segments: Excel-safe, at most 31 characters, unique without case, not a summary's.

    ``taken`` (casefolded names already used, updated) lets a workbook name its sheets one at a time."""
    taken = {"summary", "yhteenveto", "history"} if taken is None else taken     # "History": reserved by Excel
    taken |= {"summary", "yhteenveto", "history"}
    return [numbered_unique(name.translate(_FORBIDDEN).strip().strip("'") or "Segment", taken,
                            max_len=SHEET_NAME_MAX) for name in names]


def workbook_paths(out: str | Path, names: list[str]) -> list[Path]:
    """One workbook per segment: ``out`` a ``.xlsx`` name gives ``<stem>-<segment>.xlsx`` beside it
    (just ``out`` for one segment), anything else is a folder of ``<segment>.xlsx``."""
    return file_paths(out, names, suffix=".xlsx")


def write_workbook(path: str | Path, ds: Dataset, segments: list[Segment], *, as_of: dt.date,
                   all_segments: Mapping[str, Segment] | None = None, columns: list[str] | None = None,
                   include_without_consent: bool = False, basis: str = CONSENT, lang: str = "en",
                   headings: str = "labels", file_per_segment: bool = False,
                   progress: Progress | None = None, blocked: np.ndarray | None = None,
                   pseudonyms: Pseudonyms | None = None) -> ExportReport:
    """Write the segments' members to an xlsx workbook at ``path`` (replaced atomically), or with
    ``file_per_segment`` one workbook per segment (:func:`workbook_paths`), each with its summary.

    Who is written: :func:`.members.select_rows` on ``basis`` (``include_without_consent`` is
    the basis ``without_consent``); never those ``blocked`` marks (the do-not-contact list).
    ``headings``: ``labels`` (the user's language, ``lang``) or ``keys`` (the contract's names).
    ``pseudonyms`` (demo mode): members' personal fields and the rules' values on them as pseudonyms.
    All files move into place together: a failure or a cancel leaves every existing file as it
    was and no new one.
    """
    if headings not in HEADINGS:
        raise ExportError(f"Unknown headings {headings!r}; use one of {', '.join(HEADINGS)}.", reason="headings")
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if not columns:
        require_mailing_columns(ds)
    fields = export_fields(ds, columns)
    progress = progress or Progress()
    basis = WITHOUT_CONSENT if include_without_consent else basis
    path = Path(path)
    names = [s.name for s in segments]
    paths = workbook_paths(path, names) if file_per_segment else [path] * len(segments)
    make_folders(paths)            # before anything is built: a bad destination fails fast and cleanly
    report = ExportReport("xlsx", path, basis=basis)
    layout = _Layout(fields, headings, lang)
    with ExportFiles(path) as files:
        books: list[_Book] = []
        try:
            masks = segment_masks(ds, segments, as_of=as_of, all_segments=all_segments, progress=progress)
            for i, segment, mask in masks:
                if not books or file_per_segment:
                    books.append(_Book(files, paths[i], layout))
                book = books[-1]
                rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked,
                                   pseudonyms=pseudonyms)
                sheet = book.add_members(segment, rows.frame, progress)
                item = SegmentReport.of(segment.name, rows.audience, files=[paths[i]], sheet=sheet)
                shown = segment if pseudonyms is None else replace(segment, rule=pseudonyms.rule(segment.rule))
                book.add_summary_row(shown, item, segment_figures(ds, mask, blocked=blocked))
                report.segments.append(item)
            for book in books:
                book.close()
        finally:
            for book in books:
                book.discard()
        progress.report(1.0, "")        # the last chance to cancel: nothing is in place yet
        files.commit()
    return report


@dataclass(frozen=True)
class _Layout:
    """What every workbook of one export shares: its fields and their headings, the language."""

    fields: list[str]
    headings: str
    lang: str

    @property
    def column_headings(self) -> list[str]:
        return column_headings(self.fields, self.headings, self.lang)


class _Book:
    """One workbook being written: its summary sheet first, a sheet per segment after it."""

    def __init__(self, files: ExportFiles, path: Path, layout: _Layout) -> None:
        self.path, self.layout = path, layout
        self.book = TextSafeWorkbook(str(files.new(path, suffix=".xlsx")), BOOK_OPTIONS)
        self.styles = _Styles(self.book, layout.lang)
        self.summary = self.book.add_worksheet(summary_sheet_name(layout.headings, layout.lang))
        self.rows: list[tuple[Segment, SegmentReport, Any]] = []
        self.taken: set[str] = set()

    def add_members(self, segment: Segment, frame: pd.DataFrame, progress: Progress) -> str:
        name = sheet_names([segment.name], taken=self.taken)[0]
        ws = self.book.add_worksheet(name)
        _member_sheet(ws, frame, self.layout, self.styles, progress)
        return name

    def add_summary_row(self, segment: Segment, item: SegmentReport, figure: Any) -> None:
        self.rows.append((segment, item, figure))

    def close(self) -> None:
        _summary_sheet(self.summary, self.rows, self.layout, self.styles)
        try:
            self.book.close()
        except FileCreateError as exc:          # xlsxwriter's wrapper of the OSError it met
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
            raise cannot_write(self.path, cause) from exc
        except OSError as exc:
            raise cannot_write(self.path, exc) from exc

    def discard(self) -> None:
        _discard(self.book)


class _Styles:
    """The workbook's cell formats, made once."""

    def __init__(self, book: Any, lang: str) -> None:
        day = "d.m.yyyy" if lang == "fi" else "yyyy-mm-dd"
        self.header = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": day})
        self.date_time = book.add_format({"num_format": day + " h:mm"})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.text_wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.header_wrap = book.add_format({"bold": True, "text_wrap": True, "valign": "bottom"})
        self.money = book.add_format({"num_format": "#,##0.00"})

    def of(self, column: SheetColumn, field: str) -> Any:
        if column.kind == "date":
            return self.date_time if has_time(column) else self.date
        if column.kind == "mixed":
            return (self.money if _is_money(field) else None, self.date)
        if column.kind == "number" and _is_money(field):
            return self.money
        return None


def _is_money(field: str) -> bool:
    return field in MONEY_FIELDS or field.startswith(MONEY_PREFIXES)


def _as_text(series: pd.Series) -> pd.Series:
    """A code column that was read as numbers, as the text it was (``100.0`` → ``100``)."""
    if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return series
    return pd.Series([None if pd.isna(v) else (str(int(v)) if float(v).is_integer() else str(v)) for v in series],
                     dtype=object)


def _member_sheet(ws: Any, frame: pd.DataFrame, layout: _Layout, styles: _Styles, progress: Progress) -> None:
    """Header in row 1 (bold, frozen, filtered), one row per member below."""
    headers = layout.column_headings
    fields = layout.fields
    columns = [prepare_column(_as_text(frame.iloc[:, c]) if f in TEXT_FIELDS
                              else column_values(f, frame.iloc[:, c], layout.headings, layout.lang), h)
               for c, (f, h) in enumerate(zip(fields, headers))]
    for c, column in enumerate(columns):
        ws.set_column(c, c, column.width)
    ws.freeze_panes(1, 0)
    _print_setup(ws)
    if headers:
        ws.autofilter(0, 0, len(frame), len(headers) - 1)
    for c, header in enumerate(headers):
        ws.write_string(0, c, header, styles.header)
    write_rows(ws, columns, [styles.of(col, f) for col, f in zip(columns, fields)], first_row=1, progress=progress)


def _summary_sheet(ws: Any, rows: list[tuple[Segment, SegmentReport, Any]], layout: _Layout,
                   styles: _Styles) -> None:
    """One row per segment: name, the rule in words, counts, who was left out and why (contract order)."""
    headers = summary_headings(layout.headings, layout.lang)
    for c, header in enumerate(headers):
        ws.write_string(0, c, header, styles.header_wrap)
    # Narrow count columns under wrapped headings: the sheet prints one page wide at a readable size.
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 56, styles.text_wrap)
    ws.set_column(2, len(headers) - 1, 14)
    # Row heights are set rather than left to the reader: LibreOffice does not grow a row for wrapped text.
    ws.set_row(0, 15 * (1 + max(math.ceil(len(h) / 12) for h in headers[2:])) if len(headers) > 2 else 15)
    ws.freeze_panes(1, 0)
    _print_setup(ws)
    for r, (segment, item, figure) in enumerate(rows, start=1):
        ws.write_string(r, 0, clean_text(segment.name))
        words = clean_text(describe(segment.rule, layout.lang))
        ws.write_string(r, 1, words)
        ws.set_row(r, 15 * max(1, math.ceil(len(words) / 52)))
        for c, value in enumerate((item.count, item.exported, figure.reachable), start=2):
            ws.write_number(r, c, value)
        ws.write_number(r, 5, round(float(figure.revenue_share), 6), styles.percent)
        for c, value in enumerate((item.do_not_contact, item.opted_out, item.without_consent, item.invalid_email,
                                   item.duplicates, item.by_exception), start=6):
            ws.write_number(r, c, value)


def _print_setup(ws: Any) -> None:
    """Printed as a shop owner expects a list: A4 landscape, every column on the page's width, the
    heading row on every page, the sheet's name and page numbers in the footer."""
    ws.set_paper(9)                     # A4
    ws.set_landscape()
    ws.fit_to_pages(1, 0)               # one page wide, as many pages tall as it takes
    ws.repeat_rows(0)
    ws.set_footer("&L&A&R&P / &N")


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
