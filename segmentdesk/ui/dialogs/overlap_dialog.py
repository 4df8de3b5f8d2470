"""How the segments share customers: overlap matrix, and sizes when each customer gets one mailing.

The dialog shows at once with a busy bar; the members, the matrix and the one-mailing sizes are
worked out in a worker and fill the tables when they arrive.  Closing the dialog before then stops
the work (at the next segment) and drops its answer.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QProgressBar,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from ...core.errors import SegmentDeskError
from ...core.segments.model import Segment
from ...core.segments.overlap import Waterfall, overlap_counts, overlap_shares, waterfall
from ...core.tasks import Progress
from .. import theme
from ..error_messages import error_text
from ..session import Session
from ..workers import TaskRunner
from ..i18n import formats


@dataclass(frozen=True)
class OverlapTables:
    """What the dialog shows, in the list's order; segments whose rule cannot be answered are left out."""

    names: list[str]
    counts: pd.DataFrame
    shares: pd.DataFrame
    waterfall: Waterfall


def overlap_tables(segments: list[Segment], *, mask: Callable[[Segment], np.ndarray], n_customers: int,
                   progress: Progress) -> OverlapTables:
    """The overlap of ``segments`` (members from ``mask``); stops at the next segment once cancelled."""
    masks = {}
    for i, segment in enumerate(segments):
        progress.report(i / (len(segments) + 1), "count")
        try:
            masks[segment.name] = mask(segment)
        except SegmentDeskError:
            continue
    progress.report(len(segments) / (len(segments) + 1), "overlap")
    counts = overlap_counts(masks)
    return OverlapTables(list(masks), counts, overlap_shares(counts), waterfall(masks, n_customers))


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
        self.resize(620, 320)            # while counting; then fitted to the tables (see _fit)
        self.tables: OverlapTables | None = None        # None until the worker's answer arrives

        self.matrix = QTableWidget(0, 0)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exclusive = QTableWidget(0, 3)
        self.exclusive.setHorizontalHeaderLabels([self.tr("Segment (in priority order)"), self.tr("On its own"),
                                                  self.tr("One mailing each")])
        self.exclusive.verticalHeader().setVisible(False)
        self.exclusive.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exclusive.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):           # their headings are wider than the figures: never clipped
            self.exclusive.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.tabs = tabs = QTabWidget()
        tabs.setElideMode(Qt.TextElideMode.ElideNone)      # a tab's title is read whole, in Finnish too
        tabs.addTab(self.matrix, self.tr("Overlap"))
        tabs.addTab(self.exclusive, self.tr("One mailing per customer"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 100)
        self.busy.setTextVisible(False)
        self.hint = QLabel(self.tr("Each cell: customers in the row's segment who are also in the column's segment, "
                                   "and their share of the row. “One mailing each” gives every customer to the first "
                                   "segment in the list that matches; reorder the list to change priorities."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        self._runner = TaskRunner(self)
        self._runner.progress.connect(lambda fraction, _stage: self.busy.setValue(int(fraction * 100)))
        self._runner.finished.connect(self._on_tables_ready)
        self._runner.failed.connect(self._on_tables_failed)
        segments = [s.copy() for s in session.segments]
        n_customers = len(session.dataset)
        mask = session.mask_reader()
        self._runner.start(lambda progress: overlap_tables(segments, mask=mask, n_customers=n_customers,
                                                           progress=progress))

    @property
    def filled(self) -> bool:
        """The tables have arrived and are shown."""
        return self.tables is not None

    def _on_tables_ready(self, tables: OverlapTables) -> None:
        self.tables = tables
        self.busy.hide()
        fmt = formats()
        names = tables.names
        self.matrix.setRowCount(len(names))
        self.matrix.setColumnCount(len(names))
        self.matrix.setHorizontalHeaderLabels(names)
        self.matrix.setVerticalHeaderLabels(names)
        for r, a in enumerate(names):
            for c, b in enumerate(names):
                n, share = int(tables.counts.at[a, b]), float(tables.shares.at[a, b])
                text = fmt.whole(n) if r == c else f"{fmt.whole(n)}  ({fmt.percent(share, decimals=0)})"
                item = _item(text)
                if r != c:
                    # Darker where more of the row's customers are also in the column's segment.
                    item.setBackground(QBrush(theme.share_background(theme.app_palette(), share)))
                self.matrix.setItem(r, c, item)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        result = tables.waterfall
        self.exclusive.setRowCount(len(result.names) + 1)
        for r, name in enumerate(result.names):
            self.exclusive.setItem(r, 0, _item(name, align_right=False))
            self.exclusive.setItem(r, 1, _item(fmt.whole(result.overlapping[r])))
            self.exclusive.setItem(r, 2, _item(fmt.whole(result.exclusive[r])))
        last = len(result.names)
        self.exclusive.setItem(last, 0, _item(self.tr("In no segment"), align_right=False))
        self.exclusive.setItem(last, 1, _item(""))
        self.exclusive.setItem(last, 2, _item(fmt.whole(result.unassigned)))
        self._fit()

    def _fit(self) -> None:
        """The dialog as big as its matrix needs (within the screen), and the matrix filling it: no empty
        band right of or below a few segments' cells."""
        table = self.matrix
        header = table.horizontalHeader()
        contents = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(table.columnCount())]
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c, size in enumerate(contents):
            header.resizeSection(c, size)
        frame = 2 * table.frameWidth()
        heights = [t.horizontalHeader().sizeHint().height() + t.verticalHeader().length() + frame
                   for t in (table, self.exclusive)]      # the other tab has a row more ("In no segment")
        wanted = QSize(table.verticalHeader().sizeHint().width() + sum(contents) + frame, max(heights))
        self.layout().activate()
        chrome = self.size() - table.size()
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry().size() - QSize(40, 60)
        self.resize((chrome + wanted).expandedTo(self.minimumSizeHint()).boundedTo(room))
        # What the hint's width leaves over goes to the columns evenly (each still shows its figures whole).
        spare = table.viewport().width() - sum(contents)
        if spare > 0:
            for c, size in enumerate(contents):
                header.resizeSection(c, size + spare // len(contents))

    def _on_tables_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.hint.setText(error_text(exc))

    def done(self, result: int) -> None:
        self._runner.cancel()                # closed before the tables came: the work stops and is dropped
        super().done(result)
