"""Fields with a parameter in the builder — orders in the last N days, spend on one category — driven as a user
would, and conditions the builder cannot edit kept exactly as they were."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from segmentdesk.core.data.fields import parameterised_fields
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, Group, Segment
from segmentdesk.paths import sample_dir
from segmentdesk.ui.widgets.condition_row import ConditionRow
from segmentdesk.ui.widgets.parameter_editors import (
    CategoryParameterEditor,
    PeriodParameterEditor,
)

SAMPLE = sample_dir()


def _import_sample(window):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")


def _choose(combo, data):
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _new_row(window, qtbot) -> ConditionRow:
    qtbot.mouseClick(window.builder.add_button, Qt.MouseButton.LeftButton)
    return window.builder._rows[-1]


def _type_period(qtbot, row: ConditionRow, n: int, unit: str) -> None:
    """Pick the unit, then type the number and press Enter, as a user would."""
    period = row.parameter_editor.period
    _choose(period.unit, unit)
    period.n.setFocus()
    period.n.selectAll()
    qtbot.keyClicks(period.n, str(n))
    qtbot.keyClick(period.n, Qt.Key.Key_Return)


def _rule(window) -> list[dict]:
    return window.session.current_segment.rule.to_json()["all"]


def _evaluated(window, rule: Group) -> int:
    return int(Evaluator(window.session.dataset, as_of=window.session.as_of).mask(rule).sum())


def _load_segment_file(window, monkeypatch, tmp_path, rule: dict) -> None:
    source = tmp_path / "loaded.segment.json"
    source.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "Loaded", "rule": rule}),
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(source)], "")))
    window.import_segment_file()
    assert window.session.current_segment.name == "Loaded"


def _save_segment_file(window, monkeypatch, tmp_path) -> dict:
    target = tmp_path / "saved.segment.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.menus.export_segment_action.trigger()
    return json.loads(target.read_text(encoding="utf-8"))["rule"]


def test_the_field_list_offers_each_parameterised_kind_once_in_the_cores_words(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    keys = [row.field_combo.itemData(i, Qt.ItemDataRole.UserRole) for i in range(row.field_combo.count())]
    for kind, label in (("orders_in_last", "Orders in a period"), ("spend_in_last", "Spend in a period (€)"),
                        ("orders_in_category", "Orders in a category"),
                        ("spend_in_category", "Spend in a category (€)")):
        assert keys.count(kind) == 1
        assert row.field_combo.itemText(keys.index(kind)).strip() == label
    assert not any(isinstance(k, str) and ":" in k and not k.startswith("column:") for k in keys), \
        "no entry per parameter value"


def test_a_plain_field_has_no_parameter_editor(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    assert isinstance(row.parameter_editor, PeriodParameterEditor)
    _choose(row.field_combo, "order_count")
    assert row.parameter_editor is None
    assert _rule(window)[-1]["field"] == "order_count"


def test_orders_in_the_last_30_days_at_least_2_writes_the_field_and_counts_like_the_evaluator(
        window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    qtbot.waitUntil(row.parameter_editor.isVisible, timeout=1000)
    assert row.parameter_editor.parameter() == {"n": 90, "unit": "days"}
    _type_period(qtbot, row, 30, "days")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(2)

    assert _rule(window)[-1] == {"field": "orders_in_last:30 days", "op": "ge", "value": 2}
    rule = window.session.current_segment.rule
    expected = _evaluated(window, rule)
    assert 0 < expected < len(window.session.dataset)
    assert window.session.figures(window.session.current_segment).count == expected
    assert window.builder.count_label.text().replace(",", "").replace("\u00a0", "").startswith(f"{expected} ")


def test_changing_the_period_renames_the_field_keeps_operator_and_value_and_updates_the_count(
        window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(2)
    in_90_days = window.session.figures(window.session.current_segment).count
    _type_period(qtbot, row, 2, "years")
    assert _rule(window)[-1] == {"field": "orders_in_last:2 years", "op": "ge", "value": 2}
    assert window.session.figures(window.session.current_segment).count > in_90_days


def test_ctrl_z_undoes_the_parameter_change_in_one_step(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(2)
    before = window.session.figures(window.session.current_segment).count
    steps = window.session.undo_stack.count()
    _type_period(qtbot, row, 30, "days")              # typed "3", "0", Enter: one change
    assert window.session.undo_stack.count() == steps + 1
    assert _rule(window)[-1]["field"] == "orders_in_last:30 days"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    row.field_combo.setFocus()                        # out of the spin box, whose own Ctrl+Z undoes typing
    qtbot.keyClick(row.field_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _rule(window)[-1] == {"field": "orders_in_last:90 days", "op": "ge", "value": 2}
    assert window.session.figures(window.session.current_segment).count == before
    shown: ConditionRow = window.builder._rows[-1]
    assert shown.parameter_editor.parameter() == {"n": 90, "unit": "days"}, "the builder shows the rule as it was"
    assert shown.op_combo.currentData() == "ge" and shown.editor.value() == 2


def test_a_loaded_period_field_shows_its_kind_and_period_and_saves_back_unchanged(
        window, qtbot, accept_dialogs, monkeypatch, tmp_path):
    _import_sample(window)
    rule = {"all": [{"field": "orders_in_last:30 days", "op": "ge", "value": 2},
                    {"field": "region", "op": "in", "value": ["Uusimaa"]}]}
    _load_segment_file(window, monkeypatch, tmp_path, rule)
    row: ConditionRow = window.builder._rows[0]
    assert row.field_combo.currentData(Qt.ItemDataRole.UserRole) == "orders_in_last"
    assert row.parameter_editor.parameter() == {"n": 30, "unit": "days"}
    assert row.op_combo.currentData() == "ge" and row.editor.value() == 2

    window.builder._rows[1].editor.combo.set_checked("Pirkanmaa")   # an edit elsewhere re-reads every row
    edited = json.loads(json.dumps(rule))
    edited["all"][1]["value"] = ["Uusimaa", "Pirkanmaa"]
    assert _save_segment_file(window, monkeypatch, tmp_path) == edited


def test_a_loaded_category_field_shows_the_category_and_saves_back_unchanged(
        window, qtbot, accept_dialogs, monkeypatch, tmp_path):
    _import_sample(window)
    category, customers = next(t for t in parameterised_fields(window.session.dataset)
                               if t.name == "spend_in_category").choices[2]
    rule = {"any": [{"field": f"spend_in_category:{category}", "op": "gt", "value": 50},
                    {"field": "order_count", "op": "ge", "value": 3}]}
    _load_segment_file(window, monkeypatch, tmp_path, rule)
    row: ConditionRow = window.builder._rows[0]
    assert row.field_combo.currentData(Qt.ItemDataRole.UserRole) == "spend_in_category"
    assert isinstance(row.parameter_editor, CategoryParameterEditor)
    assert row.parameter_editor.parameter() == category
    assert row.parameter_editor.combo.currentText().replace("\u00a0", "").replace(",", "") == \
        f"{category}  ({customers})"

    window.builder._rows[1].editor.spins[0].setValue(4)
    edited = json.loads(json.dumps(rule))
    edited["any"][1]["value"] = 4
    assert _save_segment_file(window, monkeypatch, tmp_path) == edited
    assert window.session.figures(window.session.current_segment).count == \
        _evaluated(window, window.session.current_segment.rule)


def test_a_category_spelled_otherwise_is_shown_and_kept_as_written(window, qtbot, accept_dialogs):
    _import_sample(window)
    category = next(t for t in parameterised_fields(window.session.dataset)
                    if t.name == "orders_in_category").choices[0][0]
    name = f"orders_in_category:{category.upper()}"
    window.session.add_segment(Segment("Shouting", Group("all", [Condition(name, "ge", 1)])))
    row: ConditionRow = window.builder._rows[0]
    assert row.parameter_editor.parameter() == category.upper()
    _choose(row.op_combo, "gt")
    assert _rule(window) == [{"field": name, "op": "gt", "value": 1}]


def test_picking_another_category_renames_the_field(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_category")
    editor = row.parameter_editor
    choices = editor.template.choices
    assert editor.combo.count() == len(choices) and editor.parameter() == choices[0][0], "most bought first"
    editor.combo.setCurrentIndex(3)
    assert _rule(window)[-1]["field"] == f"orders_in_category:{choices[3][0]}"


def test_a_condition_with_an_unknown_field_is_shown_read_only_and_never_rewritten(window, qtbot, accept_dialogs):
    _import_sample(window)
    unknown = [Condition("shoe_size", "eq", 42), Condition("orders_in_last:ninety days", "ge", 2),
               Condition("order_count", "has_any", ["x"])]
    window.session.add_segment(Segment("From elsewhere", Group("all", unknown + [Condition("region", "in",
                                                                                     ["Uusimaa"])])))
    rows: list[ConditionRow] = window.builder._rows
    for row, cond in zip(rows, unknown):
        assert not row.is_editable()
        assert row.unknown_label.isVisibleTo(row) and not row.field_combo.isVisibleTo(row)
        assert "kept as it is" in row.unknown_label.text()
    assert "unknown field" in rows[0].unknown_label.text() and "shoe_size" in rows[0].unknown_label.text()

    rows[3].editor.combo.set_checked("Pirkanmaa")            # an edit elsewhere re-reads every row
    assert _rule(window)[:3] == [c.to_json() for c in unknown]
    qtbot.mouseClick(rows[0].duplicate_button, Qt.MouseButton.LeftButton)
    assert _rule(window)[:2] == [unknown[0].to_json()] * 2


def test_switching_between_period_kinds_keeps_the_chosen_period(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    _type_period(qtbot, row, 6, "weeks")
    _choose(row.field_combo, "spend_in_last")
    assert _rule(window)[-1]["field"] == "spend_in_last:6 weeks"
    _choose(row.field_combo, "spend_in_category")
    assert isinstance(row.parameter_editor, CategoryParameterEditor)
    assert _rule(window)[-1]["field"] == f"spend_in_category:{row.parameter_editor.template.choices[0][0]}"


def test_a_period_written_unusually_is_kept_as_written_until_the_row_is_edited(window, qtbot, accept_dialogs):
    _import_sample(window)
    odd = Condition("orders_in_last:030 days", "ge", 1)
    window.session.add_segment(Segment("Odd", Group("all", [odd, Condition("order_count", "ge", 1)])))
    row: ConditionRow = window.builder._rows[0]
    assert row.parameter_editor.parameter() == {"n": 30, "unit": "days"}
    window.builder._rows[1].editor.spins[0].setValue(2)
    assert _rule(window)[0] == odd.to_json()
    row.editor.spins[0].setValue(3)
    assert _rule(window)[0] == {"field": "orders_in_last:30 days", "op": "ge", "value": 3}


def test_tab_goes_from_the_field_through_the_period_to_the_operator(window, qtbot, accept_dialogs):
    _import_sample(window)
    row = _new_row(window, qtbot)
    _choose(row.field_combo, "orders_in_last")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    row.field_combo.setFocus()
    visited = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    period = row.parameter_editor.period
    assert visited[0] in (period.n, period.n.findChild(QLineEdit))
    assert visited[1:] == [period.unit, row.op_combo]
