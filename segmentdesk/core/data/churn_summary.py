"""The buying rhythm of a shop at a reference date: how many customers buy again, how long they
usually wait between orders, and how many are late by their own rhythm (the churn-risk bands of
:mod:`.predictions`), with each band's share of revenue and the customers most overdue first.

The figures the window's "Buying rhythm" page and ``segmentdesk-cli churn`` show.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from .dataset import Dataset
from .predictions import CHURN_BANDS, HIGH_FACTOR, OVERDUE_FACTOR, prediction_values, usual_intervals


@dataclass(frozen=True)
class ChurnBand:
    key: str                  # low, medium, high
    count: int
    revenue: float            # the band's customers' total spend
    revenue_share: float      # of all customers' total spend (0 when the shop has none)


@dataclass(frozen=True)
class ChurnSummary:
    as_of: dt.date
    customers: int
    repeat_customers: int     # orders on at least two days: they have a rhythm
    one_time: int             # orders on one day only: no rhythm yet
    no_orders: int
    median_interval: float | None     # days, the median of the repeat customers' usual intervals
    bands: tuple[ChurnBand, ...]      # low, medium, high
    overdue: np.ndarray               # customer positions overdue (overdue_days > 0), most overdue first
    unbanded: ChurnBand | None = None  # key "none": the customers without a band (no rhythm), so the shares add up

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "customers": self.customers,
                "repeat_customers": self.repeat_customers, "one_time": self.one_time,
                "no_orders": self.no_orders,
                "median_interval_days": None if self.median_interval is None else round(self.median_interval, 1),
                "overdue_factor": OVERDUE_FACTOR, "high_factor": HIGH_FACTOR,
                "bands": [{"key": b.key, "count": b.count, "revenue": round(b.revenue, 2),
                           "revenue_share": round(b.revenue_share, 6)} for b in self.bands],
                "overdue": int(len(self.overdue)),
                **({"unbanded": {"count": self.unbanded.count, "revenue": round(self.unbanded.revenue, 2),
                                 "revenue_share": round(self.unbanded.revenue_share, 6)}}
                   if self.unbanded is not None else {})}


def churn_summary(ds: Dataset, *, as_of: dt.date) -> ChurnSummary:
    """The shop's buying rhythm at ``as_of`` (a dataset without dated orders has no repeat customers)."""
    interval = usual_intervals(ds)
    repeat = ~np.isnan(interval)
    orders = ds.metrics["order_count"].to_numpy(dtype="float64") if "order_count" in ds.metrics else np.zeros(len(ds))
    bought = np.nan_to_num(orders) > 0
    spend = (np.nan_to_num(ds.metrics["total_spend"].to_numpy(dtype="float64"))
             if "total_spend" in ds.metrics else np.zeros(len(ds)))
    total = float(spend.sum())
    bands_of = prediction_values(ds, "churn_risk", as_of).to_numpy(dtype=object)
    bands = []
    for key in CHURN_BANDS:
        members = bands_of == key
        revenue = float(spend[members].sum())
        bands.append(ChurnBand(key, int(members.sum()), revenue, revenue / total if total > 0 else 0.0))
    without = ~np.isin(bands_of, list(CHURN_BANDS))
    rest = float(spend[without].sum())
    unbanded = ChurnBand("none", int(without.sum()), rest, rest / total if total > 0 else 0.0)
    overdue_days = prediction_values(ds, "overdue_days", as_of).to_numpy(dtype="float64")
    late = np.flatnonzero(np.nan_to_num(overdue_days) > 0)
    # Most overdue first; equal days by position, so the order never depends on the sort's mood.
    late = late[np.lexsort((late, -overdue_days[late]))]
    return ChurnSummary(as_of=as_of, customers=len(ds), repeat_customers=int(repeat.sum()),
                        one_time=int((bought & ~repeat).sum()), no_orders=int((~bought).sum()),
                        median_interval=float(np.median(interval[repeat])) if repeat.any() else None,
                        bands=tuple(bands), overdue=late, unbanded=unbanded)


@dataclass(frozen=True)
class OverdueCustomer:
    position: int             # the customer's row
    overdue_days: int
    usual_interval: float     # days
    last_order: dt.date
    expected_next_order: dt.date      # the last order + the usual interval: when they were due


def most_overdue(ds: Dataset, summary: ChurnSummary, *, top: int) -> list[OverdueCustomer]:
    """The ``top`` most overdue customers of ``summary`` (its reference date), most overdue first."""
    overdue = prediction_values(ds, "overdue_days", summary.as_of).to_numpy(dtype="float64")
    expected = prediction_values(ds, "expected_next_order", summary.as_of)
    interval = usual_intervals(ds)
    last = ds.metrics["last_order_date"]
    return [OverdueCustomer(int(p), int(overdue[p]), float(interval[p]), last.iloc[p].date(),
                            expected.iloc[p].date()) for p in summary.overdue[:top]]
