"""One way to export segments, whatever the format: the window and the command line both call it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from ..data.dataset import Dataset
from ..errors import ExportError
from ..privacy.do_not_contact import DoNotContactList
from ..segments.model import Segment
from ..tasks import Progress
from .email_csv import CSV_FORMATS, write_email_csv
from .report import ExportReport
from .workbook import write_workbook

WORKBOOK = "xlsx"
EXPORT_FORMATS = (WORKBOOK, *CSV_FORMATS)


class ExportSource(Protocol):
    """What an export reads from a project (:class:`~segmentdesk.core.project.project.Project` is one;
    ``export`` sits below ``project`` in core's layers, so it names the shape, not the class)."""

    @property
    def dataset(self) -> Dataset | None: ...

    def segment_map(self) -> Mapping[str, Segment]: ...

    @property
    def do_not_contact(self) -> DoNotContactList: ...


def export_segments(project: ExportSource, segments: Sequence[Segment], *, out: str | Path, format: str,
                    as_of: dt.date, columns: Sequence[str] | None = None, include_without_consent: bool = False,
                    lang: str = "en", progress: Progress | None = None) -> ExportReport:
    """Export ``segments`` of ``project`` to ``out`` in ``format`` (one of :data:`EXPORT_FORMATS`).

    ``xlsx`` writes one workbook (:mod:`.workbook`); the CSV formats one file per segment
    (:mod:`.email_csv`).  Rules are evaluated at ``as_of``, ``in_segment`` references against
    the project's segments.  Only customers with marketing consent are written unless
    ``include_without_consent``; customers whose email is on the project's do-not-contact list
    never are (counted per segment as ``do_not_contact``).  The caller logs the export
    (:meth:`ExportReport.audit_details`).
    Files are written atomically: a failure or a cancel through ``progress`` leaves no new
    file and any existing one untouched.  ``lang`` words the workbook's rule descriptions.
    """
    ds = project.dataset
    if ds is None:
        raise ExportError("The project holds no customer data to export.", reason="no_data")
    chosen = list(segments)
    wanted = list(columns) if columns else None
    listed = project.do_not_contact
    blocked = listed.blocked(ds.customers.role_column("email")) if len(listed) and ds.has_role("email") else None
    if format == WORKBOOK:
        return write_workbook(out, ds, chosen, as_of=as_of, all_segments=project.segment_map(), columns=wanted,
                              include_without_consent=include_without_consent, lang=lang, progress=progress,
                              blocked=blocked)
    if format in CSV_FORMATS:
        return write_email_csv(out, ds, chosen, tool=format, as_of=as_of, all_segments=project.segment_map(),
                               columns=wanted, include_without_consent=include_without_consent, progress=progress,
                               blocked=blocked)
    raise ExportError(f"Unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}.",
                      reason="format", format=format)
