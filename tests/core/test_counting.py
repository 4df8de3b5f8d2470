"""The one-pass count of every segment, headless: members, figures, errors and warnings by rule key."""
from __future__ import annotations

import datetime as dt
import threading

import numpy as np
import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import SegmentCycleError, UnknownSegmentError
from segmentdesk.core.segments.counting import CountRequest, count_segments, segment_key
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, Group, Segment
from segmentdesk.core.tasks import Progress

AS_OF = dt.date(2025, 7, 1)


def points(*values: int):
    frame = pd.DataFrame({"Email": [f"c{i}@example.fi" for i in range(len(values))],
                          "Pisteet": [str(v) for v in values]}, dtype=object)
    return build_dataset(frame, {"email": "Email"})


def at_least(n: int, name: str = "Big") -> Segment:
    return Segment(name, Group("all", [Condition("column:Pisteet", "ge", n)]))


def inside(name: str, referred: str) -> Segment:
    return Segment(name, Group("all", [Condition("segment", "in_segment", referred)]))


def count(ds, segments: list[Segment], *, current: int = 0, evaluator: Evaluator | None = None):
    request = CountRequest(ds, AS_OF, segments, current, 1)
    return count_segments(request, evaluator=evaluator or Evaluator(ds, as_of=AS_OF), progress=Progress())


def size(result, segment: Segment, segments: list[Segment]) -> int:
    return result.figures[segment_key(segment, {s.name: s for s in segments})].count


def test_every_segment_gets_its_members_and_figures():
    ds = points(1, 2, 3, 4)
    segments = [at_least(3, "Big"), at_least(2, "Most")]
    result = count(ds, segments)
    assert [size(result, s, segments) for s in segments] == [2, 3]
    key = segment_key(segments[0], {s.name: s for s in segments})
    assert np.flatnonzero(result.masks[key]).tolist() == [2, 3]


def test_references_resolve_to_the_requests_segments_not_the_evaluators():
    ds = points(1, 2, 3, 4)
    evaluator = Evaluator(ds, as_of=AS_OF, segments={"Big": at_least(1)})
    segments = [at_least(4), inside("Part", "Big")]
    result = count(ds, segments, evaluator=evaluator)
    assert size(result, segments[1], segments) == 1


def test_a_rule_the_data_cannot_answer_gets_its_error_and_the_others_still_count():
    ds = points(1, 2, 3)
    segments = [inside("Lost", "Nobody"), at_least(2)]
    result = count(ds, segments)
    by_name = {s.name: s for s in segments}
    assert isinstance(result.errors[segment_key(segments[0], by_name)], UnknownSegmentError)
    assert size(result, segments[1], segments) == 2


def test_a_cycle_is_an_error_of_the_segments_in_it():
    ds = points(1, 2)
    segments = [inside("A", "B"), inside("B", "A")]
    result = count(ds, segments)
    assert all(isinstance(e, SegmentCycleError) for e in result.errors.values()) and len(result.errors) == 2


def test_the_current_segment_is_counted_first():
    ds = points(1, 2, 3)
    segments = [at_least(1, "A"), at_least(2, "B"), at_least(3, "C")]
    evaluator = Evaluator(ds, as_of=AS_OF)
    asked: list[str] = []
    real = evaluator.mask

    def spy(node, *, segments=None):
        asked.append(node.children[0].value)
        return real(node, segments=segments)

    evaluator.mask = spy
    count(ds, segments, current=2, evaluator=evaluator)
    assert asked == [3, 1, 2]


def test_segments_with_the_same_rule_are_counted_once():
    ds = points(1, 2, 3)
    segments = [at_least(2, "A"), at_least(2, "B")]
    result = count(ds, segments)
    assert len(result.masks) == 1 and size(result, segments[1], segments) == 2


def test_the_warnings_come_from_the_same_pass():
    ds = points(1, 2)
    segments = [at_least(9, "Nobody")]
    result = count(ds, segments)
    assert any(w.code == "empty" and w.segment == "Nobody" for w in result.judgement.warnings)


def test_the_signature_names_each_segment_with_its_key_and_the_small_limit():
    ds = points(1)
    segments = [at_least(1, "A")]
    result = count(ds, segments)
    assert result.signature == (("A", segment_key(segments[0], {"A": segments[0]})), 1)


def test_two_passes_on_one_evaluator_from_two_threads_give_their_own_answers():
    ds = points(*range(200))
    evaluator = Evaluator(ds, as_of=AS_OF)
    first = [at_least(50, "X"), inside("Y", "X")]
    second = [at_least(150, "X"), inside("Y", "X")]
    answers: dict[str, object] = {}

    def run(name, segments):
        for _ in range(20):
            answers[name] = count(ds, segments, evaluator=evaluator)

    threads = [threading.Thread(target=run, args=("first", first)),
               threading.Thread(target=run, args=("second", second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert size(answers["first"], first[1], first) == 150
    assert size(answers["second"], second[1], second) == 50
