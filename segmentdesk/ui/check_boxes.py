"""Check boxes that show on a dark palette.

Fusion (the style on most Linux desktops and the one Qt falls back to) outlines a check box in the window
colour darkened; on a dark palette that is the colour of the list or dialog behind it, so every unticked
box (export columns, the fields to cluster on, the segments to compare) vanished and only the ticks showed.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


def box_outline(palette: QPalette) -> QColor:
    """The outline a check box gets on a dark ``palette``: between the field and its text, clearly visible."""
    from .theme import blend        # here: the style is set before the start shell, which must not wait for QtSvg

    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.5)


class CheckBoxOutlineStyle(QProxyStyle):
    """Fusion, with each check box outlined in :func:`box_outline` while the palette is dark."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _BOXES and option.palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5:   # theme.is_dark
            painter.save()
            painter.setPen(QPen(box_outline(option.palette), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(option.rect.width(), option.rect.height())
            box = QRectF(option.rect.x(), option.rect.y() + (option.rect.height() - side) / 2, side, side)
            painter.drawRect(box.adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()


def outline_check_boxes(app: QApplication) -> None:
    """Give ``app`` the outlined boxes when it runs Fusion (native styles draw their own boxes well)."""
    if app.style().name().lower() == "fusion":
        app.setStyle(CheckBoxOutlineStyle("fusion"))
