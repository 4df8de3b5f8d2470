"""Judging segments: is each one big enough, reachable, distinct — and are there too many?

The thresholds follow what a one-person shop can act on: a segment of fewer than 30
reachable people rarely pays for its own message, and more than 8 active segments is more
than one person keeps up with.  The user can change both.  A smaller shop runs out of people
first: more segments than its reachable customers fill at that size each (200 reachable and
30 each: 6 segments) is too many for it, however few that is.  (Two segments with different
members but alike in who they are is judged with their profiles, in ``analytics.validation``.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..data.audience import audience
from ..data.dataset import Dataset
from .overlap import overlap_counts

SMALL_SEGMENT = 30
TOO_MANY_SEGMENTS = 8
NEARLY_SAME = 0.9


@dataclass(frozen=True)
class Warning_:
    code: str                 # empty, small, unreachable, too_many, too_many_for_size, nearly_same (+ analytics')
    segment: str | None = None
    other: str | None = None
    value: float | None = None
    limit: float | None = None    # the threshold the value was judged against


@dataclass
class Judgement:
    warnings: list[Warning_] = field(default_factory=list)

    def for_segment(self, name: str) -> list[Warning_]:
        return [w for w in self.warnings if w.segment == name or w.other == name or w.segment is None]


def judge_segments(ds: Dataset, masks: dict[str, np.ndarray], *, small: int = SMALL_SEGMENT,
                   too_many: int = TOO_MANY_SEGMENTS, nearly_same: float = NEARLY_SAME,
                   blocked: np.ndarray | None = None) -> Judgement:
    """Warnings for a set of segments (``masks`` in the user's order).

    "Nearly the same" compares two segments by shared customers over customers in either
    (Jaccard), so a small segment inside a big one is not flagged — only two that are
    close to one list.
    """
    out = Judgement()
    for name, mask in masks.items():
        count = int(mask.sum())
        if count == 0:
            out.warnings.append(Warning_("empty", name))
            continue
        reach = audience(ds, mask, blocked=blocked).reachable
        if reach == 0:
            out.warnings.append(Warning_("unreachable", name, value=0))
        elif reach < small:
            out.warnings.append(Warning_("small", name, value=reach, limit=small))
    room = size_limit(ds, small=small)
    if len(masks) > too_many:
        out.warnings.append(Warning_("too_many", value=len(masks), limit=too_many))
    elif len(masks) > room:
        out.warnings.append(Warning_("too_many_for_size", value=len(masks), limit=room))
    counts = overlap_counts(masks)
    names = list(masks)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            both = counts.at[a, b]
            either = counts.at[a, a] + counts.at[b, b] - both
            if either and both / either > nearly_same:
                out.warnings.append(Warning_("nearly_same", a, b, value=float(both / either), limit=nearly_same))
    return out


def size_limit(ds: Dataset, *, small: int = SMALL_SEGMENT) -> int:
    """How many segments of ``small`` people the shop fills: its reachable customers (all its customers
    when the data has no email or consent column to tell) over ``small``; at least 1."""
    roles = ds.customers.roles
    people = int(ds.reachable.sum()) if "email" in roles and "consent_email" in roles else len(ds)
    return max(1, people // max(1, small))
