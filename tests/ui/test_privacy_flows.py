"""Customer ▸ Erase person… / Export person's data… / Do-not-contact list…, driven as a user would."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from segmentdesk.cli import main
from segmentdesk.core.project.store import load_project
from segmentdesk.ui.privacy_flows import DoNotContactDialog

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(path)]) == 0
    window.files.open_path(path)
    assert window.session.path == path
    return path


def _answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def test_erase_person_removes_them_from_the_open_project_and_its_file(window, opened, monkeypatch, messages):
    _answer(monkeypatch, "aino.makela@example.fi")
    window.menus.erase_person_action.trigger()
    assert len(window.session.dataset) == 7
    assert "1001" not in load_project(opened).dataset.customers.role_column("customer_id").tolist()
    assert "aino.makela@example.fi" in window.session.project.do_not_contact
    assert messages[-1][1].startswith("Erased 1 customer(s)")


def test_erase_person_asks_for_a_saved_project_first(window, opened, monkeypatch, messages):
    window.session.add_do_not_contact(["x@example.fi"], source="app")     # an unsaved change
    _answer(monkeypatch, "aino.makela@example.fi")
    window.menus.erase_person_action.trigger()
    assert len(window.session.dataset) == 8
    assert messages[-1][0] == "Save first"


def test_export_persons_data_writes_their_record(window, opened, monkeypatch, tmp_path):
    _answer(monkeypatch, "1001")
    out = tmp_path / "aino.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.menus.export_person_action.trigger()
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [c["Etunimi"] for c in record["customers"]] == ["Aino"]


def test_addresses_typed_in_the_list_dialog_go_on_the_projects_list(window, opened, monkeypatch):
    def finish(dialog):
        dialog.text.setPlainText("eero.jarvinen@example.fi\n\n")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(DoNotContactDialog, "exec", finish)
    window.menus.do_not_contact_action.trigger()
    assert "EERO.JARVINEN@example.fi" in window.session.project.do_not_contact
    assert window.session.dirty
    assert window.session.project.audit[-1].details == {"added": 1, "source": "app"}


def test_the_export_summary_counts_members_on_the_do_not_contact_list(window, opened, accept_dialogs, tmp_path,
                                                                        messages):
    from segmentdesk.core.segments.model import Group, Segment
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    window.session.add_segment(Segment("Kaikki", Group("all", [])))
    window.session.add_do_not_contact(["aino.makela@example.fi"], source="app")
    out = tmp_path / "lists.xlsx"
    accept_dialogs[ExportDialog] = lambda d: d.path_edit.setText(str(out))
    window.export_dialog()
    text = window.export_message.text()
    window.export_message.close()
    assert "1 on the do-not-contact list" in text


def test_erasure_runs_in_a_worker_behind_a_progress_dialog_without_cancel(window, opened, monkeypatch, messages):
    from segmentdesk.ui import privacy_flows

    ran = []
    real = privacy_flows.run_with_progress

    def watched(parent, title, label, fn, *, cancellable=True):
        ran.append((title, label, cancellable))
        return real(parent, title, label, fn, cancellable=cancellable)

    monkeypatch.setattr(privacy_flows, "run_with_progress", watched)
    _answer(monkeypatch, "aino.makela@example.fi")
    window.menus.erase_person_action.trigger()
    assert ran == [("Erase person", "Erasing aino.makela@example.fi…", False)]
    assert len(window.session.dataset) == 7 and window.session.undo_stack.count() == 0


def test_export_persons_data_offers_a_page_in_the_windows_language(window, opened, monkeypatch, tmp_path):
    from segmentdesk.ui import i18n

    _answer(monkeypatch, "1001")
    out = tmp_path / "aino"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: offered.append(a[3]) or (str(out), a[4])))
    i18n.install("fi")
    try:
        window.menus.export_person_action.trigger()
    finally:
        i18n.install("en")
    page = (tmp_path / "aino.html").read_text(encoding="utf-8")
    assert offered[0].startswith("Sivu henkilölle (*.html)") and "(*.json)" in offered[0]
    assert '<html lang="fi">' in page and "Asiakastiedot" in page and "Aino" in page
