"""The import wizard, driven as a user would: format details, preview, roles, check and fixes."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from segmentdesk.core.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def open_wizard(qtbot):
    from segmentdesk.ui import i18n
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    i18n.install("en")

    def make(path: Path, orders: Path | None = None) -> ImportDialog:
        dialog = ImportDialog(path, Settings(), orders_path=orders)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def preview_headers(panel) -> list[str]:
    table = panel.preview
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def choose(combo, data) -> None:
    """Pick an entry the way a user does: the combo emits ``activated``."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_shows_the_encoding_and_separator_it_found(open_wizard):
    dialog = open_wizard(DATA / "customers_fi.csv")
    panel = dialog.customer_panel
    assert panel.encoding_combo.currentData() == "cp1252"
    assert panel.delimiter_combo.currentData() == ";"
    assert "Sähköposti" in preview_headers(panel)
    assert panel.preview.rowCount() == 8


def test_choosing_another_separator_rereads_the_preview_and_the_roles(open_wizard, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("Nimi;Kaupunki,Maa\nAino;Oulu,FI\nEero;Turku,FI\nSanna;Vaasa,FI\n", encoding="utf-8")
    dialog = open_wizard(path)
    panel = dialog.customer_panel
    assert preview_headers(panel) == ["Nimi", "Kaupunki,Maa"]
    choose(panel.delimiter_combo, ",")
    assert preview_headers(panel) == ["Nimi;Kaupunki", "Maa"]
    assert dialog.customer_roles.rowCount() == 2
    assert dialog.customer_roles.item(1, 0).text() == "Maa"


def test_choosing_another_encoding_rereads_the_letters(open_wizard, tmp_path):
    path = tmp_path / "utf8.csv"
    path.write_bytes("Sukunimi;Kaupunki\nMäkelä;Jyväskylä\nÖhman;Oulu\n".encode("utf-8"))
    dialog = open_wizard(path)
    panel = dialog.customer_panel
    assert panel.preview.item(0, 0).text() == "Mäkelä"
    choose(panel.encoding_combo, "cp1252")
    assert panel.preview.item(0, 0).text() == "MÃ¤kelÃ¤"


def test_changing_the_heading_row_takes_the_headings_from_that_row(open_wizard, tmp_path, qtbot):
    path = tmp_path / "two_heads.csv"
    path.write_text("Ryhmä;Alue\nSähköposti;Kaupunki\na@x.fi;Oulu\nb@x.fi;Turku\n", encoding="utf-8")
    dialog = open_wizard(path)
    panel = dialog.customer_panel
    assert panel.header_spin.value() == 1
    panel.header_spin.setValue(2)
    panel.header_spin.editingFinished.emit()
    assert preview_headers(panel) == ["Sähköposti", "Kaupunki"]
    assert dialog.customer_roles.role_map()["email"] == "Sähköposti"


def test_a_shopify_export_is_recognised_and_mapped_without_choices(open_wizard):
    dialog = open_wizard(DATA / "webshops" / "shopify_customers.csv",
                         orders=DATA / "webshops" / "shopify_orders.csv")
    assert "Shopify customer export" in dialog.customer_panel.found_label.text()
    assert "Shopify order export" in dialog.order_panel.found_label.text()
    roles = dialog.customer_roles.role_map()
    assert roles["email"] == "Email" and roles["customer_id"] == "Customer ID"
    assert dialog.customer_roles.item(0, 3).text() == "Shopify export"
    assert dialog.order_roles.role_map()["customer_ref"] == "Email"


def test_steps_lead_to_the_quality_check_with_fixes_on_offer(open_wizard, qtbot, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("Asiakasnumero;Sähköposti;Etunimi;Markkinointilupa\n"
                    "1;AINO@x.fi ;Aino;Kyllä\n2;aino@x.fi;Aino;Ei\n3;eero@x.fi;  Eero;Kyllä\n",
                    encoding="utf-8")
    dialog = open_wizard(path)
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 1
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    page = dialog.check_page
    assert "3 customers are ready" in page.summary.text()
    assert page.issue_list.count() >= 1
    assert page.fix_boxes["merge_duplicates"].isVisibleTo(dialog)
    assert page.fix_boxes["trim_spaces"].isVisibleTo(dialog)
    assert not page.fix_boxes["drop_orphan_orders"].isVisibleTo(dialog)


def test_the_check_step_shows_the_rows_behind_a_finding(open_wizard, qtbot, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("Asiakasnumero;Sähköposti;Etunimi\n1;aino@x.fi;Aino\n2;eero(at)x.fi;Eero\n3;aino@x.fi;Aino\n",
                    encoding="utf-8")
    dialog = open_wizard(path)
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    page = dialog.check_page
    texts = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    page.issue_list.setCurrentRow(next(i for i, t in enumerate(texts) if "sharing an email" in t))
    shown = [page.issue_rows.verticalHeaderItem(r).text() for r in range(page.issue_rows.rowCount())]
    assert shown == ["2", "4"], "numbered as the file's rows, under the headings on row 1"
    page.issue_list.setCurrentRow(next(i for i, t in enumerate(texts) if "invalid email" in t))
    assert page.issue_rows.rowCount() == 1 and page.issue_rows.item(0, 1).text() == "eero(at)x.fi"


def test_a_chosen_merge_imports_one_customer_for_two_rows_and_keeps_the_refusal(open_wizard, qtbot, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("Asiakasnumero;Sähköposti;Etunimi;Markkinointilupa\n"
                    "1;aino@x.fi;Aino;Kyllä\n2;aino@x.fi;Aino;Ei\n3;eero@x.fi;Eero;Kyllä\n", encoding="utf-8")
    dialog = open_wizard(path)
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    dialog.check_page.fix_boxes["merge_duplicates"].setChecked(True)
    assert dialog.check_page.examples.rowCount() == 1           # the group of rows 1 and 2
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.dataset is not None, timeout=10000)
    ds = dialog.dataset
    assert len(ds) == 2
    assert ds.consent.tolist() == [False, True]                 # the second row's "Ei" wins for Aino
    assert dialog.fixes_done["merge_duplicates"].count == 1


def test_import_without_visiting_the_steps_uses_the_guesses(open_wizard, qtbot):
    dialog = open_wizard(DATA / "customers_fi.csv", orders=DATA / "orders_fi.csv")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.dataset is not None, timeout=10000)
    assert len(dialog.dataset) == 8
    assert dialog.dataset.has_orders


def test_a_big_file_is_read_in_a_worker_and_the_dialog_waits_for_it(open_wizard, qtbot, monkeypatch):
    from segmentdesk.ui.dialogs import import_source_panel

    monkeypatch.setattr(import_source_panel, "READ_AT_ONCE_BYTES", 10)
    dialog = open_wizard(DATA / "customers_fi.csv")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: dialog.customers_raw is not None, timeout=10000)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert dialog.customer_panel.preview.rowCount() == 8


def test_an_unreadable_big_file_closes_the_wizard_with_a_message(open_wizard, qtbot, monkeypatch, messages,
                                                                  tmp_path):
    from segmentdesk.ui.dialogs import import_source_panel

    monkeypatch.setattr(import_source_panel, "READ_AT_ONCE_BYTES", 10)
    path = tmp_path / "picture.csv"
    path.write_bytes((DATA / "not_a_spreadsheet.png").read_bytes())
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Rejected and dialog.isHidden(), timeout=10000)
    assert messages and messages[-1][0] == "Cannot import this file"


