"""The Dataset: typed customers and orders, their roles, and per-customer metrics."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from . import cell_types
from .contact_email import email_codes
from .geo import lookup_postal_codes
from .indexes import TAG_SPLIT, DatasetIndex  # noqa: F401 — TAG_SPLIT is read from here too
from .order_counting import index_type, order_pairs, orders_per_customer
from ..io.memory import give_back_freed_memory
from ..io.rawtable import RawTable
from .roles import ROLES_BY_NAME
from ..tasks import Progress

METRIC_KINDS = {
    "order_count": "number",
    "total_spend": "number",
    "avg_order_value": "number",
    "first_order_date": "date",
    "last_order_date": "date",
    "categories": "tags",
}
# The yes/no column a re-import adds: true for customers the newest file no longer lists.
MISSING_FLAG = "Missing from latest import"


@dataclass
class Table:
    """One typed table: columns named by their headers, each with a kind, and a role map."""

    frame: pd.DataFrame
    kinds: dict[str, str]              # header -> text/category/number/date/tags/boolean
    roles: dict[str, str] = field(default_factory=dict)   # role -> header
    # header -> field family of an unmapped column that is not "other" (survey answers: psychographic)
    families: dict[str, str] = field(default_factory=dict)

    def role_column(self, role: str) -> pd.Series | None:
        header = self.roles.get(role)
        return None if header is None else self.frame[header]


def type_table(raw: RawTable | pd.DataFrame, roles: dict[str, str], *,
               progress: Progress | None = None, consume: bool = False) -> Table:
    """Type every column of ``raw``: by its role's kind where it has one, else by its values.

    ``consume``: the caller gives the cells up — each column is taken out of ``raw``'s frame as
    it is typed, so a raw column's memory goes as its typed column comes (a ten-million-row
    order file never exists twice).  ``raw`` is left without columns.
    """
    frame = raw.frame if isinstance(raw, RawTable) else raw
    role_of = {header: role for role, header in roles.items()}
    typed: dict[str, pd.Series] = {}
    kinds: dict[str, str] = {}
    headers, rows = list(frame.columns), len(frame)
    for i, header in enumerate(headers):
        col = frame.pop(header) if consume else frame[header]
        role = role_of.get(header)
        kind = ROLES_BY_NAME[role].kind if role else cell_types.infer_kind(col)
        # Orders repeat their customer's reference: typed as one shared text per customer.
        typed[header], kinds[header] = _typed_column(col, kind, repeated=role == "customer_ref"), kind
        del col
        if progress is not None:
            progress.report((i + 1) / max(1, len(headers)), "types")
    return Table(pd.DataFrame(typed, index=pd.RangeIndex(rows), copy=False), kinds, dict(roles))


def _typed_column(col: pd.Series, kind: str, *, repeated: bool = False) -> pd.Series:
    if kind == "number":
        return cell_types.to_number(col)
    if kind == "date":
        return cell_types.to_date(col)
    if kind == "boolean":
        return cell_types.to_bool(col)
    return cell_types.to_text(col, repeated=repeated)


# Cached properties of a Dataset that depend only on its customers and orders: a Dataset made from
# the same data (another analytics column, other RFM groups) takes them over instead of working them out again.
DATA_ONLY_CACHES = ("order_codes", "order_is_return", "postal_lookup", "valid_email", "consent")


class Dataset:
    """Customers and orders with roles and derived per-customer metrics.

    Customers are identified inside the app by their row position (0…n-1): every mask,
    metric and view indexes by it.  Metrics that depend on the date of evaluation
    (``age``, ``days_since_last_order``) are computed by :mod:`core.fields` at that date.
    """

    def __init__(self, customers: Table, orders: Table | None = None) -> None:
        self.customers = customers
        self.orders = orders
        # The order codes first: hashing ten million order numbers is the largest single allocation
        # of a build, so it is made before the links and metrics add their arrays to what is held.
        self.order_codes                                                  # noqa: B018 (a cached property)
        self.link_by, self.order_customer_pos = self._link_orders()
        self.metrics = self._metrics()
        # The project's map from RFM score cells to groups (core.data.rfm_groups); None: the default grid.
        self.rfm_map = None
        # Everything derived for speed (text codes, tag indexes, pick lists, prepared order rows,
        # values measured at a date) lives in the index, made once with the Dataset.
        self.index = DatasetIndex()

    @classmethod
    def restored(cls, customers: Table, orders: Table | None, *, link_by: str | None,
                 order_customer_pos: np.ndarray, metrics: pd.DataFrame,
                 order_codes: np.ndarray | None = None) -> Dataset:
        """A Dataset whose order links and metrics were computed before (a project file keeps them),
        so opening a project does not derive them again.  The caller vouches they belong to the data."""
        ds = cls.__new__(cls)
        ds.customers, ds.orders = customers, orders
        ds.link_by, ds.order_customer_pos, ds.metrics = link_by, order_customer_pos, metrics
        if order_codes is not None:
            ds.__dict__["order_codes"] = order_codes          # the cached property, filled in
        ds.rfm_map = None
        ds.index = DatasetIndex()
        return ds

    def renewed(self) -> Dataset:
        """The same data as a new object, with its RFM map.  Evaluators, mask caches and live counts
        know a Dataset by identity: a change that alters what a field answers without changing the data
        (the project's RFM groups) hands them a new one.  Cached values that depend on the data alone
        are carried over; the index of derived values starts afresh."""
        out = Dataset.restored(self.customers, self.orders, link_by=self.link_by,
                               order_customer_pos=self.order_customer_pos, metrics=self.metrics)
        for name in DATA_ONLY_CACHES:
            if name in self.__dict__:
                out.__dict__[name] = self.__dict__[name]
        out.rfm_map = self.rfm_map
        return out

    # -- size and identity -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.customers.frame)

    @property
    def has_orders(self) -> bool:
        return self.orders is not None and len(self.orders.frame) > 0

    def has_role(self, role: str) -> bool:
        return role in self.customers.roles

    # -- linking orders ---------------------------------------------------------------
    def _link_orders(self) -> tuple[str | None, np.ndarray]:
        """Match each order to a customer by customer number, or by email where that matches more."""
        if self.orders is None or "customer_ref" not in self.orders.roles:
            n = 0 if self.orders is None else len(self.orders.frame)
            return None, np.full(n, -1, dtype=np.int64)
        # Each distinct reference is folded and looked up once, then spread to the orders by code:
        # ten orders a customer need one hash of ten million references, not one per key tried.
        ref_codes, ref_uniques = pd.factorize(self.orders.role_column("customer_ref").to_numpy(dtype=object),
                                              use_na_sentinel=True, size_hint=cell_types.REPEATS_HINT)
        refs = match_key(pd.Series(ref_uniques, dtype=object)).to_numpy(dtype=object)
        orders_of_ref = np.bincount(ref_codes[ref_codes >= 0], minlength=len(refs))
        best: tuple[int, str | None, np.ndarray] = (-1, None, np.full(len(refs) + 1, -1, dtype=np.int64))
        for role in ("customer_id", "email"):
            keys = self.customers.role_column(role)
            if keys is None:
                continue
            keys = match_key(keys).to_numpy(dtype=object)
            # One factorisation of keys and references together: integer codes, then a lookup
            # table code -> first customer with that key.
            codes, uniques = pd.factorize(np.concatenate([keys, refs]), use_na_sentinel=True)
            key_codes, unique_ref_codes = codes[: len(keys)], codes[len(keys):]
            first = np.full(len(uniques) + 1, -1, dtype=np.int64)     # the last slot answers code -1
            present = np.flatnonzero(key_codes >= 0)
            first[key_codes[present][::-1]] = present[::-1]              # the first occurrence wins
            per_ref = np.append(first[unique_ref_codes], -1)             # the last slot: an empty reference
            # Orders matched, counted per distinct reference: no per-order array for a role that loses.
            matched = int(orders_of_ref[per_ref[:-1] >= 0].sum())
            if matched > best[0]:
                best = (matched, role, per_ref)
        return best[1], best[2][ref_codes]

    @cached_property
    def order_codes(self) -> np.ndarray:
        """Per order row, an integer for its order id (-1 without one; each row its own
        order when the file has no order-id column)."""
        if self.orders is None:
            return np.zeros(0, dtype=np.int64)
        ids = self.orders.role_column("order_id")
        if ids is None:
            return np.arange(len(self.orders.frame), dtype=np.int64)
        return pd.factorize(ids.to_numpy(dtype=object), use_na_sentinel=True)[0].astype(np.int64, copy=False)

    @cached_property
    def order_is_return(self) -> np.ndarray:
        """Per order row: True where the row's order sums below zero — a return or credit note,
        which counts against spend but not as an order (issue #4's rule)."""
        codes = self.order_codes
        amount = self.orders.role_column("amount") if self.orders is not None else None
        if amount is None or len(codes) == 0:
            return np.zeros(len(codes), dtype=bool)
        has_id = codes >= 0
        every = bool(has_id.all())            # (then no copies of ten million codes and amounts are taken)
        ids = codes if every else codes[has_id]
        weights = np.nan_to_num(amount.to_numpy(dtype=float) if every else amount.to_numpy(dtype=float)[has_id])
        totals = np.bincount(ids, weights=weights, minlength=int(codes.max()) + 1 if len(ids) else 0)
        del weights
        # Rounded to a millionth of a euro: an exchange that nets to zero is no return,
        # whatever order the floating-point sum took.
        negative = np.round(totals, 6, out=totals) < 0
        if every:
            return negative[ids]
        out = np.zeros(len(codes), dtype=bool)
        out[has_id] = negative[ids]
        return out

    @property
    def unmatched_orders(self) -> int:
        return int((self.order_customer_pos < 0).sum())

    # -- derived metrics --------------------------------------------------------------
    def _metrics(self) -> pd.DataFrame:
        n = len(self)
        out = pd.DataFrame(index=pd.RangeIndex(n))
        out["order_count"] = np.zeros(n)
        out["total_spend"] = np.zeros(n)
        out["avg_order_value"] = np.full(n, np.nan)
        out["first_order_date"] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
        out["last_order_date"] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
        out["categories"] = pd.Series([None] * n, dtype=object)
        if not self.has_orders:
            return out
        orders = self.orders
        pos = self.order_customer_pos
        keep = pos >= 0
        kept_pos = pos[keep]
        amount = orders.role_column("amount")
        amounts = np.nan_to_num(amount.to_numpy(dtype=float)[keep]) if amount is not None else np.zeros(len(kept_pos))
        out["total_spend"] = np.bincount(kept_pos, weights=amounts, minlength=n)[:n]
        del kept_pos, amounts
        # A return or credit note (an order whose amounts sum below zero) counts against
        # spend but is not an order: it neither adds to the count nor moves the order dates.
        out["order_count"] = self._order_counts()
        has = out["order_count"] > 0
        out.loc[has, "avg_order_value"] = out.loc[has, "total_spend"] / out.loc[has, "order_count"]
        date = orders.role_column("order_date")
        if date is not None:
            out["first_order_date"], out["last_order_date"] = _date_range(
                n, pos, date.to_numpy(dtype="datetime64[ns]"), keep & ~self.order_is_return)
        category = orders.role_column("category")
        if category is not None:
            everyone = bool(keep.all())       # every order linked: the arrays themselves, no copies
            out["categories"] = _categories_bought(n, pos if everyone else pos[keep],
                                                   category.to_numpy(dtype=object) if everyone
                                                   else category.to_numpy(dtype=object)[keep])
        return out

    def _order_counts(self) -> np.ndarray:
        """Distinct non-return orders per customer, counted as the order-window fields count them."""
        n = len(self)
        pos = self.order_customer_pos
        bins = pos.astype(index_type(n + 1))
        bins[pos < 0] = n
        has_ids = self.orders.role_column("order_id") is not None
        counted = (pos >= 0) & ~self.order_is_return
        codes = self.order_codes if has_ids else None
        if codes is not None:
            counted &= codes >= 0
        return orders_per_customer(bins, order_pairs(bins, codes, counted, n), counted, n)

    # -- geography ----------------------------------------------------------------------
    @cached_property
    def postal_lookup(self) -> pd.DataFrame | None:
        """Municipality and region from the postal code, or None without a postal code column."""
        codes = self.customers.role_column("postal_code")
        return None if codes is None else lookup_postal_codes(codes)

    # -- contactability -----------------------------------------------------------------
    @cached_property
    def email_codes(self) -> np.ndarray:
        """Per customer a code naming their address (equal: the same address without case or spaces),
        -1 where it is missing or not mailable (:mod:`.contact_email`)."""
        return email_codes(self.customers.role_column("email"), len(self))

    @property
    def valid_email(self) -> np.ndarray:
        return self.email_codes >= 0

    @cached_property
    def consent(self) -> np.ndarray:
        """Marketing consent as given; a missing answer is no consent."""
        consent = self.customers.role_column("consent_email")
        if consent is None:
            return np.zeros(len(self), dtype=bool)
        return consent.fillna(False).to_numpy(dtype=bool)

    @cached_property
    def opted_out(self) -> np.ndarray:
        """Consent answered "no" (or withdrawn): never mailed, whatever the export's basis."""
        consent = self.customers.role_column("consent_email")
        if consent is None:
            return np.zeros(len(self), dtype=bool)
        return (consent.notna() & ~consent.fillna(True).astype(bool)).to_numpy(dtype=bool)

    @property
    def reachable(self) -> np.ndarray:
        """Valid email and consent, before the do-not-contact list and de-duplication: for counts of
        people who can be mailed use :func:`.audience.audience`."""
        return self.valid_email & self.consent

def _date_range(n: int, pos: np.ndarray, dates: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per customer (length ``n``), the earliest and the latest of their ``dates`` among ``rows``
    (``pos``: each row's customer); NaT for a customer without a dated row.  Reduced in place over
    the int64 nanoseconds, without grouping ten million rows in a frame."""
    rows = rows & ~np.isnat(dates)
    at, when = pos[rows], dates.view(np.int64)[rows]
    first = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)     # NaT's own value: an undated customer
    np.minimum.at(first, at, when)
    np.maximum.at(last, at, when)
    first[first == np.iinfo(np.int64).max] = np.iinfo(np.int64).min
    return first.view("datetime64[ns]"), last.view("datetime64[ns]")


def _categories_bought(n: int, pos: np.ndarray, categories: np.ndarray) -> pd.Series:
    """Each customer's distinct categories, sorted and joined with "; " (None without any).

    Customers share few combinations of a shop's few categories, so the text is built once
    per combination (a row of a customers × categories bit matrix), not once per customer.
    """
    present = pd.notna(categories)
    if present.all():                      # (then no copies of ten million rows are taken)
        present = slice(None)
    raw_codes, raw_names = pd.factorize(categories[present], size_hint=cell_types.REPEATS_HINT)
    stripped = pd.Series([str(v).strip() for v in raw_names], dtype=object)
    name_codes, names = pd.factorize(stripped, sort=True)
    codes = name_codes[raw_codes] if len(raw_codes) else raw_codes
    if len(names) == 0:
        return pd.Series([None] * n, dtype=object)
    if len(names) <= 63:
        # Each customer's set of categories as the bits of one integer: fast to find the distinct sets.
        keys = np.zeros(n, dtype=np.uint64)
        np.bitwise_or.at(keys, pos[present], np.left_shift(np.uint64(1), codes.astype(np.uint64)))
        patterns, inverse = np.unique(keys, return_inverse=True)
        ticked_sets = [[i for i in range(len(names)) if int(key) >> i & 1] for key in patterns]
    else:
        bought = np.zeros((n, len(names)), dtype=bool)
        bought[pos[present], codes] = True
        packed, inverse = np.unique(np.packbits(bought, axis=1), axis=0, return_inverse=True)
        ticked_sets = [np.flatnonzero(np.unpackbits(row)[: len(names)]) for row in packed]
    texts = ["; ".join(names[i] for i in ticked) if len(ticked) else None for ticked in ticked_sets]
    return pd.Series(np.array(texts, dtype=object)[inverse.ravel()], dtype=object)


def match_key(col: pd.Series) -> pd.Series:
    """Identifiers compared as trimmed, case-folded text (None where empty); numbers lose a
    trailing ``.0``.  Folded once per distinct identifier: orders repeat their customer's."""
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    # Typed text columns are trimmed already; anything else (a number, a date) is made text
    # the way to_text does it, once per distinct value.
    texts = [u if isinstance(u, str) else cell_types.to_text(pd.Series([u], dtype=object)).iloc[0]
             for u in uniques]
    folded = np.empty(len(uniques) + 1, dtype=object)
    folded[:-1] = [t.strip().casefold() or None if isinstance(t, str) else None for t in texts]
    folded[-1] = None
    return pd.Series(folded[codes], index=col.index, dtype=object)


def build_dataset(customers: RawTable | pd.DataFrame, customer_roles: dict[str, str],
                  orders: RawTable | pd.DataFrame | None = None, order_roles: dict[str, str] | None = None,
                  *, progress: Progress | None = None, consume: bool = False) -> Dataset:
    """Type the raw tables by their roles and derive the per-customer metrics.
    ``consume``: the raw tables are given up column by column as they are typed (:func:`type_table`)."""
    customer_table = type_table(customers, customer_roles, progress=progress, consume=consume)
    order_table = type_table(orders, order_roles or {}, progress=progress, consume=consume) \
        if orders is not None else None
    if consume:
        give_back_freed_memory()        # the raw cells just went: before linking, which peaks on its own
    return Dataset(customer_table, order_table)
