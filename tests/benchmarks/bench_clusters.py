"""Benchmark: the whole cluster action (k 2–8 with silhouette, the chosen k on everyone, the PCA map)
against the naive way, in the same run.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_clusters.py --customers 100000

It generates a shop with the sample generator (about 10 orders per customer), builds the Dataset and
times, on the default fields (days since last order, order count, total spend, age):
  - SegmentDesk: ``run_clusters`` — preparation, every k of 2–8 fitted on a 10 000-customer sample
    and scored by silhouette on 2 000, the chosen k refined on all customers, the PCA map;
  - naive: what a notebook does — for each k of 2–8 ``KMeans(k, n_init=10)`` on all customers and
    ``silhouette_score`` on a ``--naive-sample`` of them (on all 100 000 rows it would take minutes:
    silhouette costs the square of the rows), then scikit-learn's ``PCA(2)``; the same prepared
    matrix; scikit-learn limited to one thread (its OpenMP threads waiting for busy cores made it slower
    on this 2-core machine, which would flatter SegmentDesk).
SegmentDesk's k-means is its own NumPy code (core/analytics/kmeans.py); scikit-learn is needed only for
the naive baseline, and its import is timed apart (paid once per session). It prints a table of medians and the
ratio; it never fails on timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from segmentdesk.core.analytics.cluster_input import default_fields, prepare_features
from segmentdesk.core.analytics.clusters import K_CHOICES, SEED, run_clusters
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.tools.sample_shop import generate_shop

AS_OF = dt.date(2026, 11, 1)
CUSTOMER_ROLES = {"customer_id": "Asiakasnumero", "email": "Sähköposti", "birth_date": "Syntymäaika"}
ORDER_ROLES = {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
               "amount": "Summa", "category": "Tuoteryhmä"}


def naive(ds, sample: int) -> int:
    """Every k on every customer with scikit-learn's defaults of old (n_init=10), silhouette on a sample."""
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.metrics import silhouette_score

    x = prepare_features(ds, default_fields(ds, as_of=AS_OF), as_of=AS_OF).matrix
    scores = {}
    for k in K_CHOICES:
        labels = KMeans(n_clusters=k, n_init=10, random_state=SEED).fit_predict(x)
        scores[k] = silhouette_score(x, labels, sample_size=min(sample, len(x)), random_state=SEED)
    PCA(n_components=2, random_state=SEED).fit_transform(x)
    return max(scores, key=scores.get)


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-repeat", type=int, default=1)
    parser.add_argument("--naive-sample", type=int, default=10_000)
    args = parser.parse_args()

    start = time.perf_counter()
    customers, orders = generate_shop(args.customers)
    ds = build_dataset(customers, CUSTOMER_ROLES, orders, ORDER_ROLES)
    print(f"shop: {len(ds):,} customers, {len(orders):,} orders, built in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    import sklearn.cluster, sklearn.metrics, sklearn.tree  # noqa: E401,F401 — the first use's import
    print(f"scikit-learn import (once per session, not in the timings): {time.perf_counter() - start:.2f} s")

    from threadpoolctl import threadpool_limits

    ours, result = timed(lambda: run_clusters(ds, as_of=AS_OF), args.repeat)
    with threadpool_limits(limits=1):
        slow, naive_k = timed(lambda: naive(ds, args.naive_sample), args.naive_repeat)
    print(f"fields: {', '.join(result.fields)}; SegmentDesk suggests k = {result.suggested_k}, naive picks "
          f"k = {naive_k}; sizes {list(result.sizes)}")
    print()
    print(f"{'way':<58} {'median s':>9} {'ratio':>7}")
    print(f"{'naive: KMeans(n_init=10) on all rows per k, silhouette ' + format(args.naive_sample, ',') + ', PCA':<58}"
          f" {slow:>9.2f} {1.0:>7.1f}")
    print(f"{'SegmentDesk run_clusters (k 2-8, sample, refine, PCA)':<58} {ours:>9.2f} {slow / ours:>7.1f}x")
    print(f"\ntarget: the whole cluster action on 100k customers in at most 2 s -> "
          f"{'met' if ours <= 2.0 else 'NOT met'} ({ours:.2f} s)")


if __name__ == "__main__":
    main()
