"""One chart canvas for the whole window: it hosts a core drawing function ``draw_x(fig, data, *, lang, theme)``.

matplotlib is imported when the first chart is drawn, never when this module is imported, so the
window starts without paying for it.  The colours follow the widget's palette (a dark desktop
gets a dark chart, and a palette change redraws); the words and numbers follow the UI's
language.  Every chart saves as PNG or SVG and copies to the clipboard, from its buttons or its
context menu.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget

from ...core.charts.style import DrawFunction, Theme, theme_from_colors
from .. import i18n

IMAGE_DPI = 150
"""Saved and copied images are sharper than the screen's 100 dpi: they end up in reports."""


def palette_theme(palette: QPalette) -> Theme:
    """The chart theme of a widget painted with ``palette``."""
    return theme_from_colors(background=palette.color(QPalette.ColorRole.Base).name(),
                             foreground=palette.color(QPalette.ColorRole.Text).name())


class ChartView(QWidget):
    """A chart with Save image… and Copy buttons; :meth:`show_chart` draws one.

    ``file_stem`` is the suggested file name when saving (say ``revenue-by-month``); ``scale`` enlarges
    the chart's type and lines against its size (for a presentation's big screen)."""

    drawn = Signal()            # a chart was drawn (tests and screenshots wait for it)

    def __init__(self, parent: QWidget | None = None, *, file_stem: str = "chart", scale: float = 1.0) -> None:
        super().__init__(parent)
        self._file_stem = file_stem
        self._scale = scale
        self._chart: tuple[DrawFunction, Any] | None = None
        self._figure = None
        self._canvas = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)

        self.save_png_action = QAction(self.tr("Save as PNG…"), self)
        self.save_png_action.triggered.connect(lambda: self.ask_and_save("png"))
        self.save_svg_action = QAction(self.tr("Save as SVG…"), self)
        self.save_svg_action.triggered.connect(lambda: self.ask_and_save("svg"))
        self.copy_action = QAction(self.tr("Copy image"), self)
        self.copy_action.triggered.connect(self.copy_image)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save image"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        save_menu.addAction(self.save_png_action)
        save_menu.addAction(self.save_svg_action)
        self.save_button.setMenu(save_menu)
        self.copy_button = QToolButton()
        self.copy_button.setDefaultAction(self.copy_action)
        for button in (self.save_button, self.copy_button):
            button.setAutoRaise(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addLayout(buttons)
        self._set_has_chart(False)

    # -- drawing ------------------------------------------------------------------------------------
    def show_chart(self, draw: DrawFunction, data: Any) -> None:
        """Draw ``draw(fig, data, lang=…, theme=…)`` now; kept for redraws (palette change) and saving."""
        self._chart = (draw, data)
        self._redraw()

    def clear_chart(self) -> None:
        self._chart = None
        if self._figure is not None:
            self._figure.clear()
            self._canvas.draw_idle()
        self._set_has_chart(False)

    def set_scale(self, scale: float) -> None:
        """Draw type and lines ``scale`` times their usual size; a chart shown is drawn again."""
        if scale == self._scale:
            return
        self._scale = scale
        if self._canvas is not None:
            # The canvas keeps the figure's dpi it was made with (and multiplies it by the screen's
            # pixel ratio itself): a new scale needs a new canvas.
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = self._figure = None
            self._redraw()

    @property
    def figure(self):
        """The matplotlib Figure (None until the first chart)."""
        return self._figure

    @property
    def canvas(self):
        """The matplotlib canvas widget (None until the first chart), for pages that take clicks on it."""
        return self._canvas

    def theme(self) -> Theme:
        return palette_theme(self.palette())

    def _redraw(self) -> None:
        if self._chart is None:
            return
        self._ensure_canvas()
        draw, data = self._chart
        draw(self._figure, data, lang=i18n.current_language(), theme=self.theme())
        self._canvas.draw_idle()
        self._set_has_chart(True)
        self.drawn.emit()

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        # Here and only here: the first chart pays for matplotlib, start-up does not.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(5, 3), dpi=100 * self._scale)
        self._canvas = FigureCanvasQTAgg(self._figure)
        self._canvas.setMinimumSize(240, 160)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._canvas.customContextMenuRequested.connect(
            lambda pos: self._on_context_menu_requested(self._canvas.mapTo(self, pos)))
        self._layout.addWidget(self._canvas, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._chart is not None:
            self._redraw()          # dark mode switched on or off: the chart follows the window

    def _set_has_chart(self, has: bool) -> None:
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(has)
        self.save_button.setEnabled(has)

    # -- saving and copying -------------------------------------------------------------------------
    def save_image(self, path: str | Path) -> Path:
        """Write the chart to ``path``; PNG or SVG by its suffix (PNG when it has neither)."""
        path = Path(path)
        kind = "svg" if path.suffix.lower() == ".svg" else "png"
        self._figure.savefig(path, format=kind, dpi=IMAGE_DPI, facecolor=self._figure.get_facecolor())
        return path

    def image(self) -> QImage:
        """The chart as an image, as saved."""
        buffer = io.BytesIO()
        self._figure.savefig(buffer, format="png", dpi=IMAGE_DPI, facecolor=self._figure.get_facecolor())
        return QImage.fromData(buffer.getvalue(), "PNG")

    def copy_image(self) -> None:
        if self._chart is not None:
            QGuiApplication.clipboard().setImage(self.image())

    def ask_and_save(self, kind: str) -> Path | None:
        """Ask where to save the chart as ``kind`` ("png" or "svg") and save it there."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self._file_stem}.{kind}", filters[kind])
        if not path:
            return None
        if Path(path).suffix.lower() != f".{kind}":
            path += f".{kind}"
        try:
            return self.save_image(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return None

    def _on_context_menu_requested(self, pos) -> None:
        menu = QMenu(self)
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            menu.addAction(action)
        menu.exec(self.mapToGlobal(pos))
