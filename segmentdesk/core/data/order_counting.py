"""Distinct non-return orders per customer: the one way orders are counted.

``order_count`` (a Dataset metric) and the order-window fields (``orders_in_last:…``,
``orders_in_category:…``) both count here, so they agree on every file: distinct order ids per
customer (every row is an order where the file has no order-id column), rows without an order
id are not orders, and an order whose amounts sum below zero is a return, never counted.

Rows are given as flat arrays: each row's customer *bin* (0…n-1, or the spare bin ``n`` for a
row of no customer, which every count drops), its order code and whether it counts.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def index_type(count: int) -> type:
    """The smallest of int32/int64 that holds indexes below ``count`` (half the memory on most data)."""
    return np.int32 if count < 2**31 - 1 else np.int64


def order_pairs(bins: np.ndarray, codes: np.ndarray | None, counted: np.ndarray, n: int,
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """``(pair of each row, customer bin of each pair)`` where a pair is one customer's order; -1 for rows
    that do not count.  ``codes`` is each row's order code (-1 without one), None where each row is an
    order of its own (then the answer is None too).  Made once, then :func:`orders_per_customer` is cheap.
    """
    if codes is None:
        return None
    n_codes = int(codes.max()) + 1 if len(codes) else 0
    owner = np.full(n_codes, n, dtype=bins.dtype)
    owner[codes[counted]] = bins[counted]
    if (owner[codes[counted]] == bins[counted]).all():     # each order id belongs to one customer
        return np.where(counted, codes, -1), owner
    keys = bins[counted].astype(np.int64) * n_codes + codes[counted]
    pair_codes, pair_keys = pd.factorize(keys)
    pairs = np.full(len(bins), -1, dtype=index_type(len(pair_keys)))
    pairs[counted] = pair_codes
    return pairs, (pair_keys // n_codes).astype(bins.dtype)


def orders_per_customer(bins: np.ndarray, pairs: tuple[np.ndarray, np.ndarray] | None, rows: np.ndarray,
                        n: int) -> np.ndarray:
    """Per customer (float64, length ``n``), the distinct orders with at least one of ``rows``.

    ``rows`` must lie within the counted rows :func:`order_pairs` was made with; ``pairs`` is its answer.
    """
    if pairs is None:
        counts = np.bincount(bins[rows], minlength=n + 1)
    else:
        pair_of, owners = pairs
        hit = np.zeros(len(owners), dtype=bool)
        hit[pair_of[rows]] = True
        counts = np.bincount(owners[hit], minlength=n + 1)
    return counts[:n].astype("float64")
