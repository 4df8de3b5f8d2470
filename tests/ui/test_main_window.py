"""The walking skeleton driven as a user would: import, build a segment, export, save and reopen."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
from PySide6.QtCore import Qt

from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, Group
from segmentdesk.paths import sample_dir
from segmentdesk.ui.widgets.condition_row import ConditionRow

SAMPLE = sample_dir()


def _import_sample(window):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")


def _choose(combo, data):
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _add_region_uusimaa(window, qtbot) -> None:
    builder = window.builder
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = builder._rows[-1]
    _choose(row.field_combo, "region")
    _choose(row.op_combo, "in")
    row.editor.combo.set_checked("Uusimaa")


def _add_at_least_three_orders(window, qtbot) -> None:
    builder = window.builder
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = builder._rows[-1]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(3)


def _build_two_conditions(window, qtbot):
    _add_region_uusimaa(window, qtbot)
    _add_at_least_three_orders(window, qtbot)


def _expected_count(as_of):
    plan = ImportPlan.for_files(SAMPLE / "customers.xlsx", orders=SAMPLE / "orders.csv")
    ds = run_import(plan, as_of=as_of).dataset
    rule = Group("all", [Condition("region", "in", ["Uusimaa"]), Condition("order_count", "ge", 3)])
    return int(Evaluator(ds, as_of=as_of).mask(rule).sum()), len(ds)


def _shown_number(label) -> str:
    return label.text().replace(",", "").replace("\u00a0", "")


def test_importing_the_sample_fills_the_table_and_makes_a_first_segment(window, accept_dialogs):
    _import_sample(window)
    assert len(window.session.dataset) == window.customers.model.total_rows > 1000
    assert window.session.segments, "an import into an empty project starts a segment to edit"
    assert "orders" in window.status_data.text()


def test_live_count_follows_each_click_in_the_builder(window, qtbot, accept_dialogs):
    _import_sample(window)
    builder = window.builder
    _add_region_uusimaa(window, qtbot)
    only_region = window.session.figures(window.session.current_segment).count
    assert str(only_region) in _shown_number(builder.count_label)

    _add_at_least_three_orders(window, qtbot)
    expected, total = _expected_count(window.session.as_of)
    assert 0 < expected < only_region < total
    assert _shown_number(builder.count_label).startswith(f"{expected} customer")
    assert window.customers.model.rowCount() == expected, "the table shows the segment's members"


def test_match_any_widens_the_segment(window, qtbot, accept_dialogs):
    _import_sample(window)
    _build_two_conditions(window, qtbot)
    narrow = window.session.figures(window.session.current_segment).count
    _choose(window.builder.match_combo, "any")
    wide = window.session.figures(window.session.current_segment).count
    assert wide > narrow


def test_search_box_filters_rows(window, qtbot, accept_dialogs):
    _import_sample(window)
    window.customers.only_members.setChecked(False)
    everyone = window.customers.model.rowCount()
    window.customers.search.setText("gmail.com")
    qtbot.waitUntil(lambda: window.customers.model.rowCount() < everyone, timeout=3000)
    model = window.customers.model
    emails = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert all("gmail.com" in (e or "").lower() for e in emails)
    assert 0 < model.rowCount() < everyone


def test_sorting_by_a_column_orders_rows(window, accept_dialogs):
    _import_sample(window)
    window.customers.only_members.setChecked(False)
    model = window.customers.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Sukunimi")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, column).data() for r in range(50)]
    assert names == sorted(names, key=str.casefold)


def test_export_writes_summary_and_one_sheet_per_segment_with_consent_only(window, qtbot, accept_dialogs, tmp_path,
                                                                           messages):
    _import_sample(window)
    _build_two_conditions(window, qtbot)
    window.session.rename_segment(0, "Uusimaa regulars")
    out = tmp_path / "lists.xlsx"
    accept_dialogs[__import__("segmentdesk.ui.dialogs.export_dialog", fromlist=["ExportDialog"]).ExportDialog] = \
        lambda d: d.path_edit.setText(str(out))
    window.export_dialog()
    shown = window.export_message.text()
    window.export_message.close()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Uusimaa regulars"]
    rows = list(book["Uusimaa regulars"].iter_rows(values_only=True))
    assert rows[0][0] == "Email"       # headings in the window's language (English in tests)
    mask = window.session.mask(window.session.current_segment)
    reachable = window.session.figures(window.session.current_segment).reachable     # the builder's number
    assert len(rows) - 1 == reachable < int(mask.sum())
    assert window.session.project.audit[-1].action == "export"
    assert str(out) in shown and "Left out" in shown


def test_save_and_reopen_keeps_data_roles_and_segments(window, qtbot, accept_dialogs, tmp_path):
    _import_sample(window)
    _build_two_conditions(window, qtbot)
    before = window.session.figures(window.session.current_segment).count
    path = tmp_path / "shop.segdesk"
    assert window.files.save_to(path)
    assert not window.isWindowModified()
    window.session.new()
    window.files.open_path(path)
    assert window.session.path == path
    assert window.session.dataset.customers.roles["email"] == "Sähköposti"
    assert window.session.figures(window.session.current_segment).count == before
    assert [type(r).__name__ for r in window.builder._rows] == ["ConditionRow", "ConditionRow"]


def test_a_file_that_is_not_a_spreadsheet_gets_a_message_not_a_traceback(window, tmp_path, messages):
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert not window.files.import_path(bad)
    assert messages and "not a spreadsheet" in messages[0][1]
    assert window.session.dataset is None


def test_an_empty_file_is_refused_with_a_clear_message(window, tmp_path, messages):
    empty = tmp_path / "asiakkaat.csv"
    empty.write_bytes(b"")
    assert not window.files.import_path(empty)
    assert [text for _title, text in messages] == ["The file is empty."]


def test_data_without_an_email_column_imports_and_export_explains(window, qtbot, accept_dialogs, tmp_path):
    path = tmp_path / "no_email.csv"
    pd.DataFrame({"Etunimi": ["Aino", "Eino"], "Postinumero": ["00100", "33100"],
                  "Markkinointilupa": ["Kyllä", "Ei"]}).to_csv(path, sep=";", index=False)
    assert window.files.import_path(path)
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.no_email.isHidden()
    assert "no email column" in dialog.no_email.text()


def test_dropping_a_project_file_on_the_window_opens_it(window, qtbot, accept_dialogs, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    _import_sample(window)
    path = tmp_path / "dropped.segdesk"
    assert window.files.save_to(path)
    window.session.new()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.path == path
    assert len(window.session.dataset) == 2000


def test_saved_projects_appear_under_open_recent(window, accept_dialogs, tmp_path):
    _import_sample(window)
    path = tmp_path / "recent.segdesk"
    assert window.files.save_to(path)
    entries = [a.toolTip() for a in window.menus.recent_menu.actions()]
    assert entries[0] == str(path)
    window.session.new()
    window.menus.recent_menu.actions()[0].trigger()
    assert window.session.path == path


def test_deleting_a_segment_asks_first_and_removes_it(window, accept_dialogs, messages):
    _import_sample(window)
    window.session.add_segment()
    before = len(window.session.segments)
    window.segment_panel.delete_action.trigger()
    assert messages and messages[-1][0] == "Delete segment"
    assert len(window.session.segments) == before - 1


def test_undo_and_redo_walk_back_and_forth_through_builder_edits(window, qtbot, accept_dialogs):
    _import_sample(window)
    everyone = window.session.figures(window.session.current_segment).count
    _add_region_uusimaa(window, qtbot)
    in_uusimaa = window.session.figures(window.session.current_segment).count
    _add_at_least_three_orders(window, qtbot)
    narrow = window.session.figures(window.session.current_segment).count
    assert everyone > in_uusimaa > narrow

    window.menus.undo_action.trigger()          # the spin box value: back to "at least 0"
    window.menus.undo_action.trigger()          # the second condition's field and operator
    window.menus.undo_action.trigger()          # the second row added
    assert window.session.figures(window.session.current_segment).count == in_uusimaa
    assert len(window.builder._rows) == 1, "the builder shows the rule as it was"
    window.menus.redo_action.trigger()
    window.menus.redo_action.trigger()
    window.menus.redo_action.trigger()
    assert window.session.figures(window.session.current_segment).count == narrow
    assert len(window.builder._rows) == 2


def test_undo_brings_back_a_deleted_segment(window, accept_dialogs):
    _import_sample(window)
    window.session.rename_segment(0, "Keep me")
    window.segment_panel.delete_action.trigger()
    assert window.session.segments == []
    window.menus.undo_action.trigger()
    assert [s.name for s in window.session.segments] == ["Keep me"]
    assert "Rename" in window.menus.undo_action.text(), "the next undo step says what it undoes"


def test_export_for_mailchimp_writes_one_csv_per_segment_into_a_folder(window, qtbot, accept_dialogs, tmp_path,
                                                                        messages):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    _import_sample(window)
    _build_two_conditions(window, qtbot)
    window.session.rename_segment(0, "Uusimaa regulars")
    folder = tmp_path / "for-mailchimp"

    def choose_mailchimp(dialog):
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mailchimp"))
        dialog.combined_box.setChecked(False)          # a file per segment, not one for the audience
        dialog.path_edit.setText(str(folder))

    accept_dialogs[ExportDialog] = choose_mailchimp
    window.export_dialog()
    written = pd.read_csv(folder / "Uusimaa regulars.csv", dtype=str)
    assert list(written.columns[:3]) == ["Email Address", "First Name", "Last Name"]
    mask = window.session.mask(window.session.current_segment)
    ds = window.session.dataset
    emails = ds.customers.frame["Sähköposti"][mask & ds.consent & ds.valid_email].str.lower().drop_duplicates()
    assert sorted(written["Email Address"]) == sorted(emails)
    assert window.session.project.audit[-1].details["format"] == "mailchimp"


def test_overlap_dialog_shows_shared_and_exclusive_counts(window, qtbot):
    from segmentdesk.ui.dialogs.overlap_dialog import OverlapDialog

    window.files.open_sample()
    dialog = OverlapDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    names = [s.name for s in window.session.segments]
    assert dialog.matrix.rowCount() == len(names)
    sizes = [window.session.figures(s).count for s in window.session.segments]
    assert dialog.matrix.item(0, 0).text().replace("\u00a0", "").replace(",", "") == str(sizes[0])
    assert dialog.exclusive.item(0, 2).text().replace("\u00a0", "").replace(",", "") == str(sizes[0])
    exclusive_total = sum(int(dialog.exclusive.item(r, 2).text().replace("\u00a0", "").replace(",", ""))
                          for r in range(len(names) + 1))
    assert exclusive_total == len(window.session.dataset)


def test_moving_a_segment_changes_its_priority_and_can_be_undone(window):
    window.files.open_sample()
    names = [s.name for s in window.session.segments]
    window.session.select_segment(1)
    window.segment_panel.up_action.trigger()
    assert [s.name for s in window.session.segments][:2] == [names[1], names[0]]
    assert window.session.current_segment.name == names[1]
    window.menus.undo_action.trigger()
    assert [s.name for s in window.session.segments] == names


def test_builder_warns_when_a_segment_is_too_small_to_act_on(window, qtbot, accept_dialogs):
    _import_sample(window)
    builder = window.builder
    assert builder.warning_label.isHidden()
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = builder._rows[-1]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(100)
    reachable = window.session.figures(window.session.current_segment).reachable
    assert 0 < reachable < 30
    assert not builder.warning_label.isHidden()
    assert f"Only {reachable} reachable customers" in builder.warning_label.text()
    row.editor.spins[0].setValue(100_000)
    assert "No customer matches this segment." in builder.warning_label.text()


def test_segment_files_round_trip_through_the_segment_menu(window, qtbot, accept_dialogs, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    _import_sample(window)
    _build_two_conditions(window, qtbot)
    window.session.rename_segment(0, "Shared rule")
    target = tmp_path / "shared.segment.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.menus.export_segment_action.trigger()
    assert '"format": "segmentdesk.segment/1"' in target.read_text(encoding="utf-8")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(target)], "")))
    window.import_segment_file()
    names = [s.name for s in window.session.segments]
    assert names == ["Shared rule", "Shared rule (2)"]
    counts = [window.session.figures(s).count for s in window.session.segments]
    assert counts[0] == counts[1]


def test_a_segment_file_with_an_unknown_field_is_refused_with_its_name(window, accept_dialogs, tmp_path,
                                                                       monkeypatch, messages):
    from PySide6.QtWidgets import QFileDialog

    _import_sample(window)
    bad = tmp_path / "bad.segment.json"
    bad.write_text('{"format": "segmentdesk.segment/1", "name": "Bad", "rule": {"all": '
                   '[{"field": "shoe_size", "op": "eq", "value": 42}]}}', encoding="utf-8")
    before = [s.name for s in window.session.segments]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(bad)], "")))
    window.import_segment_file()
    assert [s.name for s in window.session.segments] == before
    assert messages and "bad.segment.json" in messages[-1][1] and "shoe_size" in messages[-1][1]


def test_data_quality_dialog_lists_problems_and_shows_their_rows(window, qtbot):
    import re

    from segmentdesk.core.data.roles import EMAIL_PATTERN
    from segmentdesk.ui.dialogs.quality_dialog import QualityDialog

    window.files.open_sample()
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    codes = [dialog.issue_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.issue_list.count())]
    assert "invalid_email" in codes and "duplicate_email" in codes
    dialog.issue_list.setCurrentRow(codes.index("invalid_email"))
    email_column = [dialog.rows.horizontalHeaderItem(c).text() for c in range(dialog.rows.columnCount())].index("Sähköposti")
    shown = [dialog.rows.item(r, email_column).text() for r in range(dialog.rows.rowCount())]
    assert shown and not any(re.match(EMAIL_PATTERN, e) for e in shown)


def test_a_nested_none_of_group_excludes_its_customers(window, qtbot, accept_dialogs):
    from segmentdesk.ui.widgets.group_editor import GroupEditor

    _import_sample(window)
    _add_region_uusimaa(window, qtbot)
    in_uusimaa = window.session.figures(window.session.current_segment).count
    top = window.builder.top
    qtbot.mouseClick(top.add_group_button, Qt.MouseButton.LeftButton)
    group: GroupEditor = top.rows[-1]
    _choose(group.mode_combo, "none")
    row: ConditionRow = group.rows[0]
    _choose(row.field_combo, "gender")
    _choose(row.op_combo, "in")
    row.editor.combo.set_checked("Mies")
    rule = window.session.current_segment.rule.to_json()
    assert rule == {"all": [{"field": "region", "op": "in", "value": ["Uusimaa"]},
                            {"not": {"any": [{"field": "gender", "op": "in", "value": ["Mies"]}]}}]}
    ds = window.session.dataset
    expected = int(Evaluator(ds, as_of=window.session.as_of).mask(
        window.session.current_segment.rule).sum())
    assert 0 < window.session.figures(window.session.current_segment).count == expected < in_uusimaa
    window.menus.undo_action.trigger()
    assert isinstance(window.builder.top.rows[-1], GroupEditor), "undo rebuilds the nested group"


def test_duplicating_a_condition_puts_an_identical_copy_below_it(window, qtbot, accept_dialogs):
    _import_sample(window)
    _add_region_uusimaa(window, qtbot)
    _add_at_least_three_orders(window, qtbot)
    first = window.builder._rows[0]
    qtbot.mouseClick(first.duplicate_button, Qt.MouseButton.LeftButton)
    rule = window.session.current_segment.rule.to_json()["all"]
    assert [c["field"] for c in rule] == ["region", "region", "order_count"]
    assert rule[0] == rule[1]


def test_the_small_segment_threshold_is_the_users_and_is_remembered(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from segmentdesk.core.settings import load_settings

    window.files.open_sample()
    window.session.select_segment(2)          # 65 reachable yoga fans in Uusimaa
    assert window.builder.warning_label.isHidden()
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (100, True)))
    window.ask_small_segment_threshold()
    assert "fewer than 100" in window.builder.warning_label.text()
    assert load_settings(window._settings_path).small_segment_threshold == 100


def test_import_dialog_names_ragged_lines_before_importing(qtbot, tmp_path):
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "ragged.csv"
    path.write_text("Sähköposti;Etunimi\na@x.fi;Aino\nb@x.fi;Eino;ylimääräinen\nc@x.fi;Kaisa\n", encoding="utf-8")
    dialog = ImportDialog(path, Settings())
    qtbot.addWidget(dialog)
    assert "lines 3" in dialog.customer_panel.found_label.text()


def test_a_damaged_project_file_gets_a_message_and_the_open_project_stays(window, tmp_path, messages,
                                                                          accept_dialogs):
    _import_sample(window)
    before = len(window.session.dataset)
    bad = tmp_path / "broken.segdesk"
    bad.write_bytes(b"not a project at all")
    window.files.open_path(bad)
    assert messages and messages[-1][0] == "Cannot open the project"
    assert len(window.session.dataset) == before


def test_opening_a_project_can_be_cancelled_and_changes_nothing(window, tmp_path, accept_dialogs, monkeypatch):
    from segmentdesk.ui import project_files as project_files_module

    _import_sample(window)
    path = tmp_path / "shop.segdesk"
    assert window.files.save_to(path)
    window.session.new()
    monkeypatch.setattr(project_files_module, "run_with_progress", lambda *args: None)    # the user pressed Cancel
    window.files.open_path(path)
    assert window.session.dataset is None and window.session.path is None


def test_an_edit_made_while_saving_keeps_the_project_unsaved(window, tmp_path, accept_dialogs, monkeypatch):
    from segmentdesk.core.project.store import load_project
    from segmentdesk.ui import project_files as project_files_module

    _import_sample(window)
    count_before = len(window.session.segments)

    def save_while_user_edits(parent, title, label, fn, **kwargs):
        result = fn(progress=None)
        window.session.add_segment()          # the user clicks "New segment" while the file is written
        return result
    monkeypatch.setattr(project_files_module, "run_with_progress", save_while_user_edits)
    path = tmp_path / "shop.segdesk"
    assert window.files.save_to(path)
    assert window.session.dirty, "the new segment is not in the file yet"
    assert len(load_project(path).segments) == count_before


def test_a_rule_the_data_cannot_answer_says_why_and_shows_its_own_words(window, accept_dialogs):
    from segmentdesk.core.segments.model import segment_from_json

    _import_sample(window)
    window.session.add_segment(segment_from_json({"format": "segmentdesk.segment/1", "name": "Kengät", "rule": {
        "all": [{"field": "shoe_size", "op": "eq", "value": 42}]}}))
    assert window.builder.count_label.text() == "Incomplete condition"
    assert "This data has no field “shoe_size”" in window.builder.detail_label.text()
    assert "shoe_size" in window.builder.rule_label.text()
