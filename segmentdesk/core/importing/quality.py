"""Data quality: what is wrong or doubtful in the imported data, with the rows behind each count.

Guidance the team follows: keep the data clean, check contact details, remove the
outdated.  Nothing here changes the data; it reports so the user can decide.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..data.business_id import is_valid_business_id
from ..data.dataset import Dataset
from .duplicates import folded_codes, name_phone_codes, shared
from ..data.fields import full_years

OLDEST_PLAUSIBLE_AGE = 110
MAX_ROWS_KEPT = 1000


@dataclass(frozen=True)
class QualityIssue:
    """One kind of problem: ``code`` names it, ``rows`` are customer positions (or order rows)."""

    code: str            # invalid_email, missing_email, duplicate_email, duplicate_name_phone,
                         # missing_consent, impossible_birth_date, bad_postal_code, invalid_business_id,
                         # region_mismatch, orphan_orders, nonpositive_amount
    count: int
    table: str = "customers"          # or "orders"
    rows: tuple[int, ...] = field(default=(), repr=False)


FINDING_ROLES: dict[str, tuple[str, ...]] = {
    "invalid_email": ("email",), "missing_email": ("email",), "duplicate_email": ("email",),
    "duplicate_name_phone": ("first_name", "last_name", "phone"), "missing_consent": ("consent_email",),
    "impossible_birth_date": ("birth_date",), "bad_postal_code": ("postal_code",),
    "invalid_business_id": ("business_id",), "region_mismatch": ("postal_code", "region"),
    "orphan_orders": ("customer_ref",), "nonpositive_amount": ("amount",)}
"""The roles whose columns a finding is about (what a person checks first in its rows)."""


def finding_headers(issue: QualityIssue, headers: list[str], roles: dict[str, str]) -> list[str]:
    """``headers`` (of the finding's table, whose ``roles`` map role -> header) in reading order for ``issue``:
    the row's identifier, then the columns the finding is about, then the rest as they were."""
    first = [roles[r] for r in ("customer_id", "order_id", *FINDING_ROLES.get(issue.code, ())) if r in roles]
    first = [h for h in dict.fromkeys(first) if h in headers]
    return first + [h for h in headers if h not in first]


def _issue(code: str, mask: np.ndarray, table: str = "customers") -> QualityIssue | None:
    count = int(mask.sum())
    if count == 0:
        return None
    return QualityIssue(code, count, table, tuple(int(i) for i in np.flatnonzero(mask)[:MAX_ROWS_KEPT]))


def quality_report(ds: Dataset, *, as_of: dt.date) -> list[QualityIssue]:
    """Every problem found, most important first; an empty list means nothing to report."""
    found: list[QualityIssue | None] = []
    c = ds.customers
    email = c.role_column("email")
    if email is not None:
        email_codes = folded_codes(email.to_numpy(dtype=object))
        present = email_codes >= 0
        found.append(_issue("invalid_email", present & ~ds.valid_email))
        found.append(_issue("missing_email", ~present))
        found.append(_issue("duplicate_email", shared(email_codes)))
    names_phone = [c.role_column(r) for r in ("first_name", "last_name", "phone")]
    if all(col is not None for col in names_phone):
        key = name_phone_codes(*(col.to_numpy(dtype=object) for col in names_phone))
        found.append(_issue("duplicate_name_phone", shared(key)))
    consent = c.role_column("consent_email")
    if consent is not None:
        found.append(_issue("missing_consent", consent.isna().to_numpy(dtype=bool)))
    birth = c.role_column("birth_date")
    if birth is not None:
        age = full_years(birth, as_of)
        found.append(_issue("impossible_birth_date",
                            ((birth > pd.Timestamp(as_of)) | (age > OLDEST_PLAUSIBLE_AGE)).to_numpy(dtype=bool)))
    postal = c.role_column("postal_code")
    if postal is not None:
        country = c.role_column("country")
        finnish = (np.ones(len(ds), dtype=bool) if country is None else
                   country.astype("string").str.strip().str.casefold()
                   .isin(["fi", "fin", "finland", "suomi", "finland (fi)"]).fillna(True).to_numpy(dtype=bool)
                   | country.isna().to_numpy(dtype=bool))
        code = postal.astype("string").str.strip()
        bad = code.notna() & ~code.str.fullmatch(r"\d{5}").fillna(False)
        found.append(_issue("bad_postal_code", bad.to_numpy(dtype=bool) & finnish))
    business_id = c.role_column("business_id")
    if business_id is not None:
        written = business_id.dropna()
        bad = np.zeros(len(ds), dtype=bool)
        bad[np.flatnonzero(business_id.notna().to_numpy(dtype=bool))] = [
            not is_valid_business_id(v) for v in written.astype(str)]
        found.append(_issue("invalid_business_id", bad))
    region = c.role_column("region")
    if region is not None and ds.postal_lookup is not None:
        # The file's region wins in segments; a different one from the postal code is worth a look.
        given = region.astype("string").str.strip().str.casefold()
        looked_up = ds.postal_lookup["region"].astype("string").str.casefold()
        found.append(_issue("region_mismatch", (given.notna() & looked_up.notna() & (given != looked_up))
                            .fillna(False).to_numpy(dtype=bool)))
    if ds.orders is not None:
        found.append(_issue("orphan_orders", ds.order_customer_pos < 0, "orders"))
        amount = ds.orders.role_column("amount")
        if amount is not None:
            found.append(_issue("nonpositive_amount", (amount <= 0).to_numpy(dtype=bool), "orders"))
    return [issue for issue in found if issue is not None]
