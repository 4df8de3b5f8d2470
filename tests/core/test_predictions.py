"""Small-shop predictions: usual interval (median of own gaps), expected next order, overdue days
beyond 1.5 × the interval and the churn-risk band, from the first repeat buyer on."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields, field_values, find_field
from segmentdesk.core.data.predictions import HIGH_FACTOR, OVERDUE_FACTOR
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json
from segmentdesk.core import words

AS_OF = dt.date(2026, 11, 1)


def _shop(orders: list[tuple[str, str, float]], customers: tuple[str, ...] = ("1", "2", "3", "4")):
    people = pd.DataFrame({"Nro": list(customers)}, dtype=object)
    lines = pd.DataFrame({"Tilaus": [f"T{i}" for i in range(len(orders))], "Asiakas": [o[0] for o in orders],
                          "Pvm": [o[1] for o in orders], "Summa": [o[2] for o in orders]}, dtype=object)
    return build_dataset(people, {"customer_id": "Nro"}, lines,
                         {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"})


def _values(ds, name, as_of=AS_OF) -> list:
    return field_values(ds, find_field(ds, name), as_of).tolist()


@pytest.fixture
def ds():
    return _shop([
        ("1", "2026-01-01", 10.0), ("1", "2026-01-11", 10.0), ("1", "2026-02-10", 10.0),   # gaps 10, 30 → 20
        ("1", "2026-02-10", 5.0),                                                          # same day: no gap
        ("2", "2026-09-01", 10.0), ("2", "2026-10-01", 10.0),                             # one gap: 30
        ("3", "2026-10-20", 10.0),                                                         # one order: no interval
        ("2", "2026-10-15", -10.0),                                                        # a return: no order day
    ])


def test_the_usual_interval_is_the_median_of_the_customers_own_gaps(ds):
    assert _values(ds, "usual_interval")[:2] == [20.0, 30.0]
    assert all(np.isnan(_values(ds, "usual_interval")[2:]))


def test_median_of_an_even_number_of_gaps_is_the_mean_of_the_middle_two():
    ds = _shop([("1", d, 1.0) for d in ("2026-01-01", "2026-01-03", "2026-01-08", "2026-01-18", "2026-02-17")])
    assert _values(ds, "usual_interval")[0] == 7.5          # gaps 2, 5, 10, 30


def test_expected_next_order_is_the_last_order_plus_the_interval(ds):
    expected = field_values(ds, find_field(ds, "expected_next_order"), AS_OF)
    assert expected[0] == pd.Timestamp("2026-03-02") and expected[1] == pd.Timestamp("2026-10-31")
    assert expected[2:].isna().all()


def test_overdue_days_count_beyond_one_and_a_half_intervals(ds):
    # Customer 1: 264 days since 10 Feb, 1.5 × 20 = 30 → 234 overdue; customer 2: 31 days ≤ 45 → 0.
    assert _values(ds, "overdue_days")[:2] == [234.0, 0.0]
    assert OVERDUE_FACTOR == 1.5 and HIGH_FACTOR == 3.0


def test_churn_risk_bands_follow_the_stated_rule():
    base = [("1", "2026-10-01", 1.0), ("1", "2026-10-11", 1.0)]      # interval 10 days, last 11 Oct
    ds = _shop(base)
    last = dt.date(2026, 10, 11)
    bands = {d: _values(ds, "churn_risk", last + dt.timedelta(days=d))[0] for d in (15, 16, 30, 31)}
    assert bands == {15: "low", 16: "medium", 30: "medium", 31: "high"}     # 15 ≤ 1.5×10 < 16; 30 ≤ 3×10 < 31


def test_prediction_fields_work_in_rules_and_read_in_words(ds):
    rule = node_from_json({"all": [{"field": "churn_risk", "op": "in", "value": ["high"]},
                                   {"field": "overdue_days", "op": "gt", "value": 0}]})
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [True, False, False, False]
    assert describe(rule, "fi").startswith("Menetysriski on korkea ja myöhässä (päivää) on yli")
    fields = {f.name: f for f in available_fields(ds)}
    assert (fields["expected_next_order"].kind, fields["churn_risk"].kind) == ("date", "category")


def test_the_bands_change_with_the_reference_date_in_rules(ds):
    rule = node_from_json({"field": "churn_risk", "op": "eq", "value": "low"})
    assert Evaluator(ds, as_of=dt.date(2026, 10, 2), ).mask(rule).tolist() == [False, True, False, False]
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [False, True, False, False]
    assert Evaluator(ds, as_of=dt.date(2026, 12, 31)).mask(rule).tolist() == [False, False, False, False]


def test_the_rule_is_stated_in_words_in_both_languages():
    for lang in ("en", "fi"):
        text = words.churn_rule(lang)
        assert "1,5" in text if lang == "fi" else "1.5" in text
        assert words.churn_risk_label("high", lang)
