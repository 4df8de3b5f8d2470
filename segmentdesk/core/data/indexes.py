"""Everything built over one Dataset to answer conditions quickly, in one place: :class:`DatasetIndex`.

A Dataset holds data and metrics; its ``index`` holds what is derived from them for speed: the
text codes and tag indexes conditions use, the builder's pick lists, structures other modules
build once (the prepared order rows, the ``flags`` tags) and values that cost to compute
(measured at a date, order-window figures) in one byte-bounded cache.  It lives and dies with
its Dataset, so no module keeps per-dataset state of its own.

Safe to use from a worker and the GUI thread at once: each table is guarded by a lock around the
dictionary only; two threads building the same entry both build it, the first one stored is kept
and both get that one — callers may compare what they got by identity (the window's search checks
that an answer was found in the pseudonyms it still shows).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from .array_cache import ArrayCache

TAG_SPLIT = r"\s*[;,|]\s*"
"""What separates the tags of a multi-valued cell (``;``, ``,`` or ``|``, spaces around ignored)."""

T = TypeVar("T")


class DatasetIndex:
    """The indexes and caches of one Dataset (reached as ``ds.index``)."""

    def __init__(self) -> None:
        self.values = ArrayCache()
        """Per-customer values that cost to compute, e.g. ``("dated", "age", as_of)`` (bounded by bytes)."""
        self._text_codes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._tag_indexes: dict[str, dict[str, np.ndarray]] = {}
        self._choices: dict[str, list[tuple[str, int]]] = {}
        self._built: dict[Hashable, Any] = {}
        self._lock = threading.Lock()

    def _kept(self, table: dict, key: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            if key in table:
                return table[key]
        value = make()
        with self._lock:
            return table.setdefault(key, value)

    def built(self, key: Hashable, make: Callable[[], T], *, fresh: Callable[[T], bool] | None = None) -> T:
        """A structure built once per dataset by another module (``make()``), e.g. the prepared order rows.

        ``fresh`` tells whether a kept one still fits the data (else it is made again).
        """
        with self._lock:
            kept = self._built.get(key)
        if kept is not None and (fresh is None or fresh(kept)):
            return kept
        value = make()
        with self._lock:
            now = self._built.get(key)
            if now is not None and now is not kept and (fresh is None or fresh(now)):
                return now                      # another thread stored a fitting one meanwhile
            self._built[key] = value
        return value

    def text_codes(self, key: str, text: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        """``(codes, distinct)`` for a text column, built once: ``distinct`` are the trimmed,
        case-folded values and ``codes[i]`` indexes them for customer ``i`` (-1 where empty).

        Conditions then test each distinct value once and pick answers by code — a city
        column of a million rows has a few hundred distinct values.
        """
        return self._kept(self._text_codes, key, lambda: _text_codes(text))

    def tag_index(self, key: str, text: pd.Series) -> dict[str, np.ndarray]:
        """``{tag (case-folded): sorted customer positions}`` for a tags column, built once.

        Tags are split per distinct cell text, not per customer: shops have few tag combinations.
        """
        return self._kept(self._tag_indexes, key, lambda: _tag_index(*self.text_codes("tags:" + key, text)))

    def choices(self, key: str, values: pd.Series, *, tags: bool = False, limit: int = 500) -> list[tuple[str, int]]:
        """Pick-list entries ``(value as written most often, customers)``, most common first, built once.

        For a tags field each tag counts the customers who have it.  Works on the column's
        distinct cells, so opening a value list stays instant on a million customers.
        """
        def make() -> list[tuple[str, int]]:
            counts = {t: len(pos) for t, pos in self.tag_index(key, values).items()} if tags else None
            return _choices(values, tags=tags, tag_counts=counts, limit=limit)
        return self._kept(self._choices, ("tags:" if tags else "values:") + key, make)


def _text_codes(text: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    folded = pd.Series(uniques, dtype=object).astype(str).str.strip().str.casefold().to_numpy(dtype=object)
    codes = np.where(np.isin(codes, np.flatnonzero(folded == "")), -1, codes)
    return codes.astype(np.int64), folded


def _tag_index(codes: np.ndarray, distinct: np.ndarray) -> dict[str, np.ndarray]:
    holders: dict[str, list[int]] = {}
    for code, cell in enumerate(distinct):
        for tag in re.split(TAG_SPLIT, cell):
            if tag:
                holders.setdefault(tag, []).append(code)
    order = np.argsort(codes, kind="stable")
    starts = np.searchsorted(codes[order], np.arange(len(distinct) + 1))
    index: dict[str, np.ndarray] = {}
    for tag, tag_codes in holders.items():
        parts = [order[starts[c]:starts[c + 1]] for c in tag_codes]
        index[tag] = np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    return index


def _choices(values: pd.Series, *, tags: bool, tag_counts: dict[str, int] | None,
             limit: int) -> list[tuple[str, int]]:
    codes, cells = pd.factorize(values, use_na_sentinel=True)
    per_cell = np.bincount(codes[codes >= 0], minlength=len(cells))
    spelled: dict[str, dict[str, int]] = {}
    for cell, n in zip(cells, per_cell):
        parts = re.split(TAG_SPLIT, str(cell)) if tags else [str(cell)]
        for part in (p.strip() for p in parts):
            if part:
                forms = spelled.setdefault(part.casefold(), {})
                forms[part] = forms.get(part, 0) + int(n)
    counts = tag_counts if tag_counts is not None else \
        {folded: sum(forms.values()) for folded, forms in spelled.items()}
    return sorted(((max(forms, key=forms.get), counts.get(folded, 0)) for folded, forms in spelled.items()),
                  key=lambda item: -item[1])[:limit]
