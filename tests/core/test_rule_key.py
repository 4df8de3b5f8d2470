"""One key per rule: equal rules key alike wherever they are keyed, different rules never do."""
from __future__ import annotations

from segmentdesk.core.segments.model import Condition, Group, Segment, members_key, node_from_json, shape_key


def test_rules_built_differently_but_equal_have_one_key():
    built = Group("all", [Condition("age", "between", [25, 40]), Condition("region", "in", ["Uusimaa"])])
    read = node_from_json({"all": [{"op": "between", "value": [25, 40], "field": "age"},
                                   {"value": ["Uusimaa"], "field": "region", "op": "in"}]})
    assert built.key() == read.key()


def test_a_changed_value_changes_the_key():
    assert Condition("age", "gt", 30).key() != Condition("age", "gt", 31).key()
    assert Condition("age", "gt", 30).key() != Condition("age", "gt", "30").key()


def test_group_kind_and_child_order_are_part_of_the_key():
    a, b = Condition("age", "gt", 30), Condition("city", "eq", "Oulu")
    assert Group("all", [a, b]).key() != Group("any", [a, b]).key()
    assert Group("all", [a, b]).key() != Group("all", [b, a]).key()


def test_the_key_is_the_canonical_json_of_the_node():
    assert Condition("age", "gt", 30).key() == '{"field":"age","op":"gt","value":30}'


def test_members_key_follows_references_and_their_references():
    inner = Segment("Inner", Group("all", [Condition("age", "gt", 30)]))
    outer = Segment("Outer", Group("all", [Condition("segment", "in_segment", "Inner")]))
    rule = Group("all", [Condition("segment", "in_segment", "Outer")])
    before = members_key(rule, {"Inner": inner, "Outer": outer})
    edited = Segment("Inner", Group("all", [Condition("age", "gt", 31)]))
    assert members_key(rule, {"Inner": edited, "Outer": outer}) != before
    assert members_key(rule, {"Outer": outer}) != before          # a deleted segment is part of the key too


def test_members_key_of_a_rule_without_references_is_its_key():
    rule = Group("all", [Condition("age", "gt", 30)])
    assert members_key(rule, {}) == rule.key()


def test_shape_key_ignores_values_only():
    assert shape_key(Group("all", [Condition("age", "gt", 30)])) == shape_key(Group("all", [Condition("age", "gt", 99)]))
    assert shape_key(Group("all", [Condition("age", "gt", 30)])) != shape_key(Group("all", [Condition("age", "lt", 30)]))
