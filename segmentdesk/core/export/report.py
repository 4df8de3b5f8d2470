"""What an export did, the same for every format: per segment, who was written and who was left out."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data.audience import CONSENT, EXISTING_CUSTOMERS, WITHOUT_CONSENT, Audience


@dataclass
class SegmentReport:
    """One segment's part of an export."""

    name: str
    count: int                 # segment members
    exported: int              # rows written
    without_consent: int       # left out: no "yes" to marketing on record (and the basis did not let them in)
    invalid_email: int = 0     # left out: no valid email
    duplicates: int = 0        # left out: an earlier row has the same email
    files: list[Path] = field(default_factory=list)   # the files holding its rows
    sheet: str | None = None   # its sheet in a workbook
    do_not_contact: int = 0    # left out: the email is on the project's do-not-contact list
    opted_out: int = 0         # left out: answered "no" to marketing or withdrew consent
    by_exception: int = 0      # written without a "yes" on record (the existing-customer exception or override)

    @classmethod
    def of(cls, name: str, reached: Audience, *, files: list[Path], sheet: str | None = None) -> SegmentReport:
        """The report of a segment whose rows are ``reached``."""
        return cls(name, reached.count, reached.reachable, reached.without_consent, reached.invalid_email,
                   reached.duplicates, files=files, sheet=sheet, do_not_contact=reached.do_not_contact,
                   opted_out=reached.opted_out, by_exception=reached.by_exception)

    @property
    def left_out(self) -> int:
        """Members not written, for whatever reason."""
        return (self.opted_out + self.without_consent + self.invalid_email + self.duplicates
                + self.do_not_contact)


@dataclass
class ExportReport:
    """The result of :func:`~segmentdesk.core.export.export_job.export_segments` in any format."""

    format: str                # xlsx, csv or an email tool
    out: Path                  # the destination as given: a workbook, a .csv file or a folder
    segments: list[SegmentReport] = field(default_factory=list)
    basis: str = CONSENT       # who may be written: see :mod:`..data.audience`
    demo: bool = False         # written in demo mode: pseudonyms instead of personal data
    combined: Audience | None = None   # a combined file's people (each once) and who of the union was left out

    @property
    def include_without_consent(self) -> bool:
        return self.basis == WITHOUT_CONSENT

    @property
    def rows(self) -> int:
        """Rows written: a combined file's people, else the segments' rows summed."""
        return self.combined.reachable if self.combined is not None else sum(s.exported for s in self.segments)

    @property
    def files(self) -> list[Path]:
        """Every file written, in order, each once."""
        return list(dict.fromkeys(p for s in self.segments for p in s.files))

    @property
    def without_consent(self) -> int:
        return sum(s.without_consent for s in self.segments)

    @property
    def opted_out(self) -> int:
        return sum(s.opted_out for s in self.segments)

    @property
    def do_not_contact(self) -> int:
        return sum(s.do_not_contact for s in self.segments)

    @property
    def invalid_or_repeated(self) -> int:
        """Rows left out for an invalid email or one an earlier row already had."""
        return sum(s.invalid_email + s.duplicates for s in self.segments)

    @property
    def audit_action(self) -> str:
        """The project log's action: an export past the consent rule is logged as such."""
        return {CONSENT: "export", WITHOUT_CONSENT: "export_without_consent",
                EXISTING_CUSTOMERS: "export_existing_customers"}[self.basis]

    def audit_details(self) -> dict[str, Any]:
        """The project log's details for this export (the same from the window and the command line).

        An export past the consent rule names, per segment, how many were written without a
        "yes" on record (the log entry's time is its date)."""
        details: dict[str, Any] = {"file": self.out.name, "format": self.format,
                                   "segments": [s.name for s in self.segments], "rows": self.rows}
        if self.demo:
            details["demo"] = True
        if self.combined is not None:
            details["combined"] = True
        if self.basis != CONSENT:
            details["without_consent_written"] = [{"segment": s.name, "count": s.by_exception}
                                                  for s in self.segments]
        return details
