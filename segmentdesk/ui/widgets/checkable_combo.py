"""A drop-down list of values with check boxes that stays open while the user ticks."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox


class CheckableComboBox(QComboBox):
    """Items carry a check box; the closed box shows the ticked values joined by commas."""

    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setEditable(True)
        self.lineEdit().setReadOnly(True)
        self.lineEdit().installEventFilter(self)
        self.view().viewport().installEventFilter(self)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._placeholder = ""

    def set_items(self, items: list[tuple[str, str]], checked: set[str] | None = None, *,
                  names: dict[str, str] | None = None) -> None:
        """``items`` are (value, label) pairs; ``checked`` the values to tick (compared without case);
        ``names`` how a ticked value reads in the box (default: the value itself)."""
        self._names = dict(names or {})
        wanted = {c.casefold() for c in (checked or set())}
        model: QStandardItemModel = self.model()
        model.clear()
        for value, label in items:
            item = QStandardItem(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value.casefold() in wanted else Qt.CheckState.Unchecked)
            model.appendRow(item)
        self._refresh_text()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.lineEdit().setPlaceholderText(text)

    def checked_values(self) -> list[str]:
        model: QStandardItemModel = self.model()
        return [model.item(i).data(Qt.ItemDataRole.UserRole) for i in range(model.rowCount())
                if model.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, value: str, checked: bool = True) -> None:
        model: QStandardItemModel = self.model()
        for i in range(model.rowCount()):
            item = model.item(i)
            if item.data(Qt.ItemDataRole.UserRole).casefold() == value.casefold():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._refresh_text()
        self.checked_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            self.showPopup()
            return True
        if watched is self.view().viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            index = self.view().indexAt(event.position().toPoint())
            item = self.model().itemFromIndex(index)
            if item is not None:
                new = Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
                item.setCheckState(new)
                self._refresh_text()
                self.checked_changed.emit()
            return True           # keep the list open for the next tick
        return super().eventFilter(watched, event)

    def _refresh_text(self) -> None:
        values = [getattr(self, "_names", {}).get(v, v) for v in self.checked_values()]
        self.lineEdit().setText(", ".join(values))
        self.lineEdit().setCursorPosition(0)
        self.setToolTip("\n".join(values))
