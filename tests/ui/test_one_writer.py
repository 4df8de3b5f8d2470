"""The window as one writer: it holds the open project's lock, opens a project held elsewhere
read-only, warns about synced folders, keeps backups, offers the latest one for a damaged project
and saves by itself every few minutes."""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.project.backups import list_backups
from segmentdesk.core.project.lock import lock_path, read_holder
from segmentdesk.core.project.store import load_project, save_project

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(path)]) == 0
    capsys.readouterr()
    return path


def held_elsewhere(project: Path) -> None:
    """A lock of a window on another computer (its process cannot be seen from here)."""
    lock_path(project).write_text(json.dumps({"app": "SegmentDesk", "purpose": "window", "user": "liisa",
                                              "host": "kassakone", "pid": 4242, "since": "2026-12-05T09:30:00"}),
                                  encoding="utf-8")


def test_the_window_holds_the_lock_of_the_open_project_until_it_closes(window, project):
    window.files.open_path(project)
    holder = read_holder(project)
    assert (holder.pid, holder.host, holder.purpose) == (os.getpid(), socket.gethostname(), "window")
    window.close()
    assert not lock_path(project).exists()


def test_opening_another_project_releases_the_first_ones_lock(window, project, tmp_path):
    other = tmp_path / "toinen.segdesk"
    save_project(load_project(project), other)
    window.files.open_path(project)
    window.files.open_path(other)
    assert not lock_path(project).exists() and lock_path(other).exists()


def test_a_project_held_elsewhere_opens_read_only_with_a_notice(window, project, messages):
    held_elsewhere(project)
    window.files.open_path(project)
    assert window.session.dataset is not None
    title, text = messages[-1]
    assert title == "Opened read-only"
    assert "on kassakone by liisa since" in text and "Save As" in text
    assert window.files.read_only
    assert not window.menus.save_action.isEnabled() and window.menus.save_as_action.isEnabled()
    assert "(read-only)" in window.windowTitle()


def test_saving_a_read_only_project_asks_for_another_name(window, project, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog
    held_elsewhere(project)
    window.files.open_path(project)
    before = project.read_bytes()
    window.session.add_segment()
    copy = tmp_path / "oma.segdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    assert window.files.save()
    assert project.read_bytes() == before
    assert read_holder(copy).pid == os.getpid()
    assert not window.files.read_only


def test_a_project_in_a_synced_folder_shows_a_warning_with_the_reason(window, project, tmp_path):
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    moved = synced / "kauppa.segdesk"
    save_project(load_project(project), moved)
    window.files.open_path(moved)
    assert window.status_synced.isVisibleTo(window)
    assert "Dropbox" in window.status_synced.text()
    assert "two computers" in window.status_synced.toolTip()


def test_a_project_in_an_ordinary_folder_shows_no_sync_warning(window, project):
    window.files.open_path(project)
    assert not window.status_synced.isVisibleTo(window)


def test_opening_a_project_backs_it_up(window, tmp_path):
    path = tmp_path / "kauppa.segdesk"
    save_project(load_project_from_cli(tmp_path), path)
    window.files.open_path(path)
    assert [b.reason for b in list_backups(path)] == ["open"]


def load_project_from_cli(tmp_path):
    made = tmp_path / "made" / "p.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(made)]) == 0
    return load_project(made)


def test_saving_after_an_import_backs_the_project_up(window, accept_dialogs, tmp_path, capsys):
    path = tmp_path / "uusi.segdesk"
    assert window.files.import_path(DATA / "customers_fi.csv")
    assert window.files.save_to(path)
    assert [b.reason for b in list_backups(path)] == ["import"]


def test_a_damaged_project_offers_its_latest_backup_and_keeps_the_damaged_file(window, project, messages):
    names = len(load_project(project).dataset)
    project.write_bytes(b"not a project any more" * 500)
    window.files.open_path(project)
    assert "backup of this project" in messages[0][1]
    assert window.session.path == project and len(window.session.dataset) == names
    kept = [p for p in project.parent.iterdir() if "(damaged " in p.name and p.suffix == ".segdesk"]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"not a project")


def test_a_damaged_project_without_a_backup_says_it_cannot_be_opened(window, tmp_path, messages):
    path = tmp_path / "rikki.segdesk"
    path.write_bytes(b"not a project" * 500)
    window.files.open_path(path)
    assert messages[-1][0] == "Cannot open the project"
    assert window.session.dataset is None
    assert not lock_path(path).exists()


def test_autosave_saves_a_changed_project_on_its_interval(window, project, qtbot):
    window.files.open_path(project)
    window.session.add_segment()
    assert window.session.dirty
    window.autosave.set_interval_ms(50)
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    assert len(load_project(project).segments) == len(window.session.segments)


def test_autosave_leaves_an_unchanged_project_alone(window, project, qtbot, monkeypatch):
    window.files.open_path(project)
    saves = []
    monkeypatch.setattr(window.files, "save_to", lambda *a, **k: saves.append(a))
    window.autosave.set_interval_ms(20)
    qtbot.wait(300)
    assert saves == []


