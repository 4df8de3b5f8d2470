"""Order figures over one window on a customer's orders: a recent period, or one category.

A segment names such a field with its parameter after a colon, so that every leaf of the
segment contract stays ``{"field", "op", "value"}`` and a reader that does not know the
field refuses it as an unknown field instead of quietly dropping a key::

    orders_in_last:<n> <unit>       orders dated in [reference − n units, reference]
    spend_in_last:<n> <unit>        sum of amounts dated in that period
    orders_in_category:<category>   orders with at least one row of the category
    spend_in_category:<category>    sum of amounts on rows of the category

``<n>`` is a whole number (0 or more) and ``<unit>`` one of ``days weeks months years``,
written exactly as ``90 days`` (one space, plural, lower case) — the same period the
``in_last`` operator takes as ``{"n": 90, "unit": "days"}``, with the same calendar
arithmetic.  ``<category>`` is any text; it is compared trimmed and without case.

Every such field is a number, 0 for a customer without such orders (never missing).
Orders are counted as the Dataset counts them: distinct order ids per customer (every
row is an order where the file has no order-id column), rows without an order id are
not orders, and an order id whose amounts sum below zero is a return: it counts against
spend but not as an order.  Spend includes returns as negatives, like ``total_spend``.

The order rows are prepared once per Dataset and kept by its index (:func:`prepare_order_windows`,
run by the import's warm-up), after which each field costs a few bincounts over the rows; the
figures are kept in the index's byte-bounded cache.  Orders are counted by :mod:`.order_counting`,
as ``order_count`` is.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..errors import RuleError
from .order_counting import index_type, order_pairs, orders_per_customer

if TYPE_CHECKING:
    from .dataset import Dataset

PERIOD_UNITS = ("days", "weeks", "months", "years")     # the in_last operator's units

# kind -> (parameter it takes, order roles it needs), in the order a builder lists them.
WINDOW_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "orders_in_last": ("period", ("order_date",)),
    "spend_in_last": ("period", ("order_date", "amount")),
    "orders_in_category": ("category", ("category",)),
    "spend_in_category": ("category", ("category", "amount")),
}
_PERIOD = re.compile(r"([0-9]+) ([a-z]+)")
_EXAMPLE = {"period": "90 days", "category": "Jooga"}
_ROLE_WORDS = {"order_date": "order dates", "amount": "amounts", "category": "categories"}


@dataclass(frozen=True)
class OrderWindow:
    """A parsed field name: its ``kind`` and either a period (``n``, ``unit``) or a ``category``."""

    kind: str
    n: int = 0
    unit: str = ""
    category: str = ""

    @property
    def parameter_kind(self) -> str:
        """``"period"`` or ``"category"``."""
        return WINDOW_KINDS[self.kind][0]

    @property
    def parameter(self) -> Any:
        """The parameter as a builder edits it: ``{"n": 90, "unit": "days"}`` or the category text."""
        if self.parameter_kind == "period":
            return {"n": self.n, "unit": self.unit}
        return self.category

    @property
    def name(self) -> str:
        """The field's name as segment JSON writes it."""
        return order_window_name(self.kind, self.parameter)


def order_window_name(kind: str, parameter: Any) -> str:
    """The field name for ``kind`` and a parameter (a period dict or a category); the inverse of parsing.

    Raises :class:`RuleError` for a kind or parameter the grammar does not allow.
    """
    if kind not in WINDOW_KINDS:
        raise RuleError(f"Unknown field kind {kind!r}.", field=kind, reason="unknown_kind")
    if WINDOW_KINDS[kind][0] == "period":
        n = parameter.get("n") if isinstance(parameter, dict) else None
        unit = parameter.get("unit") if isinstance(parameter, dict) else None
        if isinstance(n, bool) or not isinstance(n, (int, float)) or n < 0 or n != int(n):
            raise RuleError(f"Field {kind!r} needs a whole number of {unit or 'units'}, got {n!r}.",
                            field=kind, reason="bad_period")
        name = f"{kind}:{int(n)} {unit}"
    else:
        name = f"{kind}:{str(parameter if parameter is not None else '').strip()}"
    parse_order_window(name)            # the same checks a reader makes
    return name


def parse_order_window(name: str) -> OrderWindow | None:
    """The window a field name describes; None for a name that is not one of these fields.

    Raises :class:`RuleError` (``details``: ``field``, ``reason``) when the name starts like one
    of these fields but its parameter is missing or malformed, or its unit is unknown.
    """
    kind, colon, parameter = name.partition(":")
    if kind not in WINDOW_KINDS:
        return None
    what = WINDOW_KINDS[kind][0]
    example = f"{kind}:{_EXAMPLE[what]}"
    if not colon or not parameter.strip():
        raise RuleError(f"Field {name!r} needs a {what} after the colon, as in {example!r}.",
                        field=name, reason="missing_parameter")
    if what == "category":
        return OrderWindow(kind, category=parameter.strip())
    match = _PERIOD.fullmatch(parameter)
    if match is None:
        raise RuleError(f"Field {name!r}: the period must be a whole number and a unit, as in {example!r}.",
                        field=name, reason="bad_period")
    unit = match.group(2)
    if unit not in PERIOD_UNITS:
        raise RuleError(f"Field {name!r}: unknown unit {unit!r}; use days, weeks, months or years.",
                        field=name, reason="unknown_unit", unit=unit)
    return OrderWindow(kind, n=int(match.group(1)), unit=unit)


