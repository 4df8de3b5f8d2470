"""Segment ▸ New from template…: the template library as a gallery grouped by goal.

Each template shows its size on the open data (at the session's reference date), what it selects and when a
shop owner would use it; one the data cannot answer is greyed and names the column that would enable it.
The sizes come from core's :func:`~segmentdesk.core.segments.templates.count_templates`: on the GUI thread for
a small shop (a few milliseconds), in a worker above :data:`~segmentdesk.ui.live_counts.SYNC_LIMIT` customers.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ...core.segments.templates import GOALS, SegmentTemplate, count_templates, load_templates, needed_columns
from ...core.tasks import Progress
from ...core.words import role_label
from .. import theme
from ..i18n import current_language, formats
from ..live_counts import SYNC_LIMIT
from ..session import Session
from ..workers import TaskRunner


def goal_title(goal: str) -> str:
    """A goal's heading in the gallery."""
    titles = {
        "welcome": QCoreApplication.translate("TemplateGallery", "Welcome new customers"),
        "reward": QCoreApplication.translate("TemplateGallery", "Reward your best customers"),
        "win_back": QCoreApplication.translate("TemplateGallery", "Win back quiet customers"),
        "seasonal": QCoreApplication.translate("TemplateGallery", "Seasons and special days"),
        "consent": QCoreApplication.translate("TemplateGallery", "Reach and marketing consent"),
        "audience": QCoreApplication.translate("TemplateGallery", "Age groups"),
    }
    return titles.get(goal, QCoreApplication.translate("TemplateGallery", "Other"))


def needs_text(columns: list[tuple[str, str]], lang: str, *, has_orders: bool) -> str:
    """What a template the data cannot answer needs, one line per file: "Needs a column the customer file does
    not have: Birth date", or "Needs an order file with: Order date" for a shop that imported none."""
    lines = []
    for file in ("customers", "orders"):
        names = [role_label(role, lang, orders=file == "orders") for role, f in columns if f == file]
        if not names:
            continue
        if file == "orders" and not has_orders:
            text = QCoreApplication.translate("TemplateGallery", "Needs an order file with: %1")
        elif file == "orders":
            text = (QCoreApplication.translate("TemplateGallery", "Needs a column the order file does not have: %1")
                    if len(names) == 1 else
                    QCoreApplication.translate("TemplateGallery", "Needs columns the order file does not have: %1"))
        else:
            text = (QCoreApplication.translate("TemplateGallery", "Needs a column the customer file does not have: %1")
                    if len(names) == 1 else
                    QCoreApplication.translate("TemplateGallery", "Needs columns the customer file does not have: %1"))
        lines.append(text.replace("%1", ", ".join(names)))
    return "\n".join(lines)


class TemplateCard(QFrame):
    """One template: name, size, what it selects, when to use it, and its Create button (or what it needs)."""

    def __init__(self, template: SegmentTemplate, *, lang: str, needs: list[tuple[str, str]], has_orders: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(template.name(lang))
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setAccessibleName(self.tr("Create the segment “%1”").replace("%1", template.name(lang)))
        self.description_label = QLabel(template.description(lang))
        self.when_label = QLabel(self.tr("When to use: %1").replace("%1", template.when(lang)))
        self.needs_label = QLabel(needs_text(needs, lang, has_orders=has_orders) if needs else "")
        for label in (self.description_label, self.when_label, self.needs_label):
            label.setWordWrap(True)
        theme.text_colour(self.when_label, theme.muted_text)
        theme.text_colour(self.needs_label, theme.warning_text)
        self.needs_label.setVisible(bool(needs))
        self.when_label.setVisible(bool(template.when(lang)))
        self.usable = not needs
        self.create_button.setEnabled(self.usable)
        if not self.usable:
            # Dimmed, not disabled: a disabled label's grey is unreadable, and the shop owner should still
            # read what the template would find once the file has the column it needs.
            theme.text_colour(self.name_label, theme.muted_text)
            theme.text_colour(self.description_label, theme.muted_text)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.count_label, 0, 1)
        grid.addWidget(self.create_button, 0, 2)
        for row, label in enumerate((self.description_label, self.when_label, self.needs_label), start=1):
            grid.addWidget(label, row, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.show_count(None, counting=self.usable)

    def show_count(self, count: int | None, *, counting: bool = False) -> None:
        if count is not None:
            self.count_label.setText(self.tr("%Ln customer(s)", "", count))
        else:
            self.count_label.setText(self.tr("Counting…") if counting else "—")


class TemplateGalleryDialog(QDialog):
    """Choose a template; ``chosen`` holds it once the dialog is accepted (the window creates the segment)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a template"))
        self._session = session
        self.chosen: SegmentTemplate | None = None
        self.counts: dict[str, int] | None = None
        lang = current_language()
        ds = session.dataset
        self.templates = load_templates()
        self.intro = QLabel(self.tr("Ready-made segments for common goals. The numbers are your customers who "
                                    "match as of %1. Create one and change its conditions as you like.")
                            .replace("%1", formats().date(session.as_of)))
        self.intro.setWordWrap(True)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(6)
        self.cards: dict[str, TemplateCard] = {}
        self.headings: list[QLabel] = []
        order = {goal: i for i, goal in enumerate(GOALS)}
        for goal in sorted({t.goal for t in self.templates}, key=lambda g: order.get(g, len(GOALS))):
            heading = QLabel(goal_title(goal))
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            heading.setFont(font)
            column.addSpacing(6 if self.headings else 0)
            column.addWidget(heading)
            self.headings.append(heading)
            for template in (t for t in self.templates if t.goal == goal):
                card = TemplateCard(template, lang=lang, needs=needed_columns(template, ds) if ds is not None else [],
                                    has_orders=ds is not None and ds.has_orders)
                card.create_button.clicked.connect(partial(self._choose, template))
                column.addWidget(card)
                self.cards[template.id] = card
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(max(720, 96 * self.fontMetrics().averageCharWidth()), 700)

        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._show_counts)
        if ds is not None:
            job = partial(count_templates, self.templates, ds, as_of=session.as_of,
                          evaluator=session.evaluator_for_data())
            if len(ds) < SYNC_LIMIT:
                self._show_counts(job(progress=Progress()))      # a few milliseconds: shown with the dialog
            else:
                self._runner.start(job)

    def _show_counts(self, counts: object) -> None:
        self.counts = dict(counts)          # type: ignore[call-overload]
        for template_id, card in self.cards.items():
            card.show_count(self.counts.get(template_id))

    def _choose(self, template: SegmentTemplate) -> None:
        self.chosen = template
        self.accept()

    def done(self, result: int) -> None:
        self._runner.cancel()           # closing while a big shop is being counted: nobody waits for it
        super().done(result)
