"""Moving conditions and groups in the segment builder: by drag and drop, by keyboard, from the context menu.

A real QDrag cannot be driven on the offscreen platform, so the tests hand the group editors the drag and
drop events a drag would deliver, carrying what the builder puts on a drag (``mime_for``).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json
from segmentdesk.ui.widgets.condition_row import ConditionRow
from segmentdesk.core.segments.rule_paths import can_move
from segmentdesk.ui.widgets.group_editor import GroupEditor

YOGA_FANS = 2          # the sample's "Joogaajat Uudellamaalla": region in Uusimaa and interests has jooga

REGION = {"field": "region", "op": "in", "value": ["Uusimaa"]}
YOGA = {"field": "interests", "op": "has_any", "value": ["jooga"]}
REGULAR = {"field": "order_count", "op": "ge", "value": 5}


def _choose(combo, data):
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _settle():
    """Let the rebuilt rows get their places.  The conditions' scroll area asks for its rows' height, so a row
    that comes or goes takes two rounds of posted layout requests (the rows, then the builder around them)."""
    for _ in range(3):
        QApplication.processEvents()


def _yoga_fans_with_a_regulars_group(window, qtbot) -> GroupEditor:
    """Region · yoga · any-of(order count ≥ 5), built by clicking; returns the nested group."""
    window.files.open_sample()
    window.session.select_segment(YOGA_FANS)
    top = window.builder.top
    qtbot.mouseClick(top.add_group_button, Qt.MouseButton.LeftButton)
    group: GroupEditor = top.rows[-1]
    row: ConditionRow = group.rows[0]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "ge")
    row.editor.spins[0].setValue(5)
    assert _rule(window) == {"all": [REGION, YOGA, {"any": [REGULAR]}]}
    _settle()
    return group


def _rule(window) -> dict:
    return window.session.current_segment.rule.to_json()


def _count(window) -> int:
    return window.session.figures(window.session.current_segment).count


def _expected_count(window, rule: dict) -> int:
    ds = window.session.dataset
    return int(Evaluator(ds, as_of=window.session.as_of).mask(node_from_json(rule)).sum())


def _shown_count(window) -> str:
    return window.builder.count_label.text().replace(",", "").replace("\u00a0", "")


def _drop(group: GroupEditor, mime, y: float) -> bool:
    """Drop ``mime`` on ``group`` at height ``y``, as a drag would; whether the group took it."""
    event = QDropEvent(QPointF(30, y), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    group.dropEvent(event)
    return event.isAccepted()


def _hover(group: GroupEditor, mime, y: float) -> bool:
    """Drag ``mime`` over ``group`` at height ``y``; whether the group would take it there."""
    event = QDragMoveEvent(QPoint(30, round(y)), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    group.dragMoveEvent(event)
    return event.isAccepted()


def _below_last_row(group: GroupEditor) -> float:
    return group.rows[-1].geometry().bottom() + 2


def test_rows_show_a_drag_handle_with_an_open_hand_and_a_tooltip(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    row: ConditionRow = window.builder.top.rows[0]
    for handle in (row.handle, group.handle):
        assert handle.isVisible()
        assert handle.cursor().shape() == Qt.CursorShape.OpenHandCursor
        assert "Drag to move" in handle.toolTip()
    assert row.handle.geometry().right() < row.field_combo.geometry().left(), "the handle is at the row's left"


def test_dropping_a_condition_into_another_group_changes_the_rule_and_the_count(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    before_rule, before_count = _rule(window), _count(window)
    yoga_row = window.builder.top.rows[1]

    assert _drop(group, window.builder.mime_for(yoga_row), _below_last_row(group))

    moved = {"all": [REGION, {"any": [REGULAR, YOGA]}]}
    assert _rule(window) == moved
    assert _count(window) == _expected_count(window, moved) > before_count, "any-of widens the segment"
    assert _shown_count(window).startswith(f"{_count(window)} customer")
    inner = window.builder.top.rows[1]
    assert isinstance(inner, GroupEditor) and len(inner.rows) == 2, "the builder shows the moved row"

    window.menus.undo_action.trigger()
    assert _rule(window) == before_rule, "one undo puts the condition back"
    assert _count(window) == before_count
    assert "Edit" in window.menus.undo_action.text(), "the move was one step: the next undo is the edit before it"


def test_dropping_a_condition_higher_in_its_own_group_reorders_it(window, qtbot):
    _yoga_fans_with_a_regulars_group(window, qtbot)
    top = window.builder.top
    assert top.rows[0].height() > 2, "laid out: the drop lands in the upper half of the first row"
    assert _drop(top, window.builder.mime_for(top.rows[1]), top.rows[0].geometry().top() + 1)
    assert _rule(window) == {"all": [YOGA, REGION, {"any": [REGULAR]}]}


def test_dragging_over_a_group_draws_a_line_where_the_condition_will_land(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    mime = window.builder.mime_for(window.builder.top.rows[1])
    assert _hover(group, mime, _below_last_row(group))
    assert group.drop_indicator.isVisible()
    assert group.drop_indicator.geometry().top() >= group.rows[-1].geometry().bottom()
    group.dragLeaveEvent(None)
    assert not group.drop_indicator.isVisible()


def test_a_group_cannot_be_dropped_into_its_own_sub_group(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    qtbot.mouseClick(group.add_group_button, Qt.MouseButton.LeftButton)
    _settle()
    inner: GroupEditor = group.rows[-1]
    before, steps = _rule(window), window.session.undo_stack.count()
    mime = window.builder.mime_for(group)

    assert not _hover(inner, mime, _below_last_row(inner))
    assert not inner.drop_indicator.isVisible()
    assert not _drop(inner, mime, _below_last_row(inner))
    assert _rule(window) == before
    assert window.session.undo_stack.count() == steps


def test_a_group_with_a_sub_group_would_be_too_deep_inside_another_group():
    assert can_move((2,), 1, (3,), 0), "a group of conditions fits inside a group"
    assert not can_move((2,), 2, (3,), 0), "with a group inside, it would pass the builder's three levels"
    assert can_move((2, 0), 2, (), 0), "moving up a level is always fine"


def test_alt_up_moves_a_condition_out_of_its_group_in_one_undo_step(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    window.activateWindow()
    row: ConditionRow = group.rows[0]
    row.field_combo.setFocus()
    qtbot.waitUntil(row.field_combo.hasFocus)

    qtbot.keyClick(row.field_combo, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    moved = {"all": [REGION, YOGA, REGULAR, {"any": []}]}
    assert _rule(window) == moved, "first in its group: steps out to just before the group"
    moved_row = window.builder.top.rows[2]
    assert moved_row.field_combo.hasFocus(), "the focus stays on the moved condition"
    qtbot.keyClick(moved_row.field_combo, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _rule(window) == {"all": [REGION, REGULAR, YOGA, {"any": []}]}

    window.menus.undo_action.trigger()
    assert _rule(window) == moved


def test_alt_down_moves_a_condition_below_the_next_one(window, qtbot):
    _yoga_fans_with_a_regulars_group(window, qtbot)
    window.activateWindow()
    row: ConditionRow = window.builder.top.rows[0]
    row.field_combo.setFocus()
    qtbot.waitUntil(row.field_combo.hasFocus)
    qtbot.keyClick(row.field_combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _rule(window) == {"all": [YOGA, REGION, {"any": [REGULAR]}]}


def test_the_context_menu_moves_a_condition_into_a_chosen_group(window, qtbot):
    _yoga_fans_with_a_regulars_group(window, qtbot)
    before = _rule(window)
    menu = window.builder.item_menu(window.builder.top.rows[0])
    texts = [a.text().split("\t")[0] for a in menu.actions()]
    assert texts[:3] == ["Move up", "Move down", "Move to group"]
    assert not menu.actions()[0].isEnabled(), "the first condition cannot go higher"
    targets = menu.actions()[2].menu().actions()
    assert [a.text() for a in targets] == ["any of: Number of orders is at least 5"]

    targets[0].trigger()

    assert _rule(window) == {"all": [YOGA, {"any": [REGULAR, REGION]}]}
    window.menus.undo_action.trigger()
    assert _rule(window) == before


def test_right_clicking_a_group_offers_to_move_it(window, qtbot):
    group = _yoga_fans_with_a_regulars_group(window, qtbot)
    at = QPoint(4, 4)
    group.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, group.mapToGlobal(at)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [a.text().split("\t")[0] for a in menu.actions()]
    assert texts == ["Move up", "Move down", "Move to group"]
    menu.actions()[0].trigger()
    menu.close()
    assert _rule(window) == {"all": [REGION, {"any": [REGULAR]}, YOGA]}
    assert "Move group" in window.menus.undo_action.text()
