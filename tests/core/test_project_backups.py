"""Rolling backups: SQLite copies in the data folder, newest first, the last N kept, restorable."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from segmentdesk.core.errors import BackupError
from segmentdesk.core.project.backups import (backup_folder, backups_root, latest_backup, list_backups,
                                              make_backup, restore_backup)
from segmentdesk.core.settings import Settings, load_settings

AT = dt.datetime(2026, 12, 5, 18, 0)


def make_db(path: Path, value: str) -> Path:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS t (v TEXT)")
        con.execute("INSERT INTO t VALUES (?)", (value,))
    con.close()
    return path


def values(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [v for (v,) in con.execute("SELECT v FROM t ORDER BY rowid")]
    finally:
        con.close()


def at(minutes: int) -> dt.datetime:
    return AT + dt.timedelta(minutes=minutes)


def test_backups_live_in_the_platform_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert backups_root() == tmp_path / "data" / "SegmentDesk" / "backups"


def test_backup_is_a_readable_copy_of_the_project(tmp_path):
    project = make_db(tmp_path / "kauppa.segdesk", "a")
    backup = make_backup(project, at=AT, reason="open", root=tmp_path / "b")
    assert values(backup.path) == ["a"]
    assert backup.path.parent == backup_folder(project, root=tmp_path / "b")


def test_backup_copies_what_is_still_in_the_write_ahead_log(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    con = sqlite3.connect(project)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    with con:
        con.execute("CREATE TABLE t (v TEXT)")
        con.execute("INSERT INTO t VALUES ('in the wal')")
    try:
        backup = make_backup(project, at=AT, reason="open", root=tmp_path / "b")
    finally:
        con.close()
    assert values(backup.path) == ["in the wal"]


def test_projects_of_the_same_name_in_different_folders_keep_apart(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    assert backup_folder(tmp_path / "x" / "p.segdesk", root=tmp_path) != backup_folder(tmp_path / "y" / "p.segdesk",
                                                                                        root=tmp_path)


def test_only_the_newest_backups_are_kept_newest_first(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    for i in range(7):
        make_db(project, str(i))
        make_backup(project, at=at(i), reason="import", keep=5, root=tmp_path / "b")
    backups = list_backups(project, root=tmp_path / "b")
    assert [b.made for b in backups] == [at(i) for i in (6, 5, 4, 3, 2)]
    assert values(backups[0].path) == [str(i) for i in range(7)]
    assert len(list(backups[0].path.parent.iterdir())) == 10          # five copies, five notes


def test_unchanged_project_is_not_backed_up_twice(tmp_path):
    project = make_db(tmp_path / "kauppa.segdesk", "a")
    assert make_backup(project, at=at(0), reason="open", root=tmp_path / "b") is not None
    assert make_backup(project, at=at(1), reason="open", root=tmp_path / "b") is None
    assert len(list_backups(project, root=tmp_path / "b")) == 1


def test_two_backups_in_one_second_both_kept_in_order(tmp_path):
    project = make_db(tmp_path / "kauppa.segdesk", "a")
    make_backup(project, at=AT, reason="before_import", root=tmp_path / "b")
    make_db(project, "b")
    second = make_backup(project, at=AT, reason="import", root=tmp_path / "b")
    assert [b.path for b in list_backups(project, root=tmp_path / "b")][0] == second.path
    assert latest_backup(project, root=tmp_path / "b").reason == "import"


def test_missing_project_makes_no_backup(tmp_path):
    assert make_backup(tmp_path / "none.segdesk", at=AT, reason="open", root=tmp_path / "b") is None


def test_a_file_that_is_not_sqlite_cannot_be_backed_up(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    project.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError):
        make_backup(project, at=AT, reason="open", root=tmp_path / "b")


def test_restoring_puts_the_backup_in_place_and_keeps_the_damaged_file_beside(tmp_path):
    project = make_db(tmp_path / "kauppa.segdesk", "good")
    make_backup(project, at=AT, reason="open", root=tmp_path / "b")
    project.write_bytes(b"garbage")
    (tmp_path / "kauppa.segdesk-wal").write_bytes(b"old wal")
    kept = restore_backup(latest_backup(project, root=tmp_path / "b"), project, at=at(5))
    assert values(project) == ["good"]
    assert kept == tmp_path / "kauppa (damaged 2026-12-05 180500).segdesk"
    assert kept.read_bytes() == b"garbage"
    assert not (tmp_path / "kauppa.segdesk-wal").exists()
    assert (tmp_path / "kauppa (damaged 2026-12-05 180500).segdesk-wal").read_bytes() == b"old wal"


def test_backup_settings_default_to_five_copies_and_autosave_every_five_minutes(tmp_path):
    s = Settings()
    assert (s.backups_enabled, s.backup_count, s.autosave_minutes) == (True, 5, 5)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "language": "fi"}), encoding="utf-8")
    assert load_settings(path).backup_count == 5
