"""Files that are not (whole, current, writable) projects: a ProjectError with a reason, nothing overwritten."""
from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from segmentdesk.core.errors import ProjectError
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.schema import SCHEMA_VERSION
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.segments.model import Segment

FORMAT1 = Path(__file__).parent.parent / "data" / "format1.segdesk"


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = tmp_path / "kauppa.segdesk"
    save_project(load_project(FORMAT1), path)
    return path


def _reason(path: Path) -> str:
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    return caught.value.details["reason"]


def test_a_file_that_is_not_sqlite_is_not_a_project(tmp_path):
    path = tmp_path / "kuva.segdesk"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 4000)
    assert _reason(path) == "not_project"


def test_a_sqlite_file_of_another_program_is_not_a_project(tmp_path):
    path = tmp_path / "muu.segdesk"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.close()
    assert _reason(path) == "not_project"


def test_a_truncated_project_is_damaged_or_not_a_project(project_path):
    data = project_path.read_bytes()
    project_path.write_bytes(data[: len(data) // 3])
    assert _reason(project_path) in {"damaged", "not_project"}


def test_a_project_of_a_newer_format_is_refused(project_path):
    con = sqlite3.connect(project_path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'format'", (f"segmentdesk.project/{SCHEMA_VERSION + 1}",))
    con.commit()
    con.close()
    assert _reason(project_path) == "format"


def test_a_project_missing_a_table_is_damaged(project_path):
    con = sqlite3.connect(project_path)
    con.execute("DROP TABLE segments")
    con.commit()
    con.close()
    assert _reason(project_path) == "damaged"


def test_a_newer_project_is_not_upgraded_or_written(project_path):
    con = sqlite3.connect(project_path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'format'", (f"segmentdesk.project/{SCHEMA_VERSION + 1}",))
    con.commit()
    con.close()
    before = project_path.read_bytes()
    with pytest.raises(ProjectError):
        ProjectFile.open(project_path, write=True)
    assert project_path.read_bytes() == before


def test_a_read_only_project_file_is_refused_for_writing_and_left_as_it_was(project_path):
    before = project_path.read_bytes()
    project_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ProjectError) as caught:
            ProjectFile.open(project_path, write=True)
        assert caught.value.details["reason"] == "read_only"
        assert project_path.read_bytes() == before
        assert load_project(project_path).segments                  # still opens for reading
    finally:
        project_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_project_in_a_read_only_folder_is_refused_for_writing(project_path):
    folder = project_path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ProjectError) as caught:
            ProjectFile.open(project_path, write=True)
        assert caught.value.details["reason"] == "read_only"
        assert [s.name for s in load_project(project_path).segments] == ["Kahvin ystävät", "Toistuvat"]
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_failed_segment_write_leaves_the_project_as_it_was(project_path, monkeypatch):
    with ProjectFile.open(project_path, write=True) as pf:
        monkeypatch.setattr(pf, "_segment_id", lambda name: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O error")))
        with pytest.raises(ProjectError):
            pf.put_segment(Segment("Uusi"))
    assert [s.name for s in load_project(project_path).segments] == ["Kahvin ystävät", "Toistuvat"]


def test_a_missing_project_file_says_so(tmp_path):
    assert _reason(tmp_path / "ei.segdesk") == "missing"

