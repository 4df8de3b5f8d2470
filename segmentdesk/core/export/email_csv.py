"""CSV exports of segment members: a CSV for Excel, and files email tools import as they are.

Formats (the ``tool`` argument, the command line's ``--format``):

``csv``
    For Excel users in Finland: UTF-8 with a BOM (without it Excel misreads ä and ö), ``;``
    between cells, CRLF line ends, the columns of the xlsx export with field names as headers
    and ``email`` first, dates ``d.m.yyyy``, a decimal comma.  The same people as the workbook.
``mailchimp``, ``brevo``, ``mailerlite``, ``hubspot``
    UTF-8 without a BOM (an importer may read it as part of the first header), ``,`` between
    cells, the headers each tool's importer maps by itself for email, first name, last name
    and phone (:data:`CONTACT_HEADERS`); other ``columns`` follow under their field names.
    Dates ``YYYY-MM-DD``, a decimal point.  Phones in international form (``+358401234567``).

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
from ..segments.model import Segment
from ..tasks import Progress
from .csv_files import csv_paths
from .destination import ExportFiles, cannot_write, make_folders
from .members import CONTACT_FIELDS, export_fields, require_mailing_columns, segment_masks, select_rows
from .report import ExportReport, SegmentReport
from .phone_numbers import international_phone
from .safe_text import clean_text, csv_safe

GENERIC = "csv"
EMAIL_TOOLS = ("mailchimp", "brevo", "mailerlite", "hubspot")
CSV_FORMATS = (GENERIC, *EMAIL_TOOLS)

# The column headers each importer maps to its own contact fields without being asked.
CONTACT_HEADERS: dict[str, dict[str, str]] = {
    # Default audience fields (merge tags EMAIL, FNAME, LNAME, PHONE), matched by their labels.
    "mailchimp": {"email": "Email Address", "first_name": "First Name", "last_name": "Last Name",
                  "phone": "Phone Number"},
    # Default contact attributes; SMS takes the number with its country code, no separators.
    "brevo": {"email": "EMAIL", "first_name": "FIRSTNAME", "last_name": "LASTNAME", "phone": "SMS"},
    # Default subscriber fields: "name" is the first name.
    "mailerlite": {"email": "email", "first_name": "name", "last_name": "last_name", "phone": "phone"},
    # Default contact properties by label (internal names email, firstname, lastname, phone).
    "hubspot": {"email": "Email", "first_name": "First Name", "last_name": "Last Name",
                "phone": "Phone Number"},
}


@dataclass(frozen=True)
class CsvLayout:
    """How one format writes its files."""

    tool: str
    delimiter: str
    bom: bool
    contact_headers: Mapping[str, str]     # empty: every column under its field name
    mailing_list: bool                     # valid emails only, de-duplicated, phones international
    phone_international_only: bool = False  # a phone not in international form is left empty

    @property
    def decimal(self) -> str:
        return "." if self.mailing_list else ","


LAYOUTS: dict[str, CsvLayout] = {
    GENERIC: CsvLayout(GENERIC, ";", True, {}, mailing_list=False),
    **{tool: CsvLayout(tool, ",", False, CONTACT_HEADERS[tool], mailing_list=True,
                       phone_international_only=(tool == "brevo"))
       for tool in EMAIL_TOOLS},
}


def write_email_csv(out: str | Path, ds: Dataset, segments: list[Segment], *, tool: str, as_of: dt.date,
                    all_segments: Mapping[str, Segment] | None = None, columns: list[str] | None = None,
                    include_without_consent: bool = False, basis: str = CONSENT, progress: Progress | None = None,
                    blocked: np.ndarray | None = None) -> ExportReport:
    """Write each segment's members to a CSV file in the format ``tool`` (one of :data:`CSV_FORMATS`).

    ``out`` is a ``.csv`` file or a folder, see :func:`.csv_files.csv_paths`.  Who is written:
    :func:`.members.select_rows` on ``basis`` (``include_without_consent`` is the basis
    ``without_consent``); never those ``blocked`` marks (the do-not-contact list).  ``columns`` are
    field names as in the segment contract; without them the contact fields the data has.
    The email tools always get the email column, contact columns first.  Every file is
    written beside its target and all move into place together once all are written: a
    failure or a cancel leaves no new file and every existing one as it was.
    """
    layout = LAYOUTS.get(tool)
    if layout is None:
        raise ExportError(f"Unknown CSV format {tool!r}; use one of {', '.join(CSV_FORMATS)}.",
                          reason="format", format=tool)
    if not segments:
        raise ExportError("Choose at least one segment to export.", reason="no_segments")
    if layout.mailing_list or not columns:
        require_mailing_columns(ds)
    fields = _mailing_fields(ds, columns) if layout.mailing_list else export_fields(ds, columns)
    paths = csv_paths(out, [s.name for s in segments])
    progress = progress or Progress()
    make_folders(paths)
    basis = WITHOUT_CONSENT if include_without_consent else basis
    report = ExportReport(tool, Path(out), basis=basis)
    with ExportFiles(out) as files:
        for i, segment, mask in segment_masks(ds, segments, as_of=as_of, all_segments=all_segments,
                                              progress=progress):
            rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked)
            _write_csv(files.new(paths[i], suffix=".csv"), paths[i], segment_table(rows.frame, layout), layout)
            report.segments.append(SegmentReport.of(segment.name, rows.audience, files=[paths[i]]))
        progress.report(1.0, "")        # the last chance to cancel: nothing is in place yet
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


def segment_table(frame: pd.DataFrame, layout: CsvLayout) -> list[list[str]]:
    """The header and rows of one file as text.

    ``frame`` is :func:`.members.select_rows`'s frame: one column per field, named by the
    field (``column:`` left off).
    """
    headers = [_header(name, layout) for name in frame.columns]
    cells = [[_cell(v, layout, phone=(name == "phone")) for v in frame[name]] for name in frame.columns]
    return [headers, *(list(row) for row in zip(*cells))]


def _header(name: str, layout: CsvLayout) -> str:
    if name in layout.contact_headers:
        return layout.contact_headers[name]
    return csv_safe(clean_text(name))


def _cell(value: object, layout: CsvLayout, *, phone: bool = False) -> str:
    """One value as the format writes it; empty for a missing value."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif value is None or pd.isna(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return ("true" if value else "false") if layout.mailing_list else ("TRUE" if value else "FALSE")
    if isinstance(value, (pd.Timestamp, dt.datetime, np.datetime64)):
        return _date_time(pd.Timestamp(value), layout)
    if isinstance(value, dt.date):
        return _date_time(pd.Timestamp(value), layout)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _number(float(value), layout.decimal)
    return _text(str(value), layout, phone=phone)


def _text(text: str, layout: CsvLayout, *, phone: bool) -> str:
    text = clean_text(text)
    if phone and layout.mailing_list:
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
