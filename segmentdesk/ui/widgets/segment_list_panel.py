"""The project's segments with their sizes: select, create, duplicate, rename, delete, reorder by dragging."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models.segment_list_model import SegmentListModel
from ..session import Change, Session


class SegmentListView(QListView):
    """The segment list; a segment dragged to another place moves there through the model's ``dropMimeData``."""

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` lands before (``rowCount()``: below the last)."""
        model = self.model()
        for row in range(model.rowCount()):
            if pos.y() < self.visualRect(model.index(row, 0)).center().y():
                return row
        return model.rowCount()

    def dropEvent(self, event) -> None:
        row = self.drop_row(event.position().toPoint())
        if self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        if event.source() is self:
            # Our own drag: seeing the event accepted, QListView takes the rows as moved (it removes nothing
            # when the drag ends) and leaves its drag state.
            super().dropEvent(event)


class SegmentListPanel(QWidget):
    delete_requested = Signal(int)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = SegmentListModel(session, self)
        self.view = SegmentListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setAccessibleName(self.tr("Segments"))
        self.view.setSpacing(2)
        # The order is the priority: drag a segment to another place (Ctrl+Up / Ctrl+Down do the same).
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)

        title = QLabel(self.tr("Segments"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.new_action = QAction(self.tr("&New segment"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.duplicate_action = QAction(self.tr("D&uplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.rename_action = QAction(self.tr("&Rename"), self)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.up_action = QAction(self.tr("Move u&p"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_action = QAction(self.tr("Move do&wn"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)

        buttons = QHBoxLayout()
        self._buttons: list[QToolButton] = []
        for action in (self.new_action, self.duplicate_action, self.rename_action, self.delete_action):
            button = QToolButton()
            self._buttons.append(button)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.new_action.triggered.connect(lambda: session.add_segment(initiator=self))
        self.duplicate_action.triggered.connect(self._on_duplicate)
        self.rename_action.triggered.connect(self._on_rename)
        self.delete_action.triggered.connect(self._on_delete)
        self.up_action.triggered.connect(lambda: self._move(-1))
        self.down_action.triggered.connect(lambda: self._move(+1))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._sync_selection)
        session.changed.connect(self._on_session_changed)
        self._sync_selection()

    def tab_stops(self) -> list[QWidget]:
        return [self.view, *self._buttons]

    def _on_session_changed(self, change: Change, _initiator: object = None) -> None:
        if change & (Change.CURRENT | Change.DATA | Change.SEGMENT_LIST):
            self._sync_selection()

    def _sync_selection(self) -> None:
        has = self._session.current_segment is not None
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            action.setEnabled(has)
        index_now = self._session.current_index
        self.up_action.setEnabled(has and index_now > 0)
        self.down_action.setEnabled(has and index_now < len(self._session.segments) - 1)
        self.new_action.setEnabled(self._session.dataset is not None)
        index = self.model.index(self._session.current_index, 0)
        if index.isValid() and self.view.currentIndex() != index:
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._session.select_segment(current.row(), initiator=self)

    def _on_duplicate(self) -> None:
        if self._session.current_segment is not None:
            self._session.duplicate_segment(self._session.current_index, initiator=self)

    def _on_rename(self) -> None:
        index = self.model.index(self._session.current_index, 0)
        if index.isValid():
            self.view.edit(index)

    def _move(self, step: int) -> None:
        index = self._session.current_index
        self._session.move_segment(index, index + step, initiator=self)

    def _on_delete(self) -> None:
        if self._session.current_segment is not None:
            self.delete_requested.emit(self._session.current_index)
