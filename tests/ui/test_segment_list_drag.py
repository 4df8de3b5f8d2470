"""Reordering segments (their priority) by dragging them in the segment list, and with Ctrl+Up / Ctrl+Down.

A real QDrag cannot be driven on the offscreen platform: the tests hand the list the drop event a drag would
deliver, carrying what the list's model puts on a drag.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent


def _names(window) -> list[str]:
    return [s.name for s in window.session.segments]


def _drop_below_row(panel, dragged_row: int, row: int) -> bool:
    """Drop the segment in ``dragged_row`` on the lower half of ``row``; whether the list took it."""
    mime = panel.model.mimeData([panel.model.index(dragged_row, 0)])
    rect = panel.view.visualRect(panel.model.index(row, 0))
    event = QDropEvent(QPointF(rect.center().x(), rect.bottom() - 1), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.view.dropEvent(event)
    return event.isAccepted()


def test_segments_can_be_dragged_within_the_list_only(window):
    view = window.segment_panel.view
    model = window.segment_panel.model
    window.files.open_sample()
    assert view.dragDropMode() == view.DragDropMode.InternalMove
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled, "drops land between segments"


def test_dropping_a_segment_lower_moves_it_and_the_selection_follows(window):
    window.files.open_sample()
    panel = window.segment_panel
    names = _names(window)
    window.session.select_segment(0)

    assert _drop_below_row(panel, 0, 2)
    assert _names(window) == [names[1], names[2], names[0], names[3]]
    assert window.session.current_index == 2
    assert panel.view.currentIndex().row() == 2
    assert panel.view.selectionModel().isRowSelected(2, QModelIndex())
    assert window.builder.name_edit.text() == names[0], "the builder still shows the moved segment"

    window.menus.undo_action.trigger()
    assert _names(window) == names
    assert panel.view.currentIndex().row() == 0


def test_the_lists_own_internal_move_goes_through_the_undoable_session(window):
    window.files.open_sample()
    names = _names(window)
    model = window.segment_panel.model
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert _names(window) == [names[3], names[0], names[1], names[2]]
    assert window.session.current_index == 0
    window.menus.undo_action.trigger()
    assert _names(window) == names


def test_dropping_a_segment_where_it_already_is_changes_nothing(window):
    window.files.open_sample()
    steps = window.session.undo_stack.count()
    names = _names(window)
    _drop_below_row(window.segment_panel, 1, 1)
    assert _names(window) == names
    assert window.session.undo_stack.count() == steps


def test_ctrl_down_still_moves_the_selected_segment(window, qtbot):
    window.files.open_sample()
    names = _names(window)
    view = window.segment_panel.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    window.session.select_segment(1)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _names(window)[:3] == [names[0], names[2], names[1]]
    assert view.currentIndex().row() == 2