def check_order_window(ds: Dataset, window: OrderWindow, name: str | None = None) -> None:
    """Raise :class:`RuleError` (``reason`` ``no_orders`` or ``missing_role``) if ``ds`` cannot answer it."""
    name = name or window.name
    if ds.orders is None:
        raise RuleError(f"Field {name!r} needs orders, and this data has none.", field=name, reason="no_orders")
    for role in WINDOW_KINDS[window.kind][1]:
        if role not in ds.orders.roles:
            raise RuleError(f"Field {name!r} needs {_ROLE_WORDS[role]} in the orders, "
                            f"and the orders have no {role} column.", field=name, reason="missing_role", role=role)


def period_start(as_of: dt.date, n: int, unit: str) -> dt.date:
    """``as_of`` − n units, months and years stepping by calendar (31 March − 1 month = end of February).

    A start before year 1 is 1 January of year 1.
    """
    if unit in ("days", "weeks"):
        try:
            return as_of - dt.timedelta(days=n * (7 if unit == "weeks" else 1))
        except OverflowError:
            return dt.date.min
    months = n * (12 if unit == "years" else 1)
    if unit not in ("months", "years"):
        raise ValueError(f"unknown period unit {unit!r}")
    year, month0 = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    if year < 1:
        return dt.date.min
    return dt.date(year, month0 + 1, min(as_of.day, calendar.monthrange(year, month0 + 1)[1]))


def order_window_values(ds: Dataset, window: OrderWindow, as_of: dt.date) -> pd.Series:
    """The field's value per customer (position-indexed float64; 0 without such orders), kept for reuse."""
    check_order_window(ds, window)
    rows = _rows_of(ds)
    key = ("order_window", window.kind, window.n, window.unit, window.category.casefold(),
           as_of if window.parameter_kind == "period" else None)

    def make() -> np.ndarray:
        if window.parameter_kind == "period":
            selected = rows.dated_between(period_start(as_of, window.n, window.unit), as_of)
        else:
            selected = rows.in_category(window.category)
        values = rows.orders_among(selected) if window.kind.startswith("orders") else rows.spend_among(selected)
        values.setflags(write=False)
        return values

    values = ds.index.values.get_or_make(key, make)
    return pd.Series(values, index=pd.RangeIndex(len(values)), copy=False)


def category_choices(ds: Dataset) -> list[tuple[str, int]]:
    """The categories of the orders as ``(category as written most often, customers who bought it)``,
    most customers first — the shape of :meth:`Dataset.choices`.  Empty without a category column.
    """
    if ds.orders is None or "category" not in ds.orders.roles:
        return []
    return _rows_of(ds).category_choices


def prepare_order_windows(ds: Dataset) -> None:
    """Prepare the order rows now (seconds on ten million rows) so the first such condition is quick."""
    if ds.orders is None:
        return
    rows = _rows_of(ds)
    _ = rows.counted, rows.pair_owner
    if "order_date" in ds.orders.roles:
        _ = rows.days
    if "category" in ds.orders.roles:
        _ = rows.category_choices


# -- the prepared rows ------------------------------------------------------------------------
def _rows_of(ds: Dataset) -> _OrderRows:
    """The Dataset's prepared rows (kept by its index), made again if its orders or their links were replaced."""
    return ds.index.built("order_rows", lambda: _OrderRows(ds),
                          fresh=lambda rows: rows.frame is ds.orders.frame and rows.link is ds.order_customer_pos)


