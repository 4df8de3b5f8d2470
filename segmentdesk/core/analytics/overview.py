"""The shop at a glance: customers, buyers, revenue, and revenue by calendar month.

Revenue is what the segment figures call it: the sum of the order amounts linked to a customer,
returns and credit notes included as negatives (``total_spend`` summed), so the tile, the months
and every segment's revenue share add up.  Orders dated after the reference date are not charted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..data.rfm import has_rfm, rfm_group_codes
from ..tasks import Progress

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Overview:
    customers: int
    buyers: int                 # customers with at least one order
    reachable: int              # valid email and marketing consent
    orders: int                 # orders as order_count counts them (returns are not orders)
    revenue: float
    revenue_by_month: list[tuple[dt.date, float]]   # (first day of month, revenue), oldest first
    rfm_groups: list[tuple[str, int, float]]         # (group key, customers, revenue), best group first;
                                                     # empty when the data has no dated orders

    @property
    def avg_order_value(self) -> float | None:
        return self.revenue / self.orders if self.orders else None


def shop_overview(ds: Dataset, *, as_of: dt.date, months: int = DEFAULT_MONTHS,
                  progress: Progress | None = None) -> Overview:
    """The figures of :class:`Overview` for ``ds``.  The months end with the month of the latest order
    on or before ``as_of`` (so an old file still shows its year) and run ``months`` back, months
    without orders included as zero; no orders, no months."""
    progress = progress or Progress()
    order_count = ds.metrics["order_count"].to_numpy(dtype=float)
    spend = ds.metrics["total_spend"].to_numpy(dtype=float)
    progress.report(0.3)
    return Overview(customers=len(ds), buyers=int((order_count > 0).sum()), reachable=int(ds.reachable.sum()),
                    orders=int(order_count.sum()), revenue=float(spend.sum()),
                    revenue_by_month=_revenue_by_month(ds, as_of=as_of, months=months),
                    rfm_groups=_rfm_groups(ds, as_of=as_of, spend=spend))


def _rfm_groups(ds: Dataset, *, as_of: dt.date, spend: np.ndarray) -> list[tuple[str, int, float]]:
    """Buyers per RFM group (the dataset's group map) with their revenue, best group first."""
    if not has_rfm(ds):
        return []
    codes, keys = rfm_group_codes(ds, as_of)
    has = codes >= 0
    counts = np.bincount(codes[has], minlength=len(keys))
    revenue = np.bincount(codes[has], weights=spend[has], minlength=len(keys))
    return [(keys[i], int(counts[i]), float(revenue[i])) for i in reversed(range(len(keys)))]


def _revenue_by_month(ds: Dataset, *, as_of: dt.date, months: int) -> list[tuple[dt.date, float]]:
    if not ds.has_orders:
        return []
    dates, amounts = ds.orders.role_column("order_date"), ds.orders.role_column("amount")
    if dates is None or amounts is None:
        return []
    linked = ds.order_customer_pos >= 0
    when = dates.to_numpy(dtype="datetime64[ns]")[linked].astype("datetime64[M]")
    amount = np.nan_to_num(amounts.to_numpy(dtype=float)[linked])
    dated = ~np.isnat(when) & (when <= np.datetime64(as_of, "M"))
    if not dated.any():
        return []
    when, amount = when[dated], amount[dated]
    last = when.max()
    first = last - np.timedelta64(months - 1, "M")
    shown = when >= first
    totals = np.bincount((when[shown] - first).astype(np.int64), weights=amount[shown], minlength=months)
    return [((first + np.timedelta64(i, "M")).astype("datetime64[D]").item(), float(totals[i]))
            for i in range(months)]
