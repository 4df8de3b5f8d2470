"""Key figures of a segment: size, share, reachable, revenue share, average order and order frequency.

One definition each, used by the window's figures, the command line, the workbook, snapshots and
profiles: *reachable* is :func:`..data.audience.audience` (the people an export on the consent basis writes); the
*average order value* is the members' revenue over their orders; the *order frequency* is orders
per member.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from ..data.audience import audience
from ..data.dataset import Dataset


@dataclass(frozen=True)
class SegmentFigures:
    count: int
    share: float            # of all customers, 0…1
    reachable: int          # people a mailing reaches (:func:`~..data.audience.audience`, consent basis)
    revenue: float
    revenue_share: float    # of all customers' total spend, 0…1
    total_customers: int
    avg_spend: float        # total spend per customer in the segment (0 for an empty segment)
    avg_spend_all: float    # the same over all customers, to compare against
    orders: float = 0.0                 # the members' orders (returns are no orders)
    avg_order_value: float | None = None    # revenue / orders; None without orders
    order_frequency: float | None = None    # orders per member; None for an empty segment

    def as_dict(self) -> dict[str, float | int | None]:
        return asdict(self)


def segment_figures(ds: Dataset, mask: np.ndarray, *, blocked: np.ndarray | None = None) -> SegmentFigures:
    """Figures of the customers selected by ``mask``; ``blocked`` marks the do-not-contact list's members,
    so ``reachable`` is the number an export on the consent basis writes."""
    n = len(ds)
    count = int(mask.sum())
    spend = ds.metrics["total_spend"].to_numpy(dtype="float64")
    total = float(spend.sum())
    revenue = float(spend[mask].sum())
    orders = float(ds.metrics["order_count"].to_numpy(dtype="float64")[mask].sum())
    return SegmentFigures(
        count=count,
        share=count / n if n else 0.0,
        reachable=audience(ds, mask, blocked=blocked).reachable,
        revenue=revenue,
        revenue_share=revenue / total if total else 0.0,
        total_customers=n,
        avg_spend=revenue / count if count else 0.0,
        avg_spend_all=total / n if n else 0.0,
        orders=orders,
        avg_order_value=revenue / orders if orders else None,
        order_frequency=orders / count if count else None,
    )
