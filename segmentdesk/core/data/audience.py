"""Who a mailing reaches: the one definition behind the builder's "reachable", every export and the snapshots.

Of a segment's members, in this order, each counted once under the first reason that leaves them out:

1. opted out — consent answered "no" or withdrawn: never written, whatever the basis;
2. without consent — no "yes" on record, unless the basis lets them in:
   ``consent`` (default) only a "yes"; ``existing_customers`` also members without an answer who
   have bought before (the existing-customer exception of Finnish law on electronic direct
   marketing: similar products, an opt-out offered in every message); ``without_consent``
   everyone not opted out (service messages that need no consent);
3. do not contact — the address is on the project's do-not-contact list;
4. invalid email — missing, not an address, or starting like a formula (:mod:`.contact_email`);
5. duplicate — an earlier member (in customer order) has the same address, trimmed and without case.

Data without an email column skips 4 and 5: a workbook of chosen columns, not a mailing list.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dataset import Dataset

CONSENT, EXISTING_CUSTOMERS, WITHOUT_CONSENT = "consent", "existing_customers", "without_consent"
BASES = (CONSENT, EXISTING_CUSTOMERS, WITHOUT_CONSENT)


@dataclass(frozen=True)
class Audience:
    """The rows a mailing of one segment writes and why the other members are left out."""

    rows: np.ndarray           # customer positions written, ascending
    count: int                 # segment members
    opted_out: int = 0
    without_consent: int = 0
    do_not_contact: int = 0
    invalid_email: int = 0
    duplicates: int = 0
    by_exception: int = 0      # written without a "yes" on record (the basis let them in)

    @property
    def reachable(self) -> int:
        return len(self.rows)

    @property
    def left_out(self) -> int:
        return self.count - len(self.rows)


def allowed_by_basis(ds: Dataset, basis: str) -> np.ndarray:
    """Customers the consent rule of ``basis`` lets in (before the list, email checks and duplicates)."""
    if basis == CONSENT:
        return ds.consent
    if basis == EXISTING_CUSTOMERS:
        bought = ds.metrics["order_count"].to_numpy(dtype="float64") > 0
        return ds.consent | (~ds.opted_out & bought)
    if basis == WITHOUT_CONSENT:
        return ~ds.opted_out
    raise ValueError(f"unknown consent basis {basis!r}; use one of {', '.join(BASES)}")


def audience(ds: Dataset, mask: np.ndarray, *, basis: str = CONSENT,
             blocked: np.ndarray | None = None) -> Audience:
    """Who of the members ``mask`` marks a mailing on ``basis`` reaches (see the module's docstring).

    ``blocked`` marks customers whose address is on the do-not-contact list.
    """
    members = np.asarray(mask, dtype=bool)
    count = int(members.sum())
    opted_out = members & ds.opted_out
    candidates = members & allowed_by_basis(ds, basis) & ~ds.opted_out
    without_consent = count - int(opted_out.sum()) - int(candidates.sum())
    listed = 0
    if blocked is not None and len(blocked):
        on_list = candidates & blocked
        listed = int(on_list.sum())
        candidates &= ~on_list
    invalid = duplicates = 0
    if ds.has_role("email"):
        valid = candidates & ds.valid_email
        invalid = int(candidates.sum() - valid.sum())
        positions = np.flatnonzero(valid)
        _, first = np.unique(ds.email_codes[positions], return_index=True)
        rows = np.sort(positions[first])
        duplicates = len(positions) - len(rows)
    else:
        rows = np.flatnonzero(candidates)
    return Audience(rows, count, int(opted_out.sum()), without_consent, listed, invalid, duplicates,
                    int((~ds.consent[rows]).sum()))
