"""Which customers and which columns an export carries (consent and data minimisation)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.audience import CONSENT, WITHOUT_CONSENT, Audience, audience
from ..data.contact_email import mailable
from ..data.dataset import Dataset
from ..data.fields import field_values, find_field
from ..errors import ExportError, SegmentDeskError
from ..privacy.do_not_contact import DoNotContactList
from ..privacy.pseudonyms import Pseudonyms
from ..segments.evaluate import Evaluator
from ..segments.model import Segment
from ..tasks import Progress

CONTACT_FIELDS = ("email", "first_name", "last_name", "phone")


def export_fields(ds: Dataset, columns: list[str] | None) -> list[str]:
    """Fields to export: the asked ones (checked), else the contact fields the data has.

    ``email`` always comes first when the data has it, so a mailing list opens on it.
    """
    if columns:
        wanted = [c.strip() for c in columns if c.strip()]
        for name in wanted:
            find_field(ds, name)        # raises RuleError naming an unknown field
    else:
        wanted = [f for f in CONTACT_FIELDS if ds.has_role(f)]
    if "email" in wanted:
        wanted.remove("email")
        wanted.insert(0, "email")
    elif ds.has_role("email") and not columns:
        wanted.insert(0, "email")
    return wanted


@dataclass
class ExportRows:
    """The rows of one segment's export and who was left out (:class:`~..data.audience.Audience`)."""

    frame: pd.DataFrame
    audience: Audience

    @property
    def count(self) -> int:
        return self.audience.count


def select_rows(ds: Dataset, mask: np.ndarray, fields: list[str], *, as_of: dt.date, basis: str = CONSENT,
                include_without_consent: bool = False, blocked: np.ndarray | None = None,
                limit: int | None = None, pseudonyms: Pseudonyms | None = None) -> ExportRows:
    """The members a mailing on ``basis`` reaches (:func:`~..data.audience.audience`, the builder's
    "reachable"), as a frame of the export fields in customer order.

    ``blocked`` marks customers on the do-not-contact list: never written, whatever the basis.
    Emails are written trimmed and lower-cased, as they were compared.  ``include_without_consent``
    is the basis ``without_consent``; ``limit`` keeps only the first rows (a preview).
    ``pseudonyms`` (demo mode) writes each personal field's pseudonyms instead of its values: who is
    written and why the others are left out are still decided on the real data.
    """
    reached = audience(ds, mask, basis=WITHOUT_CONSENT if include_without_consent else basis, blocked=blocked)
    positions = reached.rows if limit is None else reached.rows[:limit]
    data = {}
    for name in fields:
        values = field_values(ds, find_field(ds, name), as_of).iloc[positions].reset_index(drop=True)
        hidden = pseudonyms.field_header(name) if pseudonyms is not None else None
        if hidden is not None:
            values = pd.Series(pseudonyms.values_at(hidden, positions), dtype=object)
        if name == "email":
            values = pd.Series([mailable(v) for v in values], dtype=object)
        header = name[len("column:"):] if name.startswith("column:") else name
        data[header] = values
    return ExportRows(pd.DataFrame(data), reached)


def listed_members(ds: Dataset, listed: DoNotContactList) -> np.ndarray | None:
    """Customers whose address is on the do-not-contact list ``listed`` (None: nobody can be)."""
    if not len(listed) or not ds.has_role("email"):
        return None
    return listed.blocked(ds.customers.role_column("email"))


class ListedLookup:
    """:func:`listed_members` of one dataset and one state of the list, worked out on the first call
    and kept with the dataset: a window hands it to a worker, so a million addresses are hashed
    there, not on the GUI thread; later calls from any thread get the same array."""

    def __init__(self, ds: Dataset, listed: DoNotContactList) -> None:
        # The list's own copy: the window may add to the list while a worker reads this one.
        self._ds, self._listed = ds, listed.copy()
        self.key = ("do_not_contact", listed.salt, len(listed))

    def __call__(self) -> np.ndarray | None:
        if not len(self._listed) or not self._ds.has_role("email"):
            return None
        return self._ds.index.built(self.key, lambda: listed_members(self._ds, self._listed))


def require_mailing_columns(ds: Dataset) -> None:
    """A mailing list needs email addresses; say why it cannot be made without them."""
    if not ds.has_role("email"):
        raise ExportError("The customer data has no email column, so no mailing list can be made. "
                          "Map a column to the Email role when importing.", reason="no_email")


def segment_masks(ds: Dataset, segments: Sequence[Segment], *, as_of: dt.date,
                  all_segments: Mapping[str, Segment] | None = None,
                  progress: Progress) -> Iterator[tuple[int, Segment, np.ndarray]]:
    """Each segment's members in order, as ``(position, segment, mask)``.

    Progress is reported before each segment (so a cancel stops between segments);
    ``all_segments`` answers ``in_segment`` references (default: ``segments`` themselves).
    """
    evaluator = _evaluator(ds, segments, as_of=as_of, all_segments=all_segments)
    for i, segment in enumerate(segments):
        progress.report(i / len(segments), segment.name)
        yield i, segment, evaluator.mask(segment.rule)


@dataclass(frozen=True)
class MemberCount:
    """How many a segment holds and how many of them an export on the consent basis writes
    (the builder's "reachable")."""

    count: int
    reachable: int


def member_counts(ds: Dataset, segments: Sequence[Segment], *, mask: Callable[[Segment], np.ndarray],
                  blocked: np.ndarray | None = None, progress: Progress | None = None) -> list[MemberCount | None]:
    """Each segment's :class:`MemberCount`, or None for a rule the data cannot answer.

    ``mask`` answers a segment's members (the window passes its session's shared answers).
    """
    progress = progress or Progress()
    counts: list[MemberCount | None] = []
    for i, segment in enumerate(segments):
        progress.report(i / max(len(segments), 1), segment.name)
        try:
            members = mask(segment)
        except SegmentDeskError:
            counts.append(None)
            continue
        counts.append(MemberCount(int(members.sum()), audience(ds, members, blocked=blocked).reachable))
    progress.report(1.0, "")
    return counts


def segment_audiences(ds: Dataset, segments: Sequence[Segment], *, mask: Callable[[Segment], np.ndarray],
                      basis: str = CONSENT, blocked: np.ndarray | None = None,
                      progress: Progress | None = None) -> list[Audience | None]:
    """Who an export on ``basis`` would write of each segment and why the others are left out
    (None for a rule the data cannot answer); ``mask`` answers a segment's members."""
    progress = progress or Progress()
    out: list[Audience | None] = []
    for i, segment in enumerate(segments):
        progress.report(i / max(len(segments), 1), segment.name)
        try:
            out.append(audience(ds, mask(segment), basis=basis, blocked=blocked))
        except SegmentDeskError:
            out.append(None)
    progress.report(1.0, "")
    return out


def _evaluator(ds: Dataset, segments: Sequence[Segment], *, as_of: dt.date,
               all_segments: Mapping[str, Segment] | None) -> Evaluator:
    return Evaluator(ds, as_of=as_of, segments=all_segments or {s.name: s for s in segments})
