"""How segments share customers: the overlap matrix and exclusive (waterfall) assignment."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


def overlap_counts(masks: dict[str, np.ndarray]) -> pd.DataFrame:
    """Customers in both row and column segment (the diagonal is each segment's size)."""
    names = list(masks)
    if not names:
        return pd.DataFrame()
    stacked = np.vstack([masks[n] for n in names]).astype(np.int32)
    return pd.DataFrame(stacked @ stacked.T, index=names, columns=names)


def overlap_shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Share of the row segment's customers who are also in the column segment (0…1)."""
    sizes = np.diag(counts.to_numpy()).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = counts.to_numpy() / sizes[:, None]
    return pd.DataFrame(np.nan_to_num(shares), index=counts.index, columns=counts.columns)


@dataclass(frozen=True)
class Waterfall:
    """Exclusive assignment: each customer lands in the first segment (in priority order) that matches."""

    names: list[str]
    assigned: np.ndarray        # per customer: index into names, or -1 for none
    overlapping: list[int]      # size of each segment on its own
    exclusive: list[int]        # customers it keeps after the segments above it took theirs

    @property
    def unassigned(self) -> int:
        return int((self.assigned < 0).sum())


def waterfall(masks: dict[str, np.ndarray], n_customers: int) -> Waterfall:
    """Assign customers to segments in the dict's order (first match wins), so no one gets two mailings."""
    names = list(masks)
    assigned = np.full(n_customers, -1, dtype=np.int32)
    exclusive = []
    for i, name in enumerate(names):
        take = masks[name] & (assigned < 0)
        assigned[take] = i
        exclusive.append(int(take.sum()))
    return Waterfall(names, assigned, [int(masks[n].sum()) for n in names], exclusive)
