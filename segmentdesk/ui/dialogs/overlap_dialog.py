"""How the segments share customers: overlap matrix, and sizes when each customer gets one mailing."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout)

from ...core.errors import SegmentDeskError
from ...core.segments.overlap import overlap_counts, overlap_shares, waterfall
from ..session import Session


def _item(text: str, *, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class OverlapDialog(QDialog):
    """Read-only views over the session's segments, in the list's order (the priority order)."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overlap between segments"))
        self.resize(820, 480)
        masks = {}
        for segment in session.segments:
            try:
                masks[segment.name] = session.mask(segment)
            except SegmentDeskError:
                continue
        locale = QLocale()
        counts = overlap_counts(masks)
        shares = overlap_shares(counts)

        self.matrix = QTableWidget(len(masks), len(masks))
        self.matrix.setHorizontalHeaderLabels(list(masks))
        self.matrix.setVerticalHeaderLabels(list(masks))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, a in enumerate(masks):
            for c, b in enumerate(masks):
                n, share = int(counts.at[a, b]), float(shares.at[a, b])
                text = locale.toString(n) if r == c else f"{locale.toString(n)}  ({locale.toString(share * 100, 'f', 0)} %)"
                item = _item(text)
                if r != c:
                    # Darker where more of the row's customers are also in the column's segment.
                    item.setBackground(QBrush(QColor.fromHsvF(0.58, min(0.6, share * 0.6), 1.0)))
                self.matrix.setItem(r, c, item)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        result = waterfall(masks, len(session.dataset))
        self.exclusive = QTableWidget(len(masks) + 1, 3)
        self.exclusive.setHorizontalHeaderLabels([self.tr("Segment (in priority order)"), self.tr("On its own"),
                                                  self.tr("One mailing each")])
        self.exclusive.verticalHeader().setVisible(False)
        self.exclusive.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, name in enumerate(result.names):
            self.exclusive.setItem(r, 0, _item(name, align_right=False))
            self.exclusive.setItem(r, 1, _item(locale.toString(result.overlapping[r])))
            self.exclusive.setItem(r, 2, _item(locale.toString(result.exclusive[r])))
        last = len(result.names)
        self.exclusive.setItem(last, 0, _item(self.tr("In no segment"), align_right=False))
        self.exclusive.setItem(last, 1, _item(""))
        self.exclusive.setItem(last, 2, _item(locale.toString(result.unassigned)))
        self.exclusive.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        tabs = QTabWidget()
        tabs.addTab(self.matrix, self.tr("Overlap"))
        tabs.addTab(self.exclusive, self.tr("One mailing per customer"))
        hint = QLabel(self.tr("Each cell: customers in the row's segment who are also in the column's segment, "
                              "and their share of the row. “One mailing each” gives every customer to the first "
                              "segment in the list that matches; reorder the list to change priorities."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