def test_a_newer_export_updates_the_project_and_says_what_changed(window, accept_dialogs, messages, tmp_path):
    from segmentdesk.core.data.dataset import MISSING_FLAG

    first = (DATA / "customers_fi.csv").read_bytes().decode("cp1252")
    assert window.files.import_path(DATA / "customers_fi.csv")
    lines = first.splitlines()
    lines = [lines[0]] + [line.replace("Aino;Mäkelä", "Aino;Mäkelä-Virta") for line in lines[1:] if
                          not line.startswith("1002;")]
    lines.append("1099;Uusi;Asiakas;uusi@example.fi;;00100;1.1.1990;kyllä;;1.1.2026;0")
    newer = tmp_path / "asiakkaat_uusi.csv"
    newer.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    assert window.files.import_path(newer)
    ds = window.session.dataset
    assert len(ds) == 9                                   # 7 kept from the file + 1 new + 1 missing, kept
    assert ds.customers.frame[MISSING_FLAG].fillna(False).sum() == 1
    title, text = messages[-1]
    assert title == "Customers updated"
    assert text.startswith("1 new, 1 changed, 6 unchanged, 1 missing from the new file.")
    assert window.session.project.audit[-1].action == "import_details"
    assert window.session.project.audit[-1].details["new"] == 1


