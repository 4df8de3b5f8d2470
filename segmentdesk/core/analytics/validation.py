"""Checking a shop's segments as the seeds ask: too small to act on, not reachable, not distinct
from another segment, too many for the shop's size.

The member-based checks are :func:`..segments.judging.judge_segments` (empty, small, unreachable,
too many, nearly the same members).  Added here, with the profiles: **alike** — two segments whose
members differ but who look the same: in no dimension both have (age band, gender, region, city,
interests, categories) does any value's share differ by more than 5 percentage points, and their
average order, orders per customer and days since the last order differ by less than 10 %.
Two such segments would get the same message, so one of them is enough.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..segments.judging import NEARLY_SAME, SMALL_SEGMENT, TOO_MANY_SEGMENTS, Judgement, Warning_, judge_segments
from .profile import Profile, profile_segment

ALIKE_SHARE_POINTS = 0.05            # largest difference in a value's share (0…1) still "alike"
ALIKE_FIGURE_DIFFERENCE = 0.10       # largest relative difference of a behaviour figure still "alike"
_ALIKE_FIGURES = ("avg_order_value", "order_frequency", "days_since_last_order")


@dataclass(frozen=True)
class Likeness:
    """How far apart two profiles are: the largest share difference (0…1) and the largest relative
    difference of a behaviour figure; ``compared`` counts the dimensions and figures both have."""

    share_points: float
    figure_difference: float
    compared: int

    @property
    def alike(self) -> bool:
        return (self.compared > 0 and self.share_points <= ALIKE_SHARE_POINTS
                and self.figure_difference < ALIKE_FIGURE_DIFFERENCE)


def likeness(a: Profile, b: Profile) -> Likeness:
    """Compare two profiles of the same data and date (see the module's docstring for the rule)."""
    points, compared = 0.0, 0
    for dim_a in a.dimensions:
        dim_b = b.dimension(dim_a.key)
        if dim_b is None or not dim_a.segment_known or not dim_b.segment_known:
            continue
        compared += 1
        shares_b = {r.value.casefold(): r.segment_share for r in dim_b.rows}
        for row in dim_a.rows:
            points = max(points, abs(row.segment_share - shares_b.pop(row.value.casefold(), 0.0)))
        points = max([points, *shares_b.values()])        # values only b's members have
    difference = 0.0
    for key in _ALIKE_FIGURES:
        fa, fb = a.key_figure(key), b.key_figure(key)
        if fa is None or fb is None or fa.segment is None or fb.segment is None:
            continue
        compared += 1
        top = max(abs(fa.segment), abs(fb.segment))
        if top:
            difference = max(difference, abs(fa.segment - fb.segment) / top)
    return Likeness(points, difference, compared)


def validate_segments(ds: Dataset, masks: dict[str, np.ndarray], *, as_of: dt.date, small: int = SMALL_SEGMENT,
                      too_many: int = TOO_MANY_SEGMENTS, nearly_same: float = NEARLY_SAME,
                      profiles: dict[str, Profile] | None = None) -> Judgement:
    """Every warning for ``masks`` (the shop's segments, in the user's order): the member-based ones,
    then ``alike`` for each pair not already nearly the same (``value``: the largest share difference).
    ``profiles`` may bring profiles made already (by name); the others are made here."""
    judgement = judge_segments(ds, masks, small=small, too_many=too_many, nearly_same=nearly_same)
    same = {frozenset((w.segment, w.other)) for w in judgement.warnings if w.code == "nearly_same"}
    made = dict(profiles or {})
    names = [n for n, m in masks.items() if m.any()]
    for name in names:
        if name not in made:
            made[name] = profile_segment(ds, masks[name], name=name, as_of=as_of)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if frozenset((a, b)) in same:
                continue
            near = likeness(made[a], made[b])
            if near.alike:
                judgement.warnings.append(Warning_("alike", a, b, value=near.share_points, limit=ALIKE_SHARE_POINTS))
    return judgement
