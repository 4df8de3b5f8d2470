"""Live counts: every segment's size and figures, and the warnings, from one evaluation pass.

The builder (figures and warnings of the segment being edited) and the segment list (sizes)
both read the answers of :class:`LiveCounts`, which the session refreshes after each change.
On a big dataset the pass runs in a worker (:class:`~.workers.LatestJobRunner`): a newer
change supersedes the pass under way, and a late answer to an older change is dropped.  Below
:data:`SYNC_LIMIT` customers a pass takes a few milliseconds even when a condition is new, so it
runs at once on the GUI thread: views show the answer within the click, without a "counting…"
flash.

The pass itself is core's :func:`~segmentdesk.core.segments.counting.count_segments`; answers are
keyed by :func:`~segmentdesk.core.segments.counting.segment_key`, so a segment that was only renamed
or moved keeps its size while a pass runs.  The session's evaluator (one per dataset and date,
never changed by its callers) is shared with the GUI thread's own calls without any waiting.
"""
from __future__ import annotations

import copy
import dataclasses
import traceback
from dataclasses import dataclass, field
import datetime as dt
from functools import partial
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..core.data.dataset import Dataset
from ..core.segments.counting import CountRequest, CountResult, count_segments, count_signature, segment_key
from ..core.segments.figures import SegmentFigures
from ..core.segments.judging import Warning_
from ..core.segments.evaluate import Evaluator
from ..core.segments.model import Segment
from ..core.tasks import Progress
from .workers import LatestJobRunner

SYNC_LIMIT = 50_000
"""Datasets with fewer customers are counted on the GUI thread, within the click."""

__all__ = ["Answer", "LiveCounts", "SYNC_LIMIT"]


# -- the service ------------------------------------------------------------------------------
class CountedState(Protocol):
    """What the live counts read from their owner (the session) when asked to count or to answer."""

    @property
    def dataset(self) -> Dataset | None: ...
    @property
    def segments(self) -> list[Segment]: ...
    as_of: dt.date
    current_index: int
    small_segment_threshold: int

    def evaluator_for_data(self) -> Evaluator | None: ...


@dataclass(frozen=True)
class Answer:
    """What the builder shows for one segment: figures and warnings, or the error."""

    figures: SegmentFigures | None = None
    warnings: list[Warning_] = field(default_factory=list)
    error: BaseException | None = None


class LiveCounts(QObject):
    """The newest answers to "how many, how reachable, which warnings" for the session's segments."""

    updated = Signal()              # a new answer for the newest state (or its failure)
    pending_changed = Signal(bool)  # True while the newest state is being counted

    def __init__(self, session: CountedState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = LatestJobRunner(self)
        self._result: CountResult | None = None
        self._result_blocked: object = None     # the do-not-contact members the newest request counted out
        self._failure: BaseException | None = None
        self._runner.finished.connect(self._on_pass_finished)
        self._runner.failed.connect(self._on_pass_failed)

    @property
    def pending(self) -> bool:
        """The newest change is still being counted (answers shown are an older state's)."""
        return self._runner.busy

    @property
    def generation(self) -> int:
        return self._runner.generation

    @property
    def result(self) -> CountResult | None:
        """The newest answered pass (None before the first, or without data)."""
        return self._result

    def refresh(self) -> None:
        """Count the session's segments as they are now; supersedes any pass under way."""
        s = self._session
        ds = s.dataset
        was_pending = self.pending
        if ds is None:
            self._runner.supersede()
            self._deliver(None, None, was_pending)
            return
        segments = copy.deepcopy(s.segments)
        blocked = s.listed_lookup()         # worked out in the pass: at 1M addresses the hashing takes ~0.7 s
        if (self._result is not None and not was_pending and self._failure is None
                and self._result_blocked is blocked
                and self._result.dataset is ds and self._result.as_of == s.as_of
                and self._result.signature == count_signature(segments, s.small_segment_threshold)):
            self._runner.supersede()
            self.updated.emit()         # only the selection moved: the answers stand
            return
        request = CountRequest(ds, s.as_of, segments, s.current_index, s.small_segment_threshold)
        self._result_blocked = blocked
        job = partial(_count_with_list, request, blocked, evaluator=s.evaluator_for_data())
        if len(ds) >= SYNC_LIMIT:
            self._runner.submit(job)
            if not was_pending:
                self.pending_changed.emit(True)
            return
        self._runner.supersede()
        try:
            result = job(progress=Progress())
        except Exception as exc:  # noqa: BLE001 — shown in the builder, as a worker's failure is
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(None, exc, was_pending)
        else:
            self._deliver(result, None, was_pending)

    def _on_pass_finished(self, _generation: int, result: object) -> None:
        self._deliver(result, None, True)

    def _on_pass_failed(self, _generation: int, exc: object) -> None:
        self._deliver(None, exc, True)

    def _deliver(self, result: CountResult | None, failure: BaseException | None, was_pending: bool) -> None:
        """Views hear of the answer first and of the end of counting after, so neither ever sees "not
        counting" next to an older state's answer."""
        self._result, self._failure = result, failure
        self.updated.emit()
        if was_pending and not self.pending:
            self.pending_changed.emit(False)

    # -- answers --------------------------------------------------------------------------
    def _key(self, segment: Segment) -> str | None:
        s = self._session
        r = self._result
        if r is None or r.dataset is not s.dataset or r.as_of != s.as_of:
            return None
        return segment_key(segment, {x.name: x for x in s.segments})

    def answer_for(self, segment: Segment) -> Answer | None:
        """The figures and warnings of ``segment`` (one of the session's) once counted; None while
        its newest state is being counted or was never asked for."""
        if self.pending:
            return None
        if self._failure is not None:
            return Answer(error=self._failure)
        key = self._key(segment)
        if key is None:
            return None
        if key in self._result.errors:
            return Answer(error=self._result.errors[key])
        if key not in self._result.figures:
            return None
        return Answer(self._result.figures[key], self._result.judgement.for_segment(segment.name))

    def size_of(self, segment: Segment) -> int | None:
        """Members of ``segment`` as last counted (None: not counted, or its rule has an error)."""
        key = self._key(segment)
        figures = self._result.figures.get(key) if key is not None else None
        return figures.count if figures is not None else None

    def is_counting(self, segment: Segment) -> bool:
        """True while ``segment`` has no size yet because a pass is under way."""
        if not self.pending:
            return False
        key = self._key(segment)
        return key is None or (key not in self._result.figures and key not in self._result.errors)

    def known_mask(self, segment: Segment) -> np.ndarray | None:
        """Members of ``segment`` from the newest pass, if it counted this very rule (read-only)."""
        key = self._key(segment)
        return self._result.masks.get(key) if key is not None else None


def _count_with_list(request: CountRequest, blocked, *, evaluator, progress: Progress) -> CountResult:
    """:func:`count_segments` with the do-not-contact list's members worked out first, in the same thread."""
    return count_segments(dataclasses.replace(request, blocked=blocked()), evaluator=evaluator, progress=progress)
