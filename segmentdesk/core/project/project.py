"""The open project in memory: dataset, segments and audit log."""
from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data.dataset import Dataset
from ..data.rfm_groups import GroupMap
from .cluster_runs import ClusterRun
from ..errors import UnknownSegmentError
from ..importing.plan import ImportPlan
from ..privacy.do_not_contact import DoNotContactList
from ..privacy.pseudonyms import new_demo_secret
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
    # Which RFM score cells make which group (None: the default R×F grid); the dataset's rfm_group follows it.
    rfm_map: GroupMap | None = None
    # Demo mode: the random bytes the pseudonyms are keyed with (made once, kept in the file) and
    # whether the project shows pseudonyms instead of personal data (:mod:`..privacy.pseudonyms`).
    demo_secret: bytes = field(default_factory=new_demo_secret, repr=False)
    demo_mode: bool = False
    # Which stored data ``dataset`` is (see :meth:`data_id`): the Dataset it was said of, by a weak
    # reference, so that replacing ``dataset`` forgets it without anyone remembering to.
    _stored: tuple[weakref.ref[Dataset], str] | None = field(default=None, repr=False, compare=False)

    @property
    def data_id(self) -> str | None:
        """The project file's ``data_id`` of the data ``dataset`` holds — read from a file or last
        written to one — so a save writes the column data only when it changed; None for data never
        stored (a new import).  Datasets are replaced, never edited, so the id follows the object."""
        if self._stored is None or self.dataset is None or self._stored[0]() is not self.dataset:
            return None
        return self._stored[1]

    def mark_stored(self, data_id: str, *, dataset: Dataset | None = None) -> None:
        """``dataset`` (the project's own unless given) is the stored data ``data_id``."""
        dataset = self.dataset if dataset is None else dataset
        self._stored = None if dataset is None else (weakref.ref(dataset), data_id)

    def same_stored_data(self, stored: Dataset) -> None:
        """``dataset`` is ``stored`` with register rows laid over it, which a save writes as rows,
        not as data: it stands for the same stored data (saving does not rewrite the column blobs)."""
        if self._stored is not None and self._stored[0]() is stored:
            self.mark_stored(self._stored[1])

    def stored_like(self, other: Project) -> None:
        """Take ``other``'s knowledge of the stored data where it is about this project's dataset
        (a copy a worker saved: the file now holds what it wrote)."""
        if other.dataset is self.dataset and other.data_id is not None:
            self.mark_stored(other.data_id)

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

    def use_rfm_map(self, group_map: GroupMap | None) -> None:
        """Make ``group_map`` the project's (checked first: raises RfmMapError for a gap or an overlap)
        and the one its dataset's ``rfm_group`` uses."""
        if group_map is not None:
            group_map.check()
        self.rfm_map = group_map
        if self.dataset is not None:
            self.dataset.rfm_map = group_map

    def log(self, action: str, *, at: dt.datetime, **details: Any) -> None:
        self.audit.append(AuditEntry(at, action, details))

    def unique_segment_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``… whichever is free."""
        return numbered_unique(base, {s.name.casefold() for s in self.segments})


def default_project_path(customers_file: Path) -> Path:
    return customers_file.with_suffix(".segdesk")
