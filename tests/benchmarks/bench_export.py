"""Benchmark: the xlsx export against pandas' to_excel(openpyxl) and raw xlsxwriter, in the same run.

Run as a script (not collected by pytest; it never fails on timing):

    .venv/bin/python tests/benchmarks/bench_export.py --customers 100000 [--repeat 3]

It generates a shop with the sample generator, builds the Dataset and times, each in its own
process (so each peak memory is its own: the peak is reset after the data is built and read as
VmHWM minus VmRSS at the start):
  - segmentdesk: ``write_workbook`` of 8 segments with 13 columns (member selection, consent,
    summary, formats — the whole export);
  - to_excel: the same 8 frames (selected beforehand, not timed) by ``DataFrame.to_excel`` with
    the openpyxl engine, the issue's baseline;
  - xlsxwriter: the same frames written row by row by xlsxwriter in constant-memory mode, with
    nothing else (no formats, no summary): the floor;
  - contacts: ``write_workbook`` with the default contact columns (the everyday export).
It prints seconds, the ratio to to_excel and to raw xlsxwriter, the peak added memory, and the issue's
targets (#12) checked against them.  ``--repeat N`` runs each SegmentDesk case N times (the slow baselines
once) and prints the median with the range: the machine may be shared, so the load average is printed too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This checkout's code, also where the editable install points elsewhere.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

AS_OF = dt.date(2026, 11, 1)
CUSTOMER_ROLES = {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi",
                  "email": "Sähköposti", "phone": "Puhelin", "birth_date": "Syntymäaika", "gender": "Sukupuoli",
                  "postal_code": "Postinumero", "city": "Postitoimipaikka", "interests": "Kiinnostuksen kohteet",
                  "consent_email": "Markkinointilupa", "signup_date": "Liittymispäivä", "language": "Kieli"}
ORDER_ROLES = {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
               "amount": "Summa", "category": "Tuoteryhmä"}
COLUMNS = ["customer_id", "email", "first_name", "last_name", "phone", "birth_date", "gender", "postal_code",
           "city", "interests", "signup_date", "language", "total_spend"]
SEGMENTS = [
    ("Uusimaa", {"all": [{"field": "region", "op": "in", "value": ["Uusimaa"]}]}),
    ("Jooga", {"all": [{"field": "interests", "op": "has_any", "value": ["jooga"]}]}),
    ("Kanta-asiakkaat", {"all": [{"field": "order_count", "op": "ge", "value": 3}]}),
    ("Naiset 25-40", {"all": [{"field": "gender", "op": "eq", "value": "Nainen"},
                              {"field": "age", "op": "between", "value": [25, 40]}]}),
    ("Hiipuneet", {"all": [{"field": "days_since_last_order", "op": "gt", "value": 365}]}),
    ("Isot ostajat", {"all": [{"field": "total_spend", "op": "ge", "value": 300}]}),
    ("Pirkanmaa", {"all": [{"field": "region", "op": "in", "value": ["Pirkanmaa"]}]}),
    ("Kaikki", {"all": []}),
]


def _memory() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in bytes."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, number, _unit = line.split()
            values[key] = int(number) * 1024
    return values["VmRSS:"], values["VmHWM:"]


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")     # resets VmHWM to the current RSS (Linux)
    except OSError:
        pass


def run_case(case: str, customers: int) -> dict:
    import numpy as np
    import pandas as pd
    import xlsxwriter

    from segmentdesk.core.data.dataset import build_dataset
    from segmentdesk.core.export.members import select_rows
    from segmentdesk.core.export.workbook import sheet_names, write_workbook
    from segmentdesk.core.segments.evaluate import Evaluator
    from segmentdesk.core.segments.model import Segment, node_from_json
    from segmentdesk.tools.sample_shop import generate_shop

    people, orders = generate_shop(customers, orders_per_customer=4.0)
    ds = build_dataset(people, CUSTOMER_ROLES, orders, ORDER_ROLES)
    segments = [Segment(name, node_from_json(rule)) for name, rule in SEGMENTS]
    evaluator = Evaluator(ds, as_of=AS_OF)
    masks = [evaluator.mask(s.rule) for s in segments]     # counting is the builder's work, not the export's
    frames = []
    if case in ("to_excel", "xlsxwriter"):
        frames = [select_rows(ds, m, COLUMNS, as_of=AS_OF).frame for m in masks]
    del people, orders
    out = Path(tempfile.mkdtemp()) / f"{case}.xlsx"
    rss, _ = _memory()
    _reset_peak()
    start = time.perf_counter()
    if case in ("segmentdesk", "contacts"):
        report = write_workbook(out, ds, segments, as_of=AS_OF, columns=COLUMNS if case == "segmentdesk" else None,
                                lang="fi")
        rows = report.rows
    elif case == "to_excel":
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            for name, frame in zip(sheet_names([s.name for s in segments]), frames):
                frame.to_excel(writer, sheet_name=name, index=False)
        rows = sum(len(f) for f in frames)
    else:
        book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        for name, frame in zip(sheet_names([s.name for s in segments]), frames):
            ws = book.add_worksheet(name)
            ws.write_row(0, 0, list(frame.columns))
            for r, row in enumerate(frame.itertuples(index=False, name=None), start=1):
                ws.write_row(r, 0, [None if v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v))
                                    else v for v in row])
        book.close()
        rows = sum(len(f) for f in frames)
    seconds = time.perf_counter() - start
    _, peak = _memory()
    size = out.stat().st_size
    out.unlink()
    return {"case": case, "seconds": seconds, "rows": rows, "added_mib": max(peak - rss, 0) / 2**20,
            "mib_file": size / 2**20, "customers": len(ds), "np": np.__version__}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each SegmentDesk case (median shown)")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.customers)))
        return
    load = os.getloadavg()
    runs: dict[str, list[dict]] = {}
    for case in ("to_excel", "xlsxwriter", "segmentdesk", "contacts"):
        for _ in range(max(args.repeat, 1) if case in ("segmentdesk", "contacts") else 1):
            done = subprocess.run([sys.executable, __file__, "--customers", str(args.customers), "--case", case],
                                  capture_output=True, text=True, check=True)
            runs.setdefault(case, []).append(json.loads(done.stdout.strip().splitlines()[-1]))
    seconds = {case: statistics.median(r["seconds"] for r in rs) for case, rs in runs.items()}
    memory = {case: max(r["added_mib"] for r in rs) for case, rs in runs.items()}
    base, floor = seconds["to_excel"], seconds["xlsxwriter"]
    first = runs["segmentdesk"][0]
    print(f"{first['customers']:,} customers, 8 segments, {first['rows']:,} rows of 13 columns; "
          f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    print(f"{'way':<38}{'seconds':>9}{'× faster than to_excel':>24}{'× raw xlsxwriter':>18}{'peak +MiB':>11}"
          f"  {'runs (s)'}")
    labels = {"to_excel": "to_excel(engine='openpyxl')", "xlsxwriter": "raw xlsxwriter, constant memory",
              "segmentdesk": "SegmentDesk workbook (13 columns)", "contacts": "SegmentDesk, contact columns only"}
    for case, rs in runs.items():
        each = ", ".join(f"{r['seconds']:.2f}" for r in rs) if len(rs) > 1 else ""
        print(f"{labels[case]:<38}{seconds[case]:>9.2f}{base / seconds[case]:>24.2f}{seconds[case] / floor:>18.2f}"
              f"{memory[case]:>11.0f}  {each}")
    targets = [("13 columns ≥ 2.5× faster than to_excel", base / seconds["segmentdesk"], 2.5, ">="),
               ("13 columns within 1.3× of raw xlsxwriter", seconds["segmentdesk"] / floor, 1.3, "<="),
               ("peak added memory ≤ 300 MiB", memory["segmentdesk"], 300, "<="),
               ("contact columns ≤ 4 s", seconds["contacts"], 4.0, "<=")]
    print("targets (#12): " + "; ".join(
        f"{name}: {value:.2f} {'met' if (value >= limit if sign == '>=' else value <= limit) else 'NOT met'}"
        for name, value, limit, sign in targets))


if __name__ == "__main__":
    main()
