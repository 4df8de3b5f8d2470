"""Colours and icons taken from the palette, so a light and a dark desktop both read well.

Fixed colours (light text on a light cell, a black arrow on a dark toolbar) are what made the dark
palette unreadable; everything here is computed from the application's palette and follows it when
the user switches between light and dark while the window is open.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from ..core.charts.contrast import contrast_ratio
from ..paths import icon_file

_Role = QPalette.ColorRole


def app_palette() -> QPalette:
    return QApplication.palette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightnessF() < 0.5


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved the share ``t`` (0–1) of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (the rule in words, "Counting…"): dimmer than text, still well readable."""
    return blend(palette.color(_Role.WindowText), palette.color(_Role.Window), 0.3)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    return contrast_ratio(a.getRgbF(), b.getRgbF())


def accent_text(palette: QPalette, *, on: QColor | None = None, least: float = 4.5) -> QColor:
    """The highlight colour as text on ``on`` (the palette's Base), moved towards the text colour until
    their contrast is at least ``least`` (WCAG AAA for large type): the dark palette's blue on near-black
    was 3.9:1."""
    ground = on if on is not None else palette.color(_Role.Base)
    colour, text = palette.color(_Role.Highlight), palette.color(_Role.Text)
    for step in range(11):
        shade = blend(colour, text, step / 10)
        if contrast(shade, ground) >= least:
            return shade
    return text


def warning_text(palette: QPalette) -> QColor:
    return QColor("#f0b35a") if is_dark(palette) else QColor("#a15c00")


def error_text(palette: QPalette) -> QColor:
    return QColor("#ff8a94") if is_dark(palette) else QColor("#b00020")


def share_background(palette: QPalette, share: float) -> QColor:
    """A table cell tinted towards the highlight colour by ``share`` (0–1); the palette's own text
    stays readable on it because the tint stops well short of the highlight itself."""
    return blend(palette.color(_Role.Base), palette.color(_Role.Highlight), max(0.0, min(1.0, share)) * 0.55)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """``resources/icons/<name>.svg`` drawn in the palette's text colour (its ``currentColor``), sharp
    at every size and in the disabled state's colour when greyed."""
    palette = palette or app_palette()
    return _icon(name, palette.color(_Role.WindowText).name(),
                 palette.color(QPalette.ColorGroup.Disabled, _Role.WindowText).name())


@lru_cache(maxsize=64)
def _icon(name: str, colour: str, disabled: str) -> QIcon:
    svg = icon_file(name).read_text(encoding="utf-8")
    result = QIcon()
    for mode, c in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", c).encode("utf-8")))
        for size in (16, 24, 32, 48, 64):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


class _PaletteFollower(QObject):
    """Calls ``apply`` now and whenever the palette ``widget`` inherits changes."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._applying = False
        widget.installEventFilter(self)
        apply()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and not self._applying:
            self._applying = True            # setting a colour is itself a palette change
            try:
                self._apply()
            finally:
                self._applying = False
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again each time the application's palette changes (light ↔ dark)."""
    _PaletteFollower(widget, apply)


def text_colour(widget: QWidget, colour: Callable[[QPalette], QColor]) -> None:
    """Give ``widget``'s text the colour ``colour(application palette)``, kept up to date."""
    def apply() -> None:
        wanted = colour(app_palette())
        if widget.palette().color(_Role.WindowText) != wanted:
            palette = widget.palette()
            palette.setColor(_Role.WindowText, wanted)
            palette.setColor(_Role.Text, wanted)
            widget.setPalette(palette)
    follow_palette(widget, apply)