def test_ticked_fixes_are_previewed_again_and_kept_when_going_back_a_step(open_wizard, qtbot, tmp_path):
    path = tmp_path / "spaces.csv"
    path.write_text("Asiakasnumero;Sähköposti;Etunimi\n1;aino@x.fi;Aino\n2; aino@x.fi ;Aino\n3;eero@x.fi;Eero\n",
                    encoding="utf-8")
    dialog = open_wizard(path)
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    page = dialog.check_page
    assert "2 duplicate rows" in page.fix_boxes["merge_duplicates"].text()
    page.fix_boxes["trim_spaces"].setChecked(True)
    qtbot.waitUntil(lambda: page.previews.get("trim_spaces") is not None
                    and page.fix_boxes["trim_spaces"].text().endswith("(1 cell)"), timeout=10000)
    assert page.chosen_fixes() == {"trim_spaces"}
    dialog._go(1)                                   # going back does not forget the ticks
    assert page.chosen_fixes() == {"trim_spaces"}


def test_the_steps_have_keyboard_mnemonics(open_wizard):
    from PySide6.QtGui import QKeySequence

    dialog = open_wizard(DATA / "customers_fi.csv")
    assert dialog.next_button.shortcut() == QKeySequence("Alt+N")
    assert dialog.back_button.shortcut() == QKeySequence("Alt+B")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).shortcut() == QKeySequence("Alt+I")


def test_the_check_step_runs_again_after_a_role_is_changed(open_wizard, qtbot, tmp_path):
    path = tmp_path / "dupes.csv"
    path.write_text("Asiakasnumero;Sähköposti;Etunimi\n1;aino@x.fi;Aino\n2;aino@x.fi;Aino\n", encoding="utf-8")
    dialog = open_wizard(path)
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    assert dialog.check_page.fix_boxes["merge_duplicates"].isVisibleTo(dialog)
    dialog._go(1)
    dialog.customer_roles.set_role("Sähköposti", None)        # the email column becomes a custom field
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None and "email" not in dialog._checked[1].customers.roles,
                    timeout=10000)
    assert not dialog.check_page.fix_boxes["merge_duplicates"].isVisibleTo(dialog)


# -- the wizard's plan, carried on by the command line -------------------------------------------------
def _save_project(window, monkeypatch, target: Path) -> None:
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.files.save_as()
    window.close()          # as a user would before a command-line run: the window holds the project's lock


def _role_by_hand(dialog, column: str, role: str | None) -> None:
    table = dialog.customer_roles
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == column)
    choose(table.cellWidget(row, 2), role)


def _next_month(tmp_path: Path) -> Path:
    """The fixture's next export: the same columns, one customer gone, one new with a shouting email."""
    lines = (DATA / "customers_fi.csv").read_bytes().decode("cp1252").splitlines()
    lines = [line for line in lines if not line.startswith("1008;")]
    lines.append("1009;Iida;Laine;IIDA.LAINE@EXAMPLE.FI;;00100;;kyllä;jooga;1.5.2025;")
    path = tmp_path / "asiakkaat_2.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_a_cli_reimport_maps_columns_as_the_user_did_in_the_wizard(window, accept_dialogs, monkeypatch, qtbot,
                                                                 tmp_path, capsys):
    from segmentdesk.cli import main
    from segmentdesk.core.project.store import load_project
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    def by_hand(dialog):
        _role_by_hand(dialog, "Puhelin", None)                   # the phone stays a custom field
        _role_by_hand(dialog, "Bonuspisteet", "household_size")  # a role no guess would give it
    accept_dialogs[ImportDialog] = by_hand
    assert window.files.import_path(DATA / "customers_fi.csv")
    chosen = dict(window.session.dataset.customers.roles)
    assert "phone" not in chosen and chosen["household_size"] == "Bonuspisteet"
    target = tmp_path / "kauppa.segdesk"
    _save_project(window, monkeypatch, target)

    assert main(["import", str(_next_month(tmp_path)), "--project", str(target)]) == 0
    assert capsys.readouterr().out.startswith(f"Updated {target}: 1 new")
    assert load_project(target).dataset.customers.roles == chosen


