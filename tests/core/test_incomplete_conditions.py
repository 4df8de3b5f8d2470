"""A condition still waiting for its value is left out of the count and the words, not a segment of nobody."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import RuleError
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, Group, Segment, is_incomplete, without_incomplete

AS_OF = dt.date(2025, 7, 1)


@pytest.fixture
def shop():
    return build_dataset(pd.DataFrame({"Alue": ["Uusimaa", "Pirkanmaa", "Uusimaa", None],
                                       "Pisteet": ["5", "7", "9", None]}, dtype=object),
                         {"region": "Alue"}, None, None)


def members(ds, node, **kw) -> list[int]:
    return np.flatnonzero(Evaluator(ds, as_of=AS_OF, **kw).mask(node)).tolist()


UUSIMAA = Condition("region", "in", ["Uusimaa"])


@pytest.mark.parametrize("cond", [
    Condition("region", "in", []), Condition("region", "in", None), Condition("region", "in", [" "]),
    Condition("region", "eq", ""), Condition("column:Pisteet", "gt", None),
    Condition("column:Pisteet", "between", [1, None]), Condition("column:Pisteet", "between", None),
    Condition("signup_date", "in_last", None), Condition("segment", "in_segment", ""),
])
def test_a_condition_without_its_value_is_incomplete(cond):
    assert is_incomplete(cond)


@pytest.mark.parametrize("cond", [
    Condition("region", "is_empty"), Condition("region", "in", ["Uusimaa", ""]),
    Condition("column:Pisteet", "gt", 0), Condition("column:Pisteet", "gt", "abc"),
    Condition("column:Pisteet", "between", [1, 5]),
])
def test_a_condition_with_a_value_is_not_incomplete_even_a_wrong_one(cond):
    assert not is_incomplete(cond)


def test_an_added_empty_condition_keeps_the_count(shop):
    rule = Group("all", [UUSIMAA, Condition("region", "in", [])])
    assert members(shop, rule) == members(shop, Group("all", [UUSIMAA])) == [0, 2]


def test_an_added_group_of_empty_conditions_keeps_the_count(shop):
    rule = Group("all", [UUSIMAA, Group("any", [Condition("region", "in", []), Condition("column:Pisteet", "gt", None)])])
    assert members(shop, rule) == [0, 2]


def test_a_rule_of_only_empty_conditions_matches_everyone_as_a_new_segment_does(shop):
    assert members(shop, Group("any", [Condition("region", "in", [])])) == [0, 1, 2, 3]
    assert members(shop, Group("all", [Group("not", [Condition("region", "in", [])])])) == [0, 1, 2, 3]


def test_an_empty_group_written_on_purpose_keeps_its_meaning(shop):
    assert members(shop, Group("any", [])) == []


def test_a_wrong_value_is_still_an_error(shop):
    with pytest.raises(RuleError):
        members(shop, Group("all", [Condition("column:Pisteet", "gt", "abc")]))


def test_a_referenced_segment_with_an_empty_condition_counts_without_it(shop):
    waiting = Segment("Uusimaa", Group("all", [UUSIMAA, Condition("column:Pisteet", "gt", None)]))
    rule = Group("all", [Condition("segment", "in_segment", "Uusimaa")])
    assert members(shop, rule, segments={"Uusimaa": waiting}) == [0, 2]


def test_the_rule_in_words_leaves_the_empty_condition_out():
    rule = Group("all", [UUSIMAA, Condition("region", "in", [])])
    assert describe(rule, "en") == describe(Group("all", [UUSIMAA]), "en") == "Region is Uusimaa"


def test_nothing_incomplete_gives_the_same_rule_back():
    rule = Group("all", [UUSIMAA, Group("any", [Condition("column:Pisteet", "gt", 1)])])
    assert without_incomplete(rule) is rule
