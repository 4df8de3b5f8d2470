"""The customer form: opened from the table (Enter / double-click) and Customer ▸ New customer…"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import save_project
from segmentdesk.ui.dialogs.customer_dialog import CustomerDialog
from segmentdesk.ui.widgets.customers_panel import CustomersPanel

ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi", "consent_email": "Lupa"}


@pytest.fixture
def window(window, tmp_path):
    path = tmp_path / "rekisteri.segdesk"
    frame = pd.DataFrame([("1", "aino@example.fi", "Aino", "kyllä"), ("2", "eero@example.fi", "Eero", "ei")],
                         columns=["Nro", "Email", "Nimi", "Lupa"], dtype=object)
    save_project(Project(dataset=build_dataset(frame, ROLES)), path)
    window.session.open(path)
    return window


@pytest.fixture
def opened(monkeypatch):
    """Dialogs the window would show, recorded instead of run."""
    shown: list[CustomerDialog] = []
    monkeypatch.setattr(CustomerDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


def names(window) -> list[str]:
    return window.session.dataset.customers.frame["Nimi"].tolist()


def test_enter_on_a_table_row_opens_that_customers_form(window, qtbot, opened):
    view = window.customers.view
    view.setFocus()
    view.setCurrentIndex(window.customers.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].fields["Nimi"].text() == "Eero"


def test_the_form_edits_a_field_adds_a_note_and_records_consent_in_one_undo_step(window, qtbot):
    dialog = CustomerDialog(window.session, 1, window)
    qtbot.addWidget(dialog)
    dialog.fields["Nimi"].setText("Eetu")
    dialog.note.setText("Prefers mornings")
    dialog.consent.setCurrentIndex(dialog.consent.findData(True))
    dialog.how.setCurrentIndex(dialog.how.findData("shop"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert names(window) == ["Aino", "Eetu"] and window.session.dataset.consent.tolist() == [True, True]
    _, consent, notes = window.session.project.register.of("customer_id:2")
    assert [(c.how, c.on) for c in consent] == [("shop", window.session.as_of.isoformat())]
    assert [n.text for n in notes] == ["Prefers mornings"]
    window.session.undo_stack.undo()
    assert names(window) == ["Aino", "Eero"]


def test_a_bad_value_is_shown_and_the_form_stays_open(window, qtbot):
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    dialog.fields["Lupa"].setText("maybe")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "maybe" in dialog.error.text()
    assert window.session.undo_stack.count() == 0


def test_new_customer_from_the_customer_menu(window, qtbot, opened):
    window.menus.new_customer_action.trigger()
    dialog = opened[0]
    dialog.fields["Nro"].setText("3")
    dialog.fields["Nimi"].setText("Liisa")
    dialog.accept()
    assert names(window) == ["Aino", "Eero", "Liisa"]


def test_the_finnish_form_shows_dates_and_numbers_as_the_window_does_and_reads_them_back(window, qtbot, tmp_path):
    from segmentdesk.ui import i18n

    path = tmp_path / "päivät.segdesk"
    frame = pd.DataFrame([("1", "aino@example.fi", "1984-12-24", "1234.5")],
                         columns=["Nro", "Email", "Syntymäaika", "Tulot"], dtype=object)
    roles = {"customer_id": "Nro", "email": "Email", "birth_date": "Syntymäaika", "income": "Tulot"}
    save_project(Project(dataset=build_dataset(frame, roles)), path)
    window.session.open(path)
    i18n.install("fi")
    try:
        dialog = CustomerDialog(window.session, 0, window)
        qtbot.addWidget(dialog)
        assert dialog.fields["Syntymäaika"].text() == "24.12.1984"
        assert dialog.fields["Tulot"].text() == "1\u00a0234,5"
        dialog.fields["Syntymäaika"].setText("25.12.1984")
        dialog.accept()
    finally:
        i18n.install("en")
    customers = window.session.dataset.customers.frame
    assert customers["Syntymäaika"].iat[0] == pd.Timestamp(1984, 12, 25)
    assert customers["Tulot"].iat[0] == 1234.5


def test_a_bad_value_is_worded_in_the_users_language_not_cores_english(window, qtbot):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        dialog = CustomerDialog(window.session, 0, window)
        qtbot.addWidget(dialog)
        dialog.fields["Lupa"].setText("ehkä")
        dialog.accept()
        text = dialog.error.text()
    finally:
        i18n.install("en")
    assert "ehkä" in text and "Lupa" in text and "kyllä tai ei" in text
    assert "not a valid value" not in text


def test_a_new_customer_with_a_number_in_use_is_refused_in_words(window, qtbot):
    dialog = CustomerDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    dialog.fields["Nro"].setText("2")
    dialog.accept()
    assert dialog.error.text() == "A customer with 2 exists already."
    assert names(window) == ["Aino", "Eero"]


def test_the_form_deletes_its_customer_after_asking_and_undo_brings_them_back(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    assert dialog.delete_button.isVisibleTo(dialog)
    dialog.delete_button.click()
    assert "1" in asked[0] and dialog.result() == dialog.DialogCode.Accepted
    assert names(window) == ["Eero"]
    window.session.undo_stack.undo()
    assert names(window) == ["Aino", "Eero"]


def test_a_new_customers_form_has_no_delete_button(window, qtbot):
    dialog = CustomerDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isVisibleTo(dialog)


def test_add_tag_puts_a_tag_in_the_interests_field_once(window, qtbot, tmp_path):
    path = tmp_path / "tagit.segdesk"
    frame = pd.DataFrame([("1", "aino@example.fi", "kirjat; kahvi")], columns=["Nro", "Email", "Kiinnostukset"],
                         dtype=object)
    save_project(Project(dataset=build_dataset(frame, {"customer_id": "Nro", "email": "Email",
                                                       "interests": "Kiinnostukset"})), path)
    window.session.open(path)
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    for tag in ("jooga", "Kahvi"):
        dialog.tag.setText(tag)
        dialog.add_tag_button.click()
    assert dialog.fields["Kiinnostukset"].text() == "kirjat; kahvi; jooga"
    dialog.accept()
    assert window.session.dataset.customers.frame["Kiinnostukset"].iat[0] == "kirjat; kahvi; jooga"


def test_the_consent_date_is_written_as_the_window_writes_dates(window, qtbot):
    from segmentdesk.ui.i18n import formats

    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == formats().date(window.session.as_of)          # 2026-11-01, not 01/11/2026


def test_the_consent_choice_is_named_on_the_form(window, qtbot):
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    assert dialog.consent_label.text() == "Marketing consent:" and dialog.consent_label.buddy() is dialog.consent
