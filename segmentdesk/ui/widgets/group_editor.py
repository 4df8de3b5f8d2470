"""A group of conditions in the builder — all / any / none / not all — holding conditions and groups."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QIcon
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...paths import icon_file
from ...core.dataset import Dataset
from ...core.segments.describe import describe
from ...core.segments.model import Condition, Group, Node, node_from_json
from .condition_row import ConditionRow

MAX_DEPTH = 3          # deeper rules are hard to read; the JSON format allows them, the UI stops here


@dataclass
class BuilderContext:
    """What every row of one builder needs to know."""

    ds: Dataset
    lang: str
    as_of: dt.date
    segment_names: list[str]
    starter: Callable[[], Condition]


def group_mode(node: Group) -> tuple[str, list[Node]]:
    """(mode, children) of a group node: all, any, none (= not any) or not_all (= not all)."""
    if node.kind in ("all", "any"):
        return node.kind, list(node.children)
    inner = node.children[0]
    if isinstance(inner, Group) and inner.kind in ("any", "all"):
        return ("none" if inner.kind == "any" else "not_all"), list(inner.children)
    return "none", [inner]


def build_group(mode: str, children: list[Node]) -> Group:
    if mode == "none":
        return Group("not", [Group("any", children)])
    if mode == "not_all":
        return Group("not", [Group("all", children)])
    return Group(mode, children)


class GroupEditor(QFrame):
    """Edits one group; emits ``changed`` after every edit below it."""

    changed = Signal()
    remove_requested = Signal()
    duplicate_requested = Signal()

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
        header.addWidget(QLabel(self.tr("Customers who match") if depth == 0 else self.tr("Match")))
        header.addWidget(self.mode_combo)
        header.addWidget(QLabel(self.tr("of these conditions:") if depth == 0 else self.tr("of these:")))
        header.addStretch(1)
        if depth > 0:
            duplicate = QToolButton()
            duplicate.setIcon(QIcon(str(icon_file("duplicate"))))
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

        self.mode_combo.currentIndexChanged.connect(self.changed)
        self.add_button.clicked.connect(self._on_add_condition)
        self.add_group_button.clicked.connect(self._on_add_group)

    # -- load and read ---------------------------------------------------------------------
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
            row: QWidget = ConditionRow(c.ds, lang=c.lang, as_of=c.as_of, segment_names=c.segment_names)
            row.set_condition(node)
        elif self._depth + 1 < MAX_DEPTH:
            row = GroupEditor(c, depth=self._depth + 1)
            row.set_group(node)
        else:
            # Too deep to show as boxes: keep the subtree, shown as one read-only line.
            row = _DeepGroupRow(node, c.lang)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        if hasattr(row, "duplicate_requested"):
            row.duplicate_requested.connect(lambda r=row: self._duplicate(r))
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


class _DeepGroupRow(QWidget):
    """A group nested deeper than the builder draws: its rule in words, kept as it is."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, node: Group, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.node = node
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel("( " + describe(node, lang) + " )")
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
