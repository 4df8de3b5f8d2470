"""A guided tour over a window: the window dimmed except the widget a step is about, and a bubble beside it.

The overlay is a child of the window covering all of it, so it follows moves and resizes and needs no window of
its own.  A step says what it points at with a function giving a rectangle in window coordinates (None: nothing
visible to point at, the bubble is centred).  Back, Next (Done on the last step) and Skip; the arrow keys, Enter
and Esc do the same.  Clicks outside the bubble are swallowed: the tour is short, and a click that changed the
window under it would leave it pointing at the wrong thing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 6          # room around the widget pointed at
GAP = 12            # between it and the bubble


@dataclass(frozen=True)
class TourStep:
    """One stop: a heading, a few sentences, what it points at, and an optional extra button (text, action)."""

    title: str
    text: str
    target: Callable[[], QRect | None]
    extra: tuple[str, Callable[[], None]] | None = None


def rect_in(window: QWidget, widget: QWidget | None) -> QRect | None:
    """``widget``'s rectangle in ``window``'s coordinates, or None while it is not shown."""
    if widget is None or not widget.isVisible() or widget.width() <= 0:
        return None
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


class TourOverlay(QWidget):
    """Shows ``steps`` one at a time over ``window``; ``finished(completed)`` once done (True) or skipped (False)."""

    finished = Signal(bool)

    def __init__(self, window: QWidget, steps: list[TourStep]) -> None:
        super().__init__(window)
        self._window = window
        self.steps = steps
        self.index = 0
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.bubble = QFrame(self)
        self.bubble.setObjectName("tourBubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setAutoFillBackground(True)
        self.bubble.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.bubble.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.step_label = QLabel()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        for label in (self.step_label, self.title_label, self.text_label):
            label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.extra_button = QPushButton()
        self.skip_button = QPushButton(self.tr("Skip"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.extra_button, 0, Qt.AlignmentFlag.AlignLeft)    # its own line: its words vary
        layout.addLayout(buttons)
        self.bubble.setFixedWidth(max(340, 52 * self.fontMetrics().averageCharWidth()))

        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.extra_button.clicked.connect(self._on_extra)
        window.installEventFilter(self)

    # -- moving through the steps ------------------------------------------------------------------
    def start(self) -> None:
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self._show_step(0)

    def next(self) -> None:
        if self.index + 1 < len(self.steps):
            self._show_step(self.index + 1)
        else:
            self._finish(True)

    def back(self) -> None:
        if self.index > 0:
            self._show_step(self.index - 1)

    def skip(self) -> None:
        self._finish(False)

    def target_rect(self) -> QRect | None:
        """What the current step points at, in window coordinates (None: centred, nothing highlighted)."""
        return self.steps[self.index].target()

    def _on_extra(self) -> None:
        extra = self.steps[self.index].extra
        if extra is not None:
            extra[1]()
            self.raise_()           # the action may have brought other widgets up front
            self.next()

    def _finish(self, completed: bool) -> None:
        self._window.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        self.finished.emit(completed)

    def _show_step(self, index: int) -> None:
        self.index = index
        step = self.steps[index]
        last = index == len(self.steps) - 1
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1))
                                .replace("%2", str(len(self.steps))))
        self.title_label.setText(step.title)
        self.text_label.setText(step.text)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.extra_button.setVisible(step.extra is not None)
        if step.extra is not None:
            self.extra_button.setText(step.extra[0])
        self._place_bubble()
        self.next_button.setFocus()
        self.update()

    def _place_bubble(self) -> None:
        self.bubble.adjustSize()
        size, area = self.bubble.size(), self.rect()
        target = self.target_rect()
        if target is None:
            self.bubble.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
            return
        target = target.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        x = min(max(8, target.left()), area.right() - size.width() - 8)
        if target.bottom() + GAP + size.height() <= area.bottom():
            y = target.bottom() + GAP                               # below
        elif target.top() - GAP - size.height() >= 0:
            y = target.top() - GAP - size.height()                  # above
        else:                                                       # beside, on the side with more room
            y = min(max(8, target.top()), area.bottom() - size.height() - 8)
            right = target.right() + GAP
            x = right if right + size.width() <= area.right() else max(8, target.left() - GAP - size.width())
        self.bubble.move(x, y)

    # -- drawing and input -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        target = self.target_rect()
        if target is not None:
            hole = QPainterPath()
            hole.addRoundedRect(QRectF(target.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)), 6, 6)
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(0, 0, 0, 140))
        if target is not None:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(target.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)), 6, 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.skip()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif key == Qt.Key.Key_Left:
            self.back()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        event.accept()          # the window under the shade is not clicked through

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
            self._place_bubble()
        return False
