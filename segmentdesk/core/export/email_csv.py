"""CSV exports of segment members: CSVs for Excel and other programs, files email tools and ad
platforms import as they are (the layouts and their sources: :mod:`.presets`).

Formats (the ``tool`` argument, the command line's ``--format``):

``csv``
    For Excel users in Finland: UTF-8 with a BOM (without it Excel misreads ä and ö), ``;``
    between cells, CRLF line ends, the columns of the xlsx export with field names as headers
    and ``email`` first, dates ``d.m.yyyy``, a decimal comma.  The same people as the workbook.
``csv-utf8``
    For any other program: UTF-8 without a BOM, ``,``, field names, ISO dates, a decimal point.
``mailchimp``, ``brevo``, ``mailerlite``, ``hubspot``, ``activecampaign``
    UTF-8 without a BOM (an importer may read it as part of the first header), ``,`` between
    cells, the headers each tool's importer maps by itself for email, first name, last name
    and phone (:data:`CONTACT_HEADERS`); other ``columns`` follow under their field names.
    Dates ``YYYY-MM-DD``, a decimal point.  Phones in international form (``+358401234567``).
    Mailchimp: a birth date as its ``Birthday`` ``MM/DD``, the segment's name in ``Tags``; or, with
    ``combined``, one file for the audience: each person once, their segments in ``Tags``
    (:mod:`.combined_list`).
``meta``, ``google-ads``
    The ad platforms' customer lists: only their identifier columns, normalised, optionally
    SHA-256 hashed here (:mod:`.ad_audiences`).

Who is written is the same in every format (:func:`.members.select_rows`: consent, the
do-not-contact list, valid emails trimmed and lower-cased, each address once).  Text a
spreadsheet would take for a formula gets a leading apostrophe (:func:`.safe_text.csv_safe`;
real numbers, international phones and valid emails excepted); a code with leading zeros is
written as its plain text.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from ..data.dataset import Dataset
from ..data.audience import CONSENT, WITHOUT_CONSENT
from ..errors import ExportError
from ..privacy.pseudonyms import Pseudonyms
from ..segments.model import Segment
from ..tasks import Progress
from .csv_files import csv_paths
from .destination import ExportFiles, cannot_write, make_folders
from .members import CONTACT_FIELDS, export_fields, require_mailing_columns, segment_masks, select_rows
from .report import ExportReport, SegmentReport
from .phone_numbers import international_phone
from .ad_audiences import ad_table
from .presets import (AD_PLATFORMS, CONTACT_HEADERS, CSV_FORMATS, EMAIL_TOOLS, FINNISH_EXCEL,  # noqa: F401
                      LAYOUTS, UTF8_CSV, CsvLayout)
from .safe_text import clean_text, csv_safe
from .combined_list import combined_path, combined_rows, require_combinable, tag_name

GENERIC = FINNISH_EXCEL
AD_FIELDS = ("email", "first_name", "last_name", "phone", "city", "postal_code", "country")


def write_email_csv(out: str | Path, ds: Dataset, segments: list[Segment], *, tool: str, as_of: dt.date,
                    all_segments: Mapping[str, Segment] | None = None, columns: list[str] | None = None,
                    include_without_consent: bool = False, basis: str = CONSENT, hashed: bool = False,
                    progress: Progress | None = None, blocked: np.ndarray | None = None,
                    pseudonyms: Pseudonyms | None = None, combined: bool = False) -> ExportReport:
    """Write each segment's members to a CSV file in the format ``tool`` (one of :data:`CSV_FORMATS`).

    ``out`` is a ``.csv`` file or a folder, see :func:`.csv_files.csv_paths`.  Who is written:
    :func:`.members.select_rows` on ``basis`` (``include_without_consent`` is the basis
    ``without_consent``); never those ``blocked`` marks (the do-not-contact list).  ``columns`` are
    field names as in the segment contract; without them the contact fields the data has.
    The email tools always get the email column, contact columns first; the ad platforms only
    their identifier columns, normalised, and with ``hashed`` as SHA-256 (:mod:`.ad_audiences`).
    ``pseudonyms`` (demo mode) writes pseudonyms for every personal field.  ``combined`` (a format
    with a tags column) writes one file instead, :func:`.combined_list.combined_path`: each person
    once, the chosen segments they are in as tags.  Every file is
    written beside its target and all move into place together once all are written: a
    failure or a cancel leaves no new file and every existing one as it was.
    """
    layout = LAYOUTS.get(tool)
    if layout is None:
        raise ExportError(f"Unknown CSV format {tool!r}; use one of {', '.join(CSV_FORMATS)}.",
                          reason="format", format=tool)
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if layout.contact_headers or not columns:
        require_mailing_columns(ds)
    if layout.ad_identifiers:
        fields = [f for f in AD_FIELDS if ds.has_role(f)]
    elif layout.contact_headers:
        fields = _mailing_fields(ds, columns)
    else:
        fields = export_fields(ds, columns)
    progress = progress or Progress()
    basis = WITHOUT_CONSENT if include_without_consent else basis
    report = ExportReport(tool, Path(out), basis=basis)
    if combined:
        require_combinable(layout)
        return _write_combined(out, ds, segments, fields, layout, report, as_of=as_of, all_segments=all_segments,
                               blocked=blocked, pseudonyms=pseudonyms, progress=progress)
    paths = csv_paths(out, [s.name for s in segments])
    make_folders(paths)
    with ExportFiles(out) as files:
        for i, segment, mask in segment_masks(ds, segments, as_of=as_of, all_segments=all_segments,
                                              progress=progress):
            rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked, pseudonyms=pseudonyms)
            table = (ad_table(rows.frame, layout, hashed=hashed) if layout.ad_identifiers
                     else segment_table(rows.frame, layout, tag=segment.name))
            _write_csv(files.new(paths[i], suffix=".csv"), paths[i], table, layout)
            report.segments.append(SegmentReport.of(segment.name, rows.audience, files=[paths[i]]))
        progress.report(1.0, "")        # the last chance to cancel: nothing is in place yet
        files.commit()
    return report


def _write_combined(out: str | Path, ds: Dataset, segments: list[Segment], fields: list[str], layout: CsvLayout,
                    report: ExportReport, *, as_of: dt.date, all_segments: Mapping[str, Segment] | None,
                    blocked: np.ndarray | None, pseudonyms: Pseudonyms | None, progress: Progress) -> ExportReport:
    path = combined_path(out)
    make_folders([path])
    masks = [mask for _, _, mask in segment_masks(ds, segments, as_of=as_of, all_segments=all_segments,
                                                  progress=progress)]
    rows, tags, reached = combined_rows(ds, masks, [s.name for s in segments], fields, as_of=as_of,
                                        basis=report.basis, blocked=blocked, pseudonyms=pseudonyms)
    report.combined = rows.audience
    report.segments = [SegmentReport.of(s.name, r, files=[path]) for s, r in zip(segments, reached)]
    with ExportFiles(out) as files:
        _write_csv(files.new(path, suffix=".csv"), path, segment_table(rows.frame, layout, tags=tags), layout)
        progress.report(1.0, "")
        files.commit()
    return report


def _write_csv(tmp: Path, path: Path, rows: Iterable[list[str]], layout: CsvLayout) -> None:
    """``rows`` (header first) as UTF-8 (with a BOM if the layout asks), CRLF line ends."""
    try:
        with open(tmp, "w", encoding="utf-8-sig" if layout.bom else "utf-8", newline="") as f:
            csv.writer(f, delimiter=layout.delimiter, lineterminator="\r\n").writerows(rows)
    except OSError as exc:
        raise cannot_write(path, exc) from exc


def _mailing_fields(ds: Dataset, columns: list[str] | None) -> list[str]:
    """Email first, then the other contact fields asked for, then the rest in the order asked."""
    fields = export_fields(ds, columns)
    contact = [f for f in CONTACT_FIELDS if f == "email" or f in fields]
    return contact + [f for f in dict.fromkeys(fields) if f not in CONTACT_FIELDS]


def segment_table(frame: pd.DataFrame, layout: CsvLayout, *, tag: str | None = None,
                  tags: list[str] | None = None) -> list[list[str]]:
    """The header and rows of one file as text; ``tag`` (the segment's name) fills the layout's tags
    column, or ``tags`` gives each row's cell (:func:`.combined_list.person_tags`).

    ``frame`` is :func:`.members.select_rows`'s frame: one column per field, named by the
    field (``column:`` left off).
    """
    headers = [_header(name, layout) for name in frame.columns]
    cells = [[_cell(v, layout, field=name) for v in frame[name]] for name in frame.columns]
    if layout.tags_header:
        headers.append(layout.tags_header)
        cells.append(tags if tags is not None else [csv_safe(tag_name(tag or ""))] * len(frame))
    return [headers, *(list(row) for row in zip(*cells))]


def _header(name: str, layout: CsvLayout) -> str:
    if name in layout.contact_headers:
        return layout.contact_headers[name]
    return csv_safe(clean_text(name))


def _cell(value: object, layout: CsvLayout, *, field: str = "") -> str:
    """One value as the format writes it; empty for a missing value."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif value is None or pd.isna(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return ("true" if value else "false") if layout.mailing_list else ("TRUE" if value else "FALSE")
    if isinstance(value, (pd.Timestamp, dt.datetime, np.datetime64, dt.date)):
        stamp = pd.Timestamp(value)
        if field == "birth_date" and layout.birthday_month_day:
            return f"{stamp.month:02d}/{stamp.day:02d}"
        return _date_time(stamp, layout)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _number(float(value), layout.decimal)
    return _text(str(value), layout, phone=(field == "phone"))


def _text(text: str, layout: CsvLayout, *, phone: bool) -> str:
    text = clean_text(text)
    if phone and layout.contact_headers:
        international = international_phone(text)
        if international is not None:
            return international
        if layout.phone_international_only:
            return ""
    return csv_safe(text)


def _date_time(ts: pd.Timestamp, layout: CsvLayout) -> str:
    has_time = (ts.hour, ts.minute, ts.second) != (0, 0, 0)
    if layout.mailing_list:
        return ts.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")
    day = f"{ts.day}.{ts.month}.{ts.year}"
    return f"{day} {ts.hour}:{ts.minute:02d}" if has_time else day


def _number(value: float, decimal: str) -> str:
    if not math.isfinite(value):
        return ""
    if value.is_integer():
        return str(int(value))
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    if float(text) == 0:
        return "0"
    return text.replace(".", decimal)
