"""Benchmark: RFM over 1M orders / 100k customers, against the PyPI ``rfm`` package's algorithm.

Run as a script (not collected by pytest), from the checkout's root so its code is the one timed:

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_rfm.py [--customers 100000] [--orders 1000000] [--repeat 5]

The baseline is ``rfm`` 1.0.15 (PyPI; github.com/sonwanesuresh95/rfm, ``rfm/rfm.py``), which
needs an older pandas than ours, so its automated path (``RFM(df, customer_id, transaction_date,
amount)``) is re-expressed here step by step with the same pandas calls: every non-id column made
text and stripped of ``.0`` per cell, dates parsed, rows sorted by date, amounts to float per
cell, duplicates dropped, ids stripped per cell, orders grouped into per-customer lists, recency
/ frequency / monetary by ``apply`` over the lists, scores by ``qcut`` of ``rank(method="first")``,
groups by an ``iterrows`` if-chain, and the group counts.  The one call pandas 2 refuses,
``drop(columns=["index"], axis=1)`` (why the package needs an older pandas), is written
``drop(columns=["index"])``, which does the same.  It runs once (it takes seconds).

Timed for SegmentDesk, in the same run, on the same orders (median of ``--repeat``):
  - "RFM of its own": scores, score text and groups from the dataset (what a rule, the ``rfm``
    command and the heatmap need; the per-customer order count, spend and last date are the
    dataset's metrics, made once at import);
  - "metrics + RFM": the per-customer metrics made again from the order rows, then RFM — the
    like-for-like comparison with the baseline, which starts from the rows.
It prints a table with wall and CPU times and ratios to the baseline; it never fails on timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.indexes import DatasetIndex
from segmentdesk.core.data.rfm import rfm_groups, rfm_values

AS_OF = dt.date(2026, 11, 1)
TARGET_MS = 150.0
TARGET_RATIO = 50.0


def make_orders(customers: int, orders: int, seed: int = 11) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Customers and order rows: skewed buyers, two years of dates, amounts in cents."""
    rng = np.random.default_rng(seed)
    buyer = np.minimum((rng.pareto(1.2, orders) * customers / 20).astype(np.int64), customers - 1)
    days = rng.integers(0, 730, orders)
    dates = np.datetime64(AS_OF, "D") - days.astype("timedelta64[D]")
    amounts = np.round(rng.gamma(2.0, 30.0, orders), 2)
    people = pd.DataFrame({"id": np.arange(customers).astype(str)})
    rows = pd.DataFrame({"order": np.arange(orders).astype(str), "customer": buyer.astype(str),
                         "date": pd.to_datetime(dates), "amount": amounts})
    return people, rows


def ours(ds) -> None:
    """RFM of its own, from a fresh index (nothing kept from an earlier round)."""
    ds.index = DatasetIndex()
    for name in ("rfm_r", "rfm_f", "rfm_m", "rfm_score"):
        rfm_values(ds, name, AS_OF)
    rfm_groups(ds, AS_OF)


def ours_from_rows(ds) -> None:
    ds.metrics = ds._metrics()      # the per-customer counts, spend and dates from the order rows again
    ours(ds)


