"""Which profile dimensions and key figures a segment's rule decides by itself."""
from __future__ import annotations

from segmentdesk.core.analytics.profile_rule import rule_keys
from segmentdesk.core.segments.model import Condition, Group, Segment


def test_each_kind_of_field_names_what_it_bounds():
    assert rule_keys(Group("all", [Condition("postal_code", "starts_with", "00")])) == {"region", "city"}
    assert rule_keys(Group("all", [Condition("age", "ge", 65)])) == {"age_band"}
    assert rule_keys(Group("all", [Condition("industry", "in", ["C Teollisuus"]),
                                   Condition("staff_band", "in", ["20–49"])])) == {"industry", "staff_band"}
    assert rule_keys(Group("all", [Condition("orders_in_category:Kirjat", "ge", 1)])) == {"categories"}
    assert rule_keys(Group("all", [Condition("rfm_group", "in", ["champions"])])) == \
        {"days_since_last_order", "order_frequency"}
    assert rule_keys(Group("all", [Condition("total_spend", "ge", 1000),
                                   Condition("column:Lisätieto", "eq", "x")])) == set()


def test_a_condition_under_not_and_in_a_referred_segment_counts_too():
    uusimaa = Segment("Uusimaa", Group("all", [Condition("region", "in", ["Uusimaa"])]))
    rule = Group("all", [Group("not", [Condition("interests", "has_any", ["jooga"])]),
                         Condition("segment", "in_segment", "Uusimaa")])
    assert rule_keys(rule, {"Uusimaa": uusimaa}) == {"interests", "region", "city"}
    assert rule_keys(rule) == {"interests"}                     # an unknown reference decides nothing


def test_segments_referring_to_each_other_end():
    a = Segment("a", Group("all", [Condition("segment", "in_segment", "b"), Condition("gender", "eq", "Nainen")]))
    b = Segment("b", Group("all", [Condition("segment", "in_segment", "a")]))
    assert rule_keys(a.rule, {"a": a, "b": b}) == {"gender"}
