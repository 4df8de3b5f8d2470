"""Turning rules into masks: one boolean numpy array over customers per node.

Masks of conditions are cached by the condition's key (:meth:`Condition.key`), so after one click only the
changed condition is evaluated again; groups are cheap ``&``/``|``/``~`` over cached masks.
Semantics follow the segment contract in ARCHITECTURE.md: ``between`` includes both ends,
``before``/``after`` are strict, a missing value matches only ``is_empty``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field as dataclass_field
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from ..data.array_cache import ArrayCache
from ..data.dataset import Dataset
from ..errors import RuleError, SegmentCycleError, UnknownSegmentError
from ..data.fields import Field, field_values, find_field, values_key
from ..data.order_windows import period_start, prepare_order_windows
from .model import Condition, Node, Segment, members_key, without_incomplete
from .operators import PERIOD_UNITS, operators_for


@dataclass
class _References:
    """One call's view of the segments: what references resolve to, and the chain being resolved."""

    segments: Mapping[str, Segment]
    resolving: list[str] = dataclass_field(default_factory=list)


class Evaluator:
    """Evaluates rules over one dataset at one reference date, caching condition masks.

    Callers never change an Evaluator: the segments that answer ``in_segment`` references are
    passed to each call (``segments=``), falling back to those given when it was made.  So one
    Evaluator per (dataset, reference date) serves several views at once, from any thread: only the
    mask cache is shared, and it guards its dictionary itself (:class:`ArrayCache`, bounded by
    bytes).  Make a new Evaluator when the data or the date changes.
    """

    def __init__(self, ds: Dataset, *, as_of: dt.date, segments: Mapping[str, Segment] | None = None,
                 cache: ArrayCache | None = None) -> None:
        self._ds = ds
        self._as_of = as_of
        self._ref = pd.Timestamp(as_of)
        self._segments: Mapping[str, Segment] = MappingProxyType(dict(segments or {}))
        self._cache = cache if cache is not None else ArrayCache()

    @property
    def ds(self) -> Dataset:
        return self._ds

    @property
    def as_of(self) -> dt.date:
        return self._as_of

    @property
    def ref(self) -> pd.Timestamp:
        return self._ref

    @property
    def segments(self) -> Mapping[str, Segment]:
        """The segments references resolve to when a call passes none (read-only)."""
        return self._segments

    @property
    def cache(self) -> ArrayCache:
        """The condition masks kept, keyed by :func:`members_key`."""
        return self._cache

    # -- public -----------------------------------------------------------------------
    def mask(self, node: Node, *, segments: Mapping[str, Segment] | None = None) -> np.ndarray:
        """Boolean array over customers: True where the rule holds.

        ``segments`` (name → Segment) answers ``in_segment`` references; without it, the
        Evaluator's own.  Condition masks come back read-only; a group's mask is a new array.
        """
        return self._mask(without_incomplete(node), _References(self._segments if segments is None else segments))

    def segment_mask(self, name: str, *, segments: Mapping[str, Segment] | None = None) -> np.ndarray:
        """Members of the named segment (references resolved, cycles refused)."""
        return self._segment_mask(name, _References(self._segments if segments is None else segments))

    def condition_mask(self, cond: Condition, *, segments: Mapping[str, Segment] | None = None) -> np.ndarray:
        """The (read-only, cached) mask of one condition."""
        return self._condition_mask(cond, _References(self._segments if segments is None else segments))

    def check(self, node: Node, *, segments: Mapping[str, Segment] | None = None) -> None:
        """Raise :class:`RuleError` if any condition is invalid for this data (the masks stay cached)."""
        self.mask(node, segments=segments)

    # -- one call's walk --------------------------------------------------------------------
    def _mask(self, node: Node, refs: _References) -> np.ndarray:
        if isinstance(node, Condition):
            return self._condition_mask(node, refs)
        if node.kind == "not":
            if len(node.children) != 1:
                raise RuleError("A 'not' group holds exactly one rule.")
            return ~self._mask(node.children[0], refs)
        masks = [self._mask(c, refs) for c in node.children]
        if node.kind == "all":
            return np.logical_and.reduce(masks) if masks else np.ones(len(self._ds), dtype=bool)
        if node.kind == "any":
            return np.logical_or.reduce(masks) if masks else np.zeros(len(self._ds), dtype=bool)
        raise RuleError(f"Unknown group kind {node.kind!r}.")

    def _segment_mask(self, name: str, refs: _References) -> np.ndarray:
        segment = refs.segments.get(name)
        if segment is None:
            raise UnknownSegmentError(f"No segment named {name!r}.", segment=name)
        if name in refs.resolving:
            circle = refs.resolving[refs.resolving.index(name):] + [name]
            raise SegmentCycleError("Segments refer to each other in a circle: " + " → ".join(circle) + ".",
                                    circle=circle)
        refs.resolving.append(name)
        try:
            return self._mask(without_incomplete(segment.rule), refs)
        finally:
            refs.resolving.pop()

    def _condition_mask(self, cond: Condition, refs: _References) -> np.ndarray:
        # A reference's key carries the referred rules too, so a cached mask follows their edits.
        key = members_key(cond, refs.segments) if cond.field == "segment" else cond.key()
        cached = self._cache.get(key)
        if cached is None:
            cached = self._evaluate(cond, refs)
            cached.setflags(write=False)
            self._cache.put(key, cached)
        return cached

    # -- conditions -------------------------------------------------------------------
    def _evaluate(self, cond: Condition, refs: _References) -> np.ndarray:
        if cond.field == "segment":
            if cond.op not in operators_for("segment"):
                raise RuleError(f"Operator {cond.op!r} does not apply to segments.", field="segment", op=cond.op)
            inside = self._segment_mask(str(cond.value), refs)
            return inside.copy() if cond.op == "in_segment" else ~inside
        field = find_field(self.ds, cond.field)
        allowed = set(operators_for(field.kind))
        if field.kind in ("text", "category"):
            allowed |= set(operators_for("text")) | set(operators_for("category"))
        if cond.op not in allowed:
            raise RuleError(f"Operator {cond.op!r} does not fit field {cond.field!r} ({field.kind}).",
                            field=cond.field, op=cond.op)
        values = self._field_values(field)
        if cond.op in ("is_empty", "not_empty"):
            empty = self._empty(field, values)
            return empty if cond.op == "is_empty" else ~empty
        if field.kind == "tags":
            return self._tags(field, values, cond)
        if field.kind == "boolean":
            want = cond.op == "is_true"
            return (values == want).fillna(False).to_numpy(dtype=bool)
        if field.kind == "number":
            return self._number(values, cond)
        if field.kind == "date":
            return self._date(values, cond)
        return self._text(field, values, cond)

    def _field_values(self, field: Field) -> pd.Series:
        # Not kept here: the values that cost to make (measured at a date, order windows) are kept
        # by the dataset's index, the rest are the data's own columns.
        return field_values(self._ds, field, self._as_of)

    def _empty(self, field: Field, values: pd.Series) -> np.ndarray:
        if field.kind == "tags":
            return ~self._any_tag(field, values)
        if field.kind in ("text", "category"):
            codes, _distinct = self.ds.index.text_codes(values_key(self.ds, field, self.as_of), values)
            return codes < 0
        return values.isna().to_numpy(dtype=bool)

    # -- by type ------------------------------------------------------------------------
    def _text(self, field: Field, values: pd.Series, cond: Condition) -> np.ndarray:
        """Each distinct value is tested once; customers take their value's answer by code."""
        op, v = cond.op, cond.value
        codes, distinct = self.ds.index.text_codes(values_key(self.ds, field, self.as_of), values)
        if op in ("in", "not_in"):
            hit = np.isin(distinct, [_fold(x) for x in _as_list(v, cond)])
            if op == "not_in":
                hit = ~hit
        elif op == "between":
            # Text ranges compare as written, without case: postal codes "00100"–"00990", names "a"–"k".
            lo, hi = (_fold(b) for b in _pair(cond))
            hit = np.fromiter((lo <= d <= hi for d in distinct), dtype=bool, count=len(distinct))
        else:
            text = _fold(_scalar(v, cond))
            if op == "eq":
                hit = distinct == text
            elif op == "ne":
                hit = distinct != text
            elif op in ("contains", "not_contains"):
                hit = np.fromiter((text in d for d in distinct), dtype=bool, count=len(distinct))
                if op == "not_contains":
                    hit = ~hit
            elif op == "starts_with":
                hit = np.fromiter((d.startswith(text) for d in distinct), dtype=bool, count=len(distinct))
            else:
                raise RuleError(f"Operator {op!r} does not apply to text.", field=cond.field, op=op)
        # Code -1 (empty) picks the appended False: a missing value matches nothing here.
        return np.append(hit.astype(bool), False)[codes]

    def _number(self, values: pd.Series, cond: Condition) -> np.ndarray:
        op = cond.op
        x = values.to_numpy(dtype="float64", na_value=np.nan)
        present = ~np.isnan(x)
        if op == "between":
            lo, hi = (_number(b, cond) for b in _pair(cond))
            return present & (x >= lo) & (x <= hi)
        if op in ("in", "not_in"):
            hit = np.isin(x, [_number(b, cond) for b in _as_list(cond.value, cond)])
            return hit if op == "in" else present & ~hit
        v = _number(_scalar(cond.value, cond), cond)
        with np.errstate(invalid="ignore"):
            return present & _compare(x, op, v, cond)

    def _date(self, values: pd.Series, cond: Condition) -> np.ndarray:
        op = cond.op
        days = values.dt.normalize().to_numpy(dtype="datetime64[D]")
        present = ~np.isnat(days)
        if op == "birthday_in_next":
            return present & self._birthday_within(values, _days(cond))
        if op in ("in_last", "not_in_last"):
            start = np.datetime64(period_start(self.as_of, *_period(cond)), "D")
            ref = np.datetime64(self.ref.date(), "D")
            if op == "in_last":
                return present & (days >= start) & (days <= ref)
            return present & (days < start)
        if op == "between":
            lo, hi = (np.datetime64(_date(b, cond), "D") for b in _pair(cond))
            return present & (days >= lo) & (days <= hi)
        v = np.datetime64(_date(_scalar(cond.value, cond), cond), "D")
        op = {"before": "lt", "after": "gt"}.get(op, op)
        return present & _compare(days, op, v, cond)

    def _birthday_within(self, births: pd.Series, n_days: int) -> np.ndarray:
        """Next birthday in [ref, ref + n days); 29 February is the 28th in other years."""
        ref = self.ref.normalize()
        month = births.dt.month.to_numpy(dtype="float64", na_value=np.nan)
        day = births.dt.day.to_numpy(dtype="float64", na_value=np.nan)
        ok = ~np.isnan(month)
        month, day = np.where(ok, month, 1).astype(int), np.where(ok, day, 1).astype(int)

        def occurrence(year: int) -> np.ndarray:
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            d = np.where((month == 2) & (day == 29) & (not leap), 28, day)
            return (np.datetime64(f"{year:04d}-01-01", "M") + (month - 1)).astype("datetime64[D]") + (d - 1)

        ref_day = np.datetime64(ref.date(), "D")
        this_year = occurrence(ref.year)
        nxt = np.where(this_year >= ref_day, this_year, occurrence(ref.year + 1))
        return ok & ((nxt - ref_day).astype(int) < n_days)

    def _tags(self, field: Field, values: pd.Series, cond: Condition) -> np.ndarray:
        index = self.ds.index.tag_index(field.name, values)
        wanted = [_fold(t) for t in _as_list(cond.value, cond)]
        n = len(self.ds)
        if cond.op == "has_all":
            out = np.ones(n, dtype=bool) if wanted else np.zeros(n, dtype=bool)
            for tag in wanted:
                has = np.zeros(n, dtype=bool)
                has[index.get(tag, np.empty(0, dtype=np.int64))] = True
                out &= has
            return out
        hit = np.zeros(n, dtype=bool)
        for tag in wanted:
            hit[index.get(tag, np.empty(0, dtype=np.int64))] = True
        return hit if cond.op == "has_any" else ~hit

    def _any_tag(self, field: Field, values: pd.Series) -> np.ndarray:
        out = np.zeros(len(self.ds), dtype=bool)
        for positions in self.ds.index.tag_index(field.name, values).values():
            out[positions] = True
        return out


