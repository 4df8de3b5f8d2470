"""Check boxes and input fields that show on a dark palette.

Fusion (the style on most Linux desktops and the one Qt falls back to) outlines a check box, a line edit
and a spin box in the window colour darkened; on a dark palette that is the colour of the list or dialog
behind it, so every unticked box (export columns, the fields to cluster on, the segments to compare)
vanished and only the ticks showed, and a field's edge (the customer form, the builder's values, the
date fields) could barely be told from the dialog.  On a light palette Fusion's own outline is kept.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex,
                               QStyleOptionSpinBox, QWidget)

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


def box_outline(palette: QPalette) -> QColor:
    """The outline a check box or a field gets on a dark ``palette``: between the field and its text."""
    from .theme import blend        # here: the style is set before the start shell, which must not wait for QtSvg

    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.5)


def _dark(option: QStyleOption) -> bool:
    return option.palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5      # theme.is_dark


def _outline_field(painter: QPainter, option: QStyleOption) -> None:
    """Fusion's rounded field edge, redrawn in :func:`box_outline` (a focused field keeps its highlight)."""
    if option.state & QStyle.StateFlag.State_HasFocus:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(box_outline(option.palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.restore()


class DarkOutlineStyle(QProxyStyle):
    """Fusion, with check boxes and field edges outlined in :func:`box_outline` while the palette is dark."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if not _dark(option):
            return
        if element in _BOXES:
            painter.save()
            painter.setPen(QPen(box_outline(option.palette), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(option.rect.width(), option.rect.height())
            box = QRectF(option.rect.x(), option.rect.y() + (option.rect.height() - side) / 2, side, side)
            painter.drawRect(box.adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()
        elif element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            _outline_field(painter, option)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (control == QStyle.ComplexControl.CC_SpinBox and isinstance(option, QStyleOptionSpinBox)
                and option.frame and _dark(option)):
            _outline_field(painter, option)


def outline_dark_controls(app: QApplication) -> None:
    """Give ``app`` the outlined boxes and fields when it runs Fusion (native styles draw their own well)."""
    if app.style().name().lower() == "fusion":
        app.setStyle(DarkOutlineStyle("fusion"))
