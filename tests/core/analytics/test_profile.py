"""A segment's profile against all customers: figures, shares among known values, indexes, absent
rows for absent roles, and sentences for the strongest differences only."""
from __future__ import annotations

import json

import numpy as np
import pytest

from segmentdesk.core.analytics.profile import Highlight, profile_segment
from segmentdesk.core.analytics.profile_words import highlight_sentence, index_chart_rows, key_figure_row, value_label
from segmentdesk.core.segments.figures import segment_figures

from profile_shop import AS_OF, N, mask, shop


def _profile(positions, **kw):
    ds = shop(**kw)
    return profile_segment(ds, mask(positions), name="s", as_of=AS_OF)


def test_region_index_is_the_segments_share_over_all_customers_share_times_100():
    region = _profile(range(10)).dimension("region")
    row = region.row("Uusimaa")
    assert (row.segment_count, row.segment_share, row.all_share) == (10, 1.0, 0.5)
    assert row.index == pytest.approx(200.0)


def test_shares_are_among_customers_whose_value_is_known():
    # Customers 3 and 7 have no interests: the segment 0–7 has six with one, all jooga.
    interests = _profile(range(8)).dimension("interests")
    assert interests.segment_known == 6 and interests.all_known == 30
    assert interests.row("jooga").segment_share == pytest.approx(1.0)
    assert interests.row("jooga").index == pytest.approx(100 / (15 / 30))


def test_age_bands_put_each_boundary_age_in_its_own_band():
    # Customer i is 20 + i: 0–4 are 18–24, 5–14 are 25–34, 45 would be 45–54.
    ages = _profile(range(N)).dimension("age_band")
    counts = {r.value: r.segment_count for r in ages.rows}
    assert counts == {"18_24": 5, "25_34": 10, "35_44": 10, "45_54": 10, "55_64": 5}


def test_revenue_figures_use_the_same_definitions_as_segment_figures():
    ds = shop()
    m = mask(range(10))
    profile = profile_segment(ds, m, name="s", as_of=AS_OF)
    figures = segment_figures(ds, m)
    assert profile.key_figure("avg_order_value").segment == pytest.approx(figures.revenue / figures.orders)
    assert profile.key_figure("order_frequency").segment == pytest.approx(figures.orders / 10)
    assert profile.key_figure("reachable").segment == pytest.approx(figures.reachable / 10)


def test_days_since_last_order_is_the_median_over_customers_with_orders():
    # Customer i last ordered i days before the reference date.
    days = _profile(range(10)).key_figure("days_since_last_order")
    assert days.segment == pytest.approx(4.5)
    assert days.all == pytest.approx(19.5)


def test_all_customers_bring_all_the_revenue_and_a_share_of_revenue_has_no_index():
    # The row read "4.7% | 4.6% | 102": the segment's share of customers under "All customers".
    f = _profile(range(30, 40)).key_figure("revenue_share")
    assert f.all == 1.0 and f.index is None
    assert key_figure_row(f, "en")[2:] == ("100.0%", "–")
    assert key_figure_row(f, "fi")[0] == "Osuus liikevaihdosta" and key_figure_row(f, "fi")[2] == "100,0\u00a0%"


def test_a_role_the_data_lacks_gives_no_row_rather_than_zero():
    profile = _profile(range(10), gender=False)
    assert profile.dimension("gender") is None
    assert profile.dimension("region") is not None


def test_without_orders_only_size_and_reachable_remain():
    profile = _profile(range(10), orders=False)
    assert [f.key for f in profile.key_figures] == ["size", "reachable"]
    assert profile.dimension("categories") is None


def test_without_a_consent_column_reachable_is_absent():
    assert _profile(range(10), consent=False).key_figure("reachable") is None


def test_a_strong_sure_difference_gets_a_sentence_in_both_languages():
    profile = _profile(range(20))
    region = next(h for h in profile.highlights if h.key == "region")
    assert highlight_sentence(region, "en") == "2.0× as likely to live in Uusimaa"
    assert highlight_sentence(region, "fi") == "Asuu 2,0 kertaa useammin maakunnassa Uusimaa"


