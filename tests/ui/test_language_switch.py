"""Choosing another language offers to restart now, and the restart reopens the project."""
from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from segmentdesk.ui.restart import restart_command


def test_choosing_finnish_offers_a_restart_that_reopens_the_saved_project(window, monkeypatch, messages, tmp_path,
                                                                          accept_dialogs):
    window.files.open_sample()
    project = tmp_path / "kauppa.segdesk"
    window.session.save(project)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda program, args: started.append((program, args))
                                                               or True))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window.set_language("fi")
    assert "Restart now?" in messages[-1][1]
    assert started == [(sys.executable, ["-m", "segmentdesk", str(project)])]
    assert quits and not window.isVisible()
    assert window.settings.language == "fi"


def test_the_same_language_says_so_and_restarts_nothing(window, monkeypatch, messages):
    started: list[object] = []
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda *a: started.append(a) or True))
    window.set_language("en")
    assert messages[-1][1] == "This language is already in use."
    assert started == [] and window.isVisible()


def test_a_bundle_restarts_its_own_executable(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/segmentdesk/segmentdesk")
    assert restart_command(tmp_path / "a.segdesk") == ("/opt/segmentdesk/segmentdesk", [str(tmp_path / "a.segdesk")])
    assert restart_command(None) == ("/opt/segmentdesk/segmentdesk", [])