def test_fixes_chosen_in_the_wizard_are_applied_again_by_a_cli_reimport(window, accept_dialogs, monkeypatch, qtbot,
                                                                        tmp_path, capsys):
    from segmentdesk.cli import main
    from segmentdesk.core.project.store import load_project
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    def tick_lowercase(dialog):
        dialog._go(2)
        qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
        dialog.check_page.fix_boxes["lowercase_emails"].setChecked(True)
    accept_dialogs[ImportDialog] = tick_lowercase
    assert window.files.import_path(DATA / "customers_fi.csv")
    assert window.session.project.plan.fixes == ("lowercase_emails",)
    target = tmp_path / "kauppa.segdesk"
    _save_project(window, monkeypatch, target)

    assert main(["import", str(_next_month(tmp_path)), "--project", str(target)]) == 0
    emails = load_project(target).dataset.customers.role_column("email").dropna().tolist()
    assert "iida.laine@example.fi" in emails
    assert emails == [e.lower() for e in emails]


def test_the_wizard_and_the_cli_make_the_same_project_from_one_plan(window, accept_dialogs, monkeypatch, qtbot,
                                                                    tmp_path, capsys):
    import pandas as pd

    from segmentdesk.cli import main
    from segmentdesk.core.project.store import load_project
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    def choices(dialog):
        _role_by_hand(dialog, "Bonuspisteet", "household_size")
        dialog._go(2)
        qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
        dialog.check_page.fix_boxes["trim_spaces"].setChecked(True)
    accept_dialogs[ImportDialog] = choices
    assert window.files.import_path(DATA / "customers_fi.csv", DATA / "orders_fi.csv")
    by_wizard = tmp_path / "wizard.segdesk"
    _save_project(window, monkeypatch, by_wizard)
    plan = tmp_path / "plan.json"
    assert main(["plan", "--project", str(by_wizard), "--out", str(plan)]) == 0
    by_cli = tmp_path / "cli.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(by_cli), "--plan", str(plan)]) == 0

    a, b = load_project(by_wizard), load_project(by_cli)
    assert a.plan == b.plan
    for table in ("customers", "orders"):
        ta, tb = getattr(a.dataset, table), getattr(b.dataset, table)
        assert (ta.roles, ta.kinds) == (tb.roles, tb.kinds)
        pd.testing.assert_frame_equal(ta.frame, tb.frame)
    pd.testing.assert_frame_equal(a.dataset.metrics, b.dataset.metrics)


