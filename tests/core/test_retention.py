"""Retention: customers with no order, signup or edit for N years at a reference date."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from segmentdesk.core.data.dataset import Dataset, type_table
from segmentdesk.core.privacy.retention import stale_customers, years_before


def _dataset() -> Dataset:
    customers = pd.DataFrame({"nro": ["1", "2", "3", "4"], "liittyi": ["2019-01-01", "2025-06-01", None, None]})
    orders = pd.DataFrame({"asiakas": ["1", "3"], "pvm": ["2020-01-01", "2024-03-01"], "summa": ["5", "5"]})
    return Dataset(type_table(customers, {"customer_id": "nro", "signup_date": "liittyi"}),
                   type_table(orders, {"customer_ref": "asiakas", "order_date": "pvm", "amount": "summa"}))


def test_customers_without_an_order_or_signup_in_n_years_are_stale():
    found = stale_customers(_dataset(), years=3, as_of=dt.date(2026, 1, 1))
    assert [(s.customer_id, s.last_activity) for s in found] == [("1", dt.date(2020, 1, 1)), ("4", None)]


def test_an_edit_counts_as_activity():
    edited = pd.Series([pd.Timestamp("2025-12-01"), pd.NaT, pd.NaT, pd.NaT])
    found = stale_customers(_dataset(), years=3, as_of=dt.date(2026, 1, 1), edited=edited)
    assert [s.customer_id for s in found] == ["4"]


def test_years_step_back_by_calendar_from_29_february():
    assert years_before(dt.date(2028, 2, 29), 1) == dt.date(2027, 2, 28)
