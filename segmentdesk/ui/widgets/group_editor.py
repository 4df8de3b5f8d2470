"""A group of conditions in the builder — all / any / none / not all — holding conditions and groups.

Rows can be dragged between groups.  A row is named by its *row path* (see
:mod:`segmentdesk.core.segments.rule_paths`, which moves rows on a copy of the rule); the editors
only show where a drop would land and report ``move_requested(source, target_group, position)`` upwards.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data.dataset import Dataset
from ...core.privacy.pseudonyms import Pseudonyms
from ...core.segments.describe import describe
from ...core.segments.model import Condition, Group, Node, node_from_json
from ...core.segments.rule_paths import MAX_DEPTH, RowPath, build_group, can_move, group_mode
from .. import theme
from .condition_row import ConditionRow, DragHandle

RULE_NODE_MIME = "application/x-segmentdesk-rule-node"


@dataclass
class BuilderContext:
    """What every row of one builder needs to know."""

    ds: Dataset
    lang: str
    as_of: dt.date
    segment_names: list[str]
    starter: Callable[[], Condition]
    pseudonyms: Pseudonyms | None = None       # demo mode: personal values shown as pseudonyms, locked


def node_mime(path: RowPath, height: int) -> QMimeData:
    """What a dragged row carries: its path (only meaningful in this process, so the process id too)."""
    mime = QMimeData()
    doc = {"pid": os.getpid(), "path": list(path), "height": height}
    mime.setData(RULE_NODE_MIME, QByteArray(json.dumps(doc).encode("utf-8")))
    return mime


def read_node_mime(mime: QMimeData | None) -> tuple[RowPath, int] | None:
    """(path, height) of a row dragged in this app, or None for anything else."""
    if mime is None or not mime.hasFormat(RULE_NODE_MIME):
        return None
    try:
        doc = json.loads(bytes(mime.data(RULE_NODE_MIME).data()).decode("utf-8"))
        if doc["pid"] != os.getpid():
            return None
        path, height = tuple(int(i) for i in doc["path"]), int(doc["height"])
    except (ValueError, KeyError, TypeError):
        return None
    return path, height


def row_path(widget: QWidget) -> RowPath | None:
    """The row path of a row widget, None if ``widget`` is not a row of a group editor (e.g. the top group)."""
    parent = widget.parentWidget()
    if not isinstance(parent, GroupEditor) or widget not in parent.rows:
        return None
    return parent.path() + (parent.rows.index(widget),)


def enclosing_row(widget: QWidget | None) -> QWidget | None:
    """The innermost row (condition or group) holding ``widget``, e.g. the row of the focused combo box."""
    while widget is not None:
        if row_path(widget) is not None:
            return widget
        widget = widget.parentWidget()
    return None


class GroupEditor(QFrame):
    """Edits one group; emits ``changed`` after every edit below it.

    Takes drops of dragged rows, showing a line where the row will land; from its rows and sub-groups it
    passes up ``drag_requested(row)``, ``menu_requested(row, global_pos)`` and
    ``move_requested(source_path, target_group_path, position)``, to the builder that owns the rule.
    """

    changed = Signal()
    remove_requested = Signal()
    duplicate_requested = Signal()
    drag_requested = Signal(object)
    menu_requested = Signal(object, QPoint)
    move_requested = Signal(object, object, int)

    def __init__(self, context: BuilderContext, *, depth: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._depth = depth
        self.rows: list[QWidget] = []
        if depth > 0:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setObjectName("nestedGroup")

        self.mode_combo = QComboBox()
        for mode, label in (("all", self.tr("all")), ("any", self.tr("any")), ("none", self.tr("none")),
                            ("not_all", self.tr("not all"))):
            self.mode_combo.addItem(label, mode)
        self.mode_combo.setAccessibleName(self.tr("How conditions combine"))
        self.add_button = QPushButton(self.tr("+ Add condition"))
        self.add_group_button = QPushButton(self.tr("+ Add group"))
        self.add_group_button.setToolTip(self.tr("A group of conditions with its own all / any"))
        self.add_group_button.setEnabled(depth + 1 < MAX_DEPTH)
        header = QHBoxLayout()
        if depth > 0:
            self.handle = DragHandle(self.tr("Drag to move this group to another place or group. "
                                             "Keyboard: Alt+Up / Alt+Down; right-click for more."))
            self.handle.drag_started.connect(self._on_handle_dragged)
            header.addWidget(self.handle)
        header.addWidget(QLabel(self.tr("Customers who match") if depth == 0 else self.tr("Match")))
        header.addWidget(self.mode_combo)
        header.addWidget(QLabel(self.tr("of these conditions:") if depth == 0 else self.tr("of these:")))
        header.addStretch(1)
        if depth > 0:
            duplicate = QToolButton()
            theme.follow_palette(duplicate, lambda d=duplicate: d.setIcon(theme.icon("duplicate")))
            duplicate.setAutoRaise(True)
            duplicate.setToolTip(self.tr("Duplicate this group"))
            duplicate.clicked.connect(self.duplicate_requested)
            header.addWidget(duplicate)
            remove = QToolButton()
            remove.setText("✕")
            remove.setAutoRaise(True)
            remove.setToolTip(self.tr("Remove this group"))
            remove.clicked.connect(self.remove_requested)
            header.addWidget(remove)

        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        self.rows_layout.setContentsMargins(12 if depth > 0 else 0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12 if depth > 0 else 0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6) if depth > 0 else layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)

        self.drop_indicator = QFrame(self)
        self.drop_indicator.setObjectName("dropIndicator")
        self.drop_indicator.setAutoFillBackground(True)
        self.drop_indicator.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.drop_indicator.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.drop_indicator.hide()
        self.setAcceptDrops(True)

        self.mode_combo.currentIndexChanged.connect(self.changed)
        self.add_button.clicked.connect(self._on_add_condition)
        self.add_group_button.clicked.connect(self._on_add_group)

    # -- load and read ---------------------------------------------------------------------
    def tab_stops(self) -> list[QWidget]:
        """How the group's controls are visited by Tab: how they combine, each row in turn (a nested
        group's whole set in its place), then the add buttons."""
        stops: list[QWidget] = [self.mode_combo]
        for row in self.rows:
            if hasattr(row, "tab_stops"):
                stops += row.tab_stops()
            else:                       # a collapsed group shown as words: its buttons only
                stops += [w for w in row.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        return stops + [self.add_button, self.add_group_button]

    def set_group(self, node: Group) -> None:
        mode, children = group_mode(node)
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
        self.mode_combo.blockSignals(False)
        for child in children:
            self._append(child)

    def group(self) -> Group:
        children = [r.condition() if isinstance(r, ConditionRow) else r.group() for r in self.rows]
        return build_group(self.mode_combo.currentData() or "all", children)

    # -- editing ----------------------------------------------------------------------------
    def _append(self, node: Node, at: int | None = None) -> QWidget:
        c = self._context
        if isinstance(node, Condition):
            row: QWidget = ConditionRow(c.ds, lang=c.lang, as_of=c.as_of, segment_names=c.segment_names,
                                        pseudonyms=c.pseudonyms)
            row.set_condition(node)
        elif self._depth + 1 < MAX_DEPTH:
            row = GroupEditor(c, depth=self._depth + 1)
            row.set_group(node)
        else:
            # Too deep to show as boxes: keep the subtree, shown as one read-only line.
            row = _DeepGroupRow(node, c.lang, c.pseudonyms)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        if hasattr(row, "duplicate_requested"):
            row.duplicate_requested.connect(lambda r=row: self._duplicate(r))
        if hasattr(row, "drag_requested"):
            row.drag_requested.connect(self.drag_requested)
            row.menu_requested.connect(self.menu_requested)
        if isinstance(row, GroupEditor):
            row.move_requested.connect(self.move_requested)
        at = len(self.rows) if at is None else at
        self.rows_layout.insertWidget(at, row)
        self.rows.insert(at, row)
        return row

    def _duplicate(self, row: QWidget) -> None:
        """A copy right below the original, so a near-identical condition is one click and an edit."""
        node = row.condition() if isinstance(row, ConditionRow) else row.group()
        self._append(node_from_json(node.to_json()), self.rows.index(row) + 1)
        self.changed.emit()

    def add_condition(self, cond: Condition | None = None) -> ConditionRow:
        row = self._append(cond or self._context.starter())
        self.changed.emit()
        return row

    def _on_add_condition(self) -> None:
        self.add_condition().field_combo.setFocus()

    def _on_add_group(self) -> None:
        group = self._append(Group("any", [self._context.starter()]))
        group.mode_combo.setFocus()
        self.changed.emit()

    def _remove(self, row: QWidget) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    # -- where am I ----------------------------------------------------------------------------
    def path(self) -> RowPath:
        """This group's row path; () for the top group."""
        return row_path(self) or ()

    def widget_at(self, path: RowPath) -> QWidget:
        """The row widget at ``path`` below this group (raises IndexError if there is none)."""
        widget: QWidget = self
        for index in path:
            if not isinstance(widget, GroupEditor) or not 0 <= index < len(widget.rows):
                raise IndexError(f"no row at {path}")
            widget = widget.rows[index]
        return widget

    def groups(self) -> Iterator[GroupEditor]:
        """This group and every group editor inside it, top to bottom."""
        yield self
        for row in self.rows:
            if isinstance(row, GroupEditor):
                yield from row.groups()

    def _on_handle_dragged(self) -> None:
        self.drag_requested.emit(self)

    def contextMenuEvent(self, event) -> None:
        if self._depth == 0:                  # the top group does not move
            event.ignore()
            return
        self.menu_requested.emit(self, event.globalPos())
        event.accept()

    # -- dropping rows -------------------------------------------------------------------------
    def drop_position(self, y: float) -> int:
        """The row a drop at height ``y`` lands before (len(rows): at the end)."""
        for index, row in enumerate(self.rows):
            if y < row.geometry().center().y():
                return index
        return len(self.rows)

    def _dragged(self, event) -> tuple[RowPath, int] | None:
        """The dragged row's (path, height) if this group could hold it at all."""
        dragged = read_node_mime(event.mimeData())
        if dragged is None or not can_move(dragged[0], dragged[1], self.path()):
            return None
        return dragged

    def dragEnterEvent(self, event) -> None:
        # Accepting on entry makes this group the drop target while the pointer is over it, even where a
        # drop would change nothing (over the dragged row itself); dragMoveEvent refuses those places.
        if self._dragged(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._show_drop_place(event)

    def dragMoveEvent(self, event) -> None:
        if self._show_drop_place(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self._scroll_towards(event.position().toPoint())

    def dragLeaveEvent(self, event) -> None:
        self.drop_indicator.hide()

    def dropEvent(self, event) -> None:
        """Ask for the move if the dragged row may land here; the builder makes it one undo step."""
        self.drop_indicator.hide()
        dragged = self._dragged(event)
        position = self.drop_position(event.position().y())
        if dragged is None or not can_move(dragged[0], dragged[1], self.path(), position):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.move_requested.emit(dragged[0], self.path(), position)

    def _show_drop_place(self, event) -> bool:
        """Draw the line where the dragged row would land; False (and no line) where it may not."""
        dragged = self._dragged(event)
        position = self.drop_position(event.position().y())
        if dragged is None or not can_move(dragged[0], dragged[1], self.path(), position):
            self.drop_indicator.hide()
            return False
        area = self.rows_layout.contentsRect()
        gap = self.rows_layout.spacing()
        if not self.rows:
            y = area.top()
        elif position < len(self.rows):
            y = self.rows[position].geometry().top() - (gap + 3) // 2
        else:
            y = self.rows[-1].geometry().bottom() + (gap - 1) // 2
        self.drop_indicator.setGeometry(area.left(), max(0, y), max(area.width(), 40), 3)
        self.drop_indicator.raise_()
        self.drop_indicator.show()
        return True

    def _scroll_towards(self, pos: QPoint) -> None:
        """Near the edge of the builder's scroll area, scroll so the rows beyond can be reached."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None and widget.widget() is not None:
            at = self.mapTo(widget.widget(), pos)
            widget.ensureVisible(at.x(), at.y(), 0, 40)


class _DeepGroupRow(QWidget):
    """A group nested deeper than the builder draws: its rule in words, kept as it is."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, node: Group, lang: str, pseudonyms: Pseudonyms | None = None, parent=None) -> None:
        super().__init__(parent)
        self.node = node
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Demo mode: said with pseudonyms, as the builder's rule in words; the subtree itself is kept.
        label = QLabel("( " + describe(node if pseudonyms is None else pseudonyms.rule(node), lang) + " )")
        label.setWordWrap(True)
        label.setToolTip(self.tr("A deeply nested group; it is kept as it is."))
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.clicked.connect(self.remove_requested)
        layout.addWidget(label, 1)
        layout.addWidget(remove)

    def group(self) -> Group:
        return self.node
