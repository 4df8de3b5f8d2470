"""One way to export segments, whatever the format: the window and the command line both call it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from ..data.audience import BASES, CONSENT, WITHOUT_CONSENT
from ..data.dataset import Dataset
from ..errors import ExportError
from ..privacy.do_not_contact import DoNotContactList
from ..privacy.pseudonyms import Pseudonyms
from ..segments.model import Segment
from ..tasks import Progress
from .combined_list import COMBINED_FORMATS, combined_path
from .csv_files import csv_paths
from .email_csv import CSV_FORMATS, write_email_csv
from .members import ListedLookup
from .report import ExportReport
from .workbook import workbook_paths, write_workbook

WORKBOOK = "xlsx"
EXPORT_FORMATS = (WORKBOOK, *CSV_FORMATS)


def export_targets(out: str | Path, format: str, names: Sequence[str], *, file_per_segment: bool = False,
                   combined: bool = False) -> list[Path]:
    """The files an export of segments ``names`` to ``out`` in ``format`` writes (to ask before replacing any)."""
    if combined and format != WORKBOOK:
        return [combined_path(out)]
    if format == WORKBOOK:
        return workbook_paths(out, list(names)) if file_per_segment else [Path(out)]
    return csv_paths(out, list(names))


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
                    basis: str = CONSENT, lang: str = "en", headings: str = "labels",
                    file_per_segment: bool = False, hashed: bool = False, combined: bool = False,
                    pseudonyms: Pseudonyms | None = None, progress: Progress | None = None) -> ExportReport:
    """Export ``segments`` of ``project`` to ``out`` in ``format`` (one of :data:`EXPORT_FORMATS`).

    ``xlsx`` writes one workbook (:mod:`.workbook`); the CSV formats one file per segment
    (:mod:`.email_csv`).  Rules are evaluated at ``as_of``, ``in_segment`` references against
    the project's segments.  Who is written is :func:`~..data.audience.audience` on ``basis``:
    ``consent`` (default), ``existing_customers`` (the existing-customer exception) or
    ``without_consent`` (also ``include_without_consent=True``); the opted-out and customers
    whose email is on the project's do-not-contact list never are.  The same people the
    builder counts as reachable, each address once.  The caller logs the export
    (:attr:`ExportReport.audit_action`, :meth:`ExportReport.audit_details`).
    Files are written atomically: a failure or a cancel through ``progress`` leaves no new
    file and any existing one untouched.  ``lang`` words the workbook (its summary, rules in
    words, headings unless ``headings="keys"``, dates); ``file_per_segment`` writes one workbook
    per segment (CSV formats do, unless ``combined``: one file, each person once, their segments as
    tags — :mod:`.combined_list`); ``hashed`` SHA-256-hashes the ad platforms' identifiers.
    ``pseudonyms`` (demo mode, :func:`~..privacy.pseudonyms.project_pseudonyms`) writes every name,
    email, phone, street address and personal identifier as its pseudonym, in every format; who is
    written is decided on the real data, so the counts are the same as without.
    """
    ds = project.dataset
    if ds is None:
        raise ExportError("The project holds no customer data to export.", reason="no_data")
    if basis not in BASES:
        raise ExportError(f"Unknown consent basis {basis!r}; use one of {', '.join(BASES)}.", reason="basis")
    basis = WITHOUT_CONSENT if include_without_consent else basis
    chosen = list(segments)
    wanted = list(columns) if columns else None
    blocked = ListedLookup(ds, project.do_not_contact)()     # shared with the window's counts (kept on the dataset)
    if combined and format not in COMBINED_FORMATS:
        raise ExportError(f"One combined file is for {', '.join(COMBINED_FORMATS)} (segments as tags); "
                          f"{format} writes a file or sheet per segment.", reason="combined", format=format)
    if format == WORKBOOK:
        report = write_workbook(out, ds, chosen, as_of=as_of, all_segments=project.segment_map(), columns=wanted,
                              basis=basis, lang=lang, headings=headings, file_per_segment=file_per_segment,
                              progress=progress,
                              blocked=blocked, pseudonyms=pseudonyms)
    elif format in CSV_FORMATS:
        report = write_email_csv(out, ds, chosen, tool=format, as_of=as_of, all_segments=project.segment_map(),
                               columns=wanted, basis=basis, hashed=hashed, progress=progress,
                               blocked=blocked, pseudonyms=pseudonyms, combined=combined)
    else:
        raise ExportError(f"Unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}.",
                          reason="format", format=format)
    report.demo = pseudonyms is not None
    return report
