"""File ▸ Client report…: asks the language (the window's by default) and the file, writes the PDF in a
worker with progress and Cancel, and offers to open the PDF or its folder."""
from __future__ import annotations

import shutil
import subprocess

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from segmentdesk.ui import i18n
from segmentdesk.ui import report_flow


def _open_copy(window, report_project, tmp_path):
    path = tmp_path / report_project.name
    shutil.copy(report_project, path)
    window.files.open_path(path)
    assert window.session.dataset is not None
    return path


def _file_action(window, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_client_report_from_the_file_menu_writes_the_pdf_and_offers_to_open_it(window, qtbot, report_project,
                                                                              tmp_path, monkeypatch):
    _open_copy(window, report_project, tmp_path)
    asked = {}

    def get_item(_parent, _title, _label, items, current, _editable):
        asked["language"] = items[current]
        return "Suomi", True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    out = tmp_path / "out" / "raportti.pdf"
    out.parent.mkdir()

    def get_save(_parent, _title, suggested, _filter):
        asked["suggested"] = suggested
        return str(out), "PDF files (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    action = _file_action(window, "Client report…")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.reports.last_message is not None, timeout=60000)
    assert asked["language"] == "English" and asked["suggested"].endswith("näyte-asiakasraportti.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Segmentit yhdellä silmäyksellä" in text          # Finnish, as chosen
    box = window.reports.last_message
    assert str(out) in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open", "Open folder"}
    box.close()


def test_the_language_offered_first_is_the_windows(window, report_project, tmp_path, monkeypatch):
    _open_copy(window, report_project, tmp_path)
    i18n.install("fi")
    try:
        offered = {}
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
            lambda _p, _t, _l, items, current, _e: offered.setdefault("first", items[current]) and ("", False)))
        assert window.reports.ask_language() is None
        assert offered["first"] == "Suomi"
    finally:
        i18n.install("en")


def test_cancelling_the_file_dialog_writes_nothing(window, report_project, tmp_path, monkeypatch):
    _open_copy(window, report_project, tmp_path)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a: ("English", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    written = []
    monkeypatch.setattr(report_flow, "write_report", lambda *a, **k: written.append(a))
    window.reports.client_report()
    assert not written and window.reports.last_message is None


def test_a_report_that_cannot_be_written_is_said_in_a_message(window, report_project, tmp_path, messages):
    _open_copy(window, report_project, tmp_path)
    assert window.reports.write(tmp_path / "no" / "such" / "r.pdf", lang="en") is None
    assert messages and messages[-1][0] == "Cannot write the report"


def test_the_menu_entry_waits_for_data(window):
    assert not _file_action(window, "Client report…").isEnabled()


def test_cancel_in_the_progress_dialog_stops_the_report(window, report_project, tmp_path, monkeypatch, qtbot):
    _open_copy(window, report_project, tmp_path)
    real = report_flow.write_report

    def cancelled_at_once(*args, progress, **kwargs):
        progress.cancel()
        return real(*args, progress=progress, **kwargs)
    monkeypatch.setattr(report_flow, "write_report", cancelled_at_once)
    out = tmp_path / "r.pdf"
    assert window.reports.write(out, lang="en") is None
    assert not out.exists() and window.reports.last_message is None
    assert not isinstance(window.reports.last_message, QMessageBox)


def test_a_report_written_in_demo_mode_says_so_on_its_cover(window, qtbot, report_project, tmp_path, monkeypatch):
    _open_copy(window, report_project, tmp_path)
    window.menus.demo_action.trigger()
    out = tmp_path / "demo.pdf"
    assert window.reports.write(out, lang="en") is not None
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Demo mode: no customer's personal data is shown." in " ".join(text.split())