# -- value checking ---------------------------------------------------------------------
def _fold(v: Any) -> str:
    return str(v).strip().casefold()


def _bad(cond: Condition, expected: str) -> RuleError:
    return RuleError(f"Condition on {cond.field!r} ({cond.op}): expected {expected}, got {cond.value!r}.",
                     field=cond.field, op=cond.op, value=cond.value)


def _scalar(v: Any, cond: Condition) -> Any:
    if v is None or isinstance(v, (list, dict)):
        raise _bad(cond, "a single value")
    return v


def _as_list(v: Any, cond: Condition) -> list[Any]:
    if isinstance(v, list):
        return v
    if v is None or isinstance(v, dict):
        raise _bad(cond, "a list of values")
    return [v]


def _pair(cond: Condition) -> tuple[Any, Any]:
    v = cond.value
    if not isinstance(v, list) or len(v) != 2:
        raise _bad(cond, "two values [from, to]")
    return v[0], v[1]


def _number(v: Any, cond: Condition) -> float:
    if isinstance(v, bool):
        raise _bad(cond, "a number")
    try:
        return float(str(v).replace(",", ".")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        raise _bad(cond, "a number") from None


def _date(v: Any, cond: Condition) -> dt.date:
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        raise _bad(cond, "a date YYYY-MM-DD") from None


def _days(cond: Condition) -> int:
    v = cond.value
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
        raise _bad(cond, "a number of days")
    return int(v)


def _period(cond: Condition) -> tuple[int, str]:
    """``(n, unit)`` of a period value; the calendar arithmetic is :func:`period_start`'s,
    shared with the order-window fields (``orders_in_last:90 days``)."""
    v = cond.value
    if not isinstance(v, dict) or v.get("unit") not in PERIOD_UNITS or isinstance(v.get("n"), bool) \
            or not isinstance(v.get("n"), (int, float)) or v["n"] < 0:
        raise _bad(cond, '{"n": number, "unit": "days|weeks|months|years"}')
    return int(v["n"]), v["unit"]


def _compare(x: np.ndarray, op: str, v: Any, cond: Condition) -> np.ndarray:
    if op == "eq":
        return x == v
    if op == "ne":
        return x != v
    if op == "lt":
        return x < v
    if op == "le":
        return x <= v
    if op == "gt":
        return x > v
    if op == "ge":
        return x >= v
    raise RuleError(f"Operator {op!r} does not fit field {cond.field!r}.", field=cond.field, op=op)


def evaluate_segment(ds: Dataset, segment: Segment, *, as_of: dt.date,
                     segments: Mapping[str, Segment] | None = None) -> np.ndarray:
    """Members of ``segment`` as a boolean mask (a convenience over :class:`Evaluator`)."""
    return Evaluator(ds, as_of=as_of, segments=segments).mask(segment.rule)


def warm_up(ds: Dataset, *, as_of: dt.date, progress=None) -> None:
    """Build the dataset's index (``ds.index``) now: the per-column indexes that conditions on text,
    category and tag fields use, the builder's pick lists, the prepared order rows of the order-window
    fields (``orders_in_last:…`` and kin), and age and days since the last order measured at ``as_of``.

    Run it in the import's worker: the first click on such a field then costs milliseconds instead
    of the index build (about a second per million customers or ten million order rows).  Reports
    progress (stage ``"indexes"``) after each step.
    """
    from ..data.fields import available_fields

    offered = available_fields(ds)
    dated = [f for f in offered if f.name in ("age", "days_since_last_order")]
    indexed = [f for f in offered if f.kind in ("text", "category", "tags")]
    steps = 1 + len(dated) + len(indexed)

    def done(step: int) -> None:
        if progress is not None:
            progress.report(step / steps, "indexes")

    prepare_order_windows(ds)
    done(1)
    for i, field in enumerate(dated):
        field_values(ds, field, as_of)        # measured at the date once; the builder reuses it
        done(2 + i)
    index = ds.index
    for i, field in enumerate(indexed):
        values = field_values(ds, field, as_of)
        key = values_key(ds, field, as_of)
        if field.kind == "tags":
            index.tag_index(key, values)
        else:
            index.text_codes(key, values)
        index.choices(key, values, tags=field.kind == "tags")     # the builder's pick list
        done(1 + len(dated) + i + 1)
