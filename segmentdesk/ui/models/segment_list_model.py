"""The project's segments as a list: name and size, read from the session.

The order is the segments' priority; rows can be dragged to a new place, which goes through the
session's undoable ``move_segment``.  Sizes come from the session's live counts (the same pass that
gives the builder its figures); a segment whose rule changed shows "…" until it is counted.
"""
from __future__ import annotations

import json
import os

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..session import Change, Session
from ..i18n import formats

SEGMENT_ROW_MIME = "application/x-segmentdesk-segment-row"
_NO_PARENT = QModelIndex()


class SegmentListModel(QAbstractListModel):
    """One row per segment: "Name" with its count (and share) as a second line of detail."""

    CountRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows = len(session.segments)       # as the views know them since the last reset
        session.changed.connect(self._on_session_changed)

    def _on_session_changed(self, change: Change, _initiator: object = None) -> None:
        if change & (Change.SEGMENT_LIST | Change.DATA):
            self.beginResetModel()
            self._rows = len(self._session.segments)
            self.endResetModel()
        elif change & Change.COUNTS:
            self._on_counts_changed()

    def _on_counts_changed(self) -> None:
        # Rows the views do not know yet are shown at the reset that follows the session's change.
        last = min(self._rows, self.rowCount()) - 1
        if last >= 0:
            self.dataChanged.emit(self.index(0, 0), self.index(last, 0),
                                  [Qt.ItemDataRole.DisplayRole, self.CountRole])

    def _count(self, row: int) -> int | None:
        if self._session.dataset is None:
            return None
        return self._session.live_counts.size_of(self._session.segments[row])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._session.segments)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._session.segments):
            return None
        segment = self._session.segments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._count(index.row())
            if count is not None:
                return f"{segment.name}  ·  {formats().whole(count)}"
            if self._session.dataset is not None and self._session.live_counts.is_counting(segment):
                return f"{segment.name}  ·  …"
            return segment.name
        if role == Qt.ItemDataRole.EditRole:
            return segment.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return (segment.description or segment.name) + "\n" + self.tr(
                "Drag to change the order (or Ctrl+Up / Ctrl+Down): where a customer may be in only one "
                "segment, the higher one wins.")
        if role == self.CountRole:
            return self._count(index.row())
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled        # drops land between rows, never onto one

    # -- reordering by drag and drop ------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SEGMENT_ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The dragged segment's row (one at a time: the list selects one segment)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        doc = {"pid": os.getpid(), "row": rows[0] if rows else -1}
        mime.setData(SEGMENT_ROW_MIME, QByteArray(json.dumps(doc).encode("utf-8")))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and not parent.isValid() and self._dragged_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """A segment dropped before ``row`` (-1: below the last) moves there, as one undo step."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return self.move_before(self._dragged_row(data), row if row >= 0 else self.rowCount())

    def moveRows(self, sourceParent: QModelIndex | QPersistentModelIndex, sourceRow: int, count: int,
                 destinationParent: QModelIndex | QPersistentModelIndex, destinationChild: int) -> bool:
        """What a list view's own internal move calls."""
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        return self.move_before(sourceRow, destinationChild)

    def move_before(self, source: int, before: int) -> bool:
        """Move the segment in row ``source`` to just above row ``before`` (rows counted before the move;
        ``rowCount()`` is the end) through the session, so it can be undone.  The session's change resets
        this model, which views take as well as a row move."""
        count = len(self._session.segments)
        if not (0 <= source < count and 0 <= before <= count):
            return False
        to = before - 1 if before > source else before
        if to != source:
            self._session.move_segment(source, to, initiator=self)
        return True

    def _dragged_row(self, data: QMimeData | None) -> int | None:
        if data is None or not data.hasFormat(SEGMENT_ROW_MIME):
            return None
        try:
            doc = json.loads(bytes(data.data(SEGMENT_ROW_MIME).data()).decode("utf-8"))
            row = int(doc["row"])
        except (ValueError, KeyError, TypeError):
            return None
        if doc.get("pid") != os.getpid() or not 0 <= row < len(self._session.segments):
            return None
        return row

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._session.rename_segment(index.row(), str(value), initiator=self)