def baseline(rows: pd.DataFrame) -> pd.DataFrame:
    """The ``rfm`` package's automated path, re-expressed (see the module docstring)."""
    customer_id, transaction_date, amount = "customer", "date", "amount"
    df = rows.copy()
    for col in df.columns:
        if col != customer_id:
            df[col] = df[col].astype(str).apply(lambda x: x.strip()[:-2] if ".0" in x else x.strip())
        if "date" in col.lower():
            df[col] = pd.to_datetime(df[col])
    df = df.sort_values(by=transaction_date, na_position="first")
    df[amount] = df[amount].apply(lambda x: float(x) if x not in ["", "nan"] else 0)
    df = df.dropna(subset=[customer_id, amount])
    df = df.drop_duplicates()
    df = df.reset_index().drop(columns=["index"])    # the package's drop(columns=…, axis=1): refused by pandas 2
    df[customer_id] = df[customer_id].astype(str).apply(lambda x: x.strip()[:-2] if ".0" in x else x.strip())
    grp = df[[customer_id, transaction_date, amount]].groupby(customer_id).agg(list).reset_index()
    latest = df[transaction_date].max()
    grp["recency"] = grp[transaction_date].apply(lambda x: (latest - x[-1]).days)
    grp["frequency"] = grp[amount].apply(len)
    grp["monetary_value"] = grp[amount].apply(sum)
    grp = grp[[customer_id, "recency", "frequency", "monetary_value"]]
    grp["r"] = pd.qcut(grp["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).tolist()
    grp["f"] = pd.qcut(grp["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).tolist()
    grp["m"] = pd.qcut(grp["monetary_value"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).tolist()
    grp["rfm_score"] = grp["r"].apply(str) + grp["f"].apply(str) + grp["m"].apply(str)
    grp = grp.sort_values(by="rfm_score", ascending=False).reset_index(drop=True)
    classes = []
    for _, rec in grp.iterrows():
        r, f, m = rec["r"], rec["f"], rec["m"]
        if r in (4, 5) and f in (4, 5) and m in (4, 5):
            label = "Champions"
        elif r in (4, 5) and f in (1, 2) and m in (3, 4, 5):
            label = "Promising"
        elif r in (3, 4, 5) and f in (3, 4, 5) and m in (3, 4, 5):
            label = "Loyal Accounts"
        elif r in (3, 4, 5) and f in (2, 3) and m in (2, 3, 4):
            label = "Potential Loyalist"
        elif r == 5 and f == 1:
            label = "New Active Accounts"
        elif r in (3, 4, 5) and m in (1, 2):
            label = "Low Spenders"
        elif r in (2, 3) and f in (1, 2) and m in (4, 5):
            label = "Need Attention"
        elif r in (2, 3) and f in (1, 2) and m in (1, 2, 3):
            label = "About to Sleep"
        elif r in (1, 2) and m in (3, 4, 5):
            label = "At Risk"
        elif r in (1, 2) and m in (1, 2):
            label = "Lost"
        else:
            label = str([r, f, m])
        classes.append({rec[customer_id]: label})
    keys = [next(iter(c)) for c in classes]
    labels = [next(iter(c.values())) for c in classes]
    grp["segment"] = grp[customer_id].map(dict(zip(keys, labels)))
    return grp[["segment", customer_id]].groupby("segment", sort=False).count().reset_index()


def timed(fn, repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (seconds) over ``repeat`` calls.

    CPU time is reported beside wall time because the machine this runs on is often shared: there
    wall time measures the queue as much as the code."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu, start = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    people, rows = make_orders(args.customers, args.orders)
    ds = build_dataset(people, {"customer_id": "id"}, rows,
                       {"order_id": "order", "customer_ref": "customer", "order_date": "date", "amount": "amount"})
    buyers = int((ds.metrics["order_count"] > 0).sum())
    own = timed(lambda: ours(ds), args.repeat)
    from_rows = timed(lambda: ours_from_rows(ds), max(1, args.repeat // 2))
    base = timed(lambda: baseline(rows), 1)
    print(f"RFM benchmark: {args.customers:,} customers ({buyers:,} with orders), {args.orders:,} orders, "
          f"pandas {pd.__version__}, numpy {np.__version__}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs")
    print(f"{'what':<52} {'wall':>10} {'ratio':>8} {'cpu':>10} {'ratio':>8}")
    for label, (wall, cpu) in (("rfm package's algorithm (baseline, once)", base),
                               ("SegmentDesk metrics from rows + RFM", from_rows),
                               ("SegmentDesk RFM of its own (scores, text, groups)", own)):
        print(f"{label:<52} {wall * 1000:>7.0f} ms {base[0] / wall:>7.1f}x {cpu * 1000:>7.0f} ms {base[1] / cpu:>7.1f}x")
    for name, i in (("wall", 0), ("cpu", 1)):
        print(f"targets ({name}): RFM of its own <= {TARGET_MS:.0f} ms: "
              f"{'met' if own[i] * 1000 <= TARGET_MS else 'NOT met'}; >= {TARGET_RATIO:.0f}x the baseline "
              f"(metrics + RFM): {'met' if base[i] / from_rows[i] >= TARGET_RATIO else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
