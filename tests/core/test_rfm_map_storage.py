"""The project keeps its RFM group map: one small transaction per change, read back on open,
carried through saves, and the default grid when it holds none."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import field_values, find_field
from segmentdesk.core.data.rfm_groups import WITH_SPEND_MAP, GroupCell, GroupMap
from segmentdesk.core.errors import ProjectError, RfmMapError
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.rfm_map_meta import set_rfm_map
from segmentdesk.core.project.store import load_project, save_project

AS_OF = dt.date(2026, 11, 1)
EVERYONE = GroupMap((GroupCell("everyone", (1, 5), (1, 5)),))


@pytest.fixture
def saved(tmp_path):
    people = pd.DataFrame({"Nro": ["1", "2", "3"]}, dtype=object)
    lines = pd.DataFrame({"Asiakas": ["1", "2", "3"], "Pvm": ["2026-10-30", "2026-05-01", "2025-01-01"],
                          "Summa": [10.0, 20.0, 30.0]}, dtype=object)
    ds = build_dataset(people, {"customer_id": "Nro"}, lines,
                       {"customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"})
    path = tmp_path / "shop.segdesk"
    save_project(Project(dataset=ds), path)
    return path


def _groups(project) -> list:
    return field_values(project.dataset, find_field(project.dataset, "rfm_group"), AS_OF).tolist()


def test_a_project_without_a_map_uses_the_default_grid(saved):
    project = load_project(saved)
    assert project.rfm_map is None
    assert _groups(project) == ["promising", "hibernating", "hibernating"]      # R4·F1, R2·F1, R1·F1


def test_a_stored_map_is_read_back_and_decides_the_groups(saved):
    with ProjectFile.open(saved, write=True) as pf:
        assert set_rfm_map(pf, EVERYONE) is True
        assert set_rfm_map(pf, EVERYONE) is False          # unchanged: nothing written
    project = load_project(saved)
    assert project.rfm_map == EVERYONE
    assert _groups(project) == ["everyone"] * 3


def test_setting_the_map_writes_one_meta_row_and_nothing_else(saved):
    before = _rows(saved)
    with ProjectFile.open(saved, write=True) as pf:
        set_rfm_map(pf, WITH_SPEND_MAP)
    after = _rows(saved)
    assert {k: v for k, v in after.items() if before.get(k) != v} == {("meta", "rfm_groups"): WITH_SPEND_MAP.dumps()}


def _rows(path) -> dict:
    con = sqlite3.connect(path)
    try:
        rows = {("meta", k): v for k, v in con.execute("SELECT key, value FROM meta")}
        rows.update({("segments", i): t for i, t in con.execute("SELECT id, rule_json FROM segments")})
        rows.update({("data", t, p): len(d) for t, p, d in con.execute("SELECT tbl, position, data FROM column_data")})
        return rows
    finally:
        con.close()


def test_a_save_carries_the_map_and_back_to_default_removes_it(saved, tmp_path):
    project = load_project(saved)
    project.use_rfm_map(EVERYONE)
    save_project(project, saved, incremental=True)
    save_project(project, tmp_path / "copy.segdesk")            # Save As
    assert load_project(tmp_path / "copy.segdesk").rfm_map == EVERYONE
    project.use_rfm_map(None)
    save_project(project, saved, incremental=True)
    assert load_project(saved).rfm_map is None


def test_a_map_with_a_gap_is_refused_before_it_is_used(saved):
    project = load_project(saved)
    with pytest.raises(RfmMapError):
        project.use_rfm_map(GroupMap((GroupCell("recent", (4, 5), (1, 5)),)))
    assert project.rfm_map is None and project.dataset.rfm_map is None


def test_an_unusable_stored_map_makes_the_project_damaged_not_silently_default(saved):
    con = sqlite3.connect(saved)
    con.execute("INSERT INTO meta VALUES ('rfm_groups', '{\"format\": \"segmentdesk.rfm-groups/1\", \"cells\": []}')")
    con.commit()
    con.close()
    with pytest.raises(ProjectError) as caught:
        load_project(saved)
    assert caught.value.details["reason"] == "damaged"
