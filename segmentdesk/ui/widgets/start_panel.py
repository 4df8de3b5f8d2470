"""The start panel: what the window shows while no data is open.

A heading, two big buttons (import the user's own file, or try the sample shop), a line saying files can be
dropped on the window, and the recent projects.  The buttons trigger the window's own actions, so the panel
does exactly what File ▸ Import customers… and File ▸ Open the sample shop do.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import theme


class StartPanel(QWidget):
    """Shown in place of the segments and customers until a file or project is open.

    ``recent`` gives the recent projects' paths (newest first); ``open_requested`` carries the one clicked.
    """

    open_requested = Signal(Path)

    def __init__(self, *, import_action: QAction, sample_action: QAction, recent: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recent = recent
        self.heading = QLabel(self.tr("Welcome to SegmentDesk"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self.tr("Find the customers worth a message: start from your customer file, "
                                    "or look around in a made-up sample shop first."))
        self.intro.setWordWrap(True)

        self.import_button = self._big_button(self.tr("Import your customer file…"), import_action)
        self.sample_button = self._big_button(self.tr("Try the sample shop"), sample_action)
        self.import_button.setDefault(True)
        self.drop_hint = QLabel(self.tr("You can also drop a customer file (Excel or CSV) or a project on this window."))
        self.drop_hint.setWordWrap(True)
        theme.text_colour(self.drop_hint, theme.muted_text)

        self.recent_heading = QLabel(self.tr("Recent projects"))
        bold = self.recent_heading.font()
        bold.setBold(True)
        self.recent_heading.setFont(bold)
        self.recent_box = QWidget()
        self._recent_layout = QVBoxLayout(self.recent_box)
        self._recent_layout.setContentsMargins(0, 0, 0, 0)
        self._recent_layout.setSpacing(2)
        self.recent_buttons: list[QPushButton] = []

        column = QFrame()
        column.setFixedWidth(32 * self.fontMetrics().averageCharWidth() * 2)   # wrapped lines need a known width
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(8)
        inner.addWidget(self.import_button)
        inner.addWidget(self.sample_button)
        inner.addWidget(self.drop_hint)
        inner.addSpacing(12)
        inner.addWidget(self.recent_heading)
        inner.addWidget(self.recent_box)

        centred = QHBoxLayout()           # centred by stretches, not alignment: wrapped labels keep their height
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.show_recent()

    def _big_button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        button.setFont(font)
        button.setMinimumHeight(3 * button.fontMetrics().height())
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        return button

    def show_recent(self) -> None:
        """List the recent projects that still exist (the heading hidden when there are none)."""
        for button in self.recent_buttons:
            button.setParent(None)
            button.deleteLater()
        self.recent_buttons = []
        paths = [Path(p) for p in self._recent() if Path(p).exists()]
        for path in paths[:5]:
            button = QPushButton(path.name)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setToolTip(str(path))
            button.setAccessibleName(self.tr("Open %1").replace("%1", path.name))
            button.clicked.connect(lambda _=False, p=path: self.open_requested.emit(p))
            self._recent_layout.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_heading.setVisible(bool(paths))
        self.recent_box.setVisible(bool(paths))

    def tab_stops(self) -> list[QWidget]:
        return [self.import_button, self.sample_button, *self.recent_buttons]