class _OrderRows:
    """Order rows as flat arrays: each row's customer bin, amount, order, date and category.

    Rows of no customer go to a spare bin ``n`` that every sum drops; so no array is copied
    to leave them out.  Holds no reference to its Dataset (whose index keeps it).
    """

    def __init__(self, ds: Dataset) -> None:
        orders = ds.orders
        self.frame, self.link = orders.frame, ds.order_customer_pos
        self.roles = dict(orders.roles)
        self.n = len(ds)
        pos = ds.order_customer_pos
        self.matched = pos >= 0
        self.bin = np.where(self.matched, pos, self.n).astype(index_type(self.n + 1))
        # The Dataset's one rule for returns (an order summing below zero) and its order codes
        # (factorised once), shared with its metrics.
        self.is_return = ds.order_is_return
        self.order_codes = ds.order_codes if self._column("order_id") is not None else None

    def _column(self, role: str) -> pd.Series | None:
        header = self.roles.get(role)
        return None if header is None else self.frame[header]

    @cached_property
    def amount(self) -> np.ndarray:
        column = self._column("amount")
        if column is None:
            return np.zeros(len(self.bin))
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        return np.nan_to_num(values, nan=0.0) if np.isnan(values).any() else values

    @cached_property
    def _orders(self) -> np.ndarray | None:
        """Each row's order code (-1 for no order id or no customer); None where the file has no
        order-id column and each row is an order of its own."""
        if self.order_codes is None:
            return None
        codes = self.order_codes
        n_codes = int(codes.max()) + 1 if len(codes) else 0
        return np.where(self.matched, codes, -1).astype(index_type(n_codes))

    @cached_property
    def counted(self) -> np.ndarray:
        """Rows that belong to an order: a customer's row with an order id whose order is no return."""
        if self._orders is None:
            return self.matched & ~self.is_return
        return (self._orders >= 0) & ~self.is_return

    @cached_property
    def pair_owner(self) -> tuple[np.ndarray, np.ndarray] | None:
        """``(pair of each row, customer bin of each pair)`` (see :func:`order_pairs`)."""
        return order_pairs(self.bin, self._orders, self.counted, self.n)

    @cached_property
    def days(self) -> np.ndarray:
        """Each row's order date as a day number since 1970 (a very small number where missing)."""
        nanoseconds = self._column("order_date").to_numpy(dtype="datetime64[ns]").view(np.int64)
        missing = nanoseconds == np.iinfo(np.int64).min                 # NaT
        return np.where(missing, np.iinfo(np.int32).min, nanoseconds // 86_400_000_000_000).astype(np.int32)

    @cached_property
    def _categories(self) -> tuple[np.ndarray, dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
        """``(category code of each row, code of each folded name, spelling of each row, spellings,
        category code of each spelling)``; code -1 where a row has no category."""
        spelled, spellings = pd.factorize(self._column("category"), use_na_sentinel=True)
        folded = pd.Series(spellings, dtype=object).astype(str).str.strip().str.casefold()
        of_spelling, names = pd.factorize(folded.where(folded != ""), use_na_sentinel=True)
        codes = np.append(of_spelling, -1)[spelled].astype(np.int32)
        index = {str(name): i for i, name in enumerate(names)}
        return codes, index, spelled.astype(np.int32), np.asarray(spellings, dtype=object), of_spelling

    @cached_property
    def category_choices(self) -> list[tuple[str, int]]:
        codes, index, spelled, spellings, of_spelling = self._categories
        if not index:
            return []
        rows = self.matched & (codes >= 0)
        k = len(index)
        if self.n * k <= 100_000_000:          # a customers × categories tick table is cheapest
            bought = np.zeros((self.n, k), dtype=bool)
            bought[self.bin[rows], codes[rows]] = True
            customers = bought.sum(axis=0)
        else:
            pairs = pd.unique(self.bin[rows].astype(np.int64) * k + codes[rows])
            customers = np.bincount(pairs % k, minlength=k)
        rows_per_spelling = np.bincount(spelled[rows], minlength=len(spellings))
        written: dict[int, tuple[int, str]] = {}          # category -> (rows, its most used spelling)
        for spelling, (text, used) in enumerate(zip(spellings, rows_per_spelling)):
            code = int(of_spelling[spelling])
            if code >= 0 and (code not in written or used > written[code][0]):
                written[code] = (int(used), str(text).strip())
        chosen = [(text, int(customers[code])) for code, (_used, text) in written.items() if customers[code] > 0]
        return sorted(chosen, key=lambda item: (-item[1], item[0].casefold()))

    # -- selections and per-customer figures -----------------------------------------------
    def dated_between(self, start: dt.date, end: dt.date) -> np.ndarray:
        """Rows dated from ``start`` to ``end``, both included."""
        epoch = dt.date(1970, 1, 1)
        lo, hi = (start - epoch).days, (end - epoch).days
        return (self.days >= lo) & (self.days <= hi)

    def in_category(self, category: str) -> np.ndarray:
        codes, index = self._categories[:2]
        code = index.get(category.strip().casefold())
        return np.zeros(len(codes), dtype=bool) if code is None else codes == code

    def orders_among(self, rows: np.ndarray) -> np.ndarray:
        """Per customer, the distinct orders with at least one of ``rows`` (returns never count)."""
        return orders_per_customer(self.bin, self.pair_owner, rows & self.counted, self.n)

    def spend_among(self, rows: np.ndarray) -> np.ndarray:
        """Per customer, the sum of the amounts of ``rows`` (returns as negatives)."""
        return np.bincount(self.bin[rows], weights=self.amount[rows], minlength=self.n + 1)[: self.n]
