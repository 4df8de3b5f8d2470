"""The ``cluster`` field: a Dataset that answers it, made from per-customer cluster names."""
from __future__ import annotations

import pandas as pd

from ..data.dataset import DATA_ONLY_CACHES, Dataset

FIELD = "cluster"


def with_cluster_field(ds: Dataset, names: pd.Series | None) -> Dataset:
    """A new Dataset with the same customers, orders and metrics, plus the ``cluster`` metric
    column ``names`` (per customer row; None where a customer has none) — or without it for None.

    A new object rather than an edit: evaluators, mask caches and indexes are per Dataset, so none
    of them can answer ``cluster`` with names from before.
    """
    metrics = ds.metrics.drop(columns=[FIELD], errors="ignore")
    if names is not None:
        metrics = metrics.assign(**{FIELD: pd.Series(names.to_numpy(dtype=object), index=metrics.index,
                                                      dtype=object)})
    out = Dataset.restored(ds.customers, ds.orders, link_by=ds.link_by, order_customer_pos=ds.order_customer_pos,
                           metrics=metrics)
    for name in DATA_ONLY_CACHES:
        if name in ds.__dict__:
            out.__dict__[name] = ds.__dict__[name]
    out.rfm_map = getattr(ds, "rfm_map", None)          # the project's RFM groups go with its data
    return out