def test_autosave_waits_while_a_dialog_is_open(window, project, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog
    window.files.open_path(project)
    window.session.add_segment()
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    window.autosave.set_interval_ms(20)
    qtbot.wait(300)
    assert window.session.dirty
    dialog.close()
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)


def test_autosave_minutes_follow_the_settings_and_zero_switches_it_off(window):
    window.autosave.set_minutes(3)
    assert window.autosave.timer.interval() == 180_000 and window.autosave.active
    window.autosave.set_minutes(0)
    assert not window.autosave.active


def test_backup_and_autosave_preferences_are_saved_and_applied(window, monkeypatch, tmp_path):
    from segmentdesk.core.settings import load_settings
    from segmentdesk.ui.dialogs.backup_settings_dialog import BackupSettingsDialog

    def choose(dialog):
        dialog.backup_count.setValue(8)
        dialog.autosave.setChecked(False)
        return BackupSettingsDialog.DialogCode.Accepted
    monkeypatch.setattr(BackupSettingsDialog, "exec", choose)
    window.backup_settings_dialog()
    saved = load_settings(tmp_path / "settings.json")
    assert (saved.backup_count, saved.autosave_minutes, saved.backups_enabled) == (8, 0, True)
    assert not window.autosave.active


def test_a_project_in_a_folder_that_refuses_a_lock_file_opens_read_only(window, project, monkeypatch, messages):
    from segmentdesk.core.errors import ProjectError
    from segmentdesk.ui import project_guard

    def refuse(path, **_kwargs):
        raise ProjectError(f"Cannot create the lock file for {path}: read-only file system", path=str(path))
    monkeypatch.setattr(project_guard, "acquire_lock", refuse)
    window.files.open_path(project)
    assert window.session.dataset is not None and window.files.read_only
    assert messages[-1][0] == "Opened read-only" and "cannot be written" in messages[-1][1]


def test_saving_into_a_folder_that_refuses_a_lock_file_says_so(window, project, monkeypatch, messages, tmp_path):
    from segmentdesk.core.errors import ProjectError
    from segmentdesk.ui import project_guard

    window.files.open_path(project)
    window.session.add_segment()

    def refuse(path, **_kwargs):
        raise ProjectError(f"Cannot create the lock file for {path}", path=str(path))
    monkeypatch.setattr(project_guard, "acquire_lock", refuse)
    assert not window.files.save_to(tmp_path / "muualle.segdesk")
    assert messages[-1][0] == "Cannot save" and "cannot be written" in messages[-1][1]
    assert window.session.dirty


def held_by_a_cli_run(project: Path) -> None:
    """A lock of a command-line run on this computer that is still running (this process stands in)."""
    lock_path(project).write_text(json.dumps({"app": "SegmentDesk", "purpose": "cli", "user": "liisa",
                                              "host": socket.gethostname(), "pid": os.getppid(),
                                              "since": "2026-12-05T09:30:00"}), encoding="utf-8")


def test_a_project_a_cli_run_changes_opens_when_the_run_ends_without_blocking_the_window(window, project, qtbot,
                                                                                           messages):
    import time

    held_by_a_cli_run(project)
    started = time.monotonic()
    window.files.open_path(project)
    assert time.monotonic() - started < 0.5               # the window did not wait on its own thread
    assert window.session.path is None
    assert "command-line run" in window.statusBar().currentMessage()
    lock_path(project).unlink()                           # the run ends
    qtbot.waitUntil(lambda: window.session.path == project, timeout=3000)
    assert not window.files.read_only and read_holder(project).pid == os.getpid()
    assert messages == []


def test_a_cli_run_that_goes_on_too_long_leaves_the_project_read_only(window, project, qtbot, monkeypatch, messages):
    from segmentdesk.ui import project_files

    monkeypatch.setattr(project_files, "CLI_WAIT_SECONDS", 0.5)
    held_by_a_cli_run(project)
    window.files.open_path(project)
    qtbot.waitUntil(lambda: window.session.path == project, timeout=3000)
    assert window.files.read_only and messages[-1][0] == "Opened read-only"


def test_opening_something_else_meanwhile_stops_waiting_for_the_cli_run(window, project, qtbot, tmp_path):
    other = tmp_path / "toinen.segdesk"
    save_project(load_project(project), other)
    held_by_a_cli_run(project)
    window.files.open_path(project)
    window.files.open_path(other)
    lock_path(project).unlink()
    qtbot.wait(600)
    assert window.session.path == other


def test_saving_over_a_project_a_cli_run_changes_says_to_try_again_when_it_ends(window, project, messages, tmp_path):
    window.files.open_path(project)
    other = tmp_path / "toinen.segdesk"
    save_project(load_project(project), other)
    held_by_a_cli_run(other)
    before = other.read_bytes()
    assert not window.files.save_to(other)
    title, text = messages[-1]
    assert title == "Cannot save" and "being changed by a command-line run" in text and "Try again" in text
    assert other.read_bytes() == before