def test_the_wizards_plan_keeps_the_separator_the_user_chose(open_wizard, qtbot, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("Nimi;Kaupunki,Maa\nAino;Oulu,FI\nEero;Turku,FI\nSanna;Vaasa,FI\n", encoding="utf-8")
    dialog = open_wizard(path)
    choose(dialog.customer_panel.delimiter_combo, ",")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.customers.delimiter == ","
    assert dialog.plan.customers.headers == ("Nimi;Kaupunki", "Maa")


def test_choosing_to_replace_the_projects_data_is_kept_in_the_plan(qtbot):
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(DATA / "customers_fi.csv", Settings(), replacing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.on_existing == "replace"


def test_the_apps_next_import_starts_from_the_projects_plan(window, accept_dialogs, qtbot):
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    shopify = DATA / "webshops" / "shopify_customers.csv"
    accept_dialogs[ImportDialog] = lambda dialog: _role_by_hand(dialog, "Tags", None)   # over the layout's choice
    assert window.files.import_path(shopify)
    assert "interests" not in window.session.dataset.customers.roles
    accept_dialogs.clear()                                   # next time the user changes nothing
    assert window.files.import_path(shopify)
    assert "interests" not in window.session.dataset.customers.roles


def test_the_plans_fixes_apply_when_the_check_step_is_not_visited(window, accept_dialogs, qtbot, tmp_path):
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "asiakkaat.csv"
    path.write_text("Asiakasnumero;Sähköposti\n1;AINO@X.FI\n2;eero@x.fi\n", encoding="utf-8")

    def tick_lowercase(dialog):
        dialog._go(2)
        qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
        dialog.check_page.fix_boxes["lowercase_emails"].setChecked(True)
    accept_dialogs[ImportDialog] = tick_lowercase
    assert window.files.import_path(path)
    path.write_text("Asiakasnumero;Sähköposti\n1;AINO@X.FI\n2;eero@x.fi\n3;IIDA@X.FI\n", encoding="utf-8")
    accept_dialogs.clear()
    assert window.files.import_path(path)
    assert window.session.dataset.customers.role_column("email").tolist() == ["aino@x.fi", "eero@x.fi", "iida@x.fi"]


def test_a_newer_export_keeps_a_value_edited_in_the_window_and_says_so(window, accept_dialogs, messages, tmp_path):
    assert window.files.import_path(DATA / "customers_fi.csv")
    window.session.edit_customer("customer_id:1001", {"first_name": "Aino-Maria"})
    newer = tmp_path / "asiakkaat_uusi.csv"
    newer.write_bytes((DATA / "customers_fi.csv").read_bytes())
    assert window.files.import_path(newer)
    frame = window.session.dataset.customers.frame
    assert frame.loc[frame["Asiakasnumero"] == "1001", "Etunimi"].tolist() == ["Aino-Maria"]
    title, text = messages[-1]
    assert title == "Customers updated"
    assert "1 value you edited in SegmentDesk was kept" in text and "1001 Etunimi" in text


def test_a_mailchimp_unsubscribed_export_puts_its_addresses_on_the_do_not_contact_list(window, accept_dialogs):
    assert window.files.import_path(DATA / "contacts" / "mailchimp_unsubscribed_members.csv")
    project = window.session.project
    assert len(project.do_not_contact) == 2
    assert "sanna.ohman@example.fi" in project.do_not_contact
    assert any(e.action == "do_not_contact" for e in project.audit)
    assert "2 unsubscribed or bounced addresses on the do-not-contact list" in window.statusBar().currentMessage()


def test_adding_survey_answers_from_the_file_menu_shows_matched_and_unmatched(window, accept_dialogs, monkeypatch,
                                                                                 tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from segmentdesk.ui.dialogs.survey_dialog import SurveySummaryDialog

    assert window.files.import_path(DATA / "customers_fi.csv")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "surveys" / "typeform_responses.csv"), ""))
    monkeypatch.setattr(SurveySummaryDialog, "exec", lambda self: shown.append(self) or 0)
    window.menus.survey_action.trigger()
    dialog = shown[-1]
    assert "4 of 6 responses matched" in dialog.summary.text()
    assert [dialog.questions.item(r, 1).text() for r in range(3)] == ["Tags", "Number", "Text"]
    assert "Row 5: tuntematon@example.com" in dialog.unmatched.toPlainText()
    fields = window.session.dataset.customers.families
    assert fields["Mitä toivoisit meiltä?"] == "psychographic"
    assert window.session.project.audit[-1].action == "import_survey"
    dialog.resize(700, 430)
    dialog.show()
    dialog.grab().save(str(tmp_path / "survey_summary.png"))


