"""The presentation (F11): one slide at a time on the whole screen, in large type — the overview,
each segment with its rule in words and key figures, its profile against all customers, the RFM grid.

Slides come from :mod:`segmentdesk.core.analytics.presentation`, made when reached; they hold
aggregates only, so the screen never shows a customer's name or address.  Right, Page Down and Space
step forward, Left, Page Up and Backspace back, Home and End jump; Esc or F11 leaves.  Type and
charts scale with the window's height, so 1920×1080 and a 4K screen at 2× look alike.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.analytics.presentation import Slide, SlideSpec, make_slide, plan_deck
from ..core.errors import SegmentDeskError
from . import theme
from .charts.chart_view import ChartView
from .error_messages import error_text
from .i18n import current_language
from .live_counts import SYNC_LIMIT
from .session import Session
from .workers import LatestJobRunner

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
LEAVE = {Qt.Key.Key_Escape, Qt.Key.Key_F11}
DESIGN_HEIGHT = 1080
"""Type sizes below are pixels at this window height; other heights scale them."""
SIZES = {"title": 64, "subtitle": 34, "value": 96, "label": 30, "sentence": 32, "small": 22}
MAX_TILES = 3


def _label(*, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


class TileWidget(QWidget):
    """A key figure in big type: the number, what it counts, and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label, self.label_label, self.note_label = _label(wrap=False), _label(), _label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for label in (self.value_label, self.label_label, self.note_label):
            layout.addWidget(label)
        layout.addStretch(1)             # tiles with and without a note line up at the top