def test_an_under_represented_value_reads_as_less_likely():
    # 4 of the 24 members live in Uusimaa (half of all customers do): a third of the rate.
    profile = _profile(list(range(20, 40)) + [0, 2, 4, 6])
    less = [h for h in profile.highlights if h.index < 100 and h.value is not None]
    assert less and all("less likely" in highlight_sentence(h, "en") for h in less)
    assert highlight_sentence(Highlight("region", "Uusimaa", 100 / 3), "en") == "3.0× less likely to live in Uusimaa"
    assert highlight_sentence(Highlight("region", "Uusimaa", 100 / 3), "fi") == \
        "Asuu 3,0 kertaa harvemmin maakunnassa Uusimaa"


def test_a_value_no_member_has_gets_no_sentence():
    assert not any(h.value == "Pirkanmaa" for h in _profile(range(20)).highlights)


def test_a_difference_with_too_few_members_behind_it_gets_no_sentence():
    # Two Helsinki customers are 2× Helsinki's share of all, but two people say nothing sure.
    profile = _profile([0, 1, 20, 21])
    assert not any(h.key == "city" for h in profile.highlights)


def test_the_whole_customer_base_has_no_differences_to_tell():
    profile = _profile(range(N))
    assert profile.highlights == ()
    assert all(r.index == pytest.approx(100.0) for d in profile.dimensions for r in d.rows)


def test_behaviour_figures_come_before_who_the_members_are():
    keys = [h.key for h in _profile(range(20)).highlights]
    assert keys[:2] == ["days_since_last_order", "avg_order_value"]
    assert set(keys[2:]) <= {"region", "city", "interests", "categories", "age_band", "gender"}


def test_key_figure_rows_format_money_shares_and_counts_by_language():
    profile = _profile(range(10))
    label, seg, everyone, index = key_figure_row(profile.key_figure("avg_order_value"), "fi")
    assert label == "Keskiostos" and seg.endswith("\u00a0€") and index.isdigit()
    assert key_figure_row(profile.key_figure("size"), "en") == ("Customers", "10", "40", "–")


def test_profile_json_is_plain_data():
    text = json.dumps(_profile(range(10)).as_json())
    doc = json.loads(text)
    assert doc["count"] == 10
    assert doc["dimensions"]["region"]["values"][0] == {
        "value": "Uusimaa", "count": 10, "share": 1.0, "all_count": 20, "all_share": 0.5, "index": 200.0}


def test_a_mask_of_another_dtype_is_taken_as_yes_no():
    ds = shop()
    profile = profile_segment(ds, mask(range(10)).astype(np.int8), name="s", as_of=AS_OF)
    assert profile.figures.count == 10


def test_chart_rows_are_the_furthest_from_100_most_over_represented_first():
    rows = index_chart_rows(_profile(range(20)), "en")
    indexes = [index for _, index in rows]
    assert indexes == sorted(indexes, reverse=True)
    assert ("Region: Uusimaa", pytest.approx(200.0)) in rows
    assert all(index >= 110 or index <= 100 / 1.1 for index in indexes)


def test_chart_rows_leave_out_values_with_too_few_people_behind_them():
    rows = index_chart_rows(_profile([0, 1, 2]), "en")
    assert all(label.startswith(("Age", "Gender", "Region", "City", "Interests", "Categories")) for label, _ in rows)
    assert not any(label == "City: Helsinki" for label, _ in rows)


def test_all_customers_reachable_share_counts_a_shared_address_once_as_a_segments_does():
    import pandas as pd

    from segmentdesk.core.analytics.profile import profile_segment
    from segmentdesk.core.data.dataset import build_dataset

    people = pd.DataFrame({"Nro": ["1", "2", "3", "4"],
                           "Email": ["a@example.fi", "A@example.fi ", "b@example.fi", "c@example.fi"],
                           "Lupa": ["kyllä", "kyllä", "kyllä", "ei"]}, dtype=object)
    ds = build_dataset(people, {"customer_id": "Nro", "email": "Email", "consent_email": "Lupa"})
    everyone = np.ones(len(ds), dtype=bool)
    figure = next(f for f in profile_segment(ds, everyone, name="All", as_of=AS_OF).key_figures
                  if f.key == "reachable")
    assert figure.segment == figure.all == 0.5               # a@ once, b@; c@ said no
    assert figure.index == 100.0


