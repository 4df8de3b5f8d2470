"""Retention: customers with no activity — no order, no signup, no edit — for N years at a reference date.

A customer's last activity is the latest of their last order, their signup date and (when the
caller has them) the date their record was last edited.  They are stale when that date lies
before the reference date minus N calendar years (29 February steps back to 28 February), or
when none of those dates is known: nothing shows they are still a customer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.dataset import Dataset


@dataclass(frozen=True)
class StaleCustomer:
    position: int                  # row in the Dataset
    customer_id: str | None
    email: str | None
    last_activity: dt.date | None  # None: no order, signup or edit date at all


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:             # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def last_activity(ds: Dataset, *, edited: pd.Series | None = None) -> pd.Series:
    """Each customer's latest order, signup or edit date (NaT when none is known)."""
    dates = [pd.to_datetime(ds.metrics["last_order_date"], errors="coerce").reset_index(drop=True)]
    signup = ds.customers.role_column("signup_date")
    if signup is not None:
        dates.append(pd.to_datetime(signup, errors="coerce").reset_index(drop=True))
    if edited is not None:
        dates.append(pd.to_datetime(edited, errors="coerce").reset_index(drop=True))
    return pd.concat(dates, axis=1).max(axis=1)


def stale_customers(ds: Dataset, *, years: int, as_of: dt.date,
                    edited: pd.Series | None = None) -> list[StaleCustomer]:
    """Customers without activity for ``years`` years at ``as_of``, in customer order."""
    if years < 0:
        raise ValueError("years must not be negative")
    latest = last_activity(ds, edited=edited)
    cutoff = pd.Timestamp(years_before(as_of, years))
    stale = (latest.isna() | (latest < cutoff)).to_numpy(dtype=bool)
    ids, emails = ds.customers.role_column("customer_id"), ds.customers.role_column("email")
    found = []
    for pos in np.flatnonzero(stale):
        when = latest.iloc[pos]
        found.append(StaleCustomer(int(pos), _text(ids, pos), _text(emails, pos),
                                   None if pd.isna(when) else when.date()))
    return found


def _text(col: pd.Series | None, pos: int) -> str | None:
    if col is None:
        return None
    value = col.iloc[pos]
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
