"""The project's segments as a list: name and size, read from the session."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ...core.errors import SegmentDeskError
from ..session import Change, Session


class SegmentListModel(QAbstractListModel):
    """One row per segment: "Name" with its count (and share) as a second line of detail."""

    CountRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._counts: list[int | None] = []
        session.changed.connect(self._on_session_changed)
        self._recount()

    def _on_session_changed(self, change: Change) -> None:
        if change & (Change.SEGMENTS | Change.DATA):
            self.beginResetModel()
            self._recount()
            self.endResetModel()

    def _recount(self) -> None:
        self._counts = []
        for segment in self._session.segments:
            try:
                count = int(self._session.mask(segment).sum()) if self._session.dataset is not None else None
            except SegmentDeskError:
                count = None
            self._counts.append(count)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._session.segments)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._session.segments):
            return None
        segment = self._session.segments[index.row()]
        count = self._counts[index.row()] if index.row() < len(self._counts) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if count is None:
                return segment.name
            return f"{segment.name}  ·  {QLocale().toString(count)}"
        if role == Qt.ItemDataRole.EditRole:
            return segment.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return segment.description or segment.name
        if role == self.CountRole:
            return count
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._session.rename_segment(index.row(), str(value))
