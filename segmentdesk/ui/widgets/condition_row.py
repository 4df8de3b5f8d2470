"""One condition in the builder: a drag handle, field · operator · value, and buttons to copy or remove it.

A parameterised field (orders in the last 90 days, spend on one category) is one entry in the field list
and gets a parameter editor right after it; changing the parameter renames the condition's field
(``orders_in_last:90 days`` → ``orders_in_last:30 days``) and keeps its operator and value.

A row never rewrites a condition the user has not touched: one it can show only approximately is kept as
loaded, and one whose field or operator it does not know is shown read-only, marked, and kept as it is.
"""
from __future__ import annotations

import copy
import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from ...core.data.dataset import Dataset
from ...core.errors import RuleError
from ...core.privacy.pseudonyms import Pseudonyms
from ...core.data.fields import (
    FAMILIES,
    Field,
    FieldTemplate,
    available_fields,
    field_parameter,
    field_values,
    parameterised_fields,
    values_key,
)
from ...core.segments.describe import describe_condition
from ...core.segments.model import Condition, is_incomplete
from ...core.segments.operators import operators_for, value_shape
from ...core.words import family_label, field_label, operator_label
from .. import theme
from .parameter_editors import ParameterEditor, make_parameter_editor
from .value_editors import ValueEditor, make_value_editor

SEGMENT_FIELD = Field("segment", "segments", "segment")


