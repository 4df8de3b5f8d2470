"""Benchmark: how fast the live count follows a click, against the naive way.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_segment_count.py --customers 1000000

It generates a shop with the sample generator (about 10 orders per customer), builds the
Dataset, then times a six-condition rule with nested groups, a tag condition and date
conditions three ways, all in this one run:
  - naive: pandas over the columns for every condition, every time (``isin``, ``str.contains``…);
  - first count: the first evaluation after import, which builds the per-column indexes;
  - cold: SegmentDesk's evaluator on a fresh mask cache (column indexes built);
  - one change: SegmentDesk after changing one condition's value (the live count's case).
It prints a table with medians and the ratio to the naive baseline; it never fails on timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.tools.sample_shop import generate_shop
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import segment_from_json

AS_OF = dt.date(2026, 11, 1)
CUSTOMER_ROLES = {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi",
                  "email": "Sähköposti", "phone": "Puhelin", "birth_date": "Syntymäaika", "gender": "Sukupuoli",
                  "postal_code": "Postinumero", "city": "Postitoimipaikka", "interests": "Kiinnostuksen kohteet",
                  "consent_email": "Markkinointilupa", "signup_date": "Liittymispäivä", "language": "Kieli"}
ORDER_ROLES = {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
               "amount": "Summa", "category": "Tuoteryhmä"}


def rule(min_orders: int) -> dict:
    return {"all": [
        {"field": "region", "op": "in", "value": ["Uusimaa", "Pirkanmaa"]},
        {"field": "interests", "op": "has_any", "value": ["jooga", "juoksu"]},
        {"field": "order_count", "op": "ge", "value": min_orders},
        {"any": [
            {"field": "last_order_date", "op": "not_in_last", "value": {"n": 6, "unit": "months"}},
            {"field": "age", "op": "between", "value": [25, 40]},
        ]},
        {"not": {"field": "gender", "op": "eq", "value": "Mies"}},
    ]}


def naive_count(ds, min_orders: int) -> int:
    """What a hand-written pandas filter does: every condition over the columns, every time."""
    c = ds.customers.frame
    m = ds.metrics
    region = ds.postal_lookup["region"]
    ref = pd.Timestamp(AS_OF)
    birth = c["Syntymäaika"]
    age = ref.year - birth.dt.year - ((birth.dt.month > ref.month) |
                                      ((birth.dt.month == ref.month) & (birth.dt.day > ref.day)))
    tags = c["Kiinnostuksen kohteet"].astype("string").str.casefold()
    mask = (region.isin(["Uusimaa", "Pirkanmaa"])
            & (tags.str.contains("jooga", regex=False) | tags.str.contains("juoksu", regex=False)).fillna(False)
            & (m["order_count"] >= min_orders)
            & ((m["last_order_date"] < ref - pd.DateOffset(months=6)) | age.between(25, 40))
            & ~(c["Sukupuoli"].astype("string").str.casefold() == "mies").fillna(False))
    return int(mask.sum())


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    start = time.perf_counter()
    customers, orders = generate_shop(args.customers)
    generated = time.perf_counter() - start
    start = time.perf_counter()
    ds = build_dataset(customers, CUSTOMER_ROLES, orders, ORDER_ROLES)
    _ = ds.postal_lookup
    built = time.perf_counter() - start
    print(f"{len(ds):,} customers, {len(ds.orders.frame):,} orders "
          f"(generated in {generated:.1f} s, dataset built in {built:.1f} s)")

    first_ms, _ = timed(lambda: Evaluator(ds, as_of=AS_OF).mask(segment_from_json(
        {"name": "b", "rule": rule(2)}).rule), 1)
    naive_ms, naive_n = timed(lambda: naive_count(ds, 2), args.repeat)
    cold_ms, cold_mask = timed(lambda: Evaluator(ds, as_of=AS_OF).mask(segment_from_json(
        {"name": "b", "rule": rule(2)}).rule), max(3, args.repeat // 3))
    warm = Evaluator(ds, as_of=AS_OF)
    warm.mask(segment_from_json({"name": "b", "rule": rule(2)}).rule)
    changes = iter(range(3, 3 + 10_000))
    change_ms, change_mask = timed(lambda: warm.mask(segment_from_json(
        {"name": "b", "rule": rule(next(changes))}).rule), args.repeat)
    assert int(cold_mask.sum()) == naive_n, (int(cold_mask.sum()), naive_n)

    print(f"{'way':<34}{'median ms':>12}{'× faster than naive':>22}")
    print(f"{'naive pandas, whole rule':<34}{naive_ms:>12.2f}{1.0:>22.1f}")
    print(f"{'SegmentDesk, first count (indexes)':<34}{first_ms:>12.2f}{naive_ms / first_ms:>22.1f}")
    print(f"{'SegmentDesk, cold cache':<34}{cold_ms:>12.2f}{naive_ms / cold_ms:>22.1f}")
    print(f"{'SegmentDesk, one condition changed':<34}{change_ms:>12.2f}{naive_ms / change_ms:>22.1f}")
    print(f"(count {naive_n:,}; the same from both ways)")


if __name__ == "__main__":
    main()
