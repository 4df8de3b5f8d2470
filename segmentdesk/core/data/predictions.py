"""Small-shop predictions a shop owner can check by hand: each repeat customer's usual interval
between orders, when the next order is expected, how overdue it is and a churn-risk band.

The rule (public, ARCHITECTURE.md; in words in :data:`core.words.CHURN_RULE`):
- a repeat customer has orders on at least two different days (returns do not count);
- ``usual_interval``: the median of the customer's own gaps in days between consecutive order days;
- ``expected_next_order``: the last order's day + the usual interval (rounded to whole days, half up);
- ``overdue_days``: days since the last order beyond :data:`OVERDUE_FACTOR` × the usual interval
  (0 when not beyond it), measured at the reference date;
- ``churn_risk``: ``low`` while days since the last order ≤ :data:`OVERDUE_FACTOR` × usual interval,
  ``medium`` up to :data:`HIGH_FACTOR` × it, ``high`` beyond.
Customers who ordered on fewer than two days have none of these (missing).  Nothing needs a
minimum number of buyers: the first repeat customer gets an answer.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from .dataset import Dataset

OVERDUE_FACTOR = 1.5
HIGH_FACTOR = 3.0
PREDICTION_KINDS = {"usual_interval": "number", "expected_next_order": "date", "overdue_days": "number",
                    "churn_risk": "category"}
"""The prediction fields a rule can test, with their value types."""
DATED_PREDICTIONS = ("overdue_days", "churn_risk")
"""The prediction fields whose values change with the reference date."""
CHURN_BANDS = ("low", "medium", "high")


def usual_intervals(ds: Dataset) -> np.ndarray:
    """Per customer the median gap in days between their distinct order days (NaN for fewer than two)."""
    return ds.index.built("usual_intervals", lambda: _usual_intervals(ds))


def _usual_intervals(ds: Dataset) -> np.ndarray:
    n = len(ds)
    out = np.full(n, np.nan)
    dates = ds.orders.role_column("order_date") if ds.orders is not None else None
    if dates is None:
        return out
    pos = ds.order_customer_pos
    days = dates.to_numpy(dtype="datetime64[D]")
    keep = (pos >= 0) & ~ds.order_is_return & ~np.isnat(days)
    pos, day = pos[keep], days[keep].astype(np.int64)
    if pos.size == 0:
        return out
    # Distinct (customer, day) pairs, sorted by customer then day: one integer key each.
    span = int(day.max() - day.min()) + 1
    # Sorted and deduplicated by hand, not by np.unique: its hash table (NumPy 2.3+) holds the interpreter
    # lock throughout, so the window froze for as long as a worker built this over a million orders.
    keys = np.sort(pos * span + (day - day.min()))
    pairs = keys[np.r_[True, keys[1:] != keys[:-1]]]
    who, when = pairs // span, pairs % span
    same = who[1:] == who[:-1]
    gap_who, gaps = who[1:][same], (when[1:] - when[:-1])[same]
    if gaps.size == 0:
        return out
    # Median per customer: gaps sorted within each customer, then the middle one or two.
    order = np.lexsort((gaps, gap_who))
    gap_who, gaps = gap_who[order], gaps[order].astype("float64")
    starts = np.flatnonzero(np.r_[True, gap_who[1:] != gap_who[:-1]])
    counts = np.diff(np.r_[starts, gap_who.size])
    low, high = gaps[starts + (counts - 1) // 2], gaps[starts + counts // 2]
    out[gap_who[starts]] = (low + high) / 2
    return out


def prediction_values(ds: Dataset, name: str, as_of: dt.date) -> pd.Series:
    """The values of prediction field ``name`` (:data:`PREDICTION_KINDS`) per customer."""
    interval = usual_intervals(ds)
    if name == "usual_interval":
        return pd.Series(interval, dtype="float64")
    if name == "expected_next_order":
        return ds.index.values.get_or_make(("expected_next_order",), lambda: _expected(ds, interval))
    return ds.index.values.get_or_make((name, as_of), lambda: _dated(ds, name, interval, as_of))


def _expected(ds: Dataset, interval: np.ndarray) -> pd.Series:
    last = ds.metrics["last_order_date"].dt.normalize()
    steps = np.floor(interval + 0.5)
    return last + pd.to_timedelta(steps, unit="D")


def _dated(ds: Dataset, name: str, interval: np.ndarray, as_of: dt.date) -> pd.Series:
    last = ds.metrics["last_order_date"].to_numpy(dtype="datetime64[D]")
    since = (np.datetime64(as_of, "D") - last).astype("float64")
    since[np.isnat(last)] = np.nan
    has = ~np.isnan(interval) & ~np.isnan(since)
    if name == "overdue_days":
        beyond = np.where(has, since - OVERDUE_FACTOR * interval, np.nan)
        return pd.Series(np.where(has, np.maximum(np.floor(beyond + 0.5), 0.0), np.nan), dtype="float64")
    band = np.where(since <= OVERDUE_FACTOR * interval, 0, np.where(since <= HIGH_FACTOR * interval, 1, 2))
    table = np.array([*CHURN_BANDS, None], dtype=object)
    return pd.Series(table[np.where(has, band, 3)], dtype=object)