class PresentationView(QWidget):
    """The slides of the session's project, stepped through with the keyboard; :attr:`left` when closed."""

    left = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, start_segment: int = -1) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presentation"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._session = session
        ds = session.dataset
        self.specs: list[SlideSpec] = plan_deck(ds, session.segments) if ds is not None else []
        self.slide: Slide | None = None
        self.index = -1
        self._scale = 1.0
        self._runner = LatestJobRunner(self)
        self._runner.finished.connect(self._on_made)

        self.title_label = _label()
        self.position_label = _label(wrap=False)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.subtitle_label = _label()
        self.tiles = [TileWidget() for _ in range(MAX_TILES)]
        self.chart = ChartView(self, file_stem="slide")
        self.chart.save_button.hide()
        self.chart.copy_button.hide()
        self.chart.drawn.connect(self._on_chart_drawn)
        self.sentences_label = _label()
        self.note_label = _label()
        self.hint_label = _label(wrap=False)
        self.hint_label.setText(self.tr("→ Space: next   ← : back   Esc: leave"))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.position_label, 0)
        self.tile_row = QHBoxLayout()
        for tile in self.tiles:
            self.tile_row.addWidget(tile, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(head)
        self._layout.addWidget(self.subtitle_label)
        self._layout.addStretch(0)                      # above the figures: room on a slide without a chart
        self._layout.addLayout(self.tile_row)
        self._layout.addWidget(self.chart, 1)
        self._layout.addWidget(self.sentences_label)
        self._layout.addStretch(0)                      # below the sentences: the same
        self._layout.addWidget(self.note_label)
        self._layout.addWidget(self.hint_label)
        self._stretches = (2, 6)                        # their places in the layout
        theme.follow_palette(self, self._paint_background)
        for label in (self.position_label, self.note_label, self.hint_label, *(t.note_label for t in self.tiles)):
            theme.text_colour(label, theme.muted_text)
        for tile in self.tiles:
            theme.text_colour(tile.value_label, theme.accent_text)     # on the Base the view paints
        self._apply_sizes()
        if self.specs:
            first = next((i for i, s in enumerate(self.specs) if s.kind == "segment" and s.index == start_segment), 0)
            self.show_slide(first)

    # -- stepping ---------------------------------------------------------------------------------
    def show_slide(self, index: int) -> None:
        """Make and show slide ``index`` (clamped to the deck).

        A slide's first profile of a big shop builds what every profile compares against (about
        a second at 100,000 customers), so beyond :data:`SYNC_LIMIT` customers slides are made in
        a worker: the position moves at once, the slide follows, and quick steps end on the last."""
        if not self.specs:
            return
        index = max(0, min(index, len(self.specs) - 1))
        s = self._session
        spec, segments = self.specs[index], [seg.copy() for seg in s.segments]
        job = partial(_made, spec, s.dataset, segments, s.mask_reader(), as_of=s.as_of, lang=current_language(),
                      listed=s.listed_lookup())
        self.index = index
        if len(s.dataset) < SYNC_LIMIT:
            self._runner.supersede()
            self._show(index, job(progress=None))
            return
        self._show_position()
        self.note_label.setText(self.tr("Preparing this slide…"))
        self.note_label.setVisible(True)
        self._runner.submit(job)

    def _on_made(self, _generation: int, made: object) -> None:
        self._show(self.index, made)

    def _show(self, index: int, made: object) -> None:
        spec = self.specs[index]
        slide = made if isinstance(made, Slide) else Slide(     # a rule the data cannot answer: said on its slide
            spec.kind, spec.label or self.tr("Presentation"), error_text(made))
        self.index, self.slide = index, slide
        self._fill(slide)

    def next_slide(self) -> None:
        self.show_slide(self.index + 1)

    def previous_slide(self) -> None:
        self.show_slide(self.index - 1)

    def event(self, event: QEvent) -> bool:
        # The slide keys are the view's own, even where a window's shortcut has the same key (F11 opens
        # the presentation from the main window): claiming them first makes them arrive as key presses.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in FORWARD | BACK | LEAVE | {
                Qt.Key.Key_Home, Qt.Key.Key_End}:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in FORWARD:
            self.next_slide()
        elif key in BACK:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.specs) - 1)
        elif key in LEAVE:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._runner.supersede()            # a slide still being made is not wanted any more
        super().closeEvent(event)
        self.left.emit()

    # -- filling ----------------------------------------------------------------------------------
    def _show_position(self) -> None:
        self.position_label.setText(self.tr("%1 / %2").replace("%1", str(self.index + 1))
                                    .replace("%2", str(len(self.specs))))

    def _fill(self, slide: Slide) -> None:
        self.title_label.setText(slide.title)
        self._show_position()
        self.subtitle_label.setText(slide.subtitle)
        self.subtitle_label.setVisible(bool(slide.subtitle))
        for tile, figure in zip(self.tiles, list(slide.tiles) + [None] * MAX_TILES):
            tile.setVisible(figure is not None)
            if figure is not None:
                tile.value_label.setText(figure.value)
                tile.label_label.setText(figure.label)
                tile.note_label.setText(figure.note)
        if slide.chart is not None:
            self.chart.show()
            self.chart.show_chart(slide.chart, slide.chart_data)
        else:
            self.chart.clear_chart()
            self.chart.hide()
        # Without a chart the figures and sentences sit a little above the middle of the free space.
        above, below = self._stretches
        self._layout.setStretch(above, 0 if slide.chart is not None else 1)
        self._layout.setStretch(below, 0 if slide.chart is not None else 2)
        self.sentences_label.setText("\n".join(f"•  {t}" for t in slide.sentences))
        self.sentences_label.setVisible(bool(slide.sentences))
        self.note_label.setText(slide.note)
        self.note_label.setVisible(bool(slide.note))

    def _on_chart_drawn(self) -> None:
        canvas = self.chart.canvas
        if canvas is not None:
            canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # the keys keep stepping after a click on the chart

    # -- looks ------------------------------------------------------------------------------------
    def _paint_background(self) -> None:
        """The charts' background (the palette's Base) behind everything, so a chart is no white box."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, theme.app_palette().color(QPalette.ColorRole.Base))
        self.setPalette(palette)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        self._scale = max(0.5, self.height() / DESIGN_HEIGHT)
        px = {k: max(9, round(v * self._scale)) for k, v in SIZES.items()}

        def font(size: int, *, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(size)
            f.setBold(bold)
            return f

        self.title_label.setFont(font(px["title"], bold=True))
        self.position_label.setFont(font(px["small"]))
        self.subtitle_label.setFont(font(px["subtitle"]))
        for tile in self.tiles:
            tile.value_label.setFont(font(px["value"], bold=True))
            tile.label_label.setFont(font(px["label"]))
            tile.note_label.setFont(font(px["small"]))
        self.sentences_label.setFont(font(px["sentence"]))
        self.note_label.setFont(font(px["small"]))
        self.hint_label.setFont(font(px["small"]))
        margin_x, margin_y = round(self.width() * 0.05), round(self.height() * 0.05)
        self._layout.setContentsMargins(margin_x, margin_y, margin_x, round(margin_y * 0.6))
        self._layout.setSpacing(round(24 * self._scale))
        self.tile_row.setSpacing(round(48 * self._scale))
        # matplotlib sizes its type in points at 100 dpi: about half this view's scale keeps charts in step.
        self.chart.set_scale(round(2 * self._scale * 4) / 4)


def _made(spec: SlideSpec, ds, segments, mask_of, *, as_of, lang: str, listed, progress=None) -> Slide | SegmentDeskError:
    """Slide ``spec``, or why it cannot be made (any thread: ``mask_of`` and ``listed`` are the session's
    thread-safe readers)."""
    try:
        return make_slide(spec, ds, segments, mask_of, as_of=as_of, lang=lang, blocked=listed())
    except SegmentDeskError as exc:
        return exc
