"""The History page: each segment's size or revenue over the project's snapshots, and who moved between two.

The snapshots are read from the saved project file (each import records one), in a worker for a
big project.  Clicking a cell of the migration matrix lists the customers behind it; "Make a
segment" turns them into a segment of their own (a fixed list of their customer numbers or emails).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.analytics.history import OTHER, Migration, SegmentTrend, segment_trends, top_flows
from ...core.analytics.history_words import flow_sentence, state_label
from ...core.charts.line_charts import LineSeries, TrendChart, draw_segment_trends
from ...core.project.snapshot_history import read_snapshot_figures, read_snapshot_membership
from ...core.project.snapshots import SnapshotInfo, stable_keys
from ...core.segments.model import Segment, node_from_json
from ...core.tasks import Progress
from .. import i18n
from ..charts.chart_view import ChartView
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec

LISTED = 500
"""People shown in the list of a cell; the segment made from it takes them all."""


@dataclass(frozen=True)
class History:
    infos: list[SnapshotInfo]
    trends: list[SegmentTrend]


def read_history(path: Path, *, progress: Progress) -> History:
    infos, figures = read_snapshot_figures(path)
    progress.report(0.9)
    return History(infos, segment_trends(figures))


def read_migration(path: Path, before: int, after: int, *, progress: Progress) -> Migration:
    older = read_snapshot_membership(path, before)
    progress.report(0.4)
    newer = read_snapshot_membership(path, after)
    progress.report(0.8)
    return Migration(older, newer)


class HistoryPage(AnalysisPage):
    WATCHES = Change.DATA | Change.FILE | Change.DEMO

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._history: History | None = None
        self._migration: Migration | None = None
        self._shown: tuple[list[str], list[str]] = ([], [])      # the matrix's rows and columns as the table shows them
        self._cell: tuple[str, str] | None = None
        self._read_from: tuple | None = None
        self._rows_by_key: tuple[object, dict[str, int]] | None = None      # (dataset, key → row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.measure = QComboBox()
        self.measure.addItem(self.tr("Customers"), "count")
        self.measure.addItem(self.tr("Revenue"), "revenue")
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        self.chart = ChartView(file_stem=self.tr("segments-over-time"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.measure)
        top.addStretch(1)

        self.before = QComboBox()
        self.after = QComboBox()
        for combo in (self.before, self.after):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_pair_changed)
        pair = QHBoxLayout()
        pair.addWidget(QLabel(self.tr("Who moved between")))
        pair.addWidget(self.before)
        pair.addWidget(QLabel(self.tr("and")))
        pair.addWidget(self.after)
        pair.addStretch(1)
        self.flows = QLabel()
        self.flows.setWordWrap(True)
        self.flows.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matrix_title = QLabel()
        self.matrix_title.setWordWrap(True)
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.matrix.currentCellChanged.connect(self._on_cell_changed)
        self.cell_title = QLabel(self.tr("Click a number to see the customers behind it."))
        self.cell_title.setWordWrap(True)
        self.people = QListWidget()
        self.make_segment_button = QPushButton(self.tr("Make a segment of them"))
        self.make_segment_button.setEnabled(False)
        self.make_segment_button.clicked.connect(self.make_segment)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.cell_title)
        people_layout.addWidget(self.people, 1)
        people_layout.addWidget(self.make_segment_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        matrix_side = QWidget()
        matrix_layout = QVBoxLayout(matrix_side)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.flows)
        matrix_layout.addWidget(self.matrix_title)
        matrix_layout.addWidget(self.matrix, 1)
        lower.addWidget(matrix_side)
        lower.addWidget(people)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addWidget(self.chart, 1)
        content.addLayout(pair)
        content.addWidget(lower, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.content, 1)

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        path = s.path
        if s.dataset is None or path is None or not Path(path).is_file():
            self._show_message(self.tr("The history starts when the project is saved: each import into it then "
                                       "records every segment's size and members, so next month's import shows "
                                       "how the segments changed."))
            self._history, self._read_from = None, None
            return
        stamp = (str(path), Path(path).stat().st_mtime_ns, id(s.dataset))
        if stamp == self._read_from:
            self._show_people(self._cell)        # (demo mode switched: the people as it shows them)
            return
        self._read_from = stamp
        self.compute(partial(read_history, Path(path)), self._show_history, customers=len(s.dataset))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.content.hide()

    def _show_history(self, history: History) -> None:
        self._history = history
        if not history.infos:
            self._show_message(self.tr("No snapshots yet: the next import into this project records the first."))
            return
        self.message.hide()
        self.content.show()
        self._draw_trends()
        fmt = i18n.formats()
        for combo, default in ((self.before, max(len(history.infos) - 2, 0)), (self.after, len(history.infos) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for info in history.infos:
                combo.addItem(self.tr("%1 (snapshot %2)").replace("%1", fmt.date(info.as_of))
                              .replace("%2", str(info.id)), info.id)
            combo.setCurrentIndex(default)
            combo.blockSignals(False)
        self._on_pair_changed()

    def _draw_trends(self) -> None:
        if self._history is None:
            return
        measure = self.measure.currentData()
        series = [LineSeries(t.name, [(p.as_of, p.revenue if measure == "revenue" else p.count) for p in t.points])
                  for t in self._history.trends]
        self.chart.show_chart(draw_segment_trends, TrendChart(series, measure=measure))

    def _on_measure_changed(self) -> None:
        self._draw_trends()

    def _on_pair_changed(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        self._migration = None
        self._shown = ([], [])
        self.matrix.clear()
        self.matrix.setRowCount(0)
        self._show_people(None)
        if before is None or after is None or before == after or self.session.path is None:
            self.flows.setText(self.tr("Choose two different snapshots to see who moved."))
            return
        self.compute(partial(read_migration, Path(self.session.path), before, after), self._show_migration,
                     customers=len(self.session.dataset) if self.session.dataset is not None else 0)

    # -- the migration ------------------------------------------------------------------------------
    def _show_migration(self, migration: Migration) -> None:
        self._migration = migration
        lang, fmt = i18n.current_language(), i18n.formats()
        flows = top_flows(migration, limit=5)
        self.flows.setText("\n".join(f"• {flow_sentence(f, lang)}" for f in flows) if flows
                           else self.tr("Nobody moved between segments."))
        rows, columns = shown_lines(migration)
        self._shown = (rows, columns)
        counts = migration.counts[np.ix_([migration.rows.index(r) for r in rows],
                                         [migration.columns.index(c) for c in columns])]
        m = self.matrix
        m.setRowCount(len(rows) + 1)
        m.setColumnCount(len(columns) + 1)
        before, after = fmt.date(migration.before.as_of), fmt.date(migration.after.as_of)
        self.matrix_title.setText(self.tr(
            "Rows: where the customers were on %1. Columns: where they were on %2. A customer in two segments is "
            "counted in each, so a segment's row adds up to its size on %1 and its column to its size on %2. "
            "“In another segment”: left or joined the segment while in another one.")
            .replace("%1", before).replace("%2", after))
        total = self.tr("Total")
        m.setVerticalHeaderLabels([state_label(r, lang) for r in rows] + [total])
        m.setHorizontalHeaderLabels([two_lines(state_label(c, lang)) for c in columns] + [total])
        cells = counts.tolist()
        for i, row in enumerate(cells + [counts.sum(axis=0).tolist()]):
            for j, value in enumerate(row + ([sum(row)] if i < len(rows) else [])):
                item = QTableWidgetItem(fmt.whole(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = item.font()
                if i == len(rows) or j == len(columns):
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)     # a total: nobody to list behind it
                    font.setItalic(True)
                elif rows[i] == columns[j] != OTHER:
                    font.setBold(True)         # stayed: the diagonal
                item.setFont(font)
                m.setItem(i, j, item)
        m.resizeColumnsToContents()
        m.resizeRowsToContents()

    def _on_cell_changed(self, row: int, column: int, *_previous: int) -> None:
        rows, columns = self._shown
        if self._migration is None or not 0 <= row < len(rows) or not 0 <= column < len(columns):
            self._show_people(None)
            return
        self._show_people((rows[row], columns[column]))

    def _show_people(self, cell: tuple[str, str] | None) -> None:
        self.people.clear()
        self._cell = cell
        if cell is None or self._migration is None:
            self.cell_title.setText(self.tr("Click a number to see the customers behind it."))
            self.make_segment_button.setEnabled(False)
            return
        keys = self._migration.members(*cell)
        lang, fmt = i18n.current_language(), i18n.formats()
        self.cell_title.setText(self.tr("%1 customers: from %2 to %3").replace("%1", fmt.whole(len(keys)))
                                .replace("%2", state_label(cell[0], lang)).replace("%3", state_label(cell[1], lang)))
        self.people.addItems([self._person(key) for key in keys[:LISTED]])
        if len(keys) > LISTED:
            self.people.addItem(self.tr("… and %1 more").replace("%1", fmt.whole(len(keys) - LISTED)))
        self.make_segment_button.setEnabled(bool(keys) and self._migration.after.key_role is not None)

    def _person(self, key: str) -> str:
        """A customer as the list shows them: their key, and their name and email as the data has them now;
        in demo mode their pseudonyms (an email key as their pseudonym email)."""
        ds, hidden = self.session.dataset, self.session.pseudonyms()
        if ds is None:
            return key
        if self._rows_by_key is None or self._rows_by_key[0] is not ds:
            role, keys = stable_keys(ds)
            self._rows_by_key = (ds, {k: i for i, k in enumerate(keys.tolist()) if k}, role)
        row = self._rows_by_key[1].get(key)
        shown = key
        if hidden is not None and self._rows_by_key[2] == "email":
            shown = hidden.value("email", key) if row is None else self._value("email", row, hidden) or key
        if row is None:
            return shown
        parts = []
        for role in ("first_name", "last_name", "email"):
            value = self._value(role, row, hidden)
            if isinstance(value, str) and value.strip() and value.strip().casefold() not in (key, shown):
                parts.append(value.strip())
        return f"{shown} · {' '.join(parts)}" if parts else shown

    def _value(self, role: str, row: int, hidden) -> object:
        header = self.session.dataset.customers.roles.get(role)
        if header is None:
            return None
        if hidden is not None and hidden.is_personal(header):
            return hidden.column(header)[row]
        return self.session.dataset.customers.frame[header].iat[row]

    def make_segment(self) -> None:
        """The customers of the chosen cell as a new segment: a fixed list of their keys."""
        if self._migration is None or self._cell is None:
            return
        keys = self._migration.members(*self._cell)
        role = self._migration.after.key_role or self._migration.before.key_role
        if not keys or role is None:
            return
        lang = i18n.current_language()
        name = self.tr("%1 → %2 (%3)").replace("%1", state_label(self._cell[0], lang)) \
            .replace("%2", state_label(self._cell[1], lang)).replace("%3", i18n.formats().date(self._migration.after.as_of))
        rule = node_from_json({"all": [{"field": role, "op": "in", "value": keys}]})
        self.session.add_segment(Segment(name, rule), initiator=self)


def two_lines(text: str) -> str:
    """A long column heading broken at the space nearest its middle, so that the table fits beside the list."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if len(text) < 14 or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def shown_lines(migration: Migration) -> tuple[list[str], list[str]]:
    """The rows and columns the table shows: all but an empty "in another segment" (segments that do not overlap,
    such as RFM groups, never have one)."""
    other_row = migration.counts[migration.rows.index(OTHER)].any()
    other_column = migration.counts[:, migration.columns.index(OTHER)].any()
    return ([r for r in migration.rows if r != OTHER or other_row],
            [c for c in migration.columns if c != OTHER or other_column])


PAGE = AnalysisPageSpec(key="history", title=lambda: QCoreApplication.translate("AnalysisPages", "History"),
                        make=HistoryPage)
