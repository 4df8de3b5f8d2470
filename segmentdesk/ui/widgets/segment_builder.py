"""The segment builder: name, nested groups of conditions, the live count and warnings.

Conditions and groups move by dragging their handle, with Alt+Up / Alt+Down, or from their context menu;
each move is one undo step.  The figures come from the session's live counts: on a big dataset they are
counted in a worker, and until the answer arrives the previous figures stay, greyed, with "Counting…".
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDrag, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SegmentDeskError
from ...core.data.fields import available_fields
from ...core.analytics.validation_words import warning_sentence
from ...core.segments.describe import describe
from ...core.segments.model import Condition, Group
from ...core.segments.operators import operators_for
from .. import theme
from ..error_messages import error_text
from ..i18n import current_language, formats
from ..session import Change, Session
from .as_of_control import AsOfControl
from .condition_row import ConditionRow
from .fitted_scroll_area import FittedScrollArea
from ...core.segments.rule_paths import RowPath, can_move, editor_rows, move_node, node_at, node_height
from .group_editor import BuilderContext, GroupEditor, enclosing_row, node_mime, row_path

# An answer quicker than this replaces the figures without greying them first (no flicker on each click).
COUNTING_SHOWN_AFTER_MS = 150



def _italic(label: QLabel) -> None:
    """Italic by font, not a style sheet: a style sheet would override the palette colour the theme sets."""
    font = label.font()
    font.setItalic(True)
    label.setFont(font)

class SegmentBuilderPanel(QWidget):
    """Edits the session's current segment; every click updates the project and the count."""

    rows_changed = Signal()     # the rule's rows were rebuilt or edited: the Tab order is redone

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._loading = False
        self.top: GroupEditor | None = None
        self._dragging = False
        self._pending_move: tuple[RowPath, RowPath, int] | None = None
        self._counting = False

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Segment name"))
        self.name_edit.setAccessibleName(self.tr("Segment name"))
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.name_edit.setFont(font)
        # A new, empty segment points to the templates (the window gives the button its menu).
        self.template_button = QPushButton(self.tr("Start from a template…"))
        self.template_button.setFlat(True)
        self.template_button.setToolTip(self.tr("Segment ▸ New from template: ready-made segments such as "
                                                "lapsed customers or best customers"))
        self.template_button.setVisible(False)
        # What a segment made from a template is for stays in sight (the segment JSON's description).
        self.description_label = QLabel()
        self.description_label.setObjectName("segmentDescription")
        self.description_label.setWordWrap(True)
        theme.text_colour(self.description_label, theme.muted_text)

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self._scroll = scroll = FittedScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # not a Tab stop of its own: its rows are

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
        theme.text_colour(self.warning_label, theme.warning_text)
        self.warning_label.setVisible(False)
        self.counting_label = QLabel(self.tr("Counting…"))
        self.counting_label.setObjectName("countingNote")
        _italic(self.counting_label)
        theme.text_colour(self.counting_label, theme.muted_text)
        self.counting_label.setVisible(False)
        # Count, share, details and warnings: greyed together while a newer answer is being counted.
        self.figures_box = QWidget()
        count_row = QHBoxLayout()
        count_row.setContentsMargins(0, 0, 0, 0)
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        count_row.addWidget(self.counting_label)
        self.as_of_control = AsOfControl(session)      # beside the count it dates
        count_row.addWidget(self.as_of_control)
        figures_layout = QVBoxLayout(self.figures_box)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(count_row)
        figures_layout.addWidget(self.share_bar)
        figures_layout.addWidget(self.detail_label)
        figures_layout.addWidget(self.warning_label)
        self._counting_timer = QTimer(self)
        self._counting_timer.setSingleShot(True)
        self._counting_timer.setInterval(COUNTING_SHOWN_AFTER_MS)
        self._counting_timer.timeout.connect(self._on_counting_timer)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        theme.text_colour(self.rule_label, theme.muted_text)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.empty_label = QLabel(self.tr("Import a customer file, then create a segment to start."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.editor_box = QWidget()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.template_button)
        editor_layout.addLayout(name_row)
        editor_layout.addWidget(self.description_label)
        # The conditions take the room their rows need (up to the room there is), the count right below them.
        editor_layout.addWidget(scroll)
        editor_layout.addWidget(self.figures_box)
        editor_layout.addWidget(self.rule_label)
        editor_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor_box, 1)

        # Keyboard moves act on the condition or group holding the focus.
        self.move_up_action = QAction(self.tr("Move up"), self)
        self.move_up_action.setShortcut(QKeySequence("Alt+Up"))
        self.move_down_action = QAction(self.tr("Move down"), self)
        self.move_down_action.setShortcut(QKeySequence("Alt+Down"))
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.move_up_action.triggered.connect(self._on_move_up)
        self.move_down_action.triggered.connect(self._on_move_down)
        session.changed.connect(self._on_session_changed)
        self._load()

    # -- session → widgets ------------------------------------------------------------------
    def _on_session_changed(self, change: Change, initiator: object = None) -> None:
        if change & (Change.CURRENT | Change.DATA | Change.DEMO) or \
                (change & Change.SEGMENT_LIST and initiator is not self):
            self._load()            # what it shows was changed elsewhere (or undone): shown anew
        elif change & Change.SEGMENT_LIST:
            # This builder's own edit: it already shows it; only the name may have been tidied.
            segment = self._session.current_segment
            if segment is not None and self.name_edit.text() != segment.name and not self.name_edit.hasFocus():
                self.name_edit.setText(segment.name)
            self._update_count()
        elif change & (Change.COUNTS | Change.SETTINGS | Change.AS_OF):
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
            self.description_label.setText(segment.description)
            self.description_label.setVisible(bool(segment.description))
            others = [s.name for s in self._session.segments if s is not segment]
            context = BuilderContext(self._session.dataset, current_language(), self._session.as_of, others,
                                     self._starter_condition, self._session.pseudonyms())
            self.top = GroupEditor(context)
            self.top.set_group(segment.rule)
            self.top.changed.connect(self._on_rule_edited)
            self.top.drag_requested.connect(self._on_drag_requested)
            self.top.move_requested.connect(self._on_move_requested)
            self.top.menu_requested.connect(self._on_menu_requested)
            self.rows_layout.insertWidget(0, self.top)
        finally:
            self._loading = False
        self._update_count()
        self.rows_changed.emit()

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
        self._session.update_segment(index, segment.with_rule(self.current_rule()),
                                     initiator=self)
        self.rows_changed.emit()

    def tab_stops(self) -> list[QWidget]:
        """The builder's controls in Tab order: the name, then the rule from top to bottom."""
        return [self.name_edit, self.template_button, *(self.top.tab_stops() if self.top is not None else []),
                self.as_of_control.date_edit, self.as_of_control.today_button]

    # -- moving conditions and groups ------------------------------------------------------
    def move_row(self, row: QWidget, step: int) -> bool:
        """Move a condition or group one place up (step -1) or down (+1) in its group; from the first or
        last place it steps out of the group, to just before or after it.  False if it cannot go further."""
        path = row_path(row)
        place = self._step_target(path, step) if path is not None else None
        return place is not None and self.move_to(path, *place)

    def move_to(self, source: RowPath, target: RowPath, position: int, *, focus: bool = True) -> bool:
        """Move the row at ``source`` into the group at ``target``, before its row ``position`` (counted before
        the move): one undo step.  False (and nothing changes) if that move is not allowed."""
        segment = self._session.current_segment
        if segment is None or self.top is None:
            return False
        rule = self.current_rule()
        try:
            node = node_at(rule, source)
            if not can_move(source, node_height(node), target, position):
                return False
            moved, new_path = move_node(rule, source, target, position)
        except IndexError:
            return False
        self._session.rearrange_rule(self._session.current_index, moved, moved_group=not isinstance(node, Condition))
        if focus:
            self._focus_row(new_path)
        return True

    def _step_target(self, path: RowPath, step: int) -> tuple[RowPath, int] | None:
        parent, index = path[:-1], path[-1]
        count = len(self.top.widget_at(parent).rows)
        if step < 0 and index > 0:
            return parent, index - 1
        if step > 0 and index < count - 1:
            return parent, index + 2
        if parent:                              # at the edge of a nested group: out of it
            return parent[:-1], parent[-1] + (1 if step > 0 else 0)
        return None

    def _on_move_up(self) -> None:
        row = enclosing_row(QApplication.focusWidget())
        if row is not None and self.top is not None and self.top.isAncestorOf(row):
            self.move_row(row, -1)

    def _on_move_down(self) -> None:
        row = enclosing_row(QApplication.focusWidget())
        if row is not None and self.top is not None and self.top.isAncestorOf(row):
            self.move_row(row, +1)

    def _focus_row(self, path: RowPath) -> None:
        try:
            row = self.top.widget_at(path)
        except IndexError:
            return
        if isinstance(row, ConditionRow):
            row.field_combo.setFocus()
        elif isinstance(row, GroupEditor):
            row.mode_combo.setFocus()
        QTimer.singleShot(0, self, self._reveal_focus)        # once the rebuilt rows have their places

    def _reveal_focus(self) -> None:
        focus = QApplication.focusWidget()
        row = enclosing_row(focus)
        if row is not None and self.top is not None and self.top.isAncestorOf(row):
            self._scroll.ensureWidgetVisible(row)

    def item_menu(self, row: QWidget) -> QMenu:
        """The context menu of a condition or group: move up, move down, move to another group."""
        menu = QMenu(self)
        path = row_path(row)
        if path is None or self.top is None:
            return menu
        for text, key, step in ((self.tr("Move up"), "Alt+Up", -1), (self.tr("Move down"), "Alt+Down", +1)):
            action = menu.addAction(text + "\t" + QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            action.setEnabled(self._step_target(path, step) is not None)
            action.triggered.connect(partial(self._on_move_step_chosen, row, step))
        groups = menu.addMenu(self.tr("Move to group"))
        height = node_height(node_at(self.current_rule(), path))
        for group in self.top.groups():
            target = group.path()
            if target == path[:-1] or not can_move(path, height, target, len(group.rows)):
                continue
            action = groups.addAction(self._group_label(group))
            action.triggered.connect(partial(self._on_move_to_group_chosen, path, target, len(group.rows)))
        groups.setEnabled(not groups.isEmpty())
        return menu

    def _on_move_step_chosen(self, row: QWidget, step: int, _checked: bool = False) -> None:
        self.move_row(row, step)

    def _on_move_to_group_chosen(self, source: RowPath, target: RowPath, position: int, _checked: bool = False) -> None:
        self.move_to(source, target, position)

    def _group_label(self, group: GroupEditor) -> str:
        """"Top level", or a nested group as "any of: Region is … or Gender is …", indented by its depth."""
        if group is self.top:
            return self.tr("Top level")
        rule = group.group()
        rows = editor_rows(rule)
        inner = rule.children[0] if rule.kind == "not" else rule
        words = self._rule_words(Group(inner.kind, rows)) if rows else self.tr("empty")
        if len(words) > 70:
            words = words[:69] + "…"
        indent = "    " * (len(group.path()) - 1)
        return indent + self.tr("%1 of: %2").replace("%1", group.mode_combo.currentText()).replace("%2", words)

    def _on_menu_requested(self, row: QWidget, at: QPoint) -> None:
        menu = self.item_menu(row)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(at)          # not exec(): a chosen move rebuilds the rows, including the one asking

    def mime_for(self, row: QWidget):
        """What dragging ``row`` carries: its row path in the rule (and how deep it is)."""
        path = row_path(row)
        return node_mime(path, node_height(node_at(self.current_rule(), path)))

    def _on_drag_requested(self, row: QWidget) -> None:
        if self._dragging or row_path(row) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(row))
        drag.setPixmap(row.grab())
        drag.setHotSpot(QPoint(7, min(row.height() // 2, 14)))
        faded = QGraphicsOpacityEffect(row)
        faded.setOpacity(0.35)
        row.setGraphicsEffect(faded)        # the row stays where it was, greyed, until it is dropped
        self._dragging, self._pending_move = True, None
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._dragging = False
            row.setGraphicsEffect(None)
        # The drop only noted the move: rebuilding the rows inside the drag's own event loop would delete
        # the widgets the drag is still running in.
        pending, self._pending_move = self._pending_move, None
        if pending is not None:
            self.move_to(*pending, focus=False)

    def _on_move_requested(self, source: RowPath, target: RowPath, position: int) -> None:
        if self._dragging:
            self._pending_move = (tuple(source), tuple(target), position)
        else:
            self.move_to(tuple(source), tuple(target), position, focus=False)

    def _on_name_edited(self) -> None:
        segment = self._session.current_segment
        if segment is None or self.name_edit.text().strip() == segment.name:
            return
        if not self._session.rename_segment(self._session.current_index, self.name_edit.text(), initiator=self):
            self.name_edit.setText(segment.name)
            self.detail_label.setText(self.tr("That name is empty or already used by another segment."))

    # -- live count ------------------------------------------------------------------------
    @property
    def counting(self) -> bool:
        """The figures shown are an older state's, greyed while the newest is counted."""
        return self._counting

    def _update_count(self) -> None:
        segment = self._session.current_segment
        ds = self._session.dataset
        self.template_button.setVisible(segment is not None and not segment.rule.children)
        if segment is None or ds is None:
            self._show_counting(False)
            return
        answer = self._session.live_counts.answer_for(segment)
        if answer is None:
            if not self.counting and not self._counting_timer.isActive():
                self._counting_timer.start()
            return
        self._show_counting(False)
        if answer.error is not None:
            exc = answer.error
            self.count_label.setText(self.tr("Incomplete condition") if isinstance(exc, SegmentDeskError) else "")
            self.detail_label.setText(error_text(exc))
            self.share_bar.setValue(0)
            self.rule_label.setText(self._rule_words(segment.rule))   # this segment's, not the last one's
            return
        f = answer.figures
        fmt = formats()
        self.count_label.setText(self.tr("%Ln customer(s)", "", f.count))
        self.share_bar.setValue(round(f.share * 1000))
        self.detail_label.setText(self.tr("%1 of all %2 customers · %3 reachable by email · %4 of revenue")
                                  .replace("%1", fmt.percent(f.share))
                                  .replace("%2", fmt.whole(f.total_customers))
                                  .replace("%3", fmt.whole(f.reachable))
                                  .replace("%4", fmt.percent(f.revenue_share)))
        if ds.has_orders and f.count:
            self.detail_label.setText(self.detail_label.text() + "\n" + self.tr(
                "Average spend %1 per customer (all customers: %2)")
                .replace("%1", fmt.money(f.avg_spend, decimals=0))
                .replace("%2", fmt.money(f.avg_spend_all, decimals=0)))
        self.rule_label.setText(self._rule_words(segment.rule))
        self._show_warnings(answer.warnings)

    def _rule_words(self, rule: Group) -> str:
        """The rule in words; in demo mode its values on personal fields as pseudonyms."""
        hidden = self._session.pseudonyms()
        return describe(rule if hidden is None else hidden.rule(rule), current_language())

    def _on_counting_timer(self) -> None:
        if self._session.live_counts.pending:
            self._show_counting(True)

    def _show_counting(self, counting: bool) -> None:
        if not counting:
            self._counting_timer.stop()
        self._counting = counting
        for figure in (self.count_label, self.share_bar, self.detail_label, self.warning_label):
            figure.setEnabled(not counting)     # greyed; the date beside them stays editable
        self.counting_label.setVisible(counting)

    def _show_warnings(self, warnings: list) -> None:
        """What the seeds ask a shop owner to check: big enough, reachable, distinct, not too many."""
        lines = [self._warning_text(w) for w in warnings]
        self.warning_label.setText("\n".join("⚠ " + line for line in lines))
        self.warning_label.setVisible(bool(lines))

    def _warning_text(self, w) -> str:
        # The same words as the Profiles page and the command line (core's catalogue of warnings).
        return warning_sentence(w, current_language(), current=self._session.current_segment.name)
