"""Finding one person in a project's data: by email or by customer number, compared as trimmed, case-folded text."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.dataset import Dataset

PERSONAL_ROLES = ("email", "customer_id", "first_name", "last_name", "phone")


@dataclass(frozen=True)
class PersonQuery:
    """Who to find: an email address, a customer number, or both (either matches)."""

    email: str | None = None
    customer_id: str | None = None

    def describe(self) -> str:
        return f"email {self.email}" if self.email else f"customer number {self.customer_id}"


def text_form(value: object) -> str | None:
    """A cell as comparable text: trimmed and case-folded; whole numbers without ``.0``; None when empty."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().casefold()
    return text or None


def _matches(col: pd.Series | None, wanted: str | None) -> np.ndarray | None:
    if col is None or not wanted:
        return None
    target = text_form(wanted)
    codes, uniques = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=True)
    hit = np.array([text_form(u) == target for u in uniques] + [False])
    return hit[codes]


def person_rows(ds: Dataset, query: PersonQuery) -> np.ndarray:
    """Positions of the customers ``query`` names (several when the data repeats them)."""
    found = np.zeros(len(ds), dtype=bool)
    for role, wanted in (("email", query.email), ("customer_id", query.customer_id)):
        hit = _matches(ds.customers.role_column(role), wanted)
        if hit is not None:
            found |= hit
    return np.flatnonzero(found)


def person_orders(ds: Dataset, rows: np.ndarray, identifiers: dict[str, set[str]]) -> np.ndarray:
    """Positions of the orders of customers ``rows``: linked to them, or naming their number or email."""
    if ds.orders is None:
        return np.zeros(0, dtype=np.int64)
    linked = np.isin(ds.order_customer_pos, rows)
    refs = ds.orders.role_column("customer_ref")
    if refs is not None:
        names = identifiers.get("customer_id", set()) | identifiers.get("email", set())
        codes, uniques = pd.factorize(refs.to_numpy(dtype=object), use_na_sentinel=True)
        hit = np.array([text_form(u) in names for u in uniques] + [False])
        linked |= hit[codes]
    return np.flatnonzero(linked)


def person_identifiers(ds: Dataset, rows: np.ndarray, query: PersonQuery) -> dict[str, set[str]]:
    """The personal values of ``rows`` by role (text form), the query's own included."""
    found: dict[str, set[str]] = {role: set() for role in PERSONAL_ROLES}
    for role in PERSONAL_ROLES:
        col = ds.customers.role_column(role)
        if col is not None:
            found[role] |= {t for t in (text_form(v) for v in col.iloc[rows].tolist()) if t}
    for role, wanted in (("email", query.email), ("customer_id", query.customer_id)):
        if text_form(wanted):
            found[role].add(text_form(wanted))
    return found
