"""Moving rows of a rule by row path, as the builder's drag and drop and Alt+arrows do — without Qt."""
from __future__ import annotations

from segmentdesk.core.segments.model import node_from_json
from segmentdesk.core.segments.rule_paths import can_move, move_node, node_at, node_height

RULE = {"all": [
    {"field": "region", "op": "in", "value": ["Uusimaa"]},
    {"any": [{"field": "age", "op": "lt", "value": 30}, {"field": "order_count", "op": "ge", "value": 3}]},
    {"not": {"any": [{"field": "gender", "op": "eq", "value": "Mies"}]}},
]}


def rule():
    return node_from_json(RULE)


def test_a_condition_moves_into_another_group_and_the_original_is_untouched():
    before = rule()
    after, new_path = move_node(before, (0,), (1,), 2)
    assert after.to_json() == {"all": [
        {"any": [{"field": "age", "op": "lt", "value": 30}, {"field": "order_count", "op": "ge", "value": 3},
                 {"field": "region", "op": "in", "value": ["Uusimaa"]}]},
        {"not": {"any": [{"field": "gender", "op": "eq", "value": "Mies"}]}},
    ]}
    assert new_path == (0, 2)                 # the group moved up one place when row 0 left
    assert before.to_json() == RULE


def test_a_none_group_shows_and_takes_rows_inside_its_not():
    after, new_path = move_node(rule(), (1, 0), (2,), 0)
    assert node_at(after, new_path).to_json() == {"field": "age", "op": "lt", "value": 30}
    assert after.to_json()["all"][2] == {"not": {"any": [{"field": "age", "op": "lt", "value": 30},
                                                         {"field": "gender", "op": "eq", "value": "Mies"}]}}


def test_a_group_never_moves_into_itself_or_past_the_depth_limit():
    assert not can_move((1,), node_height(node_at(rule(), (1,))), (1,))
    assert not can_move((1,), 1, (1, 0))
    assert not can_move((1,), 2, (2,))        # a two-level group inside a group would be three levels deep
    assert can_move((1, 0), 0, (2,))
    assert not can_move((0,), 0, (), 1)       # dropping a row where it already is