def tab_stops_in(widget: QWidget) -> list[QWidget]:
    """The boxes inside ``widget`` that Tab stops at, in creation order (not their inner parts: a spin
    box's line edit, an editable combo's)."""
    def takes_tab(w: QWidget) -> bool:
        return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None

    stops = []
    for w in widget.findChildren(QWidget):
        parent = w.parentWidget()
        while parent is not None and parent is not widget and not takes_tab(parent):
            parent = parent.parentWidget()
        if takes_tab(w) and (parent is widget or parent is None):
            stops.append(w)
    return stops


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

    def __init__(self, ds: Dataset, *, lang: str, as_of: dt.date, segment_names: list[str],
                 pseudonyms: Pseudonyms | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ds, self._lang, self._as_of = ds, lang, as_of
        self._pseudonyms = pseudonyms      # demo mode: personal values are neither offered nor shown
        self._segment_names = segment_names
        # The field list's entries by the key it stores: a field name, or a parameterised kind's name.
        self._templates: dict[str, FieldTemplate] = {t.name: t for t in parameterised_fields(ds)}
        self._fields: dict[str, Field] = {}
        for f in available_fields(ds):
            kind = field_parameter(f.name)
            key = kind[0] if kind is not None else f.name
            self._fields.setdefault(key, Field(key, f.family, f.kind) if kind is not None else f)
        if segment_names:
            self._fields["segment"] = SEGMENT_FIELD
        self._kept: Condition | None = None        # the loaded condition, while the widgets cannot say it exactly
        self._editable = True
        self.parameter_editor: ParameterEditor | None = None
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
        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknownCondition")
        self.unknown_label.setWordWrap(True)
        theme.text_colour(self.unknown_label, theme.warning_text)
        self.unknown_label.hide()
        # Until the value is chosen the condition is left out of the count; say so where the user looks.
        self.waiting_label = QLabel(self.tr("choose a value"))
        self.waiting_label.setObjectName("waitingForValue")
        self.waiting_label.setToolTip(self.tr("This condition is not counted until it has a value."))
        font = self.waiting_label.font()
        font.setItalic(True)
        self.waiting_label.setFont(font)
        theme.text_colour(self.waiting_label, lambda p: p.color(p.ColorRole.Link))
        self.waiting_label.hide()
        self.duplicate_button = QToolButton()
        theme.follow_palette(self.duplicate_button, lambda: self.duplicate_button.setIcon(theme.icon("duplicate")))
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
        layout.addWidget(self.unknown_label, 1)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.duplicate_button)
        layout.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self.remove_button.clicked.connect(self.remove_requested)
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.changed.connect(self._show_waiting)
        self.handle.drag_started.connect(self._on_handle_dragged)

    def _on_handle_dragged(self) -> None:
        self.drag_requested.emit(self)

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(self, event.globalPos())
        event.accept()

    # -- choices -------------------------------------------------------------------------
    def _field_model(self) -> QStandardItemModel:
        """Fields grouped under their family, family names as unselectable headings; each parameterised
        kind once ("Orders in a period"), its parameter chosen beside the list."""
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

    def _key(self) -> str | None:
        """What the field list has selected: a field name, a parameterised kind, or None (a heading)."""
        return self.field_combo.currentData(Qt.ItemDataRole.UserRole)

    def field(self) -> Field | None:
        """The chosen field, a parameterised one with the parameter shown (``orders_in_last:30 days``)."""
        key = self._key()
        template = self._templates.get(key)
        if template is None:
            return self._fields.get(key)
        name = template.default
        if self.parameter_editor is not None:
            try:
                name = template.field_name(self.parameter_editor.parameter())
            except RuleError:
                pass
        return Field(name, template.family, template.kind)

    def is_editable(self) -> bool:
        """False for a condition shown read-only because its field or operator is unknown here."""
        return self._editable

    # -- load / read -----------------------------------------------------------------------
    def set_condition(self, cond: Condition) -> None:
        """Show ``cond``; one the row cannot edit is shown read-only and kept exactly as it is."""
        self._kept = None
        place = self._place_of(cond.field)
        kind = None if place is None else self._fields[place[0]].kind
        if place is None or cond.op not in operators_for(kind):
            self._show_unknown(cond, field_known=place is not None)
            return
        key, parameter = place
        blockers = [self.field_combo.blockSignals(True), self.op_combo.blockSignals(True)]
        self.field_combo.setCurrentIndex(self.field_combo.findData(key, Qt.ItemDataRole.UserRole))
        self._sync_parameter_editor(parameter)
        self._fill_operators()
        self.op_combo.setCurrentIndex(self.op_combo.findData(cond.op))
        self.field_combo.blockSignals(blockers[0])
        self.op_combo.blockSignals(blockers[1])
        self._replace_editor()
        if cond.value is not None:
            self.editor.blockSignals(True)
            self.editor.set_value(cond.value)
            self.editor.blockSignals(False)
        shown = self._shown_condition()
        if cond.value is None:            # not filled in yet: the editor's starting value is the user's to change
            shown.value = None
        if shown.key() != cond.key():     # the saved JSON differs (2 and 2.0 do)
            self._kept = copy.deepcopy(cond)        # e.g. 2.5 in a whole-number box: saved as loaded
        if cond.value is not None and self._hidden(self.field()):
            self._show_pseudonyms(cond)
        self._show_waiting()

    def _hidden(self, field: Field | None) -> bool:
        """Whether ``field`` holds personal data demo mode hides."""
        return self._pseudonyms is not None and field is not None and \
            self._pseudonyms.field_header(field.name) is not None

    def _show_pseudonyms(self, cond: Condition) -> None:
        """Demo mode: the condition's value shown as pseudonyms, the row locked and the rule kept as it is."""
        self.editor.blockSignals(True)
        self.editor.set_value(self._pseudonyms.rule(cond).value)
        self.editor.blockSignals(False)
        self._kept = copy.deepcopy(cond)
        for widget in (self.field_combo, self.op_combo, self.editor):
            widget.setEnabled(False)
        self.editor.setToolTip(self.tr("Hidden in demo mode: turn demo mode off to see or change this value."))

    def condition(self) -> Condition:
        if self._kept is not None:
            return copy.deepcopy(self._kept)
        return self._shown_condition()

    def _shown_condition(self) -> Condition:
        field = self.field()
        op = self.op_combo.currentData() or "is_empty"
        value = self.editor.value() if value_shape(op) != "none" else None
        return Condition(field.name if field else "", op, value)

    def _place_of(self, name: str) -> tuple[str, object] | None:
        """(key in the field list, parameter or None) for a field name; None if the list lacks it."""
        try:
            parameterised = field_parameter(name)
        except RuleError:                     # starts like a parameterised field but is malformed
            return None
        if parameterised is None:
            return (name, None) if name in self._fields else None
        kind, parameter = parameterised
        return (kind, parameter) if kind in self._templates else None

    def _show_unknown(self, cond: Condition, *, field_known: bool) -> None:
        """A condition this row cannot edit: its words, a marker, and the condition kept unchanged."""
        self._kept = copy.deepcopy(cond)
        self._editable = False
        words = describe_condition(cond, self._lang)
        if field_known:
            text = self.tr("⚠ %1 (this operator does not fit the field; kept as it is)")
            tip = self.tr("The operator “%1” cannot be used with this field here, so the condition cannot be "
                          "edited. It stays in the segment unchanged; remove it with ✕ if it is not wanted.")
            tip = tip.replace("%1", cond.op)
        else:
            text = self.tr("⚠ %1 (unknown field; kept as it is)")
            tip = self.tr("This data has no field “%1”, so the condition cannot be edited here. It stays in "
                          "the segment unchanged; remove it with ✕ if it is not wanted.").replace("%1", cond.field)
        self.unknown_label.setText(text.replace("%1", words))
        self.unknown_label.setToolTip(tip)
        self.unknown_label.setAccessibleName(self.tr("Condition that cannot be edited"))
        for widget in (self.field_combo, self.op_combo, self.editor):
            widget.hide()
        self.unknown_label.show()

    # -- reactions ------------------------------------------------------------------------
    def _fill_operators(self) -> None:
        field = self.field()
        self.op_combo.clear()
        if field is None:
            return
        for op in operators_for(field.kind):
            self.op_combo.addItem(operator_label(op, self._lang), op)

    def _sync_parameter_editor(self, parameter: object = None) -> None:
        """Show the parameter editor the chosen field needs (none for a plain field), showing
        ``parameter`` if given; an editor that fits the new kind too keeps its parameter."""
        template = self._templates.get(self._key())
        old = self.parameter_editor
        if template is not None and old is not None and old.fits(template):
            old.template = template
            editor = old
        elif template is not None:
            editor = make_parameter_editor(template, lang=self._lang)
            editor.changed.connect(self._on_parameter_changed)
            self.layout().insertWidget(self.layout().indexOf(self.field_combo) + 1, editor)
            chain = [self.field_combo, *editor.inputs(), self.op_combo]      # Tab goes left to right
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        else:
            editor = None
        if old is not None and old is not editor:
            self.layout().removeWidget(old)
            old.deleteLater()
        self.parameter_editor = editor
        if editor is not None and parameter is not None:
            editor.blockSignals(True)
            editor.set_parameter(parameter)
            editor.blockSignals(False)

    def _replace_editor(self) -> None:
        field = self.field()
        op = self.op_combo.currentData() or "is_empty"
        values = None
        choices: list[tuple[str, int]] | None = None
        if field is not None and field.name != "segment" and not self._hidden(field):
            values = field_values(self._ds, field, self._as_of)
            if field.kind in ("tags", "text", "category"):
                choices = self._ds.index.choices(values_key(self._ds, field, self._as_of), values,
                                                 tags=field.kind == "tags")
        editor = make_value_editor(field, op, values=values, lang=self._lang, as_of=self._as_of,
                                   segment_names=self._segment_names, choices=choices)
        old = self.editor
        self.layout().replaceWidget(old, editor)
        old.deleteLater()
        self.editor = editor
        editor.changed.connect(self._on_value_changed)
        # A new editor is created after the row's buttons: put its boxes back between the operator and them.
        for first, second in pairwise([self.op_combo, *tab_stops_in(editor), self.duplicate_button]):
            QWidget.setTabOrder(first, second)

    def _on_field_changed(self) -> None:
        if self._key() is None:          # a family heading: move on to its first field
            self.field_combo.setCurrentIndex(min(self.field_combo.currentIndex() + 1, self.field_combo.count() - 1))
            return
        self._kept = None
        self._sync_parameter_editor()
        self.op_combo.blockSignals(True)
        self._fill_operators()
        self.op_combo.blockSignals(False)
        self._replace_editor()
        self.changed.emit()

    def _on_parameter_changed(self) -> None:
        """A new period or category: the field is renamed; operator and value stay as they are."""
        self._kept = None
        self.changed.emit()

    def _on_op_changed(self) -> None:
        self._kept = None
        previous = self.editor.value()
        self._replace_editor()
        if previous not in (None, "", []):
            self.editor.blockSignals(True)
            self.editor.set_value(previous)
            self.editor.blockSignals(False)
        self.changed.emit()

    def _on_value_changed(self) -> None:
        self._kept = None
        self.changed.emit()

    def tab_stops(self) -> list[QWidget]:
        """The row's controls in the order Tab visits them: field, its parameter, operator, value, buttons."""
        stops: list[QWidget] = []
        if self._editable:
            stops.append(self.field_combo)
            if self.parameter_editor is not None:
                stops += tab_stops_in(self.parameter_editor)
            stops += [self.op_combo, *tab_stops_in(self.editor)]
        return stops + [self.duplicate_button, self.remove_button]

    def _show_waiting(self) -> None:
        self.waiting_label.setVisible(self._editable and is_incomplete(self.condition()))

