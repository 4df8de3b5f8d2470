"""Benchmark: opening and changing a project, against re-importing the same source files.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_project.py [--customers 100000] [--big]

It writes a generated shop (customers CSV, ~10 orders per customer) into a temporary folder,
imports it into a project with the command line, and times, each in a fresh child process
(so that its peak memory, VmHWM, is the step's own):
  - re-importing the source files (``run_import``, as the command line does; the baseline);
  - opening the project (``load_project``: data, segments, log; metrics rebuilt);
  - one ``segment add`` (the single-row write, timed inside the child, and the whole command);
  - a save after an edit (a project read, one segment changed, ``save_project(incremental=True)``);
  - the import writing the project (``segmentdesk-cli import`` into a new file).
``--big`` adds 1,000,000 customers / ~10,000,000 orders (minutes, several GB: run it once,
on a quiet machine).  It prints a table with ratios to the re-import; it never fails on timing.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from segmentdesk.tools.sample_shop import write_shop

CHILD = r"""
import datetime as dt, json, sys, time
from pathlib import Path
what, customers, orders, project = sys.argv[1:5]
start = time.perf_counter()
extra = {}
if what == "reimport":
    from segmentdesk.core.importing.pipeline import run_import
    from segmentdesk.core.importing.plan import ImportPlan
    run_import(ImportPlan.for_files(Path(customers), orders=Path(orders)), as_of=dt.date(2026, 11, 1),
               warm=False, count_problems=False)
elif what == "open":
    from segmentdesk.core.project.store import load_project
    load_project(project)
elif what == "segment_write":
    from segmentdesk.core.project.project_file import ProjectFile
    from segmentdesk.core.segments.model import Segment, node_from_json
    seg = Segment("Bench", node_from_json({"all": [{"field": "order_count", "op": "ge", "value": 3}]}))
    with ProjectFile.open(project, write=True) as pf:
        t = time.perf_counter()
        pf.put_segment(seg)
        extra["write_s"] = time.perf_counter() - t
elif what == "save_after_edit":
    from segmentdesk.core.project.store import load_project, save_project
    from segmentdesk.core.segments.model import Segment, node_from_json
    p = load_project(project)
    p.put_segment(Segment("Edited", node_from_json({"all": [{"field": "order_count", "op": "ge", "value": 5}]})))
    t = time.perf_counter()
    save_project(p, project, incremental=True)
    extra["write_s"] = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the parent (the generator's memory).
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"s": time.perf_counter() - start, "rss_mib": hwm / 1024, **extra}))
"""


def child(what: str, customers: Path, orders: Path, project: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, what, str(customers), str(orders), str(project)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cli(*args: str) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one ``segmentdesk-cli`` command."""
    code = ("import runpy, sys\nsys.argv = ['segmentdesk-cli'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('segmentdesk.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024,"
            " file=sys.stderr)\n")
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, float(out.stderr.strip().splitlines()[-1])


def bench(tmp: Path, n: int, rows: list[tuple[str, float, str, float]]) -> None:
    folder = tmp / f"shop{n}"
    print(f"generating {n:,} customers, ~{10 * n:,} orders …", file=sys.stderr)
    write_shop(folder, n, orders_per_customer=10.0, customers_format="csv")
    customers, orders, project = folder / "customers.csv", folder / "orders.csv", folder / "shop.segdesk"
    import_s, import_rss = cli("import", str(customers), "--orders", str(orders), "--project", str(project))
    segment = folder / "s.segment.json"
    segment.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "CLI",
                                   "rule": {"all": [{"field": "order_count", "op": "ge", "value": 2}]}}))
    base = child("reimport", customers, orders, project)
    opened = child("open", customers, orders, project)
    write = child("segment_write", customers, orders, project)
    add_s, add_rss = cli("segment", "add", "--project", str(project), "--file", str(segment))
    saved = child("save_after_edit", customers, orders, project)
    label = f"{n:,}/{10 * n:,}"
    ratio = lambda s: f"{s / base['s']:.2f}× re-import"   # noqa: E731
    rows += [
        (f"{label} re-import of the source files (baseline)", base["s"], "1.00×", base["rss_mib"]),
        (f"{label} open the project", opened["s"], ratio(opened["s"]), opened["rss_mib"]),
        (f"{label} one segment write (ProjectFile.put_segment)", write["write_s"], f"{write['write_s'] * 1000:.1f} ms",
         write["rss_mib"]),
        (f"{label} segment add, whole CLI command", add_s, ratio(add_s), add_rss),
        (f"{label} save after an edit (the write)", saved["write_s"], f"{saved['write_s'] * 1000:.1f} ms",
         saved["rss_mib"]),
        (f"{label} CLI import into a new project", import_s, ratio(import_s), import_rss),
        (f"{label} project file size MiB / source files MiB", project.stat().st_size / 2**20,
         f"{project.stat().st_size / (customers.stat().st_size + orders.stat().st_size):.2f}× the sources", 0.0),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--big", action="store_true", help="also 1,000,000 customers / ~10,000,000 orders")
    parser.add_argument("--keep", type=Path, help="write the shops and projects here and keep them")
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [args.customers] + ([1_000_000] if args.big else []):
            bench(args.keep or Path(tmp), n, rows)
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'s':>8}  {'peak MiB':>8}  ratio")
    for name, value, ratio, rss in rows:
        print(f"{name:<{width}}  {value:>8.3f}  {rss:>8.0f}  {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
