"""Order links and metrics after the register added, deleted or re-keyed a few customers, derived
again only for the customers the change touches.

Linking ten million orders and deriving every customer's metrics takes seconds; an open of a
project whose register adds one customer must not.  Every order keeps its customer unless its
reference is one of the *changed keys* (the link key of a customer deleted or re-keyed, before
and after, or of one added): only those orders are linked again, by the first customer with the
key as :class:`~..data.dataset.Dataset` links them, and only the customers that had or now have
them get their metrics derived again.  The identifier the orders link by (customer number or
email) stays the stored data's: a hand edit never switches how all the orders link.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.dataset import Dataset, Table, match_key


def relinked(base: Dataset, customers: Table, *, kept: np.ndarray | None, rekeyed: list[int], added: int,
             base_keys: np.ndarray | None = None) -> Dataset:
    """``base``'s orders linked to ``customers``: base's customers with the rows ``kept`` (None: all),
    those at ``rekeyed`` (base positions) with new key values, and ``added`` new customers after them.
    ``base_keys``: base's link-role keys as :func:`match_key` folds them, if known."""
    role, orders = base.link_by, base.orders
    if orders is None or role is None or customers.role_column(role) is None:
        return Dataset(customers, orders)
    n_old, n_new = len(base), len(customers.frame)
    kept = np.ones(n_old, dtype=bool) if kept is None else kept
    old_keys = base_keys if base_keys is not None else match_key(base.customers.role_column(role)).to_numpy(dtype=object)
    new_of_old = np.full(n_old + 1, -1, dtype=np.int64)          # the last slot: an order of no customer
    new_of_old[:n_old][kept] = np.arange(int(kept.sum()))
    # The new table's keys: the kept rows' (re-keyed ones folded again) and the added rows'.
    new_keys = np.concatenate([old_keys[kept], np.full(added, None, dtype=object)])
    changed_rows = sorted({int(new_of_old[p]) for p in rekeyed if kept[p]} | set(range(n_new - added, n_new)))
    if changed_rows:
        new_keys[changed_rows] = match_key(customers.role_column(role).iloc[changed_rows]).to_numpy(dtype=object)
    gone = [p for p in range(n_old) if not kept[p]] + list(rekeyed)
    changed = {k for k in old_keys[gone] if k is not None} | {k for k in new_keys[changed_rows] if k is not None}
    pos = new_of_old[base.order_customer_pos]
    if not changed:
        return _with_links(base, customers, pos, kept, added, touched=np.zeros(0, dtype=np.int64))
    # Orders to link again: those of a customer with a changed key, and unlinked ones that carry one.
    old_holders = pd.Series(old_keys).isin(changed).to_numpy()
    holder = np.append(old_holders, False)
    again = holder[base.order_customer_pos]
    unlinked = np.flatnonzero(base.order_customer_pos < 0)
    if len(unlinked):
        refs = match_key(orders.role_column("customer_ref").iloc[unlinked]).to_numpy(dtype=object)
        again[unlinked[pd.Series(refs).isin(changed).to_numpy()]] = True
    rows = np.flatnonzero(again)
    first: dict[str, int] = {}
    new_holders = np.flatnonzero(pd.Series(new_keys).isin(changed).to_numpy())
    for p in new_holders:                            # the first customer with a key links its orders
        first.setdefault(new_keys[p], int(p))
    refs = match_key(orders.role_column("customer_ref").iloc[rows]).to_numpy(dtype=object)
    pos[rows] = [first.get(r, -1) for r in refs]
    touched = np.union1d(new_of_old[:n_old][old_holders & kept], new_holders)
    return _with_links(base, customers, pos, kept, added, touched=touched)


def _with_links(base: Dataset, customers: Table, pos: np.ndarray, kept: np.ndarray, added: int, *,
                touched: np.ndarray) -> Dataset:
    """The Dataset with order links ``pos``: the metrics of untouched customers carried over,
    those of the ``touched`` (new positions) and the added derived from their orders."""
    touched = np.union1d(touched, np.arange(len(customers.frame) - added, len(customers.frame))).astype(np.int64)
    metrics = base.metrics.iloc[np.flatnonzero(kept)].reset_index(drop=True)
    if added:
        blank = Dataset.restored(Table(pd.DataFrame(index=pd.RangeIndex(added)), {}, {}), None, link_by=None,
                                 order_customer_pos=np.zeros(0, dtype=np.int64), metrics=pd.DataFrame())._metrics()
        metrics = pd.concat([metrics, blank], ignore_index=True)
    if len(touched):
        rows = np.flatnonzero(np.isin(pos, touched))
        part = base.orders.frame.iloc[rows].reset_index(drop=True)
        codes = base.order_codes[rows]
        codes = np.where(codes >= 0, pd.factorize(codes)[0], -1)       # numbered anew; -1 (no order id) stays
        sub = Dataset.restored(Table(pd.DataFrame(index=pd.RangeIndex(len(touched))), {}, {}),
                               Table(part, dict(base.orders.kinds), dict(base.orders.roles)),
                               link_by=base.link_by, order_customer_pos=np.searchsorted(touched, pos[rows]),
                               metrics=pd.DataFrame(), order_codes=codes)
        # Whether an order is a return depends on all its rows, linked here or not: base knows.
        sub.__dict__["order_is_return"] = base.order_is_return[rows]
        fresh = sub._metrics()
        for name in metrics.columns:
            values = metrics[name].to_numpy(copy=True)
            values[touched] = fresh[name].to_numpy()
            metrics[name] = pd.Series(values, dtype=base.metrics[name].dtype)    # (text stays object)
    return Dataset.restored(customers, base.orders, link_by=base.link_by, order_customer_pos=pos,
                            metrics=metrics, order_codes=base.order_codes)
