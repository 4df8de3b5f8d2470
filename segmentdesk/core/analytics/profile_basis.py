"""What every profile compares against, built once per (dataset, reference date): the profile's
dimensions coded over all customers, and the per-customer figures.

Each dimension is kept as pairs ``(customer, value code)`` — one pair per customer for a single
value (an age band, a region), one per tag for tags (interests, categories) — so a segment's
counts are one ``bincount`` over the pairs its mask keeps, whatever the dimension's kind.
A dimension the data has no field for is simply not there.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.audience import audience
from ..data.dataset import Dataset
from ..data.fields import field_values, find_field
from ..data.indexes import TAG_SPLIT
from ..errors import RuleError

# Dimensions of a profile, in the order they are shown, with the field each is read from.
DIMENSION_FIELDS = {"age_band": "age", "gender": "gender", "industry": "industry", "staff_band": "staff_band",
                    "turnover_band": "turnover_band", "region": "region", "city": "city",
                    "interests": "interests", "categories": "categories"}
# Age bands as marketing reports use them: (key, lowest age, highest age); None is open.
AGE_BANDS: tuple[tuple[str, float | None, float | None], ...] = (
    ("under_18", None, 17), ("18_24", 18, 24), ("25_34", 25, 34), ("35_44", 35, 44),
    ("45_54", 45, 54), ("55_64", 55, 64), ("65_plus", 65, None))


@dataclass(frozen=True)
class CodedDimension:
    """One dimension over all customers: ``labels[code]`` is a value as written most often (an age
    band's key for ``age_band``); ``pair_customer[i]`` has ``labels[pair_code[i]]``."""

    key: str
    labels: tuple[str, ...]
    pair_customer: np.ndarray
    pair_code: np.ndarray
    known: np.ndarray              # per customer: has at least one value
    ordered: bool                  # labels have an order of their own (age bands), else by count

    def counts(self, mask: np.ndarray | None = None) -> np.ndarray:
        """Customers per value among ``mask`` (all customers when None)."""
        codes = self.pair_code if mask is None else self.pair_code[mask[self.pair_customer]]
        return np.bincount(codes, minlength=len(self.labels))


@dataclass(frozen=True)
class ProfileBasis:
    """All customers, ready to compare segments against (see :func:`profile_basis`)."""

    n: int
    as_of: dt.date
    dimensions: tuple[CodedDimension, ...]
    spend: np.ndarray
    orders: np.ndarray
    days_since: np.ndarray | None        # days since the last order; NaN without one
    reachable: np.ndarray | None         # None when the data cannot say (no email or consent column)
    has_orders: bool


def profile_basis(ds: Dataset, *, as_of: dt.date) -> ProfileBasis:
    """The basis of ``ds`` at ``as_of``, kept in the dataset's index (a profile after the first is cheap)."""
    return ds.index.built(("profile_basis", as_of), lambda: _make_basis(ds, as_of))


def _make_basis(ds: Dataset, as_of: dt.date) -> ProfileBasis:
    dimensions = []
    for key, name in DIMENSION_FIELDS.items():
        try:
            field = find_field(ds, name)
        except RuleError:
            continue
        values = field_values(ds, field, as_of)
        if key == "categories" and (ds.orders is None or "category" not in ds.orders.roles):
            continue
        if key == "age_band":
            coded = _age_bands(values)
        elif field.kind == "tags":
            coded = _tags(ds, key, field.name, values)
        else:
            coded = _single(ds, key, field.name, values)
        if coded.known.any():
            dimensions.append(coded)
    orders_known = ds.has_orders and ds.orders.role_column("amount") is not None
    days = None
    if ds.has_orders and ds.orders.role_column("order_date") is not None:
        days = field_values(ds, find_field(ds, "days_since_last_order"), as_of).to_numpy(dtype="float64")
    roles = ds.customers.roles
    return ProfileBasis(
        n=len(ds), as_of=as_of, dimensions=tuple(dimensions),
        spend=ds.metrics["total_spend"].to_numpy(dtype="float64"),
        orders=ds.metrics["order_count"].to_numpy(dtype="float64"),
        days_since=days,
        reachable=_reachable(ds) if "email" in roles and "consent_email" in roles else None,
        has_orders=orders_known)


def _reachable(ds: Dataset) -> np.ndarray:
    """Who of all customers a mailing reaches, by the one definition a segment's figures use
    (:func:`..data.audience.audience`: consent, a valid address, each address once), so the index of
    a segment's reachable share compares like with like."""
    out = np.zeros(len(ds), dtype=bool)
    out[audience(ds, np.ones(len(ds), dtype=bool)).rows] = True
    return out


def _age_bands(values: pd.Series) -> CodedDimension:
    age = values.to_numpy(dtype="float64", na_value=np.nan)
    known = ~np.isnan(age)
    lows = np.array([lo if lo is not None else -np.inf for _, lo, _ in AGE_BANDS][1:])
    codes = np.searchsorted(lows, np.where(known, age, 0), side="right")
    customers = np.flatnonzero(known)
    return CodedDimension("age_band", tuple(k for k, _, _ in AGE_BANDS), customers,
                          codes[customers].astype(np.int64), known, ordered=True)


def _spellings(values: pd.Series, *, tags: bool) -> dict[str, str]:
    """Folded value → the spelling most customers have (per distinct cell, so cheap)."""
    codes, cells = pd.factorize(values, use_na_sentinel=True)
    per_cell = np.bincount(codes[codes >= 0], minlength=len(cells))
    tally: dict[str, dict[str, int]] = {}
    for cell, n in zip(cells, per_cell):
        for part in (re.split(TAG_SPLIT, str(cell)) if tags else [str(cell)]):
            part = part.strip()
            if part:
                forms = tally.setdefault(part.casefold(), {})
                forms[part] = forms.get(part, 0) + int(n)
    return {folded: max(forms, key=forms.get) for folded, forms in tally.items()}


def _single(ds: Dataset, key: str, field: str, values: pd.Series) -> CodedDimension:
    codes, distinct = ds.index.text_codes(field, values)       # shared with the evaluator's conditions
    spelled = _spellings(values, tags=False)
    known = codes >= 0
    customers = np.flatnonzero(known)
    # text_codes may give one folded value several codes (cells that differ only in case): merged here.
    labels, merged = np.unique(np.asarray(distinct, dtype=object).astype(str), return_inverse=True)
    pair_code = merged.ravel()[codes[customers]] if len(distinct) else np.zeros(0, dtype=np.int64)
    return CodedDimension(key, tuple(spelled.get(f, f) for f in labels), customers,
                          pair_code.astype(np.int64), known, ordered=False)


def _tags(ds: Dataset, key: str, field: str, values: pd.Series) -> CodedDimension:
    holders = ds.index.tag_index(field, values)              # folded tag → customer positions
    spelled = _spellings(values, tags=True)
    folded = sorted(holders)
    customers = [holders[t] for t in folded]
    pair_customer = np.concatenate(customers).astype(np.int64) if customers else np.zeros(0, dtype=np.int64)
    pair_code = np.repeat(np.arange(len(folded)), [len(c) for c in customers]).astype(np.int64)
    known = np.zeros(len(ds), dtype=bool)
    known[pair_customer] = True
    return CodedDimension(key, tuple(spelled.get(t, t) for t in folded), pair_customer, pair_code, known,
                          ordered=False)
