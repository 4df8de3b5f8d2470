"""The shop at a glance: customers, buyers, reachable, revenue and revenue by month."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from segmentdesk.core.analytics.overview import shop_overview
from segmentdesk.core.data.dataset import build_dataset

AS_OF = dt.date(2026, 11, 15)
CUSTOMER_ROLES = {"customer_id": "Nro", "email": "Email", "consent_email": "Lupa"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"}


def shop(orders: list[tuple] | None = None):
    customers = pd.DataFrame([("1", "a@x.fi", "kyllä"), ("2", "b@x.fi", "ei"), ("3", "c@x.fi", "kyllä")],
                             columns=["Nro", "Email", "Lupa"], dtype=object)
    rows = orders if orders is not None else [
        ("T1", "1", "2026-10-03", "100"), ("T2", "1", "2026-11-01", "50"),
        ("T3", "2", "2026-09-20", "20"), ("T4", "2", "2026-10-10", "-20"),     # a return: no order
        ("T5", "9", "2026-10-10", "999"),                                       # nobody's order
        ("T6", "1", "2026-12-24", "70"),                                        # after the reference date
    ]
    frame = pd.DataFrame(rows, columns=["Tilaus", "Asiakas", "Pvm", "Summa"], dtype=object)
    return build_dataset(customers, CUSTOMER_ROLES, frame, ORDER_ROLES)


def test_buyers_are_customers_with_an_order_and_reachable_have_consent():
    o = shop_overview(shop(), as_of=AS_OF)
    assert (o.customers, o.buyers, o.reachable) == (3, 2, 2)


def test_revenue_is_the_customers_spend_with_returns_and_orders_exclude_returns():
    o = shop_overview(shop(), as_of=AS_OF)
    assert o.revenue == pytest.approx(100 + 50 + 20 - 20 + 70)
    assert o.orders == 4
    assert o.avg_order_value == pytest.approx(220 / 4)


def test_months_end_at_the_reference_month_and_count_empty_months_as_zero():
    months = shop_overview(shop(), as_of=AS_OF, months=4).revenue_by_month
    assert months == [(dt.date(2026, 8, 1), 0.0), (dt.date(2026, 9, 1), 20.0),
                      (dt.date(2026, 10, 1), 80.0), (dt.date(2026, 11, 1), 50.0)]


def test_an_old_file_shows_the_months_of_its_last_orders():
    months = shop_overview(shop([("T1", "1", "2020-03-03", "10")]), as_of=AS_OF, months=2).revenue_by_month
    assert months == [(dt.date(2020, 2, 1), 0.0), (dt.date(2020, 3, 1), 10.0)]


def test_no_orders_means_no_months():
    customers = pd.DataFrame([("1", "a@x.fi", "kyllä")], columns=["Nro", "Email", "Lupa"], dtype=object)
    o = shop_overview(build_dataset(customers, CUSTOMER_ROLES), as_of=AS_OF)
    assert (o.revenue_by_month, o.buyers, o.avg_order_value) == ([], 0, None)


def test_rfm_groups_count_the_buyers_best_group_first():
    groups = shop_overview(shop(), as_of=AS_OF).rfm_groups
    assert groups[0][0] == "champions" and groups[-1][0] == "hibernating"
    assert sum(count for _, count, _ in groups) == 2                  # the two buyers; nobody else
    assert sum(revenue for _, _, revenue in groups) == pytest.approx(220)


def test_without_order_dates_there_are_no_rfm_groups():
    customers = pd.DataFrame([("1", "a@x.fi", "kyllä")], columns=["Nro", "Email", "Lupa"], dtype=object)
    assert shop_overview(build_dataset(customers, CUSTOMER_ROLES), as_of=AS_OF).rfm_groups == []
