"""Demo mode in the window: one switch (View ▸ Demo mode, the toolbar, Ctrl+Shift+D) with a badge; while it
is on no original name, email, phone or street address reaches the customer table's display role, the
clipboard, the customer form, the builder's rule in words or the export dialog's preview and files; the
register cannot be changed; the switch is kept with the project."""
from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.segments.model import Condition, Group, Segment
from segmentdesk.ui.dialogs.customer_dialog import CustomerDialog
from segmentdesk.ui.dialogs.export_dialog import ExportDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "demo_customers.csv"
ROLES = {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi", "email": "Sähköposti",
         "phone": "Puhelin", "postal_code": "Postinumero", "city": "Postitoimipaikka", "gender": "Sukupuoli",
         "consent_email": "Markkinointilupa"}
PERSONAL = ("Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Katuosoite", "Yhteyshenkilö")
LISTED = Segment("Listatut", Group("all", [Condition("email", "in", ["aino.makela@kotiposti.fi"])]))


def _originals() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    found = {row[c] for row in rows for c in PERSONAL if row[c]}
    found |= {row["Sähköposti"].lower() for row in rows if row["Sähköposti"]}
    for row in rows:
        digits = "".join(ch for ch in row["Puhelin"] if ch.isdigit())
        if digits:
            found |= {digits, "358" + digits[1:] if digits.startswith("0") else digits}
    return sorted(found)


def leaks(text: str) -> list[str]:
    folded = text.casefold()
    return [s for s in _originals() if s.casefold() in folded]


@pytest.fixture
def path(tmp_path) -> Path:
    frame = pd.read_csv(DATA, sep=";", dtype=object, keep_default_na=False).replace("", None)
    orders = pd.DataFrame({"Asiakas": ["1001", "1002", "1002", "1003", "1004", "1005"],
                           "Pvm": ["2026-10-01", "2026-09-01", "2026-10-15", "2025-05-01", "2026-01-10", "2024-12-24"],
                           "Summa": ["50", "20", "35", "80", "15", "60"]}, dtype=object)
    dataset = build_dataset(frame, dict(ROLES), orders, {"customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"})
    project = Project(dataset=dataset,
                      segments=[Segment("Kaikki", Group("all", [])), LISTED])
    target = tmp_path / "asiakkaat.segdesk"
    save_project(project, target)
    return target


@pytest.fixture
def window(window, path):
    window.session.open(path)
    window.session.select_segment(0)
    return window


