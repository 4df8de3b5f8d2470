"""The command line on project files it cannot use: one line on stderr, exit 2, the file untouched."""
from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from segmentdesk.cli import main

FORMAT1 = Path(__file__).parent / "data" / "format1.segdesk"


@pytest.fixture
def segment_file(tmp_path) -> Path:
    path = tmp_path / "s.segment.json"
    path.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "Uusi",
                                "rule": {"all": [{"field": "order_count", "op": "ge", "value": 1}]}}), encoding="utf-8")
    return path


def _fails_in_one_line(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    return err


def test_a_project_that_is_not_sqlite_gives_exit_2_in_one_line(tmp_path, capsys):
    path = tmp_path / "p.segdesk"
    path.write_text("no project here\n" * 100)
    assert "not a SegmentDesk project" in _fails_in_one_line(capsys, "segments", "--project", str(path))


def test_a_newer_project_gives_exit_2_and_is_not_changed(tmp_path, capsys, segment_file):
    path = tmp_path / "p.segdesk"
    shutil.copyfile(FORMAT1, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = 'segmentdesk.project/7' WHERE key = 'format'")
    con.commit()
    con.close()
    before = path.read_bytes()
    assert "newer" in _fails_in_one_line(capsys, "segment", "add", "--project", str(path), "--file", str(segment_file))
    assert path.read_bytes() == before


def test_segment_add_to_a_read_only_project_gives_exit_2_and_changes_nothing(tmp_path, capsys, segment_file):
    path = tmp_path / "p.segdesk"
    shutil.copyfile(FORMAT1, path)
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR)
    try:
        assert "read-only" in _fails_in_one_line(capsys, "segment", "add", "--project", str(path),
                                                 "--file", str(segment_file))
        assert path.read_bytes() == before
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_segment_add_upgrades_a_format1_project_and_adds_one_segment(tmp_path, capsys, segment_file):
    path = tmp_path / "p.segdesk"
    shutil.copyfile(FORMAT1, path)
    assert main(["segment", "add", "--project", str(path), "--file", str(segment_file)]) == 0
    capsys.readouterr()
    assert main(["segments", "--project", str(path), "--json", "--as-of", "2026-01-01"]) == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)]
    assert names == ["Kahvin ystävät", "Toistuvat", "Uusi"]


def test_each_cli_import_records_one_import_snapshot(tmp_path, capsys, segment_file):
    from segmentdesk.core.project.store import list_snapshots

    data = Path(__file__).parent / "data"
    path = tmp_path / "p.segdesk"
    files = [str(data / "customers_fi.csv"), "--orders", str(data / "orders_fi.csv"), "--project", str(path)]
    assert main(["import", *files]) == 0
    assert main(["segment", "add", "--project", str(path), "--file", str(segment_file)]) == 0
    assert main(["import", *files]) == 0
    assert [s.reason for s in list_snapshots(path)] == ["import", "import"]
