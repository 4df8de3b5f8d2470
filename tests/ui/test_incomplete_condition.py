"""An added condition that still waits for its value does not wipe out the segment being built."""
from __future__ import annotations

from PySide6.QtCore import Qt

from segmentdesk.paths import sample_dir
from segmentdesk.ui.widgets.condition_row import ConditionRow
from segmentdesk.ui.widgets.group_editor import GroupEditor

SAMPLE = sample_dir()


def _choose(combo, data):
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _uusimaa(window, qtbot) -> int:
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")
    builder = window.builder
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = builder._rows[-1]
    _choose(row.field_combo, "region")
    _choose(row.op_combo, "in")
    row.editor.combo.set_checked("Uusimaa")
    return window.session.figures(window.session.current_segment).count


def _shown(window) -> tuple[str, str, int]:
    b = window.builder
    return b.count_label.text(), b.rule_label.text(), window.customers.model.rowCount()


def _empty_region_condition(row: ConditionRow) -> None:
    _choose(row.field_combo, "region")
    _choose(row.op_combo, "in")


def test_adding_a_condition_keeps_the_count_the_words_and_the_table(window, qtbot, accept_dialogs):
    in_uusimaa = _uusimaa(window, qtbot)
    before = _shown(window)
    qtbot.mouseClick(window.builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = window.builder._rows[-1]
    _empty_region_condition(row)
    assert window.session.current_segment.rule.to_json()["all"][-1]["field"] == "region", "the row is kept"
    assert window.session.figures(window.session.current_segment).count == in_uusimaa > 0
    assert _shown(window) == before
    assert not window.builder.rule_label.text().rstrip().endswith("one of")
    assert row.waiting_label.isVisibleTo(row) and row.waiting_label.text() == "choose a value"


def test_adding_a_group_keeps_the_count(window, qtbot, accept_dialogs):
    in_uusimaa = _uusimaa(window, qtbot)
    before = _shown(window)
    top = window.builder.top
    qtbot.mouseClick(top.add_group_button, Qt.MouseButton.LeftButton)
    group: GroupEditor = top.rows[-1]
    _empty_region_condition(group.rows[0])
    assert window.session.figures(window.session.current_segment).count == in_uusimaa
    assert _shown(window) == before


def test_choosing_the_value_counts_the_condition_and_drops_the_hint(window, qtbot, accept_dialogs):
    in_uusimaa = _uusimaa(window, qtbot)
    qtbot.mouseClick(window.builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = window.builder._rows[-1]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(3)
    assert not row.waiting_label.isVisibleTo(row)
    assert 0 < window.session.figures(window.session.current_segment).count < in_uusimaa


def _next_tab_stop(widget):
    """Where Tab moves focus from ``widget``: the next widget in the focus chain that takes Tab focus."""
    w = widget.nextInFocusChain()
    while w is not widget:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and not w.isHidden() \
                and w.focusProxy() is None:
            return w
        w = w.nextInFocusChain()
    return None


def test_tab_goes_from_the_operator_to_the_value_before_the_row_buttons(window, qtbot, accept_dialogs):
    _uusimaa(window, qtbot)
    row: ConditionRow = window.builder._rows[-1]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "between")
    stop = _next_tab_stop(row.op_combo)
    assert stop is not None and row.editor.isAncestorOf(stop), type(stop).__name__
    while row.editor.isAncestorOf(stop):          # through the value's own boxes (from, to)
        stop = _next_tab_stop(stop)
    assert stop is row.duplicate_button