def _table_text(window) -> str:
    model = window.customers.model
    return "\n".join(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
                     for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_the_table_shows_the_personal_data_until_demo_mode_is_on(window):
    assert leaks(_table_text(window))
    window.menus.demo_action.trigger()
    assert window.session.pseudonyms() is not None
    assert window.customers.model.rowCount() == 6
    assert leaks(_table_text(window)) == []


def test_the_toolbar_and_the_view_menu_hold_the_one_switch_and_the_badge_shows_while_it_is_on(window, qtbot):
    action = window.menus.demo_action
    toolbar = window.findChild(type(window.menus.demo_badge.parent()), "mainToolbar")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in toolbar.actions() and action in view_menu.actions() and action.isCheckable()
    assert not window.menus.demo_badge_action.isVisible()
    action.trigger()
    assert action.isChecked() and window.menus.demo_badge_action.isVisible()
    qtbot.waitUntil(window.menus.demo_badge.isVisible)         # the toolbar lays it out on its next pass
    assert "DEMO" in window.menus.demo_badge.text()
    action.trigger()
    assert not window.session.project.demo_mode and not window.menus.demo_badge_action.isVisible()


def test_ctrl_shift_d_is_the_switch_and_no_other_action_uses_it(window):
    from PySide6.QtGui import QAction
    keys = QKeySequence("Ctrl+Shift+D")
    users = [a for a in window.findChildren(QAction) if keys in a.shortcuts()]
    assert users == [window.menus.demo_action]


def test_copying_a_cell_puts_its_pseudonym_on_the_clipboard(window, qtbot):
    model, view = window.customers.model, window.customers.view
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Sähköposti")
    window.menus.demo_action.trigger()
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    copied = QGuiApplication.clipboard().text()
    assert copied.endswith("@example.invalid") and leaks(copied) == []


def test_without_demo_mode_the_clipboard_carries_the_real_address(window, qtbot):
    model, view = window.customers.model, window.customers.view
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Sähköposti")
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    assert leaks(QGuiApplication.clipboard().text())


def test_demo_mode_is_kept_with_the_project(window, path):
    window.menus.demo_action.trigger()
    assert window.session.dirty
    window.session.save()
    assert load_project(path).demo_mode is True
    window.session.open(path)
    assert window.menus.demo_action.isChecked() and window.session.pseudonyms() is not None


def test_the_customer_form_shows_pseudonyms_read_only_and_changes_nothing(window, qtbot):
    window.menus.demo_action.trigger()
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    shown = "\n".join(edit.text() for edit in dialog.fields.values())
    assert leaks(shown) == [] and "HELSINKI" in shown
    assert all(edit.isReadOnly() for edit in dialog.fields.values())
    dialog.fields["Etunimi"].setText("Typed")         # even if text gets in, OK keeps nothing
    dialog.accept()
    assert window.session.dataset.customers.frame["Etunimi"].iat[0] == "Aino"
    assert not window.session.project.register.of("customer_id:1001")[0]


def test_new_customer_and_erase_are_off_in_demo_mode(window):
    window.menus.demo_action.trigger()
    assert not window.menus.new_customer_action.isEnabled() and not window.menus.erase_person_action.isEnabled()
    window.menus.demo_action.trigger()
    assert window.menus.new_customer_action.isEnabled() and window.menus.erase_person_action.isEnabled()


def test_the_builder_states_a_rule_on_emails_with_pseudonyms_and_locks_the_value(window):
    window.session.select_segment(1)
    assert leaks(window.builder.rule_label.text())
    window.menus.demo_action.trigger()
    row = window.builder._rows[0]
    assert not row.editor.isEnabled()
    assert row.condition() == LISTED.rule.children[0]              # the rule itself is untouched
    window.session.live_counts.refresh()
    assert leaks(window.builder.rule_label.text()) == []


def test_a_group_nested_too_deep_for_the_builder_is_said_with_pseudonyms(window):
    deep = Group("any", [Group("all", [Group("any", [Group("all", [
        Condition("email", "in", ["aino.makela@kotiposti.fi"]), Condition("column:Katuosoite", "contains", "Hämeenkatu")])])])])
    window.session.add_segment(Segment("Syvä", deep))
    window.session.select_segment(2)

    def shown() -> str:
        return "\n".join(label.text() for label in window.builder.findChildren(QLabel))
    assert leaks(shown())
    window.menus.demo_action.trigger()
    assert "example.invalid" in shown() and leaks(shown()) == []


def test_the_export_dialog_previews_and_writes_pseudonyms(window, qtbot, tmp_path, accept_dialogs):
    window.menus.demo_action.trigger()
    out = tmp_path / "out.xlsx"

    def prepare(dialog: ExportDialog) -> None:
        dialog.path_edit.setText(str(out))
        qtbot.waitUntil(lambda: dialog.preview.rowCount() > 0, timeout=10000)
        cells = [dialog.preview.item(r, c).text() for r in range(dialog.preview.rowCount())
                 for c in range(dialog.preview.columnCount()) if dialog.preview.item(r, c)]
        assert cells and leaks("\n".join(cells)) == []
        assert not dialog.demo_note.isHidden()
    accept_dialogs[ExportDialog] = prepare
    window.export_dialog()
    with zipfile.ZipFile(out) as book:
        text = "\n".join(book.read(n).decode("utf-8") for n in book.namelist())
    assert "example.invalid" in text and leaks(text) == []
    assert window.session.project.audit[-1].details["demo"] is True


def test_the_search_box_searches_the_pseudonyms_not_the_real_names(window, qtbot):
    panel = window.customers
    panel.search.setText("Aino")
    panel._on_search_changed()
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)       # the real name, before
    window.menus.demo_action.trigger()
    panel._on_search_changed()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    panel.search.setText(window.session.pseudonyms().column("Etunimi")[0])
    panel._on_search_changed()
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    assert leaks(_table_text(window)) == []


def test_importing_is_refused_in_demo_mode(window, messages):
    window.menus.demo_action.trigger()
    assert window.files.import_path(DATA) is False
    assert "demo mode" in messages[-1][1].casefold()


