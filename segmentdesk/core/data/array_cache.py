"""One cache policy for computed arrays: least recently used first out, within a byte budget.

Condition masks, values measured at a date and order-window figures are all kept here, so memory
stays bounded however many edits a session makes (a mask is one byte a customer: 1 MB each at a
million customers).  Safe to share between a worker and the GUI thread: the lock guards the
dictionary only, never the computation, so two threads asking for the same new key may both
compute it (the answers are equal; the later one is kept).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

BUDGET_BYTES = 64 * 2**20
"""Default budget of each cache; tests lower it with monkeypatch before making the cache."""

T = TypeVar("T")


def size_in_bytes(value: Any) -> int:
    """The bytes ``value`` holds in its arrays (object cells count as one pointer each)."""
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if isinstance(value, pd.Series):
        return int(value.array.nbytes) if hasattr(value.array, "nbytes") else 8 * len(value)
    if isinstance(value, (tuple, list)):
        return sum(size_in_bytes(v) for v in value)
    return 64


class ArrayCache:
    """``key → array`` with least-recently-used eviction once the total passes ``budget`` bytes.

    A value larger than the whole budget is handed back without being kept.
    """

    def __init__(self, *, budget: int | None = None) -> None:
        self.budget = BUDGET_BYTES if budget is None else int(budget)
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def nbytes(self) -> int:
        """Bytes kept now (never more than ``budget``)."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get(self, key: Hashable) -> Any | None:
        """The kept value (now the most recently used), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[0]

    def put(self, key: Hashable, value: T) -> T:
        """Keep ``value`` under ``key`` (evicting the least recently used as needed) and return it."""
        size = size_in_bytes(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            if size > self.budget:
                return value
            self._items[key] = (value, size)
            self._bytes += size
            while self._bytes > self.budget:
                _key, (_value, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped
        return value

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        """The kept value, or ``make()`` kept and returned (computed outside the lock)."""
        value = self.get(key)
        if value is None:
            value = self.put(key, make())
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