def test_rows_are_numbered_as_excel_numbers_them_past_a_title_and_blank_rows(open_wizard, qtbot, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Asiakasrekisteri 2026"                       # a title, then a blank row
    sheet.append([])
    sheet.append(["Asiakasnumero", "Sähköposti", "Etunimi"])    # headings on row 3
    sheet.append(["000101", "aino@x.fi", "Aino"])
    sheet.append([])                                            # a blank row inside the data
    sheet.append(["000102", "eero(at)x.fi", "Eero"])           # Excel row 6
    path = tmp_path / "asiakkaat.xlsx"
    book.save(path)
    dialog = open_wizard(path)
    preview = dialog.customer_panel.preview
    assert [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())] == ["4", "6"]
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    page = dialog.check_page
    texts = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    page.issue_list.setCurrentRow(next(i for i, t in enumerate(texts) if "invalid email" in t))
    assert page.issue_rows.verticalHeaderItem(0).text() == "6"


def test_buttons_go_back_next_import_cancel_and_enter_moves_forward(open_wizard, qtbot):
    dialog = open_wizard(DATA / "customers_fi.csv")
    import_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    xs = [b.mapTo(dialog, b.rect().center()).x() for b in (dialog.back_button, dialog.next_button, import_button,
                                                            cancel)]
    assert xs == sorted(xs), "left to right: < Back, Next >, Import, Cancel"
    assert dialog.next_button.isDefault() and not import_button.isDefault()
    dialog._go(2)
    assert import_button.isDefault() and not dialog.next_button.isDefault()


def test_while_checking_the_dialog_says_what_it_is_doing(open_wizard, qtbot):
    dialog = open_wizard(DATA / "customers_fi.csv")
    seen: list[str] = []
    dialog.runner.busy_changed.connect(lambda busy: seen.append(dialog.activity.text() if busy else ""))
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    assert seen and seen[0].startswith("Checking ") and "rows" in seen[0]
    assert not dialog.activity.isVisible()


def test_the_finnish_wizard_names_separators_and_encodings_in_words(qtbot):
    from segmentdesk.ui import i18n
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    i18n.install("fi")
    try:
        dialog = ImportDialog(DATA / "customers_fi.csv", Settings())
        qtbot.addWidget(dialog)
        panel = dialog.customer_panel
        separators = [panel.delimiter_combo.itemText(i) for i in range(panel.delimiter_combo.count())]
        encodings = [panel.encoding_combo.itemText(i) for i in range(panel.encoding_combo.count())]
        assert "puolipiste ( ; )" in separators and not any("semicolon" in s for s in separators)
        assert panel.encoding_combo.currentText() == "Windows, suomalainen Excel (Windows-1252)"
        assert not any(e == "cp1252" for e in encodings)
    finally:
        i18n.install("en")


def test_survey_answers_outlive_replacing_the_customers_in_the_window(window, accept_dialogs, messages,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from segmentdesk.ui.dialogs.survey_dialog import SurveySummaryDialog

    assert window.files.import_path(DATA / "customers_fi.csv")
    monkeypatch.setattr(SurveySummaryDialog, "exec", lambda self: 0)
    assert window.surveys.add_from(DATA / "surveys" / "typeform_responses.csv") is not None
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert window.files.import_path(DATA / "customers_fi.csv")          # No: replace the customers
    frame = window.session.dataset.customers.frame
    assert sorted(v for v in frame["Mitä toivoisit meiltä?"] if v) == [
        "Ihana kauppa, kiitos!", "Kurssit verkossa olisivat kivoja", "Lisää joogamattoja"]


def test_the_check_steps_rows_show_a_long_email_whole(open_wizard, qtbot, tmp_path):
    email = "johanna.lainen.kotiosoite(at)esimerkki-verkkokauppa.fi"
    path = tmp_path / "long.csv"
    path.write_text(f"Asiakasnumero;Sähköposti;Etunimi\n1;{email};Johanna\n2;eero@x.fi;Eero\n", encoding="utf-8")
    dialog = open_wizard(path)
    dialog._go(2)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=10000)
    page = dialog.check_page
    texts = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    page.issue_list.setCurrentRow(next(i for i, t in enumerate(texts) if "invalid email" in t))
    rows = page.issue_rows
    assert rows.item(0, 1).text() == email
    assert rows.columnWidth(1) >= rows.fontMetrics().horizontalAdvance(email)
