"""The Profiles page: a segment against all customers, its persona card, and segments side by side.

The segment shown is the one selected in the builder (choosing another here selects it there too,
so the builder is one click away on the same segment).  The profile, comparison and checks come
from :func:`~segmentdesk.core.analytics.profile_report.profile_report`, computed off the GUI
thread for a big shop; all words of the profile come from core's catalogue in the UI's language.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.analytics.comparison import Comparison
from ...core.analytics.profile import Profile
from ...core.analytics.profile_report import ProfileReport, profile_report
from ...core.analytics.profile_words import (
    defined_note,
    dimension_label,
    figure_value,
    highlight_sentence,
    index_chart_rows,
    index_words,
    key_figure_label,
    no_highlights_text,
    table_word,
    value_label,
)
from ...core.analytics.validation_words import warning_sentence
from ...core.charts.index_bars import draw_index_bars
from ...core.segments.model import Persona
from ..charts.chart_view import ChartView
from ..error_messages import error_text
from .. import theme
from ..i18n import current_language, formats
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec
from .profile_tables import ChecksView, fill_table, plain_table

CARD_FIGURES = ("size", "reachable", "avg_order_value", "order_frequency", "days_since_last_order")


class ProfilesPage(AnalysisPage):
    WATCHES = Change.DATA | Change.SEGMENT_LIST | Change.CURRENT | Change.SETTINGS | Change.AS_OF

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.report: ProfileReport | None = None
        self._asked: tuple | None = None
        self._persona_shown: tuple | None = None
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.segment_combo = QComboBox()
        self.segment_combo.setAccessibleName(self.tr("Segment to profile"))
        self.segment_combo.setMinimumContentsLength(24)
        self.segment_combo.activated.connect(self._on_segment_chosen)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Segment:")))
        chooser.addWidget(self.segment_combo)
        self.size_label = QLabel()
        chooser.addWidget(self.size_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        theme.text_colour(self.error_label, theme.error_text)
        self.error_label.setVisible(False)
        chooser.addWidget(self.error_label, 1)
        chooser.addStretch(0)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._persona_tab(), self.tr("Persona card"))
        self.tabs.addTab(self._compare_tab(), self.tr("Compare"))

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(chooser)
        content.addWidget(self.tabs, 1)
        self.set_body(self.empty_label, self.content)

    # -- building ------------------------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        self.figures_table = plain_table(4)
        self.highlights_label = QLabel()
        self.highlights_label.setWordWrap(True)
        self.highlights_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checks_view = ChecksView()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.highlights_box = QGroupBox()
        QVBoxLayout(self.highlights_box).addWidget(self.highlights_label)
        self.checks_box = QGroupBox()
        QVBoxLayout(self.checks_box).addWidget(self.checks_view)
        column.addWidget(self.figures_table)
        column.addWidget(self.highlights_box)
        column.addWidget(self.checks_box)
        column.addStretch(1)
        self.index_chart = ChartView(file_stem=self.tr("profile-index"))
        self.index_chart.setMinimumHeight(260)
        self.dimensions_table = plain_table(4)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.index_chart)
        right.addWidget(self.dimensions_table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        return split

    def _persona_tab(self) -> QWidget:
        self.persona_name = QLineEdit()
        self.persona_name.setPlaceholderText(self.tr("A name for the typical customer, e.g. Yoga-loving Johanna"))
        self.persona_text = QPlainTextEdit()
        self.persona_text.setPlaceholderText(self.tr(
            "A few lines in your own words: who they are, what they buy and when, what they care about, "
            "how to talk to them."))
        self.persona_text.setTabChangesFocus(True)
        self.persona_text.setMaximumHeight(self.persona_text.fontMetrics().lineSpacing() * 10)
        self.persona_save = QPushButton(self.tr("Save persona"))
        self.persona_revert = QPushButton(self.tr("Revert"))
        self.persona_save.clicked.connect(self._on_persona_saved)
        self.persona_revert.clicked.connect(lambda: self._show_persona(force=True))
        self.persona_name.textEdited.connect(self._on_persona_edited)
        self.persona_text.textChanged.connect(self._on_persona_edited)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.persona_name)
        form.addRow(self.tr("In your words:"), self.persona_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.persona_revert)
        buttons.addWidget(self.persona_save)
        hint = QLabel(self.tr("The card beside shows what you write with the segment's own figures. "
                              "It is saved with the segment, in the project."))
        hint.setWordWrap(True)
        edit = QVBoxLayout()
        edit.addLayout(form)
        edit.addLayout(buttons)
        edit.addWidget(hint)
        edit.addStretch(1)

        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        self.card_title = QLabel()
        font = self.card_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.card_title.setFont(font)
        self.card_title.setWordWrap(True)
        self.card_segment = QLabel()
        self.card_text = QLabel()
        self.card_figures = QLabel()
        self.card_traits = QLabel()
        card = QVBoxLayout(self.card)
        for label in (self.card_title, self.card_segment, self.card_text, self.card_figures, self.card_traits):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card.addWidget(label)
        card.insertSpacing(3, 8)
        card.insertSpacing(5, 8)
        card.addStretch(1)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(edit, 1)
        layout.addWidget(self.card, 1)
        return page

    def _compare_tab(self) -> QWidget:
        self.compare_list = QListWidget()
        self.compare_list.setAccessibleName(self.tr("Segments to compare"))
        self.compare_list.itemChanged.connect(self._on_compare_changed)
        self.compare_table = plain_table(2)
        self.compare_warnings = ChecksView()
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Compare with:")))
        side.addWidget(self.compare_list, 1)
        main = QVBoxLayout()
        main.addWidget(self.compare_table, 1)
        main.addWidget(self.compare_warnings)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(side, 1)
        layout.addLayout(main, 4)
        return page

    # -- following the session ---------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        has = s.dataset is not None and bool(s.segments)
        self.empty_label.setText(self.tr("Open a project or import customers to see profiles.") if s.dataset is None
                                 else self.tr("Make a segment in the Segments tab to see who is in it."))
        self.show_content(has)
        if not has:
            self.report, self._asked = None, None
            return
        self._fill_choosers()
        names = self.compared_names()
        asked = (id(s.dataset), s.as_of, s.small_segment_threshold, tuple(names),
                 tuple((seg.name, seg.rule.key()) for seg in s.segments))
        if asked != self._asked:
            self._asked = asked
            masks = s.mask_reader()
            segments = [seg.copy() for seg in s.segments]
            self.compute(partial(_report, s.dataset, masks, segments, names, as_of=s.as_of,
                                 small=s.small_segment_threshold), self._show_report, customers=len(s.dataset))
        self._show_persona()

    def shown_index(self) -> int:
        """The segment shown: the builder's, or the first when the builder has none selected."""
        return max(0, self.session.current_index)

    def current_name(self) -> str | None:
        segments = self.session.segments
        return segments[self.shown_index()].name if segments else None

    def compared_names(self) -> list[str]:
        """The segment shown, then the others ticked for comparison, in the list's order."""
        current = self.current_name()
        ticked = {self.compare_list.item(i).text() for i in range(self.compare_list.count())
                  if self.compare_list.item(i).checkState() == Qt.CheckState.Checked}
        return [current] + [seg.name for seg in self.session.segments if seg.name in ticked and seg.name != current]

    def _fill_choosers(self) -> None:
        names = [seg.name for seg in self.session.segments]
        with QSignalBlocker(self.segment_combo):
            self.segment_combo.clear()
            self.segment_combo.addItems(names)
            self.segment_combo.setCurrentIndex(self.shown_index())
        current = self.current_name()
        ticked = {self.compare_list.item(i).text() for i in range(self.compare_list.count())
                  if self.compare_list.item(i).checkState() == Qt.CheckState.Checked}
        with QSignalBlocker(self.compare_list):
            self.compare_list.clear()
            for name in names:
                if name == current:
                    continue
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
                font = item.font()
                font.setBold(name in ticked)
                item.setFont(font)
                self.compare_list.addItem(item)

    def _on_segment_chosen(self, index: int) -> None:
        self.session.select_segment(index, initiator=self)      # the change comes back and redraws the page

    def _on_compare_changed(self, item: QListWidgetItem) -> None:
        # Ticked ones in bold too: some dark styles draw an empty box barely darker than the list.
        font = item.font()
        font.setBold(item.checkState() == Qt.CheckState.Checked)
        with QSignalBlocker(self.compare_list):
            item.setFont(font)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------------------
    def show_failure(self, exc: BaseException) -> None:
        """A rule the data cannot answer (or another error): said where the figures would be."""
        self.report = None
        self.error_label.setText(error_text(exc))
        self.error_label.setVisible(True)
        self.tabs.setEnabled(False)

    def _show_report(self, report: ProfileReport) -> None:
        self.report = report
        lang, fmt = current_language(), formats()
        profile = report.profiles[0]
        self.error_label.setVisible(False)
        self.tabs.setEnabled(True)
        self.size_label.setText(self.tr("%Ln customer(s), %1 of all", "", profile.figures.count)
                                .replace("%1", fmt.percent(profile.figures.share)))
        fill_table(self.figures_table, [[key_figure_label(f.key, lang), figure_value(f.key, f.segment, lang),
                                    figure_value(f.key, f.all, lang), index_words(f.index, lang)]
                                   for f in profile.key_figures])
        table = self.figures_table
        table.setFixedHeight(table.horizontalHeader().height() + table.verticalHeader().length()
                             + 2 * table.frameWidth())
        self.figures_table.setHorizontalHeaderLabels(["", table_word("segment", lang), table_word("all", lang),
                                                      table_word("index", lang)])
        rows, headings = [], []
        for d in profile.dimensions:
            headings.append(len(rows))
            rows.append([dimension_label(d.key, lang), "", "", ""])
            rows += [["   " + value_label(d.key, r.value, lang), fmt.percent(r.segment_share), fmt.percent(r.all_share),
                      index_words(r.index, lang)] for r in d.shown]
        fill_table(self.dimensions_table, rows, headings=headings)
        self.dimensions_table.setHorizontalHeaderLabels(["", table_word("segment", lang), table_word("all", lang),
                                                         table_word("index", lang)])
        self.highlights_box.setTitle(table_word("highlights", lang))
        sentences = [highlight_sentence(h, lang) for h in profile.highlights]
        text = "\n".join("• " + s for s in sentences) if sentences else no_highlights_text(profile, lang)
        if defined_note(profile, lang):     # "lives in Uusimaa" of a segment chosen by Uusimaa is no finding
            text += "\n\n" + defined_note(profile, lang)
        self.highlights_label.setText(text)
        self.checks_box.setTitle(table_word("warnings", lang))
        self._show_warnings(self.checks_view, report, [profile.name])
        self.index_chart.show_chart(partial(draw_index_bars, title=self.tr("Compared with all customers")),
                                    index_chart_rows(profile, lang))
        self._show_card(profile)
        self._show_comparison(report.comparison, report)

    def _show_warnings(self, view: ChecksView, report: ProfileReport, names: list[str]) -> None:
        lang = current_language()
        lines = []
        for w in report.warnings:
            if w.segment is not None and not ({w.segment, w.other} & set(names)):
                continue
            current = w.segment if w.segment in names else w.other
            prefix = f"{w.segment}: " if len(names) > 1 and w.segment is not None else ""
            lines.append(prefix + warning_sentence(w, lang, current=current))
        view.show_lines(lines, table_word("no_warnings", lang))

    def _show_card(self, profile: Profile | None = None) -> None:
        """The persona card: the user's name and lines (as typed, before saving too), the key figures
        and the three strongest differences of the profile shown."""
        lang, fmt = current_language(), formats()
        segments = self.session.segments
        current = segments[self.shown_index()] if segments else None
        if profile is None:
            profile = self.report.profiles[0] if self.report is not None else None
        persona = self.edited_persona()
        self.card_title.setText(persona.name or self.tr("(no name yet)"))
        if current is not None:
            self.card_segment.setText(self.tr("Segment “%1”").replace("%1", current.name))
        self.card_text.setText(persona.text)
        self.card_text.setVisible(bool(persona.text))
        if profile is None:
            return
        lines = [f"{key_figure_label(f.key, lang)}: {figure_value(f.key, f.segment, lang)}"
                 for key in CARD_FIGURES if (f := profile.key_figure(key)) is not None]
        lines[0] += f" ({fmt.percent(profile.figures.share)})"
        self.card_figures.setText("\n".join(lines))
        self.card_traits.setText("\n".join("• " + highlight_sentence(h, lang) for h in profile.highlights[:3]))

    def _show_comparison(self, comparison: Comparison | None, report: ProfileReport) -> None:
        lang, fmt = current_language(), formats()
        if comparison is None:
            self.compare_table.setColumnCount(2)
            self.compare_table.setRowCount(0)
            self.compare_table.setHorizontalHeaderLabels(["", table_word("all", lang)])
            self.compare_warnings.show_lines([], self.tr("Tick segments on the left to see them side by side."))
            return
        columns = 2 + 2 * len(comparison.names)
        self.compare_table.setColumnCount(columns)
        for column in range(1, columns):
            self.compare_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        heads = ["", table_word("all", lang)]
        for name in comparison.names:
            heads += [name, table_word("index", lang)]
        rows, headings, last = [], [], None
        for row in comparison.rows:
            if row.value is None:
                label = key_figure_label(row.key, lang)
                show = partial(figure_value, row.key, lang=lang)
            else:
                if row.key != last:
                    headings.append(len(rows))
                    rows.append([dimension_label(row.key, lang)] + [""] * (columns - 1))
                label = "   " + value_label(row.key, row.value, lang)
                show = (lambda v: "–" if v is None else fmt.percent(v))
            last = row.key
            line = [label, show(row.all) if row.all is not None else ""]
            for cell in row.cells:
                line += [show(cell.value), index_words(cell.index, lang)]
            rows.append(line)
        fill_table(self.compare_table, rows, headings=headings)
        self.compare_table.setHorizontalHeaderLabels(heads)
        self._show_warnings(self.compare_warnings, report, list(comparison.names))

    # -- the persona ---------------------------------------------------------------------------------------
    def _show_persona(self, *, force: bool = False) -> None:
        """Put the shown segment's saved persona in the editors — unless it is the one they already
        show: a recount or another segment's edit must not throw away what the user is typing."""
        segments = self.session.segments
        current = segments[self.shown_index()] if segments else None
        shown = None if current is None else (self.shown_index(), current.persona)
        if shown != self._persona_shown or force:
            self._persona_shown = shown
            persona = current.persona if current is not None else Persona()
            with QSignalBlocker(self.persona_name), QSignalBlocker(self.persona_text):
                self.persona_name.setText(persona.name)
                self.persona_text.setPlainText(persona.text)
        self._on_persona_edited()

    def edited_persona(self) -> Persona:
        return Persona(self.persona_name.text().strip(), self.persona_text.toPlainText().strip())

    def _on_persona_edited(self) -> None:
        segments = self.session.segments
        changed = bool(segments) and self.edited_persona() != segments[self.shown_index()].persona
        self.persona_save.setEnabled(changed)
        self.persona_revert.setEnabled(changed)
        self._show_card()

    def _on_persona_saved(self) -> None:
        if self.session.segments:
            self.session.set_persona(self.shown_index(), self.edited_persona(), initiator=self)
        self._on_persona_edited()


def _report(ds, masks, segments, names, *, as_of, small, progress) -> ProfileReport:
    """The page's job: every segment's members (for the checks), then the report of ``names``."""
    from ...core.errors import SegmentDeskError

    evaluated = {}
    for segment in segments:
        try:
            evaluated[segment.name] = masks(segment)
        except SegmentDeskError:
            if segment.name in names:
                raise
    return profile_report(ds, evaluated, names, as_of=as_of, small=small, progress=progress,
                          segments={s.name: s for s in segments})


PAGE = AnalysisPageSpec(key="profiles", title=lambda: QCoreApplication.translate("AnalysisPages", "Profiles"),
                        make=ProfilesPage)
