"""A scroll area as tall as its contents, up to the room its layout has: no empty band below a few rows."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QScrollArea


class FittedScrollArea(QScrollArea):
    """Asks for the height of its rows, so the layout gives it no more; past the room there is, it scrolls."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setHeight(inner.sizeHint().height() + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:
        # Room for four conditions before the list scrolls, or for the rows there are if fewer.
        hint = super().minimumSizeHint()
        hint.setHeight(min(self.sizeHint().height(), 5 * (self.fontMetrics().height() + 16)))
        return hint

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()           # a row came or went: ask for the new height
        return super().eventFilter(watched, event)
