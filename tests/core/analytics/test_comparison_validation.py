"""Segments side by side, and the checks a shop owner is asked to make: too small, unreachable,
not distinct (the same members, or members who look alike), too many for the shop's size."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.analytics.comparison import compare_profiles
from segmentdesk.core.analytics.profile import profile_segment
from segmentdesk.core.analytics.profile_report import profile_report
from segmentdesk.core.analytics.validation import ALIKE_SHARE_POINTS, likeness, validate_segments
from segmentdesk.core.analytics.validation_words import warning_sentence
from segmentdesk.core.segments.judging import Warning_, judge_segments, size_limit

from profile_shop import AS_OF, N, mask, shop


def _profiles(ds, **masks):
    return [profile_segment(ds, m, name=name, as_of=AS_OF) for name, m in masks.items()]


def test_comparison_aligns_each_value_across_segments_with_zero_where_a_segment_has_none():
    ds = shop()
    table = compare_profiles(_profiles(ds, south=mask(range(10)), north=mask(range(20, 30))))
    assert table.names == ("south", "north")
    row = next(r for r in table.rows if r.key == "region" and r.value == "Uusimaa")
    assert [c.value for c in row.cells] == [1.0, 0.0]
    assert row.cells[1].index == 0.0 and row.all == pytest.approx(0.5)


def test_comparison_has_every_key_figure_row_once_in_order():
    ds = shop()
    table = compare_profiles(_profiles(ds, a=mask(range(10)), b=mask(range(10, 30)), c=mask(range(5))))
    keys = [r.key for r in table.rows if r.value is None]
    assert keys == ["size", "reachable", "revenue_share", "avg_order_value", "order_frequency",
                    "days_since_last_order"]
    size = table.rows[0]
    assert [c.value for c in size.cells] == [10, 20, 5] and size.all == N
    revenue = table.rows[2]
    assert revenue.all == 1.0 and [c.index for c in revenue.cells] == [None, None, None]


def test_comparison_lists_age_bands_in_their_own_order():
    ds = shop()
    table = compare_profiles(_profiles(ds, old=mask(range(30, 40)), young=mask(range(5))))
    bands = [r.value for r in table.rows if r.key == "age_band"]
    assert bands == ["18_24", "25_34", "35_44", "45_54", "55_64"]


def _twin_shop():
    """Customers 0–9 and 10–19 are the same people twice over (but for their numbers and addresses)."""
    people = [("Uusimaa", "Nainen", "1990-01-01", "jooga"), ("Pirkanmaa", "Mies", "1970-05-05", "kahvi")] * 5
    frame = pd.DataFrame([(str(i), f"c{i}@example.fi", "kyllä", *people[i % 10]) for i in range(20)],
                         columns=["id", "email", "consent", "region", "gender", "birth", "interests"])
    orders = pd.DataFrame([(f"o{i}", str(i), "2026-10-01", 20.0 + i % 10) for i in range(20)],
                          columns=["order", "customer", "date", "amount"])
    return build_dataset(frame, {"customer_id": "id", "email": "email", "consent_email": "consent", "region": "region",
                                 "gender": "gender", "birth_date": "birth", "interests": "interests"},
                         orders, {"order_id": "order", "customer_ref": "customer", "order_date": "date",
                                  "amount": "amount"})


def test_segments_with_different_members_who_look_the_same_are_flagged_alike():
    ds = _twin_shop()
    twins = {"first": np.arange(20) < 10, "second": np.arange(20) >= 10}
    judged = validate_segments(ds, twins, as_of=AS_OF, small=1)
    assert [(w.code, w.segment, w.other) for w in judged.warnings] == [("alike", "first", "second")]


def test_a_share_apart_by_more_than_the_rule_allows_is_not_alike():
    ds = _twin_shop()
    # The second loses one Uusimaa woman: 4 of 9 (44 %) against 5 of 10 (50 %): 6 points apart.
    second = np.arange(20) >= 11
    near = likeness(*_profiles(ds, first=np.arange(20) < 10, second=second))
    assert near.share_points == pytest.approx(0.5 - 4 / 9)
    assert not near.alike


def test_likeness_is_zero_for_the_same_members():
    ds = shop()
    a = profile_segment(ds, mask(range(12)), name="a", as_of=AS_OF)
    near = likeness(a, a)
    assert near.alike and near.share_points == 0 and near.figure_difference == 0


def test_segments_from_different_regions_are_not_alike():
    ds = shop()
    judged = validate_segments(ds, {"south": mask(range(20)), "north": mask(range(20, 40))}, as_of=AS_OF, small=1)
    assert not [w for w in judged.warnings if w.code == "alike"]


def test_nearly_the_same_members_is_not_also_called_alike():
    ds = shop()
    judged = validate_segments(ds, {"a": mask(range(20)), "b": mask(range(20))}, as_of=AS_OF, small=1)
    assert [w.code for w in judged.warnings] == ["nearly_same"]


def test_more_segments_than_the_shops_reachable_customers_fill_is_too_many_for_its_size():
    ds = shop()                               # 30 reachable customers
    masks = {f"s{i}": mask([i]) for i in range(4)}
    assert size_limit(ds, small=10) == 3
    codes = [(w.code, w.value, w.limit) for w in judge_segments(ds, masks, small=10).warnings
             if w.code.startswith("too_many")]
    assert codes == [("too_many_for_size", 4, 3)]


def test_more_than_eight_segments_is_too_many_whatever_the_size():
    ds = shop()
    masks = {f"s{i}": np.ones(N, bool) for i in range(9)}
    codes = [w.code for w in judge_segments(ds, masks, small=1, nearly_same=1.01).warnings]
    assert codes.count("too_many") == 1 and "too_many_for_size" not in codes


def test_without_consent_data_the_shop_size_is_all_its_customers():
    assert size_limit(shop(consent=False), small=10) == 4


@pytest.mark.parametrize("code", ["empty", "unreachable", "small", "too_many", "too_many_for_size",
                                  "nearly_same", "alike"])
def test_every_warning_has_words_in_both_languages(code):
    w = Warning_(code, "a", "b", value=0.95 if code == "nearly_same" else 3, limit=0.05 if code == "alike" else 30)
    en, fi = warning_sentence(w, "en", current="a"), warning_sentence(w, "fi", current="a")
    assert en and fi and en != fi and en != code


def test_a_pair_warning_names_the_other_segment():
    w = Warning_("nearly_same", "Regulars", "Loyal", value=0.93, limit=0.9)
    assert warning_sentence(w, "en", current="Loyal") == "Nearly the same customers as “Regulars” (93 % shared)."
    assert "“Loyal”" in warning_sentence(w, "en", current="Regulars")


def test_the_alike_rule_is_stated_in_the_warning():
    w = Warning_("alike", "a", "b", value=0.02, limit=ALIKE_SHARE_POINTS)
    assert "more than 5 percentage points" in warning_sentence(w, "en", current="a")
    assert "yli 5 prosenttiyksikköä" in warning_sentence(w, "fi", current="a")


def test_a_report_keeps_the_warnings_about_the_named_segments_and_the_list():
    ds = shop()
    masks = {"empty": np.zeros(N, bool), "few": mask(range(3)), "south": mask(range(20)),
             "south again": mask(range(20))}
    report = profile_report(ds, masks, ["few"], as_of=AS_OF, small=5)
    assert [p.name for p in report.profiles] == ["few"] and report.comparison is None
    assert [(w.code, w.segment) for w in report.warnings] == [("small", "few")]
    both = profile_report(ds, masks, ["few", "south"], as_of=AS_OF, small=5)
    assert both.comparison is not None and both.comparison.names == ("few", "south")
    assert [w.code for w in both.warnings_for("south")] == ["nearly_same"]
