"""A cluster run kept in the project: the ``cluster`` field by stable key, one transaction per change."""
from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.analytics.cluster_field import with_cluster_field
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields
from segmentdesk.core.project.cluster_runs import cluster_run, cluster_values, put_cluster_run
from segmentdesk.core.project.erase import erase_person
from segmentdesk.core.project.person_match import PersonQuery
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.schema import SCHEMA_VERSION
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import segment_from_json

AS_OF = dt.date(2026, 11, 1)
MADE = dt.datetime(2026, 11, 2, 9, 30)


def customers(ids: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"Nro": ids, "Email": [f"{i}@x.fi" for i in ids], "A": [float(len(i)) for i in ids]},
                        dtype=object)


def dataset(ids: list[str]):
    return build_dataset(customers(ids), {"customer_id": "Nro", "email": "Email"})


def run_of(ds, labels, names=("Uskolliset", "Satunnaiset")):
    return cluster_run(ds, np.array(labels), names=list(names), fields=["column:A"], as_of=AS_OF, made_at=MADE)


def test_the_cluster_field_answers_rules_with_the_cluster_names():
    ds = dataset(["1", "2", "3"])
    clustered = with_cluster_field(ds, cluster_values(ds, run_of(ds, [0, 1, 0])))
    assert "cluster" in {f.name for f in available_fields(clustered)}
    rule = segment_from_json({"name": "U", "rule": {"all": [
        {"field": "cluster", "op": "in", "value": ["uskolliset"]}]}}).rule
    assert Evaluator(clustered, as_of=AS_OF).mask(rule).tolist() == [True, False, True]


def test_a_saved_run_comes_back_on_opening_as_the_cluster_field(tmp_path):
    ds = dataset(["1", "2", "3"])
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds, cluster_run=run_of(ds, [0, 1, -1])), path)
    project = load_project(path)
    assert project.cluster_run.names == ("Uskolliset", "Satunnaiset")
    assert project.dataset.metrics["cluster"].tolist() == ["Uskolliset", "Satunnaiset", None]


def test_the_run_follows_customers_by_key_not_by_row(tmp_path):
    ds = dataset(["1", "2", "3"])
    reordered = dataset(["3", "4", "1"])          # a re-import: other rows, one new customer
    values = cluster_values(reordered, run_of(ds, [0, 1, 1]))
    assert values.tolist() == ["Satunnaiset", None, "Uskolliset"]


def test_putting_a_run_is_its_own_transaction_that_writes_only_the_run(tmp_path):
    ds = dataset(["1", "2"])
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds), path)
    with ProjectFile.open(path, write=True) as pf:
        before = pf.connection.total_changes
        put_cluster_run(pf, run_of(ds, [1, 0]))
        assert pf.connection.total_changes - before == 1          # the run's one row, nothing else
    assert load_project(path).dataset.metrics["cluster"].tolist() == ["Satunnaiset", "Uskolliset"]


def test_saving_an_unchanged_run_writes_nothing(tmp_path):
    ds = dataset(["1", "2"])
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds, cluster_run=run_of(ds, [1, 0])), path)
    project = load_project(path)
    with ProjectFile.open(path, write=True) as pf:
        before = pf.connection.total_changes
        pf.sync(project)
        assert pf.connection.total_changes == before


def test_renamed_clusters_are_stored(tmp_path):
    ds = dataset(["1", "2"])
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds, cluster_run=run_of(ds, [1, 0])), path)
    project = load_project(path)
    project.cluster_run = project.cluster_run.renamed(["Kanta", "Muut"])
    save_project(project, path, incremental=True)
    assert load_project(path).dataset.metrics["cluster"].tolist() == ["Muut", "Kanta"]


def test_a_format_4_file_is_upgraded_with_an_empty_cluster_table_on_its_first_write(tmp_path):
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=dataset(["1"])), path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE cluster_runs")
    con.execute("UPDATE meta SET value = 'segmentdesk.project/4' WHERE key = 'format'")
    con.commit()
    con.close()
    assert load_project(path).cluster_run is None
    ds = load_project(path).dataset
    with ProjectFile.open(path, write=True) as pf:
        put_cluster_run(pf, run_of(ds, [0], names=("Yksi",)))
        assert pf.version == SCHEMA_VERSION == 5
    assert load_project(path).dataset.metrics["cluster"].tolist() == ["Yksi"]


def test_erasing_a_person_takes_their_key_out_of_the_run(tmp_path):
    ds = dataset(["1", "2", "3"])
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds, cluster_run=run_of(ds, [0, 1, 0])), path)
    erase_person(path, PersonQuery(customer_id="2"), at=MADE, backup_root=tmp_path / "backups")
    assert load_project(path).cluster_run.keys == ("1", "3")


def test_the_cluster_field_keeps_the_projects_rfm_groups():
    ds = dataset(["1", "2"])
    ds.rfm_map = object()          # the project's own group map, whatever it is
    assert with_cluster_field(ds, cluster_values(ds, run_of(ds, [0, 1]))).rfm_map is ds.rfm_map
