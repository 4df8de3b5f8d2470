"""Counting every segment at once: members, figures and warnings from one pass.

The window's live counts (the builder's figures of the segment being edited, the list's sizes)
run :func:`count_segments` in a worker or within the click; it is plain Python, so the command
line and headless tests can run the same pass.  Answers are keyed by :func:`members_key` — the
rule plus the rules of the segments it refers to — so a segment that was only renamed or moved
keeps its answer.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..data.dataset import Dataset
from ..errors import SegmentDeskError
from ..tasks import Progress
from .evaluate import Evaluator
from .figures import SegmentFigures, segment_figures
from .judging import Judgement, judge_segments
from .model import Segment, members_key


def segment_key(segment: Segment, segments: Mapping[str, Segment]) -> str:
    """What a segment's members depend on (its rule and the rules it refers to, by name in ``segments``).
    Equal keys over the same data and date mean equal members."""
    return members_key(segment.rule, segments)


@dataclass(frozen=True)
class CountRequest:
    """What one pass counts: the segments (the pass's own copies, in the user's order) over ``dataset`` at
    ``as_of``; ``current`` is counted first (the builder waits for it); ``small`` is the "too few
    reachable" limit of the warnings; ``blocked`` marks the do-not-contact list's members (reachable counts
    them out, as an export does)."""

    dataset: Dataset
    as_of: dt.date
    segments: list[Segment]
    current: int
    small: int
    blocked: np.ndarray | None = None


@dataclass
class CountResult:
    """A pass's answers, by :func:`segment_key`."""

    dataset: Dataset
    as_of: dt.date
    signature: tuple                # (name, key) per segment and the small limit: what the pass answered
    masks: dict[str, np.ndarray] = field(default_factory=dict)          # key → members (read-only)
    figures: dict[str, SegmentFigures] = field(default_factory=dict)    # key → figures
    errors: dict[str, SegmentDeskError] = field(default_factory=dict)   # key → why it cannot be counted
    judgement: Judgement = field(default_factory=Judgement)


def count_signature(segments: list[Segment], small: int) -> tuple:
    """``(name, key)`` per segment and the small limit: equal signatures get equal answers."""
    by_name = {s.name: s for s in segments}
    return tuple((s.name, segment_key(s, by_name)) for s in segments) + (small,)


def count_segments(request: CountRequest, *, evaluator: Evaluator, progress: Progress) -> CountResult:
    """Members, figures and warnings of every segment in ``request``.

    ``evaluator`` must be over the request's dataset and date; it is not changed (references resolve to the
    request's segments), so other callers may use it at the same time.  A segment whose rule the data
    cannot answer gets its error instead of figures.
    """
    segments = request.segments
    by_name = {s.name: s for s in segments}
    result = CountResult(request.dataset, request.as_of, count_signature(segments, request.small))
    order = list(range(len(segments)))
    if 0 <= request.current < len(segments):
        order.insert(0, order.pop(request.current))
    for done, i in enumerate(order):
        progress.report(done / (len(order) + 1), "count")
        key = result.signature[i][1]
        if key in result.masks or key in result.errors:
            continue
        try:
            mask = np.asarray(evaluator.mask(segments[i].rule, segments=by_name), dtype=bool)
        except SegmentDeskError as exc:
            result.errors[key] = exc
            continue
        mask.setflags(write=False)
        result.masks[key] = mask
        result.figures[key] = segment_figures(request.dataset, mask, blocked=request.blocked)
    progress.report(len(order) / (len(order) + 1), "judge")
    named = {s.name: result.masks[result.signature[i][1]] for i, s in enumerate(segments)
             if result.signature[i][1] in result.masks}
    result.judgement = judge_segments(request.dataset, named, small=request.small, blocked=request.blocked)
    return result
