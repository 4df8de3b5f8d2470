"""The template library as the gallery reads it: goals, when-to-use sentences, counts, needed columns."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.templates import GOALS, count_templates, instantiate, load_templates, needed_columns

AS_OF = dt.date(2026, 11, 1)


def _dataset(*, birth_dates: bool = True, orders: bool = True):
    customers = pd.DataFrame({"id": ["1", "2", "3", "4"],
                              "email": [f"c{i}@example.fi" for i in range(4)],
                              "born": ["1.1.1950", "1.1.2000", "1.1.1990", "1.1.1960"]})
    roles = {"customer_id": "id", "email": "email"}
    if birth_dates:
        roles["birth_date"] = "born"
    if not orders:
        return build_dataset(customers, roles)
    frame = pd.DataFrame({"order": ["a", "b", "c", "d", "e", "f"], "customer": ["1", "1", "2", "2", "2", "3"],
                          "amount": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
                          "date": ["1.10.2026", "1.3.2026", "1.10.2026", "1.9.2026", "1.8.2026", "1.1.2024"]})
    return build_dataset(customers, roles, frame, {"order_id": "order", "customer_ref": "customer",
                                                   "amount": "amount", "order_date": "date"})


def test_every_template_has_a_known_goal_and_a_when_sentence_in_both_languages():
    for template in load_templates():
        assert template.goal in GOALS, template.id
        assert template.when("en") and template.when("fi") and template.when("fi") != template.when("en")


def test_every_goal_has_a_template():
    assert {t.goal for t in load_templates()} == set(GOALS)


def test_counts_match_the_instantiated_segments():
    ds = _dataset()
    templates = load_templates()
    counts = count_templates(templates, ds, as_of=AS_OF)
    evaluator = Evaluator(ds, as_of=AS_OF)
    for template in templates:
        if template.id in counts:
            rule = instantiate(template, ds, as_of=AS_OF).rule
            assert counts[template.id] == int(evaluator.mask(rule).sum()), template.id
    assert counts["seniors"] == 2 and counts["never_ordered"] == 1


def test_counts_leave_out_templates_the_data_cannot_answer():
    counts = count_templates(load_templates(), _dataset(birth_dates=False), as_of=AS_OF)
    assert "seniors" not in counts and "birthday_soon" not in counts
    assert "regulars" in counts


def test_counts_follow_the_reference_date():
    ds = _dataset()
    new = [t for t in load_templates() if t.id == "new_customers"]
    assert count_templates(new, ds, as_of=AS_OF)["new_customers"] == 0
    assert count_templates(new, ds, as_of=dt.date(2024, 1, 15))["new_customers"] == 1


def test_needed_columns_name_the_column_that_would_enable_a_template():
    by_id = {t.id: t for t in load_templates()}
    assert needed_columns(by_id["seniors"], _dataset(birth_dates=False)) == [("birth_date", "customers")]
    assert needed_columns(by_id["signed_up_not_bought"], _dataset()) == [("signup_date", "customers")]
    assert needed_columns(by_id["rfm_champions"], _dataset(orders=False)) == [("order_date", "orders")]
    assert needed_columns(by_id["regulars"], _dataset()) == []


def test_without_an_order_file_order_templates_need_its_columns_and_are_not_counted():
    ds = _dataset(orders=False)
    by_id = {t.id: t for t in load_templates()}
    assert needed_columns(by_id["never_ordered"], ds) == [("customer_ref", "orders")]
    assert needed_columns(by_id["top_spenders"], ds) == [("customer_ref", "orders"), ("amount", "orders")]
    counts = count_templates(load_templates(), ds, as_of=AS_OF)
    assert "never_ordered" not in counts and "regulars" not in counts and "seniors" in counts
