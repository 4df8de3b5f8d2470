"""What an export did, the same for every format: per segment, who was written and who was left out."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class SegmentReport:
    """One segment's part of an export."""

    name: str
    count: int                 # segment members
    exported: int              # rows written
    without_consent: int       # left out for lack of marketing consent
    invalid_email: int = 0     # left out: no valid email (email-tool formats only)
    duplicates: int = 0        # left out: an earlier row has the same email (email-tool formats only)
    files: list[Path] = field(default_factory=list)   # the files holding its rows
    sheet: str | None = None   # its sheet in a workbook
    do_not_contact: int = 0    # left out: the email is on the project's do-not-contact list

    @property
    def left_out(self) -> int:
        """Members not written, for whatever reason."""
        return self.without_consent + self.invalid_email + self.duplicates + self.do_not_contact


@dataclass
class ExportReport:
    """The result of :func:`~segmentdesk.core.export.export_job.export_segments` in any format."""

    format: str                # xlsx, csv or an email tool
    out: Path                  # the destination as given: a workbook, a .csv file or a folder
    segments: list[SegmentReport] = field(default_factory=list)
    include_without_consent: bool = False

    @property
    def rows(self) -> int:
        return sum(s.exported for s in self.segments)

    @property
    def files(self) -> list[Path]:
        """Every file written, in order, each once."""
        return list(dict.fromkeys(p for s in self.segments for p in s.files))

    @property
    def without_consent(self) -> int:
        return sum(s.without_consent for s in self.segments)

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
        return "export_without_consent" if self.include_without_consent else "export"

    def audit_details(self) -> dict[str, Any]:
        """The project log's details for this export (the same from the window and the command line)."""
        return {"file": self.out.name, "format": self.format, "segments": [s.name for s in self.segments],
                "rows": self.rows}
