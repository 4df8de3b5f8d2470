"""The session's own rules for segment changes."""
from __future__ import annotations

from segmentdesk.core.segments.model import Condition, Group, Segment, iter_conditions
from segmentdesk.ui.session import Session


def _references(segment: Segment) -> list[tuple[str, str]]:
    return [(c.op, c.value) for c in iter_conditions(segment.rule) if c.field == "segment"]


def test_renaming_a_segment_rewrites_the_rules_that_refer_to_it(qapp):
    session = Session()
    session.add_segment(Segment("Big", Group("all", [Condition("order_count", "ge", 3)])))
    session.add_segment(Segment("Big VIP", Group("all", [
        Condition("segment", "in_segment", "Big"),
        Group("not", [Condition("segment", "not_in_segment", "Big")]),
        Condition("segment", "in_segment", "Bigger")])))
    assert session.rename_segment(0, "Large")
    assert _references(session.segments[1]) == [("in_segment", "Large"), ("not_in_segment", "Large"),
                                                 ("in_segment", "Bigger")]
    session.undo_stack.undo()
    assert _references(session.segments[1])[:2] == [("in_segment", "Big"), ("not_in_segment", "Big")]
