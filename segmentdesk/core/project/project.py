"""The open project in memory: dataset, segments and audit log."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data.dataset import Dataset
from .cluster_runs import ClusterRun
from ..errors import UnknownSegmentError
from ..importing.plan import ImportPlan
from ..privacy.do_not_contact import DoNotContactList
from ..register.register import CustomerRegister
from ..segments.model import Segment
from ..unique_names import numbered_unique


@dataclass
class AuditEntry:
    at: dt.datetime
    action: str                       # import, export, export_without_consent, erase, …
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Project:
    """Everything a ``.segdesk`` file holds. Segment names are unique (case-insensitive)."""

    dataset: Dataset | None = None
    segments: list[Segment] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)   # "customers"/"orders" -> file name
    plan: ImportPlan | None = None    # how the data was last imported; next month's file is imported the same way
    # Addresses never exported again (salted hashes); only ever added to.
    do_not_contact: DoNotContactList = field(default_factory=DoNotContactList)
    # The user's own edits, consent records and notes, laid over the imported customers.
    register: CustomerRegister = field(default_factory=CustomerRegister)
    # The clusters the user kept: fields, k, names and each customer's cluster by the stable key.
    cluster_run: ClusterRun | None = None

    def segment(self, name: str) -> Segment:
        for s in self.segments:
            if s.name.casefold() == name.strip().casefold():
                return s
        raise UnknownSegmentError(f"No segment named {name!r}.", segment=name,
                                  known=[s.name for s in self.segments])

    def segment_map(self) -> dict[str, Segment]:
        return {s.name: s for s in self.segments}

    def put_segment(self, segment: Segment) -> bool:
        """Add ``segment``, or replace the one with the same name; True if it replaced one."""
        for i, s in enumerate(self.segments):
            if s.name.casefold() == segment.name.casefold():
                self.segments[i] = segment
                return True
        self.segments.append(segment)
        return False

    def log(self, action: str, *, at: dt.datetime, **details: Any) -> None:
        self.audit.append(AuditEntry(at, action, details))

    def unique_segment_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``… whichever is free."""
        return numbered_unique(base, {s.name.casefold() for s in self.segments})


def default_project_path(customers_file: Path) -> Path:
    return customers_file.with_suffix(".segdesk")
