"""One bounded cache for computed arrays: least recently used out, within a byte budget."""
from __future__ import annotations

import datetime as dt
import threading

import numpy as np
import pandas as pd

from segmentdesk.core.data import array_cache
from segmentdesk.core.data.array_cache import ArrayCache
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition

AS_OF = dt.date(2025, 7, 1)
CUSTOMERS = 10_000           # a mask is 10 kB


def many_points():
    frame = pd.DataFrame({"Pisteet": np.arange(CUSTOMERS).astype(str)}, dtype=object)
    return build_dataset(frame, {})


def test_many_distinct_edits_keep_the_mask_cache_within_its_budget(monkeypatch):
    monkeypatch.setattr(array_cache, "BUDGET_BYTES", 5 * CUSTOMERS)          # room for five masks
    ev = Evaluator(many_points(), as_of=AS_OF)
    for n in range(40):
        ev.mask(Condition("column:Pisteet", "ge", n))
        assert ev.cache.nbytes <= 5 * CUSTOMERS
    assert len(ev.cache) == 5


def test_a_repeated_condition_is_still_a_cache_hit(monkeypatch):
    monkeypatch.setattr(array_cache, "BUDGET_BYTES", 5 * CUSTOMERS)
    ev = Evaluator(many_points(), as_of=AS_OF)
    calls: list[object] = []
    original = ev._evaluate
    monkeypatch.setattr(ev, "_evaluate", lambda cond, refs: calls.append((cond.op, cond.value)) or original(cond, refs))
    kept = Condition("column:Pisteet", "ge", 1)
    for n in range(40):
        ev.mask(kept)
        ev.mask(Condition("column:Pisteet", "lt", n))
    assert calls.count(("ge", 1)) == 1


def test_the_least_recently_used_goes_first():
    cache = ArrayCache(budget=30)
    cache.put("a", np.zeros(10, dtype=np.uint8))
    cache.put("b", np.zeros(10, dtype=np.uint8))
    cache.put("c", np.zeros(10, dtype=np.uint8))
    cache.get("a")
    cache.put("d", np.zeros(10, dtype=np.uint8))
    assert "b" not in cache and all(k in cache for k in "acd")


def test_a_value_bigger_than_the_budget_is_returned_but_not_kept():
    cache = ArrayCache(budget=8)
    value = np.zeros(9, dtype=np.uint8)
    assert cache.put("big", value) is value
    assert "big" not in cache and cache.nbytes == 0


def test_putting_a_key_again_replaces_its_bytes():
    cache = ArrayCache(budget=100)
    cache.put("a", np.zeros(10, dtype=np.uint8))
    cache.put("a", np.zeros(20, dtype=np.uint8))
    assert cache.nbytes == 20 and len(cache) == 1


def test_the_cache_stays_consistent_under_two_threads():
    cache = ArrayCache(budget=500)

    def churn(offset):
        for i in range(2000):
            cache.put((offset, i % 97), np.zeros(10, dtype=np.uint8))
            cache.get((offset, (i * 7) % 97))

    threads = [threading.Thread(target=churn, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.nbytes == 10 * len(cache) <= 500
