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
from ..register.register import KEY_ROLES, CustomerRegister, customer_key


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


def register_activity(ds: Dataset, register: CustomerRegister) -> pd.Series | None:
    """Each customer's latest edit, consent record or note in the register (NaT without any);
    None when the register is empty.  Customers are found by the register's key (customer number, else email)."""
    if not register:
        return None
    latest: dict[str, str] = {}
    for key, when in [(e.key, e.at) for e in register.edits] + [(c.key, c.at) for c in register.consent] + \
            [(n.key, n.on) for n in register.notes]:
        if when and when > latest.get(key, ""):
            latest[key] = when
    role = next((r for r in KEY_ROLES if ds.has_role(r)), None)
    if role is None:
        return None
    keys = [customer_key(role, v) for v in ds.customers.role_column(role).tolist()]
    return pd.to_datetime(pd.Series([latest.get(k) if k else None for k in keys], dtype=object), errors="coerce")


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
