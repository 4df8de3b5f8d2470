"""Judging segments: is each one big enough, reachable, distinct — and are there too many?

The thresholds follow what a one-person shop can act on: a segment of fewer than 30
reachable people rarely pays for its own message, and more than 8 active segments is more
than one person keeps up with.  The user can change both.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..data.dataset import Dataset
from .overlap import overlap_counts

SMALL_SEGMENT = 30
TOO_MANY_SEGMENTS = 8
NEARLY_SAME = 0.9


@dataclass(frozen=True)
class Warning_:
    code: str                 # empty, small, too_many, nearly_same, unreachable
    segment: str | None = None
    other: str | None = None
    value: float | None = None


@dataclass
class Judgement:
    warnings: list[Warning_] = field(default_factory=list)

    def for_segment(self, name: str) -> list[Warning_]:
        return [w for w in self.warnings if w.segment == name or w.other == name or w.segment is None]


def judge_segments(ds: Dataset, masks: dict[str, np.ndarray], *, small: int = SMALL_SEGMENT,
                   too_many: int = TOO_MANY_SEGMENTS, nearly_same: float = NEARLY_SAME) -> Judgement:
    """Warnings for a set of segments (``masks`` in the user's order).

    "Nearly the same" compares two segments by shared customers over customers in either
    (Jaccard), so a small segment inside a big one is not flagged — only two that are
    close to one list.
    """
    out = Judgement()
    reachable = ds.reachable
    for name, mask in masks.items():
        count = int(mask.sum())
        if count == 0:
            out.warnings.append(Warning_("empty", name))
            continue
        reach = int((mask & reachable).sum())
        if reach == 0:
            out.warnings.append(Warning_("unreachable", name, value=0))
        elif reach < small:
            out.warnings.append(Warning_("small", name, value=reach))
    if len(masks) > too_many:
        out.warnings.append(Warning_("too_many", value=len(masks)))
    counts = overlap_counts(masks)
    names = list(masks)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            both = counts.at[a, b]
            either = counts.at[a, a] + counts.at[b, b] - both
            if either and both / either > nearly_same:
                out.warnings.append(Warning_("nearly_same", a, b, value=float(both / either)))
    return out
