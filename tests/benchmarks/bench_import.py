"""Benchmark: importing big files, against pandas' bare reads of the same files.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_import.py [--customers 100000] [--orders 1000000]
                                                     [--memory-customers 1000000]

It writes generated shops with the sample generator into a temporary folder and times,
all in this one run:
  - customers xlsx: ``pandas.read_excel(engine="openpyxl")`` bare read (the baseline),
    calamine's bare read, and SegmentDesk's whole import (read + roles + types + metrics +
    data-quality report);
  - orders CSV in Finnish conventions (``;``, decimal comma, d.m.yyyy, cp1252):
    ``pandas.read_csv`` bare read with ``dtype=str`` (the baseline) and SegmentDesk's import
    of the same orders (read + roles + types + linking + metrics);
  - peak memory (max RSS of a child process) importing a customer CSV with
    ``--memory-customers`` rows.
It prints a table with medians and ratios to the baselines; it never fails on timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.io.read import read_table
from segmentdesk.tools.sample_shop import write_shop

AS_OF = dt.date(2026, 11, 1)


def timed(fn, repeat: int) -> float:
    """Median wall time of ``fn()`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_only(customers: Path, orders: Path | None = None) -> None:
    """The import as the command line runs it: read, roles, types, metrics (no warm-up, no quality count)."""
    run_import(ImportPlan.for_files(customers, orders=orders), as_of=AS_OF, warm=False, count_problems=False)


def import_with_quality(customers: Path, orders: Path | None = None) -> None:
    run_import(ImportPlan.for_files(customers, orders=orders), as_of=AS_OF, warm=False)


def peak_memory_mib(customers: Path) -> float:
    """Max RSS of a fresh interpreter that imports ``customers`` (MiB)."""
    code = ("import resource, sys\n"
            "import datetime as dt\n"
            "from segmentdesk.core.importing.pipeline import run_import\n"
            "from segmentdesk.core.importing.plan import ImportPlan\n"
            "run_import(ImportPlan.for_files(sys.argv[1]), as_of=dt.date(2026, 11, 1), warm=False,"
            " count_problems=False)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code, str(customers)], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000, help="rows of the customer xlsx")
    parser.add_argument("--orders", type=int, default=1_000_000, help="rows of the order CSV (about)")
    parser.add_argument("--memory-customers", type=int, default=1_000_000,
                        help="rows of the customer CSV for the peak-memory figure (0 to skip)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)

    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"generating {args.customers:,} customers as xlsx …", file=sys.stderr)
        write_shop(tmp / "xlsx", args.customers, orders_per_customer=0.01, customers_format="xlsx")
        xlsx = tmp / "xlsx" / "customers.xlsx"
        openpyxl_s = timed(lambda: pd.read_excel(xlsx, engine="openpyxl"), 1)
        calamine_s = timed(lambda: pd.read_excel(xlsx, engine="calamine"), args.repeat)
        ours_s = timed(lambda: import_with_quality(xlsx), args.repeat)
        rows += [(f"customers xlsx {args.customers:,}: pandas read_excel openpyxl (baseline)", openpyxl_s, "1.0×"),
                 ("  calamine bare read", calamine_s, f"{openpyxl_s / calamine_s:.1f}× faster"),
                 ("  SegmentDesk import + quality report", ours_s, f"{openpyxl_s / ours_s:.1f}× faster")]

        per_customer = 10.0
        n_customers = max(1, round(args.orders / per_customer))
        print(f"generating ~{args.orders:,} orders as CSV …", file=sys.stderr)
        write_shop(tmp / "csv", n_customers, orders_per_customer=per_customer, customers_format="csv")
        customers_csv, orders_csv = tmp / "csv" / "customers.csv", tmp / "csv" / "orders.csv"
        n_orders = len(read_table(orders_csv).frame)
        bare_s = timed(lambda: pd.read_csv(orders_csv, sep=";", encoding="cp1252", dtype=str), args.repeat)
        customers_only_s = timed(lambda: import_only(customers_csv), args.repeat)
        both_s = timed(lambda: import_only(customers_csv, orders_csv), args.repeat)
        orders_s = both_s - customers_only_s
        rows += [(f"orders CSV {n_orders:,}: pandas read_csv dtype=str (baseline)", bare_s, "1.0×"),
                 (f"  SegmentDesk import of the orders (with {n_customers:,} customers, minus those alone)",
                  orders_s, f"{orders_s / bare_s:.1f}× the bare read"),
                 ("  SegmentDesk import, customers + orders", both_s, "")]

        if args.memory_customers:
            print(f"generating {args.memory_customers:,} customers as CSV …", file=sys.stderr)
            write_shop(tmp / "mem", args.memory_customers, orders_per_customer=0.01, customers_format="csv")
            mib = peak_memory_mib(tmp / "mem" / "customers.csv")
            rows.append((f"peak memory importing {args.memory_customers:,} customers (MiB, not seconds)", mib,
                         f"{mib / 2048:.0%} of the 2 GB budget"))

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median s':>9}  ratio")
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>9.3f}  {ratio}")
    if args.json:
        print(json.dumps({name.strip(): value for name, value, _ in rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
