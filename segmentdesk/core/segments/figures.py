"""Key figures of a segment: size, share, reachable, revenue share."""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from ..data.dataset import Dataset


@dataclass(frozen=True)
class SegmentFigures:
    count: int
    share: float            # of all customers, 0…1
    reachable: int          # valid email and marketing consent
    revenue: float
    revenue_share: float    # of all customers' total spend, 0…1
    total_customers: int
    avg_spend: float        # total spend per customer in the segment (0 for an empty segment)
    avg_spend_all: float    # the same over all customers, to compare against

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def segment_figures(ds: Dataset, mask: np.ndarray) -> SegmentFigures:
    """Figures of the customers selected by ``mask``."""
    n = len(ds)
    count = int(mask.sum())
    spend = ds.metrics["total_spend"].to_numpy(dtype="float64")
    total = float(spend.sum())
    revenue = float(spend[mask].sum())
    return SegmentFigures(
        count=count,
        share=count / n if n else 0.0,
        reachable=int((mask & ds.reachable).sum()),
        revenue=revenue,
        revenue_share=revenue / total if total else 0.0,
        total_customers=n,
        avg_spend=revenue / count if count else 0.0,
        avg_spend_all=total / n if n else 0.0,
    )
