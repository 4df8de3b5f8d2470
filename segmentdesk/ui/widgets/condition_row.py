"""One condition in the builder: a drag handle, field · operator · value, and buttons to copy or remove it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QToolButton, QWidget

from ...core.dataset import Dataset
from ...core.fields import FAMILIES, Field, available_fields, field_values
from ...core.segments.model import Condition
from ...core.segments.operators import operators_for, value_shape
from ...core.words import family_label, field_label, operator_label
from ...paths import icon_file
from .value_editors import ValueEditor, make_value_editor

SEGMENT_FIELD = Field("segment", "segments", "segment")


class DragHandle(QWidget):
    """The grip at the left of a row or group: pressing and pulling it emits ``drag_started``.

    It only notices the gesture; whoever owns the rule tree builds and runs the drag.
    """

    drag_started = Signal()

    def __init__(self, tooltip: str, parent=None) -> None:
        super().__init__(parent)
        self._pressed_at: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(tooltip)
        self.setFixedWidth(14)

    def sizeHint(self) -> QSize:
        return QSize(14, 22)

    def paintEvent(self, _event) -> None:
        """Six dots, the usual sign for "you can pick this up"."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        centre = QPointF(self.width() / 2, self.height() / 2)
        for dx in (-2.5, 2.5):
            for dy in (-5.0, 0.0, 5.0):
                painter.drawEllipse(centre + QPointF(dx, dy), 1.5, 1.5)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pressed_at is None:
            return
        if (event.position().toPoint() - self._pressed_at).manhattanLength() >= QApplication.startDragDistance():
            self._let_go()
            self.drag_started.emit()       # runs the whole drag; this widget may be rebuilt afterwards

    def mouseReleaseEvent(self, event) -> None:
        self._let_go()
        super().mouseReleaseEvent(event)

    def _let_go(self) -> None:
        self._pressed_at = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)


