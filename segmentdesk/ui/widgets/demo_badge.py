"""The badge that says demo mode is on, big enough to read on a meeting-room screen.

Drawn in the palette's highlight colours (they follow a light ↔ dark switch); the toolbar shows it
while the project is in demo mode (:mod:`..actions`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from .. import theme


class DemoBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("DEMO · names and contacts made up"))
        # Says what stays real too: a birth date with a postal code can point at someone.
        self.setToolTip(self.tr("Demo mode is on: names, emails, phone numbers and street addresses are shown, "
                                "copied and exported as made-up ones; counts and charts are the real ones, and so "
                                "are birth dates, postal codes and customer numbers. View ▸ Demo mode turns it off."))
        self.setAccessibleName(self.text())
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setContentsMargins(10, 2, 10, 2)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        theme.follow_palette(self, self._colour)

    def _colour(self) -> None:
        app = theme.app_palette()
        palette = self.palette()
        # A toolbar paints its widgets' background in the Button role: both roles, wherever it sits.
        for background, text in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                                 (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText)):
            palette.setColor(background, app.color(QPalette.ColorRole.Highlight))
            palette.setColor(text, app.color(QPalette.ColorRole.HighlightedText))
        self.setPalette(palette)
