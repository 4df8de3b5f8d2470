"""The segment builder: name, nested groups of conditions, the live count and warnings."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from ...core.errors import SegmentDeskError
from ...core.fields import available_fields
from ...core.segments.describe import describe
from ...core.segments.judging import judge_segments
from ...core.segments.operators import operators_for
from ...core.segments.model import Condition, Group, Segment
from ..i18n import current_language
from ..session import Change, Session
from .group_editor import BuilderContext, GroupEditor


class SegmentBuilderPanel(QWidget):
    """Edits the session's current segment; every click updates the project and the count."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = False
        self.top: GroupEditor | None = None

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Segment name"))
        self.name_edit.setAccessibleName(self.tr("Segment name"))
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.name_edit.setFont(font)

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_box)
        # Room for four conditions before the list scrolls.
        scroll.setMinimumHeight(5 * (self.fontMetrics().height() + 16))

        self.count_label = QLabel()
        self.count_label.setObjectName("liveCount")
        big = self.count_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.count_label.setFont(big)
        self.share_bar = QProgressBar()
        self.share_bar.setRange(0, 1000)
        self.share_bar.setTextVisible(False)
        self.share_bar.setMaximumHeight(8)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("segmentWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a15c00;")
        self.warning_label.setVisible(False)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: palette(mid);")
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.empty_label = QLabel(self.tr("Import a customer file, then create a segment to start."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.editor_box = QWidget()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.name_edit)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addWidget(self.count_label)
        editor_layout.addWidget(self.share_bar)
        editor_layout.addWidget(self.detail_label)
        editor_layout.addWidget(self.warning_label)
        editor_layout.addWidget(self.rule_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor_box, 1)

        self.name_edit.editingFinished.connect(self._on_name_edited)
        session.changed.connect(self._on_session_changed)
        self._load()

    # -- session → widgets ------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        if change & (Change.CURRENT | Change.DATA):
            self._load()
        elif change & Change.SEGMENTS:
            segment = self._session.current_segment
            if segment is not None and self.name_edit.text() != segment.name and not self.name_edit.hasFocus():
                self.name_edit.setText(segment.name)
            self._update_count()

    def _load(self) -> None:
        """Show the current segment's rule (rebuilds the group editors)."""
        segment = self._session.current_segment
        ready = segment is not None and self._session.dataset is not None
        self.empty_label.setVisible(not ready)
        self.editor_box.setVisible(ready)
        self._loading = True
        try:
            if self.top is not None:
                self.top.setParent(None)
                self.top.deleteLater()
                self.top = None
            if not ready:
                return
            self.name_edit.setText(segment.name)
            others = [s.name for s in self._session.segments if s is not segment]
            context = BuilderContext(self._session.dataset, current_language(), self._session.as_of, others,
                                     self._starter_condition)
            self.top = GroupEditor(context)
            self.top.set_group(segment.rule)
            self.top.changed.connect(self._on_rule_edited)
            self.rows_layout.insertWidget(0, self.top)
        finally:
            self._loading = False
        self._update_count()

    # The top group's parts, as tests and the menu reach them.
    @property
    def _rows(self) -> list[QWidget]:
        return self.top.rows if self.top is not None else []

    @property
    def add_button(self):
        return self.top.add_button if self.top is not None else None

    @property
    def match_combo(self):
        return self.top.mode_combo if self.top is not None else None

    # -- widgets → session ------------------------------------------------------------------
    def add_condition(self) -> None:
        if self.top is None:
            return
        self.top.add_condition().field_combo.setFocus()

    def _starter_condition(self) -> Condition:
        """A new row starts on a field most segments use, with that field's first operator."""
        fields = {f.name: f for f in available_fields(self._session.dataset)}
        for name in ("region", "interests", "gender", "order_count"):
            if name in fields:
                return Condition(name, operators_for(fields[name].kind)[0])
        first = next(iter(fields.values()))
        return Condition(first.name, operators_for(first.kind)[0])

    def current_rule(self) -> Group:
        return self.top.group() if self.top is not None else Group("all", [])

    def _on_rule_edited(self) -> None:
        if self._loading:
            return
        index = self._session.current_index
        segment = self._session.current_segment
        if segment is None:
            return
        self._session.update_segment(index, Segment(segment.name, self.current_rule(), segment.description))

    def _on_name_edited(self) -> None:
        segment = self._session.current_segment
        if segment is None or self.name_edit.text().strip() == segment.name:
            return
        if not self._session.rename_segment(self._session.current_index, self.name_edit.text()):
            self.name_edit.setText(segment.name)
            self.detail_label.setText(self.tr("That name is empty or already used by another segment."))

    # -- live count ------------------------------------------------------------------------
    def _update_count(self) -> None:
        segment = self._session.current_segment
        ds = self._session.dataset
        if segment is None or ds is None:
            return
        locale = QLocale()
        lang = current_language()
        try:
            f = self._session.figures(segment)
        except SegmentDeskError as exc:
            self.count_label.setText(self.tr("Incomplete condition"))
            self.detail_label.setText(str(exc))
            self.share_bar.setValue(0)
            return
        self.count_label.setText(self.tr("%Ln customer(s)", "", f.count))
        self.share_bar.setValue(int(round(f.share * 1000)))
        self.detail_label.setText(self.tr("%1 of all %2 customers · %3 reachable by email · %4 of revenue")
                                  .replace("%1", locale.toString(f.share * 100, "f", 1) + " %")
                                  .replace("%2", locale.toString(f.total_customers))
                                  .replace("%3", locale.toString(f.reachable))
                                  .replace("%4", locale.toString(f.revenue_share * 100, "f", 1) + " %"))
        if self._session.dataset.has_orders and f.count:
            self.detail_label.setText(self.detail_label.text() + "\n" + self.tr(
                "Average spend %1 € per customer (all customers: %2 €)")
                .replace("%1", locale.toString(f.avg_spend, "f", 0))
                .replace("%2", locale.toString(f.avg_spend_all, "f", 0)))
        self.rule_label.setText(describe(segment.rule, lang))
        self._show_warnings(segment)

    def _show_warnings(self, segment: Segment) -> None:
        """What the seeds ask a shop owner to check: big enough, reachable, distinct, not too many."""
        masks = {}
        for s in self._session.segments:
            try:
                masks[s.name] = self._session.mask(s)
            except SegmentDeskError:
                continue
        judgement = judge_segments(self._session.dataset, masks, small=self._session.small_segment_threshold)
        lines = [self._warning_text(w) for w in judgement.for_segment(segment.name)]
        self.warning_label.setText("\n".join("⚠ " + line for line in lines))
        self.warning_label.setVisible(bool(lines))

    def _warning_text(self, w) -> str:
        if w.code == "empty":
            return self.tr("No customer matches this segment.")
        if w.code == "unreachable":
            return self.tr("Nobody in this segment can be emailed (no consent or no valid address).")
        if w.code == "small":
            return self.tr("Only %1 reachable customers: fewer than %2 is usually too few to act on.") \
                .replace("%1", str(int(w.value))).replace("%2", str(self._session.small_segment_threshold))
        if w.code == "too_many":
            return self.tr("%1 segments is more than one person can keep up with; consider merging some.") \
                .replace("%1", str(int(w.value)))
        other = w.other if w.segment == self._session.current_segment.name else w.segment
        return self.tr("Nearly the same customers as “%1” (%2 % shared).").replace("%1", other) \
            .replace("%2", QLocale().toString(w.value * 100, "f", 0))
