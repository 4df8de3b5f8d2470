"""A sample-shop project with a history: snapshots as if the shop had imported its files every two months.

Each snapshot sees the sample's customers and orders as they stood on its date (orders after it
left out, customers whose first order came later not yet there), evaluated at that date.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from segmentdesk.core.data.dataset import Dataset, Table
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile, Stamp
from segmentdesk.core.project.store import save_project
from segmentdesk.core.segments.model import load_segment_file
from segmentdesk.paths import sample_dir

DATES = (dt.date(2026, 5, 1), dt.date(2026, 7, 1), dt.date(2026, 9, 1), dt.date(2026, 11, 1))


def as_it_stood(ds: Dataset, day: dt.date) -> Dataset:
    """``ds`` with the orders after ``day`` left out and the customers who had not bought by then and ordered later."""
    when = ds.orders.role_column("order_date").to_numpy(dtype="datetime64[ns]")
    kept_orders = ~(when > np.datetime64(day))
    first = ds.metrics["first_order_date"].to_numpy(dtype="datetime64[ns]")
    kept = ~(first > np.datetime64(day))
    customers = Table(ds.customers.frame[kept].reset_index(drop=True), ds.customers.kinds, ds.customers.roles)
    orders = Table(ds.orders.frame[kept_orders].reset_index(drop=True), ds.orders.kinds, ds.orders.roles)
    return Dataset(customers, orders)


def make_sample_history(path: Path, dates: tuple[dt.date, ...] = DATES) -> Path:
    """A project at ``path``: the sample shop as of the last date, with one import snapshot per date."""
    sample = sample_dir()
    full = run_import(ImportPlan.for_files(sample / "customers.xlsx", orders=sample / "orders.csv"),
                      as_of=dates[-1], warm=False, count_problems=False).dataset
    segments = [load_segment_file(p) for p in sorted((sample / "segments").glob("*.segment.json"))]
    save_project(Project(dataset=as_it_stood(full, dates[-1]), segments=segments), path)
    with ProjectFile.open(path, write=True) as pf:
        for day in dates:
            pf.write_snapshot(as_it_stood(full, day), segments, reason="import",
                              stamp=Stamp(dt.datetime.combine(day, dt.time(9)), day))
    return path