class ConditionRow(QWidget):
    """Edits one :class:`Condition`; emits ``changed`` after every edit and ``remove_requested``.

    ``drag_requested(row)`` when its handle is pulled and ``menu_requested(row, global_pos)`` on a right-click:
    moving a row is the business of whoever holds the whole rule.
    """

    changed = Signal()
    remove_requested = Signal()
    duplicate_requested = Signal()
    drag_requested = Signal(object)
    menu_requested = Signal(object, QPoint)

    def __init__(self, ds: Dataset, *, lang: str, as_of: dt.date, segment_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self._ds, self._lang, self._as_of = ds, lang, as_of
        self._segment_names = segment_names
        self._fields = {f.name: f for f in available_fields(ds)}
        if segment_names:
            self._fields["segment"] = SEGMENT_FIELD
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.handle = DragHandle(self.tr("Drag to move this condition to another place or group. "
                                         "Keyboard: Alt+Up / Alt+Down; right-click for more."))
        self.field_combo = QComboBox()
        self.field_combo.setModel(self._field_model())
        self.field_combo.setMinimumWidth(190)
        self.field_combo.setAccessibleName(self.tr("Field"))
        self.op_combo = QComboBox()
        self.op_combo.setMinimumWidth(150)
        self.op_combo.setAccessibleName(self.tr("Operator"))
        self.editor: ValueEditor = make_value_editor(None, "is_empty", lang=lang, as_of=as_of)
        self.duplicate_button = QToolButton()
        self.duplicate_button.setIcon(QIcon(str(icon_file("duplicate"))))
        self.duplicate_button.setToolTip(self.tr("Duplicate this condition"))
        self.duplicate_button.setAutoRaise(True)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.remove_button.setAutoRaise(True)
        layout.addWidget(self.handle)
        layout.addWidget(self.field_combo)
        layout.addWidget(self.op_combo)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.duplicate_button)
        layout.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self.remove_button.clicked.connect(self.remove_requested)
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.handle.drag_started.connect(self._on_handle_dragged)

    def _on_handle_dragged(self) -> None:
        self.drag_requested.emit(self)

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(self, event.globalPos())
        event.accept()

    # -- choices -------------------------------------------------------------------------
    def _field_model(self) -> QStandardItemModel:
        """Fields grouped under their family, family names as unselectable headings."""
        model = QStandardItemModel(self)
        bold = QFont()
        bold.setBold(True)
        by_family: dict[str, list[Field]] = {}
        for f in self._fields.values():
            by_family.setdefault(f.family, []).append(f)
        for family in FAMILIES + ("segments",):
            fields = by_family.get(family)
            if not fields:
                continue
            heading = QStandardItem(family_label(family, self._lang) if family != "segments"
                                    else field_label("segment", self._lang))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(bold)
            model.appendRow(heading)
            for f in fields:
                label = self.tr("In another segment") if f.name == "segment" else field_label(f.name, self._lang)
                item = QStandardItem("   " + label)
                item.setData(f.name, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
        return model

    def field(self) -> Field | None:
        return self._fields.get(self.field_combo.currentData(Qt.ItemDataRole.UserRole))

    # -- load / read -----------------------------------------------------------------------
    def set_condition(self, cond: Condition) -> None:
        blockers = [self.field_combo.blockSignals(True), self.op_combo.blockSignals(True)]
        index = self.field_combo.findData(cond.field, Qt.ItemDataRole.UserRole)
        if index < 0:
            index = self._first_field_index()
        self.field_combo.setCurrentIndex(index)
        self._fill_operators()
        op_index = self.op_combo.findData(cond.op)
        self.op_combo.setCurrentIndex(max(0, op_index))
        self.field_combo.blockSignals(blockers[0])
        self.op_combo.blockSignals(blockers[1])
        self._replace_editor()
        if cond.value is not None:
            self.editor.blockSignals(True)
            self.editor.set_value(cond.value)
            self.editor.blockSignals(False)

    def condition(self) -> Condition:
        field = self.field()
        op = self.op_combo.currentData() or "is_empty"
        value = self.editor.value() if value_shape(op) != "none" else None
        return Condition(field.name if field else "", op, value)

    def _first_field_index(self) -> int:
        for i in range(self.field_combo.count()):
            if self.field_combo.itemData(i, Qt.ItemDataRole.UserRole):
                return i
        return -1

    # -- reactions ------------------------------------------------------------------------
    def _fill_operators(self) -> None:
        field = self.field()
        self.op_combo.clear()
        if field is None:
            return
        for op in operators_for(field.kind):
            self.op_combo.addItem(operator_label(op, self._lang), op)

    def _replace_editor(self) -> None:
        field = self.field()
        op = self.op_combo.currentData() or "is_empty"
        values = None
        choices: list[tuple[str, int]] | None = None
        if field is not None and field.name != "segment":
            values = field_values(self._ds, field, self._as_of)
            if field.kind in ("tags", "text", "category"):
                choices = self._ds.choices(field.name, values, tags=field.kind == "tags")
        editor = make_value_editor(field, op, values=values, lang=self._lang, as_of=self._as_of,
                                   segment_names=self._segment_names, choices=choices)
        old = self.editor
        self.layout().replaceWidget(old, editor)
        old.deleteLater()
        self.editor = editor
        editor.changed.connect(self.changed)

    def _on_field_changed(self) -> None:
        if self.field() is None:          # a family heading: move on to its first field
            self.field_combo.setCurrentIndex(min(self.field_combo.currentIndex() + 1, self.field_combo.count() - 1))
            return
        self.op_combo.blockSignals(True)
        self._fill_operators()
        self.op_combo.blockSignals(False)
        self._replace_editor()
        self.changed.emit()

    def _on_op_changed(self) -> None:
        previous = self.editor.value()
        self._replace_editor()
        if previous not in (None, "", []):
            self.editor.blockSignals(True)
            self.editor.set_value(previous)
            self.editor.blockSignals(False)
        self.changed.emit()
