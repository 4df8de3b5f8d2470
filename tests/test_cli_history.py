"""segmentdesk-cli history: segment sizes per snapshot and who moved between two snapshots."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from segmentdesk.cli import main
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile, Stamp
from segmentdesk.core.project.store import save_project
from segmentdesk.core.segments.model import Segment, node_from_json

ROLES = {"customer_id": "Nro", "email": "Email"}
SEGMENTS = [Segment(name, node_from_json({"field": "column:Taso", "op": "eq", "value": level}))
            for name, level in (("Gold", "A"), ("Silver", "B"))]
DAYS = (dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1))
LEVELS = ({"1": "A", "2": "A", "3": "B"}, {"1": "A", "2": "B", "3": "B"}, {"1": "B", "2": "B", "3": "B", "4": "A"})


def shop(levels: dict[str, str]):
    rows = [(nro, f"{nro}@x.fi", level) for nro, level in levels.items()]
    return build_dataset(pd.DataFrame(rows, columns=["Nro", "Email", "Taso"], dtype=object), ROLES)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "kauppa.segdesk"
    save_project(Project(dataset=shop(LEVELS[-1]), segments=[s.copy() for s in SEGMENTS]), path)
    with ProjectFile.open(path, write=True) as pf:
        for day, levels in zip(DAYS, LEVELS):
            pf.write_snapshot(shop(levels), SEGMENTS, reason="import", stamp=Stamp(dt.datetime.combine(day, dt.time()), day))
    return str(path)


def run_json(capsys, *args: str) -> dict:
    assert main(["history", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_each_segments_size_per_snapshot(project, capsys):
    doc = run_json(capsys, "--project", project)
    gold = next(s for s in doc["segments"] if s["name"] == "Gold")
    assert [(p["as_of"], p["count"]) for p in gold["points"]] == [("2026-09-01", 2), ("2026-10-01", 1), ("2026-11-01", 1)]
    assert len(doc["snapshots"]) == 3


def test_without_from_and_to_the_last_two_snapshots_are_compared(project, capsys):
    migration = run_json(capsys, "--project", project)["migration"]
    assert (migration["from"], migration["to"]) == (2, 3)
    assert migration["rows"][-2:] == [{"state": "none"}, {"state": "new"}]
    gold, silver = migration["rows"].index("Gold"), migration["columns"].index("Silver")
    assert migration["counts"][gold][silver] == 1


def test_from_and_to_take_dates_and_the_flows_come_in_words(project, capsys):
    migration = run_json(capsys, "--project", project, "--from", "2026-09-01", "--to", "2026-10-01")["migration"]
    assert migration["flows"][0]["text"] == "1 customer moved from “Gold” to “Silver”"


def test_segment_keeps_its_line_and_its_flows(project, capsys):
    doc = run_json(capsys, "--project", project, "--segment", "Silver", "--lang", "fi")
    assert [s["name"] for s in doc["segments"]] == ["Silver"]
    assert all("Silver" in (f["from"], f["to"]) for f in doc["migration"]["flows"])
    assert doc["migration"]["flows"][0]["text"].endswith("segmenttiin ”Silver”")


def test_human_output_names_the_snapshots_and_the_moves(project, capsys):
    assert main(["history", "--project", project]) == 0
    out = capsys.readouterr().out
    assert "3 snapshots" in out and "1 customer moved from “Gold” to “Silver”" in out


def test_an_unknown_snapshot_is_a_usage_error(project, capsys):
    assert main(["history", "--project", project, "--from", "9", "--to", "2"]) == 2
    assert "no snapshot" in capsys.readouterr().err


def test_json_rows_add_up_to_the_sizes_at_from_and_columns_to_the_sizes_at_to(project, capsys):
    doc = run_json(capsys, "--project", project, "--from", "1", "--to", "3")
    m = doc["migration"]
    size = {(s["name"], p["snapshot"]): p["count"] for s in doc["segments"] for p in s["points"]}
    assert m["rows"][2:] == [{"state": "other"}, {"state": "none"}, {"state": "new"}]
    for i, name in enumerate(m["rows"][:2]):
        assert sum(m["counts"][i]) == size[(name, 1)]
    for j, name in enumerate(m["columns"][:2]):
        assert sum(row[j] for row in m["counts"]) == size[(name, 3)]
