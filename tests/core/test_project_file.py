"""Format 2 and its single-change writes; format-1 files opening and upgrading in place."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import Dataset
from segmentdesk.core.project import column_tables
from segmentdesk.core.project.project import AuditEntry, Project
from segmentdesk.core.project.project_file import ProjectFile, Stamp
from segmentdesk.core.project.schema import FORMAT
from segmentdesk.core.project.store import list_snapshots, load_project, read_snapshot, save_project
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.figures import segment_figures
from segmentdesk.core.segments.model import Persona, Segment, node_from_json

DATA = Path(__file__).parent.parent / "data"
FORMAT1 = DATA / "format1.segdesk"
AS_OF = dt.date(2026, 1, 1)


@pytest.fixture
def old_project(tmp_path) -> Path:
    path = tmp_path / "vanha.segdesk"
    shutil.copyfile(FORMAT1, path)
    return path


def _format(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0]
    finally:
        con.close()


def _figures(project) -> list[dict]:
    ev = Evaluator(project.dataset, as_of=AS_OF, segments=project.segment_map())
    out = []
    for s in project.segments:
        f = segment_figures(project.dataset, ev.mask(s.rule))
        out.append({"name": s.name, "count": f.count, "reachable": f.reachable,
                    "revenue_share": round(f.revenue_share, 6), "avg_spend": round(f.avg_spend, 2)})
    return out


def _expected() -> list[dict]:
    return [{k: r[k] for k in ("name", "count", "reachable", "revenue_share", "avg_spend")}
            for r in json.loads((DATA / "format1.segments.json").read_text(encoding="utf-8"))]


def _segment(name: str, n: int = 2) -> Segment:
    return Segment(name, node_from_json({"all": [{"field": "order_count", "op": "ge", "value": n}]}))


def test_format1_project_opens_with_its_data_segments_and_log(old_project):
    project = load_project(old_project)
    assert len(project.dataset) == 8 and len(project.dataset.orders.frame) == 10
    assert _figures(project) == _expected()
    assert [e.action for e in project.audit] == ["import", "export"]
    assert _format(old_project) == "segmentdesk.project/1"          # reading changes nothing


def test_format1_project_is_upgraded_in_place_on_its_first_write(old_project):
    with ProjectFile.open(old_project, write=True) as pf:
        pf.append_log(AuditEntry(dt.datetime(2026, 1, 2, 9, 0), "export", {"rows": 1}))
    assert _format(old_project) == FORMAT
    project = load_project(old_project)
    assert _figures(project) == _expected()
    assert [e.action for e in project.audit] == ["import", "export", "export"]


def test_upgraded_project_uses_the_wal_journal(old_project):
    with ProjectFile.open(old_project, write=True) as pf:
        pf.put_segment(_segment("Uusi"))
    con = sqlite3.connect(old_project)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_put_segment_writes_one_row_and_leaves_the_data_alone(old_project):
    with ProjectFile.open(old_project, write=True) as pf:
        pf.append_log(AuditEntry(dt.datetime(2026, 1, 2), "note", {}))     # upgrade first
    con = sqlite3.connect(old_project)
    data_before = con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()
    con.close()
    with ProjectFile.open(old_project, write=True) as pf:
        assert pf.put_segment(_segment("Uusi")) is False
        assert pf.put_segment(_segment("UUSI", 3)) is True                  # same name in another case
    con = sqlite3.connect(old_project)
    assert con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone() == data_before
    con.close()
    project = load_project(old_project)
    assert [s.name for s in project.segments] == ["Kahvin ystävät", "Toistuvat", "UUSI"]


def _data_id(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0]
    finally:
        con.close()


def test_a_project_knows_which_stored_data_it_holds_after_open_and_after_save(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    saved = load_project(old_project)
    save_project(saved, path)
    assert saved.data_id == _data_id(path)
    assert load_project(path).data_id == _data_id(path)


def test_replacing_the_dataset_forgets_its_stored_id_so_the_save_writes_the_data(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    project, before = load_project(path), _data_id(path)
    project.dataset = Dataset(project.dataset.customers, project.dataset.orders)
    assert project.data_id is None
    save_project(project, path, incremental=True)
    assert _data_id(path) != before and project.data_id == _data_id(path)


def test_a_copy_that_was_saved_tells_the_original_which_data_the_file_holds(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    project = load_project(path)
    project.dataset = Dataset(project.dataset.customers, project.dataset.orders)      # an import in the window
    copy = Project(dataset=project.dataset, segments=list(project.segments), audit=list(project.audit))
    save_project(copy, path, incremental=True)                                       # a worker's save
    project.stored_like(copy)
    written = _data_id(path)
    save_project(project, path, incremental=True)
    assert project.data_id == written == _data_id(path)


def test_incremental_save_keeps_the_data_row_untouched(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    project = load_project(path)
    con = sqlite3.connect(path)
    data_id = con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0]
    con.close()
    project.put_segment(_segment("Uusi"))
    project.log("export", at=dt.datetime(2026, 1, 3), rows=2)
    save_project(project, path, incremental=True)
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0] == data_id
    con.close()
    again = load_project(path)
    assert [s.name for s in again.segments][-1] == "Uusi"
    assert [e.action for e in again.audit] == ["import", "export", "export"]


def test_incremental_save_deletes_and_reorders_segments(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    project = load_project(path)
    project.segments = [_segment("Kolmas"), project.segments[0]]
    save_project(project, path, incremental=True)
    assert [s.name for s in load_project(path).segments] == ["Kolmas", "Kahvin ystävät"]


def test_rename_and_order_keep_segment_rows(tmp_path, old_project):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    with ProjectFile.open(path, write=True) as pf:
        pf.rename_segment("Toistuvat", _segment("Kanta-asiakkaat"))
        pf.set_segment_order(["Kanta-asiakkaat", "Kahvin ystävät"])
        assert pf.delete_segment("kahvin YSTÄVÄT") is True
    assert [s.name for s in load_project(path).segments] == ["Kanta-asiakkaat"]


def test_replace_data_changes_data_and_logs_in_one_go(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    project = load_project(old_project)
    save_project(project, path)
    entry = AuditEntry(dt.datetime(2026, 2, 1), "import", {"customers": 8})
    with ProjectFile.open(path, write=True) as pf:
        pf.replace_data(project.dataset, sources={"customers": "b.csv"}, log=entry)
    again = load_project(path)
    assert again.sources == {"customers": "b.csv"}
    assert again.audit[-1].action == "import"
    assert _figures(again) == _expected()


def test_stored_links_and_metrics_equal_those_derived_again(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    opened = load_project(path).dataset
    derived = Dataset(opened.customers, opened.orders)
    pd.testing.assert_frame_equal(opened.metrics, derived.metrics)
    assert opened.order_customer_pos.tolist() == derived.order_customer_pos.tolist()
    assert opened.order_codes.tolist() == derived.order_codes.tolist()
    assert opened.link_by == derived.link_by


def test_metrics_of_another_derivation_version_are_derived_again(old_project, tmp_path, monkeypatch):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    monkeypatch.setattr(column_tables, "DERIVED_VERSION", "999")
    calls = []
    derive = Dataset._metrics
    monkeypatch.setattr(Dataset, "_metrics", lambda self: calls.append(1) or derive(self))
    load_project(path)
    assert calls == [1]


# -- snapshots ------------------------------------------------------------------------------------
def test_replace_data_records_an_import_snapshot_of_the_stored_segments(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    project = load_project(old_project)
    save_project(project, path)
    stamp = Stamp(taken_at=dt.datetime(2026, 2, 1, 8, 0), as_of=AS_OF)
    with ProjectFile.open(path, write=True) as pf:
        pf.replace_data(project.dataset, snapshot=stamp)
        [info] = pf.snapshots()
        assert (info.reason, info.as_of, info.key_role) == ("import", AS_OF, "customer_id")
        figures = pf.snapshot(info.id)
    assert [(s.name, s.count, s.reachable) for s in figures] == [(r["name"], r["count"], r["reachable"])
                                                                   for r in _expected()]


def test_snapshot_membership_is_kept_by_customer_number_not_row(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    project = load_project(old_project)
    save_project(project, path)
    ds = project.dataset
    ev = Evaluator(ds, as_of=AS_OF, segments=project.segment_map())
    mask = ev.mask(project.segments[1].rule)
    expected = sorted(ds.customers.role_column("customer_id")[mask].str.casefold())
    with ProjectFile.open(path, write=True) as pf:
        sid = pf.write_snapshot(ds, project.segments, reason="manual", stamp=Stamp(dt.datetime(2026, 2, 1), AS_OF))
        members = pf.snapshot(sid)[1].members
    assert sorted(members) == expected and len(members) == 2


def test_snapshot_figures_hold_revenue_order_value_and_frequency(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    project = load_project(old_project)
    save_project(project, path)
    ds = project.dataset
    mask = Evaluator(ds, as_of=AS_OF, segments=project.segment_map()).mask(project.segments[1].rule)
    spend, orders = ds.metrics["total_spend"][mask].sum(), ds.metrics["order_count"][mask].sum()
    with ProjectFile.open(path, write=True) as pf:
        sid = pf.write_snapshot(ds, project.segments, reason="manual", stamp=Stamp(dt.datetime(2026, 2, 1), AS_OF))
        seg = pf.snapshot(sid)[1]
    assert seg.revenue == pytest.approx(spend)
    assert seg.avg_order_value == pytest.approx(spend / orders)
    assert seg.order_frequency == pytest.approx(orders / mask.sum())


def test_saving_a_format1_project_records_no_import_snapshot(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path, snapshot=Stamp(dt.datetime(2026, 2, 1), AS_OF))
    assert list_snapshots(path) == []


def test_save_after_an_import_records_one_snapshot_and_save_as_keeps_them(old_project, tmp_path):
    path, copy = tmp_path / "uusi.segdesk", tmp_path / "kopio.segdesk"
    project = load_project(old_project)
    project.dataset = Dataset(project.dataset.customers, project.dataset.orders)     # as an import makes it
    stamp = Stamp(dt.datetime(2026, 2, 1), AS_OF)
    save_project(project, path, snapshot=stamp)
    project.put_segment(_segment("Uusi"))
    save_project(project, path, incremental=True, snapshot=stamp)          # no new data: no snapshot
    assert len(list_snapshots(path)) == 1
    save_project(project, copy, snapshot=stamp, history_from=path)
    assert [s.reason for s in list_snapshots(copy)] == ["import"]
    assert [s.name for s in read_snapshot(copy, list_snapshots(copy)[0].id)] == ["Kahvin ystävät", "Toistuvat"]


def test_a_persona_edit_is_one_segment_row_written_and_read_back(old_project, tmp_path):
    path = tmp_path / "uusi.segdesk"
    save_project(load_project(old_project), path)
    project = load_project(path)
    project.segments[0] = dataclasses.replace(project.segments[0], persona=Persona("Kahvi-Kalle", "Juo tummaa."))
    con = sqlite3.connect(path)
    rows_before = con.execute("SELECT id, name FROM segments ORDER BY id").fetchall()
    data_id = con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0]
    con.close()
    save_project(project, path, incremental=True)
    con = sqlite3.connect(path)
    assert con.execute("SELECT id, name FROM segments ORDER BY id").fetchall() == rows_before
    assert con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0] == data_id
    con.close()
    assert load_project(path).segments[0].persona == Persona("Kahvi-Kalle", "Juo tummaa.")
