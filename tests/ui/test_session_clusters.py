"""The session keeps the cluster run: the ``cluster`` field follows it through edits, imports and saves."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.cluster_runs import cluster_run
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.ui.session import Change, Session

ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi"}
AS_OF = dt.date(2026, 5, 1)


def frame() -> pd.DataFrame:
    return pd.DataFrame([("1", "aino@example.fi", "Aino"), ("2", "eero@example.fi", "Eero"),
                         ("3", "liisa@example.fi", "Liisa")], columns=["Nro", "Email", "Nimi"], dtype=object)


@pytest.fixture
def session(qapp, tmp_path):
    path = tmp_path / "klusterit.segdesk"
    save_project(Project(dataset=build_dataset(frame(), ROLES)), path)
    s = Session(as_of=AS_OF)
    s.open(path)
    return s


def keep(session, labels, names=("Kanta", "Muut")):
    run = cluster_run(session.dataset, np.array(labels), names=list(names), fields=["order_count"], as_of=AS_OF,
                      made_at=dt.datetime(2026, 5, 1, 12))
    session.set_cluster_run(run)


def clusters(session) -> list[object]:
    return session.dataset.metrics["cluster"].tolist()


def test_keeping_a_run_makes_the_cluster_field_and_announces_new_data(session):
    seen = []
    session.changed.connect(lambda change, _who: seen.append(change))
    keep(session, [0, 1, 0])
    assert clusters(session) == ["Kanta", "Muut", "Kanta"]
    assert seen and seen[0] & Change.DATA and session.dirty


def test_the_cluster_field_outlives_a_customer_edit(session):
    keep(session, [0, 1, 0])
    session.edit_customer("customer_id:2", {"first_name": "Eetu"})
    assert clusters(session) == ["Kanta", "Muut", "Kanta"]


def test_an_import_keeps_each_customers_cluster_by_key(session):
    keep(session, [0, 1, 0])
    newer = pd.concat([frame().iloc[[2, 0]], pd.DataFrame([("4", "uusi@example.fi", "Uusi")],
                                                         columns=["Nro", "Email", "Nimi"])], ignore_index=True)
    session.set_dataset(build_dataset(newer, ROLES), sources={}, at=dt.datetime(2026, 5, 2))
    assert clusters(session) == ["Kanta", "Kanta", None]


def test_a_saved_window_keeps_the_run(session):
    keep(session, [0, 1, 1], names=("Yksi", "Kaksi"))
    path = session.path
    save_project(session.snapshot(), path, incremental=True)
    assert load_project(path).dataset.metrics["cluster"].tolist() == ["Yksi", "Kaksi", "Kaksi"]