def _uusimaa_rule():
    from segmentdesk.core.segments.model import Condition, Group
    return Group("all", [Condition("region", "in", ["Uusimaa"])])


def test_what_the_rule_chooses_by_is_no_finding_and_is_said_to_be_left_out():
    # Customers 0–19 are everyone in Uusimaa: "2.0× as likely to live in Uusimaa" is their definition.
    from segmentdesk.core.analytics.profile_rule import rule_keys
    from segmentdesk.core.analytics.profile_words import defined_note

    plain = _profile(range(20))
    assert any(h.key == "region" for h in plain.highlights)
    ds = shop()
    profile = profile_segment(ds, mask(range(20)), name="s", as_of=AS_OF, defined_by=rule_keys(_uusimaa_rule()))
    assert not any(h.key in ("region", "city") for h in profile.highlights)
    assert not any(label.startswith(("Region", "City")) for label, _ in index_chart_rows(profile, "en"))
    assert any(h.key == "interests" for h in profile.highlights)        # what else stands out still does
    assert profile.dimension("region").row("Uusimaa").segment_share == 1.0     # the table keeps it
    assert defined_note(profile, "en") == "Left out as the segment's rule chooses by them: region, city."
    assert defined_note(profile, "fi") == \
        "Jätetty pois, koska segmentin sääntö valitsee niiden perusteella: maakunta, paikkakunta."
    assert defined_note(plain, "en") == ""
    assert profile.as_json()["defined_by"] == ["region", "city"]


def test_a_rule_on_order_count_and_recency_leaves_those_figures_unsaid():
    from segmentdesk.core.analytics.profile_rule import rule_keys
    from segmentdesk.core.segments.model import Condition, Group

    rule = Group("all", [Condition("order_count", "ge", 2),
                         Condition("last_order_date", "in_last", {"n": 12, "unit": "months"})])
    keys = [h.key for h in profile_segment(shop(), mask(range(20)), name="s", as_of=AS_OF,
                                           defined_by=rule_keys(rule)).highlights]
    assert "days_since_last_order" not in keys and "order_frequency" not in keys
    assert "avg_order_value" in keys


def test_every_sentence_about_who_they_are_is_a_bar_of_the_chart_strongest_first():
    # The sentences picked by significance named categories the chart beside them did not show.
    for positions in (range(20), list(range(20, 40)) + [0, 2, 4, 6], range(0, 40, 3)):
        profile = _profile(positions)
        charted = {label for label, _ in index_chart_rows(profile, "en")}
        told = [h for h in profile.highlights if h.value is not None]
        for h in told:
            assert any(label.endswith(": " + h.value) for label in charted), h
        strengths = [abs(np.log(h.index / 100)) for h in told]
        assert strengths == sorted(strengths, reverse=True)


def test_without_sentences_beside_a_chart_the_page_says_its_differences_may_be_chance():
    # "No strong differences" under bars of 328 (Hiipuneet's towns) read as a contradiction.
    import dataclasses

    from segmentdesk.core.analytics.profile_words import no_highlights_text

    charted = dataclasses.replace(_profile(range(5, 25)), highlights=())
    assert index_chart_rows(charted, "en")
    assert no_highlights_text(charted, "en") == \
        "None of the differences in the chart is clear enough to rule out chance."
    assert no_highlights_text(charted, "fi") == "Mikään kaavion eroista ei ole niin selvä, ettei se voisi olla sattumaa."
    assert no_highlights_text(_profile(range(N)), "en") == "No strong differences from all customers."


def test_the_oldest_age_band_reads_65_and_over_in_both_languages():
    # Finnish "65 tai yli" ("65 or over") read as a choice; "65 ja yli" is how a band is written.
    assert value_label("age_band", "65_plus", "fi") == "65 ja yli"
    assert value_label("age_band", "65_plus", "en") == "65 and over"
