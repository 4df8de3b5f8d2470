"""Every input in the main window has a name a screen reader can say (and a test can find it by)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from segmentdesk.paths import sample_dir

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(root):
            continue
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            continue                     # a spin box's line edit, a table's header: their owner is named
        if not w.accessibleName().strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} under {type(w.parentWidget()).__name__}")
    return missing


def _add(window, field: str, op: str) -> None:
    window.builder.add_condition()
    row = window.builder._rows[-1]
    row.field_combo.setCurrentIndex(row.field_combo.findData(field, Qt.ItemDataRole.UserRole))
    row.op_combo.setCurrentIndex(row.op_combo.findData(op))


def test_every_input_of_the_window_and_its_conditions_has_an_accessible_name(window, accept_dialogs, qtbot):
    window.files.open_sample()
    window.session.select_segment(0)
    for field, op in (("region", "in"), ("order_count", "between"), ("last_order_date", "in_last"),
                      ("signup_date", "between"), ("first_name", "contains"), ("interests", "has_any"),
                      ("birth_date", "birthday_in_next"), ("orders_in_last", "ge")):
        _add(window, field, op)
    qtbot.wait(50)                       # the rows are shown
    assert window.builder._rows[-1].field_combo.isVisible()
    missing = _unnamed_inputs(window)
    assert missing == [], "\n".join(missing)


def _next_tab_stop(widget):
    w = widget.nextInFocusChain()
    while w is not widget:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.isVisible() and w.focusProxy() is None:
            return w
        w = w.nextInFocusChain()
    return None


def test_tab_walks_segments_then_the_rule_then_the_customers_and_round(window, accept_dialogs, qtbot):
    window.files.open_sample()
    window.session.select_segment(0)
    _add(window, "order_count", "ge")
    qtbot.wait(50)
    b, c, s = window.builder, window.customers, window.segment_panel
    visits = [s.view]
    while len(visits) < 60:
        visits.append(_next_tab_stop(visits[-1]))
        if visits[-1] is s.view:
            break
    assert visits[-1] is s.view, "Tab comes round to the segment list"
    where = {id(w): i for i, w in enumerate(visits[:-1])}
    last_row = b._rows[-1]
    order = [s.view, b.name_edit, b.match_combo, b._rows[0].field_combo, last_row.field_combo, last_row.op_combo,
             last_row.editor.spins[0], last_row.remove_button, b.add_button, c.search, c.only_members, c.view]
    positions = [where.get(id(w)) for w in order]
    assert None not in positions and positions == sorted(positions), positions
    assert not c.view.tabKeyNavigation(), "Tab leaves the table instead of walking its cells"
