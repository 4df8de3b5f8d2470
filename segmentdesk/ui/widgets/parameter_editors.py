"""Editors for the parameter of a parameterised field: the period of "orders in the last 90 days",
or the category of "spend on Jooga".

Each editor is a small QWidget with ``parameter()`` (the parameter as
:meth:`FieldTemplate.field_name` takes it), ``set_parameter(p)`` and a ``changed`` signal
that fires once per finished edit (typing "30" in the period is one edit, not two).
``make_parameter_editor`` picks the right one for a :class:`FieldTemplate`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...core.data.fields import FieldTemplate, field_parameter
from .value_editors import PeriodEditor
from ..i18n import formats


class ParameterEditor(QWidget):
    """The common shape: an input row without margins, ``parameter()``, ``set_parameter()``, ``changed``."""

    changed = Signal()

    def __init__(self, template: FieldTemplate, parent=None) -> None:
        super().__init__(parent)
        self.template = template
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def parameter(self) -> Any:
        raise NotImplementedError

    def set_parameter(self, parameter: Any) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The widgets that take focus, left to right."""
        raise NotImplementedError

    def fits(self, template: FieldTemplate) -> bool:
        """Whether this editor can serve ``template`` too (so switching between such kinds keeps the parameter)."""
        return template.parameter == self.template.parameter and template.choices == self.template.choices


class PeriodParameterEditor(ParameterEditor):
    """"in the last [90] [days]": the in_last operator's spin box and unit list, inside the sentence."""

    def __init__(self, template: FieldTemplate, *, lang: str, parent=None) -> None:
        super().__init__(template, parent)
        # One string around the inputs, so a language can put words on both sides ("viimeisen … aikana").
        before, _, after = self.tr("in the last %1").partition("%1")
        self.period = PeriodEditor(lang, stretch=False)
        self.period.n.setKeyboardTracking(False)       # "30" typed is one change, not "3" then "30"
        self.period.n.setAccessibleName(self.tr("Length of the period"))
        self.period.unit.setAccessibleName(self.tr("Unit of the period"))
        for text in (before.strip(), None, after.strip()):
            if text is None:
                self._layout.addWidget(self.period)
            elif text:
                self._layout.addWidget(QLabel(text))
        self.period.changed.connect(self.changed)

    def inputs(self) -> list[QWidget]:
        return [self.period.n, self.period.unit]

    def parameter(self) -> Any:
        return self.period.value()

    def set_parameter(self, parameter: Any) -> None:
        self.period.set_value(parameter)


class CategoryParameterEditor(ParameterEditor):
    """The order categories present in the data, each with how many customers bought it, most first."""

    def __init__(self, template: FieldTemplate, parent=None) -> None:
        super().__init__(template, parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Category"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for category, customers in template.choices:
            self._add(category, customers)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def _add(self, category: str, customers: int) -> None:
        self.combo.addItem(f"{category}  ({formats().whole(customers)})", category)

    def inputs(self) -> list[QWidget]:
        return [self.combo]

    def parameter(self) -> Any:
        return self.combo.currentData()

    def set_parameter(self, parameter: Any) -> None:
        """Select ``parameter`` as written; a category the list lacks (another spelling, or one not in
        this data) is added as it is, so the field is never renamed behind the user's back."""
        text = "" if parameter is None else str(parameter)
        index = self.combo.findData(text)
        if index < 0:
            folded = text.strip().casefold()
            customers = next((n for c, n in self.template.choices if c.casefold() == folded), 0)
            self._add(text, customers)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


def make_parameter_editor(template: FieldTemplate, *, lang: str) -> ParameterEditor:
    """The editor for ``template``'s parameter, showing the parameter of ``template.default``."""
    if template.parameter == "period":
        editor: ParameterEditor = PeriodParameterEditor(template, lang=lang)
    else:
        editor = CategoryParameterEditor(template)
    editor.set_parameter(field_parameter(template.default)[1])
    return editor
