"""The command line makes rolling backups around imports, as the user's settings say."""
from __future__ import annotations

from pathlib import Path

from segmentdesk.cli import main
from segmentdesk.core.project.backups import list_backups
from segmentdesk.core.project.store import load_project
from segmentdesk.core.settings import Settings, save_settings

DATA = Path(__file__).resolve().parent / "data"


def test_an_import_leaves_a_backup_of_the_new_project(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(project)]) == 0
    backups = list_backups(project)
    assert [b.reason for b in backups] == ["import"]
    assert len(load_project(backups[0].path).dataset) == len(load_project(project).dataset)


def test_a_reimport_backs_up_the_project_as_it_was_before(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(project)]) == 0
    before = project.read_bytes()
    (tmp_path / "s.segment.json").write_text(
        '{"format": "segmentdesk.segment/1", "name": "Kaikki", "rule": {"all": []}}', encoding="utf-8")
    assert main(["segment", "add", "--project", str(project), "--file", str(tmp_path / "s.segment.json")]) == 0
    assert project.read_bytes() != before
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(project)]) == 0
    reasons = [b.reason for b in list_backups(project)]
    assert reasons == ["import", "before_import", "import"]
    assert [s.name for s in load_project(list_backups(project)[1].path).segments] == ["Kaikki"]


def test_backups_switched_off_in_the_settings_are_not_made(tmp_path):
    save_settings(Settings(backups_enabled=False))
    project = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(project)]) == 0
    assert list_backups(project) == []
