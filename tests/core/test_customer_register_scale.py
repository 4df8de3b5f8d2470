"""A customer edit at a million customers writes one row and takes no more than 50 ms."""
from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import Dataset, Table
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.store import save_project
from segmentdesk.core.register import operations as ops

N = 1_000_000
AT = dt.datetime(2026, 5, 1, 12, 0)


@pytest.fixture(scope="module")
def big_project(tmp_path_factory):
    """A generated project of a million customers (typed columns made directly: no text parsing)."""
    numbers = np.arange(1, N + 1).astype(str).astype(object)
    frame = pd.DataFrame({"Nro": numbers, "Email": "c" + pd.Series(numbers) + "@example.fi",
                          "Nimi": np.array(["Aino", "Eero", "Sanna"], dtype=object)[np.arange(N) % 3],
                          "Lupa": pd.array(np.arange(N) % 2 == 0, dtype="boolean")})
    table = Table(frame, {"Nro": "text", "Email": "text", "Nimi": "text", "Lupa": "boolean"},
                  {"customer_id": "Nro", "email": "Email", "first_name": "Nimi", "consent_email": "Lupa"})
    dataset = Dataset(table)
    path = tmp_path_factory.mktemp("scale") / "miljoona.segdesk"
    save_project(Project(dataset=dataset), path)
    return path, dataset


@pytest.mark.slow
def test_an_edit_at_a_million_customers_writes_one_row_within_50_ms(big_project):
    path, dataset = big_project
    edit = ops.edit_fields(dataset, "customer_id:500000", {"first_name": "Eetu"}, at=AT)
    with ProjectFile.open(path, write=True) as pf:
        # A first change, so the timed one measures an edit, not the WAL file being made.
        pf.change_register(ops.add_note("customer_id:1", "first", on=AT.date()))
        before = pf.connection.total_changes
        started = time.perf_counter()
        pf.change_register(edit)
        took = time.perf_counter() - started
        assert pf.connection.total_changes - before == 1
    assert took <= 0.050, f"{took * 1000:.1f} ms"
