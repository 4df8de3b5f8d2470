"""The buying rhythm summary: repeat / one-time / no orders, each churn band's count and revenue share,
and the overdue customers most overdue first."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from segmentdesk.core.data.churn_summary import churn_summary, most_overdue
from segmentdesk.core.data.dataset import build_dataset

AS_OF = dt.date(2026, 11, 1)


def _shop(orders, customers=("1", "2", "3", "4", "5")):
    people = pd.DataFrame({"Nro": list(customers)}, dtype=object)
    lines = pd.DataFrame({"Tilaus": [f"T{i}" for i in range(len(orders))], "Asiakas": [o[0] for o in orders],
                          "Pvm": [o[1] for o in orders], "Summa": [o[2] for o in orders]}, dtype=object)
    return build_dataset(people, {"customer_id": "Nro"}, lines,
                         {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"})


@pytest.fixture
def summary():
    ds = _shop([
        ("1", "2026-10-01", 50.0), ("1", "2026-10-21", 50.0),       # every 20 days, 11 days since: low
        ("2", "2026-08-01", 100.0), ("2", "2026-08-21", 100.0),     # every 20 days, 72 since (> 3×): high
        ("3", "2026-09-01", 200.0), ("3", "2026-09-21", 200.0),     # every 20 days, 41 since (1.5×–3×): medium
        ("4", "2026-10-30", 300.0),                                 # one order: no rhythm yet
    ])
    return churn_summary(ds, as_of=AS_OF)


def test_customers_are_counted_by_whether_they_have_a_rhythm(summary):
    assert (summary.repeat_customers, summary.one_time, summary.no_orders) == (3, 1, 1)
    assert summary.median_interval == 20.0


def test_each_band_has_its_customers_and_share_of_revenue(summary):
    bands = {b.key: b for b in summary.bands}
    assert [b.key for b in summary.bands] == ["low", "medium", "high"]
    assert (bands["low"].count, bands["medium"].count, bands["high"].count) == (1, 1, 1)
    assert bands["medium"].revenue == 400.0
    assert bands["medium"].revenue_share == pytest.approx(400 / 1000)


def test_the_overdue_customers_come_most_overdue_first(summary):
    # customer 2: 72 − 30 = 42 days overdue; customer 3: 41 − 30 = 11; customer 1 is not overdue
    assert summary.overdue.tolist() == [1, 2]


def test_each_overdue_customer_says_when_their_next_order_was_expected():
    ds = _shop([("2", "2026-08-01", 100.0), ("2", "2026-08-21", 100.0), ("2", "2026-09-20", 100.0)])
    late = most_overdue(ds, churn_summary(ds, as_of=AS_OF), top=5)
    # gaps of 20 and 30 days: the usual interval is 25, so the next order was due 25 days after 20 September
    assert [(c.usual_interval, c.last_order, c.expected_next_order) for c in late] == \
        [(25.0, dt.date(2026, 9, 20), dt.date(2026, 10, 15))]


def test_the_json_names_the_rule_factors_and_bands(summary):
    doc = summary.to_json()
    assert doc["overdue_factor"] == 1.5 and doc["high_factor"] == 3.0
    assert [b["count"] for b in doc["bands"]] == [1, 1, 1]
    assert doc["overdue"] == 2


def test_a_shop_without_orders_has_no_rhythm():
    ds = build_dataset(pd.DataFrame({"Nro": ["1", "2"]}, dtype=object), {"customer_id": "Nro"})
    result = churn_summary(ds, as_of=AS_OF)
    assert (result.repeat_customers, result.no_orders, result.median_interval) == (0, 2, None)
    assert all(b.count == 0 for b in result.bands)


def test_the_revenue_outside_the_bands_is_the_customers_without_a_rhythm_so_the_shares_add_up(summary):
    # The sample's bands' shares totalled 96.2% with nothing said about the rest.
    assert (summary.unbanded.count, summary.unbanded.revenue) == (2, 300.0)        # customer 4's order; 5 bought nothing
    assert sum(b.revenue_share for b in summary.bands) + summary.unbanded.revenue_share == pytest.approx(1.0)
    assert summary.to_json()["unbanded"] == {"count": 2, "revenue": 300.0, "revenue_share": 0.3}


def test_the_rest_of_the_revenue_is_said_in_both_languages():
    from segmentdesk.core.words import churn_unbanded_note

    assert churn_unbanded_note("3.9%", "en").startswith("The other 3.9% of revenue is from customers without a band")
    assert churn_unbanded_note("3,9\u00a0%", "fi").startswith("Loput 3,9\u00a0% liikevaihdosta tulee asiakkailta")
