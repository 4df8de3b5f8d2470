"""Value editors that fit a field's type and an operator's value shape.

Each editor is a small QWidget with ``value()`` (the JSON value of the segment contract),
``set_value(v)`` and a ``changed`` signal.  ``make_value_editor`` picks the right one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QHBoxLayout, QLabel,
                               QLineEdit, QSpinBox, QWidget)

from ...core.data.fields import Field, number_range
from ...core.segments.describe import value_words
from ...core.segments.operators import PERIOD_UNITS, value_shape
from ...core.words import unit_label
from .checkable_combo import CheckableComboBox
from ..i18n import date_edit_format, formats


class ValueEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        pass

    def _add_inputs(self, inputs: list[QWidget]) -> None:
        """Lay out one input, or a from – to pair, left-aligned; each named for a screen reader."""
        names = [self.tr("Value")] if len(inputs) == 1 else [self.tr("From"), self.tr("To")]
        for widget, name in zip(inputs, names):
            if not widget.accessibleName():
                widget.setAccessibleName(name)
        for i, widget in enumerate(inputs):
            if i:
                self._layout.addWidget(QLabel("–"))
            self._layout.addWidget(widget)
        self._layout.addStretch(1)


class NoValueEditor(ValueEditor):
    pass


class TextEditor(ValueEditor):
    def __init__(self, suggestions: list[str], parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a value"))
        self.edit.setAccessibleName(self.tr("Value"))
        if suggestions:
            completer = QCompleter(suggestions, self.edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TextRangeEditor(ValueEditor):
    """From–to for text such as postal codes ("00100" – "00990"): both ends included."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edits = []
        for placeholder in (self.tr("from"), self.tr("to")):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setMaximumWidth(160)
            edit.textChanged.connect(self.changed)
            self.edits.append(edit)
        self._add_inputs(self.edits)

    def value(self) -> Any:
        return [e.text().strip() for e in self.edits]

    def set_value(self, value: Any) -> None:
        if isinstance(value, list) and len(value) == 2:
            for edit, v in zip(self.edits, value):
                edit.setText(str(v))


