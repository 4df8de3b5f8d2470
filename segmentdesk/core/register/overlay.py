"""The register laid over the imported customers: the user's values win.

Opening a project lays the stored register over the column blobs; an import lays it over the
merged data (then stored as the new blobs, the edits kept so the next import honours them too).
Where the data's value differs from the user's, the user's stays and a :class:`Conflict` says so.
Laying a register over data that already holds it changes nothing (it is idempotent).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..data.dataset import Dataset, Table, match_key
from .register import ADDED, DELETED, KEY_ROLES, CustomerRegister
from .relink import relinked


@dataclass(frozen=True)
class Conflict:
    key: str
    field: str            # the stored field name (role:… or column:…)
    header: str
    data_value: Any       # what the imported data says (as text)
    user_value: Any       # what the user set, and what stays


@dataclass
class Overlaid:
    """The data with the register laid over it.  ``kept``: which of the input's customers remain
    (None: all, in place); ``added``: how many the register adds, after them."""

    dataset: Dataset
    conflicts: list[Conflict]
    kept: np.ndarray | None = None
    added: int = 0


def row_keys(customers: Table) -> tuple[str, pd.Series] | None:
    """The key role and each customer's key value as stored keys fold it (None where empty)."""
    for role in KEY_ROLES:
        col = customers.role_column(role)
        if col is not None:
            return role, match_key(col)
    return None


def apply_register(dataset: Dataset, register: CustomerRegister) -> Overlaid:
    """``dataset`` with ``register`` laid over it (the same object when nothing changes)."""
    wanted = register.effective()
    if not wanted:
        return Overlaid(dataset, [])        # before the keys: folding 100,000 of them is a noticeable pause
    keyed = row_keys(dataset.customers)
    if keyed is None:
        return Overlaid(dataset, [])
    role, keys = keyed
    table = dataset.customers
    prefix = f"{role}:"
    hits = keys.isin([k[len(prefix):] for k in wanted if k.startswith(prefix)]).to_numpy()
    position: dict[str, int] = {}
    for pos in np.flatnonzero(hits):           # the first customer with a key, as the re-import pairs
        position.setdefault(prefix + keys.iat[pos], int(pos))
    header_of = _headers(table)
    columns: dict[str, pd.Series] = {}
    conflicts: list[Conflict] = []
    deleted: list[int] = []
    added: list[dict[str, Any]] = []
    rekeyed: list[int] = []
    relink = False
    for key, fields in wanted.items():
        pos = position.get(key)
        if pos is None:
            pos = _renamed_key_position(key, fields, role, keys)
        if fields.get(DELETED):
            if pos is not None:
                deleted.append(pos)
                relink = True
            continue
        if pos is None:
            if fields.get(ADDED):
                added.append({header_of[f]: v for f, v in fields.items() if f in header_of})
                relink = True
            continue
        for fld, value in fields.items():
            header = header_of.get(fld)
            if header is None:
                continue
            col = columns.get(header, table.frame[header])
            current = json_value(col.iat[pos], table.kinds[header])
            if current == value:
                continue
            conflicts.append(Conflict(key, fld, header, current, value))
            if header not in columns:
                col = columns[header] = table.frame[header].copy()
            col.iloc[pos] = _cell(value, table.kinds[header])
            if fld in ("role:customer_id", "role:email"):
                rekeyed.append(pos)
                relink = True
    if not (columns or deleted or added):
        return Overlaid(dataset, [])
    frame = table.frame.assign(**columns) if columns else table.frame
    if added:
        extra = {h: pd.Series([_cell(row.get(h), table.kinds[h]) for row in added], dtype=frame[h].dtype)
                 for h in frame.columns}
        frame = pd.concat([frame, pd.DataFrame(extra)], ignore_index=True)
    if deleted:
        frame = frame.drop(index=frame.index[deleted]).reset_index(drop=True)
    customers = Table(frame, dict(table.kinds), dict(table.roles), dict(table.families))
    kept = None
    if deleted:
        kept = np.ones(len(table.frame), dtype=bool)
        kept[deleted] = False
    if relink:
        # Only the orders of the changed keys are linked again (at a million customers, milliseconds).
        base_keys = keys.to_numpy(dtype=object) if role == dataset.link_by else None
        again = relinked(dataset, customers, kept=kept, rekeyed=rekeyed, added=len(added), base_keys=base_keys)
        again.rfm_map = dataset.rfm_map          # the project's RFM groups go with its data
        return Overlaid(again, conflicts, kept, len(added))
    # Values that link no orders changed: the links and metrics still hold.
    restored = Dataset.restored(customers, dataset.orders, link_by=dataset.link_by,
                                order_customer_pos=dataset.order_customer_pos, metrics=dataset.metrics,
                                order_codes=dataset.__dict__.get("order_codes"))
    restored.rfm_map = dataset.rfm_map
    return Overlaid(restored, conflicts)


def _headers(table: Table) -> dict[str, str]:
    out = {f"column:{h}": h for h in table.frame.columns}
    out.update({f"role:{r}": h for r, h in table.roles.items()})
    return out


def _renamed_key_position(key: str, fields: dict[str, Any], role: str, keys: pd.Series) -> int | None:
    """A customer whose key field the user changed is found by the new value once it is in the data."""
    if not key.startswith(f"{role}:"):
        return None
    value = fields.get(f"role:{role}")
    if value is None:
        return None
    folded = str(int(value) if isinstance(value, float) and value.is_integer() else value).strip().casefold()
    where = np.flatnonzero((keys == folded).to_numpy())
    return int(where[0]) if len(where) else None


def json_value(cell: Any, kind: str) -> Any:
    """A cell as the register stores values: text, number, ISO date, true/false or None."""
    if cell is None or cell is pd.NA or cell is pd.NaT or (isinstance(cell, float) and np.isnan(cell)):
        return None
    if kind == "date":
        return pd.Timestamp(cell).date().isoformat()
    if kind == "number":
        return float(cell)
    if kind == "boolean":
        return bool(cell)
    return str(cell)


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return pd.NaT if kind == "date" else (np.nan if kind == "number" else None)
    if kind == "date":
        return pd.Timestamp(value)
    return value