def test_a_segment_file_naming_customers_is_not_exported_in_demo_mode(window, messages, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    target = tmp_path / "out.segment.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menus.demo_action.trigger()
    window.session.select_segment(1)                         # an email list: it names a customer
    window.menus.export_segment_action.trigger()
    assert not target.exists() and "demo mode" in messages[-1][1].casefold()
    window.session.select_segment(0)                         # everyone: nobody named, so written
    window.menus.export_segment_action.trigger()
    assert target.exists() and leaks(target.read_text(encoding="utf-8")) == []
    window.menus.demo_action.trigger()
    window.session.select_segment(1)
    window.menus.export_segment_action.trigger()             # demo mode off: the user's own file, as it is
    assert leaks(target.read_text(encoding="utf-8"))


def test_the_history_lists_people_by_their_pseudonyms(window):
    page = window.analysis.show_page("history")
    assert leaks(page._person("1001"))
    window.menus.demo_action.trigger()
    shown = page._person("1001")
    assert shown.startswith("1001 · ") and leaks(shown) == []


def test_the_rfm_page_lists_customers_by_their_pseudonyms(window, qtbot):
    page = window.analysis.show_page("rfm")
    window.menus.demo_action.trigger()
    model = page.customers_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    text = "\n".join(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
                     for r in range(model.rowCount()) for c in range(model.columnCount()))
    assert "example.invalid" in text and leaks(text) == []


def test_an_orders_files_buyer_email_and_name_show_as_pseudonyms_in_the_quality_rows(window, qtbot, tmp_path):
    # A webshop's orders file names the buyer; an order nobody in the customers file matches is a
    # quality finding whose row the consultant may open in front of the client.
    from segmentdesk.core.importing.quality import QualityIssue
    from segmentdesk.ui.dialogs.quality_dialog import QualityDialog, show_issue_rows

    frame = pd.read_csv(DATA, sep=";", dtype=object, keep_default_na=False).replace("", None)
    orders = pd.DataFrame({"Asiakas": ["1001", "ville.virtanen@posti.fi"], "Pvm": ["2026-10-01", "2026-10-02"],
                           "Summa": ["50", "20"], "Ostaja": ["Aino Mäkelä", "Ville Virtanen"]}, dtype=object)
    dataset = build_dataset(frame, dict(ROLES), orders, {"customer_ref": "Asiakas", "order_date": "Pvm",
                                                         "amount": "Summa"})
    target = tmp_path / "tilaukset.segdesk"
    save_project(Project(dataset=dataset, segments=[Segment("Kaikki", Group("all", []))]), target)
    window.session.open(target)
    window.menus.demo_action.trigger()
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    issue = QualityIssue("orphan_orders", 1, "orders", (1,))
    show_issue_rows(dialog.rows, window.session.dataset, issue, pseudonyms=window.session.pseudonyms())
    shown = " ".join(dialog.rows.item(0, c).text() for c in range(dialog.rows.columnCount()))
    assert "example.invalid" in shown
    assert "ville" not in shown.casefold() and "virtanen" not in shown.casefold()
    assert "20" in shown                                            # the amount is no one's personal data


def test_the_sample_shop_shows_the_same_pseudonyms_each_time_it_is_opened(window):
    # A consultant rehearses with the sample, then opens it again in the meeting: the same made-up people.
    def first_row() -> list[str]:
        model = window.customers.model
        return [str(model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole)) for c in range(model.columnCount())]

    window.session.mark_clean()
    window.files.open_sample()
    window.menus.demo_action.trigger()
    shown = first_row()
    assert any("example.invalid" in cell for cell in shown)
    window.session.mark_clean()
    window.files.open_sample()
    if window.session.pseudonyms() is None:
        window.menus.demo_action.trigger()
    assert first_row() == shown


def test_own_data_imported_over_the_sample_gets_a_secret_of_its_own(window):
    # Anyone can make the sample's secret: real customers' pseudonyms must not be made with it.
    from segmentdesk.core.privacy.pseudonyms import is_sample_secret

    window.session.mark_clean()
    window.files.open_sample()
    assert is_sample_secret(window.session.project.demo_secret)
    sample = window.session.dataset
    window.session.set_dataset(sample, sources={"customers": "omat.xlsx"}, at=dt.datetime(2026, 12, 6))
    assert not is_sample_secret(window.session.project.demo_secret)


def _record_where_columns_are_made(monkeypatch) -> list[str]:
    """The threads that make a personal column's pseudonyms (a cache hit makes nothing)."""
    import threading

    from segmentdesk.core.privacy.pseudonyms import Pseudonyms

    made_in: list[str] = []
    original = Pseudonyms.column

    def column(self, header):
        if header not in self._cache:
            made_in.append(threading.current_thread().name)
        return original(self, header)

    monkeypatch.setattr(Pseudonyms, "column", column)
    return made_in


def test_switching_demo_mode_on_makes_the_names_up_in_a_worker_not_the_windows_thread(window, monkeypatch):
    """At 100,000 customers with a notes column this took seconds, with the window frozen."""
    import threading

    made_in = _record_where_columns_are_made(monkeypatch)
    window.menus.demo_action.trigger()
    assert window.session.project.demo_mode and window.menus.demo_action.isChecked()
    assert made_in and threading.main_thread().name not in made_in
    assert leaks(_table_text(window)) == []


def test_a_project_saved_in_demo_mode_opens_with_its_made_up_names_made_in_the_opening_worker(
        window, path, monkeypatch):
    import threading

    window.menus.demo_action.trigger()
    window.files.save()
    window.session.mark_clean()
    made_in = _record_where_columns_are_made(monkeypatch)
    window.files.open_path(path)
    assert window.session.project.demo_mode
    assert leaks(_table_text(window)) == []
    assert made_in and threading.main_thread().name not in made_in
