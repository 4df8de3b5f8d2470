"""Tables as rows of ``column_data`` (one typed blob per column), and the derived arrays stored beside them.

Besides ``customers`` and ``orders``, a save keeps what the Dataset derives from them — the
metrics (``metrics``) and each order's customer row and order code (``links``) — so opening a
project reads them instead of linking ten million orders again.  ``meta.derived_version`` says
which derivation made them; another version's are ignored and derived again.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from ..data.dataset import METRIC_KINDS, Dataset, Table
from .columns import EncodedColumn, decode_column, encode_column

# Bump when the Dataset derives its order links or metrics differently.
DERIVED_VERSION = "1"


def read_table(con: sqlite3.Connection, name: str) -> Table | None:
    """Table ``name`` as stored; None if the file holds none."""
    rows = con.execute("SELECT header, kind, role, dtype, rows, codec, data, value_list FROM column_data "
                       "WHERE tbl = ? ORDER BY position", (name,)).fetchall()
    if not rows:
        return None
    data, kinds, roles = {}, {}, {}
    for header, kind, role, dtype, n, codec, blob, values in rows:
        data[header] = decode_column(EncodedColumn(dtype, n, blob, values, codec))
        kinds[header] = kind
        if role:
            roles[role] = header
    return Table(pd.DataFrame(data, copy=False), kinds, roles)


def write_table(con: sqlite3.Connection, name: str, table: Table, *,
                codes: dict[str, np.ndarray] | None = None) -> None:
    """Add ``table``'s columns as rows ``name`` (the caller has removed the old ones).
    ``codes``: for a text column, its values' codes as ``pd.factorize`` numbers them, already known."""
    role_of = {header: role for role, header in table.roles.items()}
    for position, header in enumerate(table.frame.columns):
        kind = table.kinds[header]
        enc = encode_column(table.frame[header], kind, codes=(codes or {}).get(header))
        con.execute("INSERT INTO column_data VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (name, position, header, kind, role_of.get(header), enc.dtype, enc.rows, enc.codec,
                     enc.data, enc.values))


def write_derived(con: sqlite3.Connection, dataset: Dataset) -> None:
    """The order links and metrics of ``dataset``, so that opening need not derive them again."""
    # Only the metrics derived from the data: the analytics' columns (cluster, RFM) are laid over
    # on opening from what the project keeps of them.
    write_table(con, "metrics", Table(dataset.metrics[list(METRIC_KINDS)], dict(METRIC_KINDS)))
    if dataset.orders is not None:
        links = pd.DataFrame({"order_customer_pos": dataset.order_customer_pos.astype(np.int64, copy=False),
                              "order_codes": dataset.order_codes.astype(np.int64, copy=False)}, copy=False)
        write_table(con, "links", Table(links, {"order_customer_pos": "int", "order_codes": "int"}))
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("link_by", dataset.link_by or ""), ("derived_version", DERIVED_VERSION)])


def restored_dataset(con: sqlite3.Connection, customers: Table, orders: Table | None,
                     meta: dict[str, str]) -> Dataset | None:
    """The Dataset with its stored order links and metrics; None when they are missing or were
    derived another way (the caller derives them again)."""
    if meta.get("derived_version") != DERIVED_VERSION:
        return None
    metrics = read_table(con, "metrics")
    if metrics is None or set(metrics.frame.columns) != set(METRIC_KINDS):
        return None
    links = read_table(con, "links")
    n_orders = 0 if orders is None else len(orders.frame)
    if links is None:
        pos, codes = np.full(0, -1, dtype=np.int64), None
    else:
        pos, codes = links.frame["order_customer_pos"].to_numpy(), links.frame["order_codes"].to_numpy()
    if len(pos) != n_orders or len(metrics.frame) != len(customers.frame):
        return None
    return Dataset.restored(customers, orders, link_by=meta.get("link_by") or None, order_customer_pos=pos,
                            metrics=metrics.frame, order_codes=codes)