class ChoiceListEditor(ValueEditor):
    """Tick values present in the data (with how many customers have each)."""

    def __init__(self, choices: list[tuple[str, int]], parent=None, *,
                 name_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.combo = CheckableComboBox()
        fmt = formats()
        names = {v: name_of(v) for v, _n in choices} if name_of is not None else {}
        self.combo.set_items([(v, f"{names.get(v, v)}  ({fmt.whole(n)})") for v, n in choices], names=names)
        self.combo.set_placeholder(self.tr("Choose values…"))
        self.combo.setAccessibleName(self.tr("Values"))
        self.combo.setMinimumContentsLength(18)
        self.combo.checked_changed.connect(self.changed)
        self._layout.addWidget(self.combo)

    def value(self) -> Any:
        return self.combo.checked_values()

    def set_value(self, value: Any) -> None:
        for v in value if isinstance(value, list) else ([value] if value is not None else []):
            self.combo.set_checked(str(v))


class NumberEditor(ValueEditor):
    def __init__(self, bounds: tuple[float, float] | None, *, pair: bool = False, integers: bool = True,
                 parent=None) -> None:
        super().__init__(parent)
        lo, hi = bounds or (0.0, 1000.0)
        self.spins = []
        for i in range(2 if pair else 1):
            spin = QDoubleSpinBox()
            spin.setDecimals(0 if integers else 2)
            spin.setRange(min(lo, 0.0) - 1e9 if lo < 0 else 0.0, max(hi, 0.0) * 10 + 1e6)
            spin.setValue(lo if i == 0 else hi)
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(110)
            spin.valueChanged.connect(self.changed)
            self.spins.append(spin)
        self._add_inputs(self.spins)
        self._integers = integers

    def _num(self, spin: QDoubleSpinBox) -> float | int:
        v = spin.value()
        return int(round(v)) if self._integers else round(v, 2)

    def value(self) -> Any:
        values = [self._num(s) for s in self.spins]
        return values if len(values) == 2 else values[0]

    def set_value(self, value: Any) -> None:
        values = value if isinstance(value, list) else [value]
        for spin, v in zip(self.spins, values):
            try:
                spin.setValue(float(v))
            except (TypeError, ValueError):
                pass


class DateEditor(ValueEditor):
    def __init__(self, default: dt.date, *, pair: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.edits = []
        for _ in range(2 if pair else 1):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setDate(QDate(default.year, default.month, default.day))
            edit.dateChanged.connect(self.changed)
            self.edits.append(edit)
        self._add_inputs(self.edits)

    def value(self) -> Any:
        values = [e.date().toString("yyyy-MM-dd") for e in self.edits]
        return values if len(values) == 2 else values[0]

    def set_value(self, value: Any) -> None:
        values = value if isinstance(value, list) else [value]
        for edit, v in zip(self.edits, values):
            date = QDate.fromString(str(v), "yyyy-MM-dd")
            if date.isValid():
                edit.setDate(date)


class PeriodEditor(ValueEditor):
    """"in the last N days/weeks/months/years".

    ``stretch=False`` leaves out the trailing space, for a period that sits between other inputs
    (a parameterised field's period in a condition row).
    """

    def __init__(self, lang: str, *, stretch: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.n = QSpinBox()
        self.n.setRange(0, 10_000)
        self.n.setValue(6)
        self.unit = QComboBox()
        self.n.setAccessibleName(self.tr("Length of the period"))
        self.unit.setAccessibleName(self.tr("Unit of the period"))
        for unit in PERIOD_UNITS:
            self.unit.addItem(unit_label(unit, lang), unit)
        self.unit.setCurrentIndex(PERIOD_UNITS.index("months"))
        self.n.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.n)
        self._layout.addWidget(self.unit)
        if stretch:
            self._layout.addStretch(1)

    def value(self) -> Any:
        return {"n": self.n.value(), "unit": self.unit.currentData()}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.n.setValue(int(value.get("n", 0)))
            i = self.unit.findData(value.get("unit"))
            if i >= 0:
                self.unit.setCurrentIndex(i)


class DaysEditor(ValueEditor):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.n = QSpinBox()
        self.n.setRange(1, 366)
        self.n.setValue(30)
        self.n.setAccessibleName(self.tr("Number of days"))
        self.n.valueChanged.connect(self.changed)
        self._layout.addWidget(self.n)
        self._layout.addWidget(QLabel(unit_label("days", lang)))
        self._layout.addStretch(1)

    def value(self) -> Any:
        return self.n.value()

    def set_value(self, value: Any) -> None:
        try:
            self.n.setValue(int(value))
        except (TypeError, ValueError):
            pass


class SegmentChoiceEditor(ValueEditor):
    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Segment"))
        self.combo.addItems(names)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def value(self) -> Any:
        return self.combo.currentText()

    def set_value(self, value: Any) -> None:
        i = self.combo.findText(str(value))
        if i >= 0:
            self.combo.setCurrentIndex(i)


def make_value_editor(field: Field | None, op: str, *, values=None, lang: str, as_of: dt.date,
                      segment_names: list[str] | None = None, choices: list[tuple[str, int]] | None = None
                      ) -> ValueEditor:
    """The editor for ``field · op``; ``values`` is the field's column (for ranges), ``choices`` its pick list."""
    shape = value_shape(op)
    if shape == "none" or field is None and shape != "segment":
        return NoValueEditor()
    if shape == "segment":
        return SegmentChoiceEditor(segment_names or [])
    if shape == "period":
        return PeriodEditor(lang)
    if shape == "days":
        return DaysEditor(lang)
    kind = field.kind
    if kind == "tags":
        return ChoiceListEditor(choices or [])
    if kind == "number":
        present = values.dropna() if values is not None else None
        integers = present is None or present.empty or bool((present % 1 == 0).all())
        if shape == "list":
            return TextEditor([])
        return NumberEditor(number_range(values) if values is not None else None, pair=shape == "pair",
                            integers=integers)
    if kind == "date":
        return DateEditor(as_of, pair=shape == "pair")
    if shape == "pair":
        return TextRangeEditor()
    choices = choices or []
    if shape == "list":
        # Keys such as champions or at_risk read by their names; the rule keeps the keys.
        return ChoiceListEditor(choices, name_of=lambda v: value_words(v, lang, field.name))
    return TextEditor([v for v, _n in choices])
