"""The Clusters page: hidden groups of customers — tick fields, pick k (or let the silhouette
suggest it), see the map and the clusters in words, name them, make segments from them.

The clustering runs in the page's worker with progress (:func:`run_clusters`); pressing *Find
groups* or renaming a cluster keeps the clusters in the project as the ``cluster`` field
(:meth:`Session.set_cluster_run`).  Opening the page shows the kept clusters' settings again.
"""
from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.analytics.cluster_input import clusterable_fields, default_fields
from ...core.analytics.cluster_report import cluster_names
from ...core.analytics.cluster_segment import approximate_rule, frozen_members
from ...core.analytics.cluster_words import describe_centre
from ...core.analytics.clusters import K_CHOICES, ClusterResult, run_clusters
from ...core.charts.cluster_charts import cluster_map_data, draw_cluster_map, draw_silhouettes, silhouette_data
from ...core.errors import ClusterError
from ...core.project.cluster_runs import ClusterRun, cluster_run
from ...core.segments.model import Segment
from ...core.words import field_label
from .. import i18n
from ..charts.chart_view import ChartView
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec

NAME, SIZE, SHARE, WORDS = range(4)


class ClustersPage(AnalysisPage):
    WATCHES = Change.DATA

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._result: ClusterResult | None = None
        self._names: list[str] = []
        self._kept: ClusterRun | None = None          # the run this page last kept in the session
        self._fields_for: int | None = None
        self._filling = False

        self.empty_label = QLabel(self.tr("Open a project or import customers to look for hidden groups."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fields_list = QListWidget()
        self.fields_list.setToolTip(self.tr("The number fields the groups are found from"))
        self.k_combo = QComboBox()
        self.k_combo.addItem(self.tr("Suggest (best silhouette)"), None)
        for k in range(2, 13):
            self.k_combo.addItem(str(k), k)
        self.run_button = QPushButton(self.tr("Find groups"))
        self.run_button.clicked.connect(self._on_run_clicked)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self._runner.progress.connect(lambda fraction, _stage: self.progress_bar.setValue(int(fraction * 100)))
        self._runner.busy_changed.connect(self._on_busy_changed)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.silhouette_chart = ChartView(file_stem=self.tr("silhouette"))
        controls = QVBoxLayout()
        controls.addWidget(QLabel(self.tr("Fields")))
        controls.addWidget(self.fields_list, 1)
        k_row = QHBoxLayout()
        k_row.addWidget(QLabel(self.tr("Clusters (k):")))
        k_row.addWidget(self.k_combo, 1)
        controls.addLayout(k_row)
        controls.addWidget(self.run_button)
        controls.addWidget(self.progress_bar)
        controls.addWidget(self.notes_label)
        controls.addWidget(self.silhouette_chart, 1)

        self.map_chart = ChartView(file_stem=self.tr("cluster-map"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Customers"), self.tr("Share"),
                                              self.tr("In words (compared with all customers)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_name_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.members_button = QPushButton(self.tr("Make a segment of these customers"))
        self.members_button.setToolTip(self.tr("A segment that lists the cluster's customers as they are now"))
        self.members_button.clicked.connect(self._on_members_clicked)
        self.rule_button = QPushButton(self.tr("Make a segment from a rule"))
        self.rule_button.setToolTip(self.tr("An editable rule that picks customers like this cluster's"))
        self.rule_button.clicked.connect(self._on_rule_clicked)
        self.segment_label = QLabel()
        self.segment_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Make a segment from this cluster:")))
        buttons.addWidget(self.members_button)
        buttons.addWidget(self.rule_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.map_chart, 3)
        right.addWidget(self.table, 2)
        right.addLayout(buttons)
        right.addWidget(self.segment_label)

        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(controls, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3)
        self.set_body(self.empty_label, self.content)
        self._on_selection_changed()

    # -- following the session -----------------------------------------------------------------------
    def _on_session_changed(self, change: Change, initiator: object = None) -> None:
        if initiator is self:           # clusters this page kept: the page shows them already
            return
        super()._on_session_changed(change, initiator)

    def refresh(self) -> None:
        ds = self.session.dataset
        self.show_content(ds is not None)
        if ds is None:
            self._result, self._fields_for = None, None
            self._show_result()
            return
        if self._fields_for != id(ds):
            self._fields_for = id(ds)
            self._fill_fields()
            self._start()

    def _fill_fields(self) -> None:
        ds, run = self.session.dataset, self.session.project.cluster_run
        offered = clusterable_fields(ds)
        ticked = [f for f in run.fields if f in offered] if run is not None else []
        ticked = ticked or default_fields(ds, as_of=self.session.as_of)
        self.fields_list.clear()
        lang = i18n.current_language()
        for name in offered:
            item = QListWidgetItem(field_label(name, lang))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.fields_list.addItem(item)
        if run is not None:
            self.k_combo.setCurrentIndex(max(0, self.k_combo.findData(run.k)))

    def ticked_fields(self) -> list[str]:
        return [self.fields_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.fields_list.count())
                if self.fields_list.item(i).checkState() == Qt.CheckState.Checked]

    # -- clustering --------------------------------------------------------------------------------
    def _on_run_clicked(self) -> None:
        self._start(keep=True)

    def _start(self, *, keep: bool = False) -> None:
        ds, fields, k = self.session.dataset, self.ticked_fields(), self.k_combo.currentData()
        if ds is None:
            return
        job = partial(run_clusters, ds, as_of=self.session.as_of, fields=fields, k=k)
        self.compute(job, partial(self._on_result, keep=keep), customers=len(ds))

    def _on_busy_changed(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.run_button.setEnabled(not busy)

    def _on_result(self, result: ClusterResult, *, keep: bool) -> None:
        run = self.session.project.cluster_run
        same = run is not None and run.fields == result.fields and run.k == result.k
        lang = i18n.current_language()
        self._result = result
        self._names = cluster_names(result, run.names if same else None, lang)
        self._show_result()
        if keep:
            self._keep()

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ClusterError):
            self._result = None
            self._show_result()
            self.notes_label.setText(self._error_text(exc))
            return
        super().show_failure(exc)

    def _error_text(self, exc: ClusterError) -> str:
        reason = exc.details.get("reason")
        if reason == "no_fields":
            return self.tr("Tick at least one field.")
        if reason == "no_values":
            return self.tr("No customer has a value for %1.").replace(
                "%1", field_label(str(exc.details.get("field")), i18n.current_language()))
        if reason == "bad_k":
            return self.tr("This data has room for at most %1 clusters.").replace("%1", str(exc.details.get("largest")))
        return self.tr("These customers cannot be told apart by the ticked fields.")

    def _keep(self) -> None:
        result = self._result
        if result is None:
            return
        self._kept = cluster_run(self.session.dataset, result.labels, names=self._names, fields=result.fields,
                                 as_of=self.session.as_of, made_at=dt.datetime.now().replace(microsecond=0))
        self.session.set_cluster_run(self._kept, initiator=self)

    # -- showing ------------------------------------------------------------------------------------
    def _show_result(self) -> None:
        result = self._result
        self.silhouette_chart.show_chart(draw_silhouettes, None if result is None else silhouette_data(result))
        self.map_chart.show_chart(draw_cluster_map, None if result is None else cluster_map_data(result, self._names))
        self._filling = True
        try:
            self.table.setRowCount(0 if result is None else result.k)
            if result is not None:
                self._fill_table(result)
        finally:
            self._filling = False
        self.notes_label.setText("" if result is None else self._notes(result))
        self._on_selection_changed()

    def _fill_table(self, result: ClusterResult) -> None:
        fmt, lang = i18n.formats(), i18n.current_language()
        clustered = max(1, len(result.features.rows))
        missing = result.missing_shares
        for c in range(result.k):
            cells = [self._names[c], fmt.whole(result.sizes[c]), fmt.percent(result.sizes[c] / clustered),
                     describe_centre(result.fields, list(result.centres[c]), lang, missing[c])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != NAME:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (SIZE, SHARE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(c, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)

    def _notes(self, result: ClusterResult) -> str:
        fmt, lang = i18n.formats(), i18n.current_language()
        lines = [self.tr("Silhouette %1 (−1…1; higher: better separated); suggested k = %2.")
                 .replace("%1", fmt.decimal(round(result.silhouette, 2))).replace("%2", str(result.suggested_k))]
        if result.features.left_out:
            lines.append(self.tr("%1 customers without any value are left out.")
                         .replace("%1", fmt.whole(result.features.left_out)))
        for prep in result.features.preparations:
            label = field_label(prep.field, lang)
            if prep.missing:
                lines.append(self.tr("%1: %2 missing, filled with the median %3.").replace("%1", label)
                             .replace("%2", fmt.whole(prep.missing)).replace("%3", fmt.decimal(prep.filled_with)))
            if prep.log_scaled:
                lines.append(self.tr("%1: log scale (very uneven values).").replace("%1", label))
        return "\n".join(lines)

    # -- names and segments -------------------------------------------------------------------------
    def _on_name_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NAME or self._result is None:
            return
        text = item.text().strip()
        if not text or text.casefold() in {n.casefold() for i, n in enumerate(self._names) if i != item.row()}:
            self._filling = True
            item.setText(self._names[item.row()])         # blank or taken: the old name stays
            self._filling = False
            return
        self._names[item.row()] = text
        self.table.resizeColumnToContents(NAME)
        self.map_chart.show_chart(draw_cluster_map, cluster_map_data(self._result, self._names))
        self._keep()

    def selected_cluster(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and self._result is not None else None

    def _on_selection_changed(self) -> None:
        chosen = self.selected_cluster() is not None
        self.members_button.setEnabled(chosen)
        self.rule_button.setEnabled(chosen)

    def _on_members_clicked(self) -> None:
        c = self.selected_cluster()
        if c is None:
            return
        frozen = frozen_members(self.session.dataset, self._result.labels == c)
        index = self.session.add_segment(Segment(self._names[c], frozen.rule), initiator=self)
        name = self.session.segments[index].name
        text = self.tr("Made segment “%1” listing its %2 customers.").replace("%1", name).replace(
            "%2", i18n.formats().whole(frozen.listed))
        if frozen.without_key:
            text += " " + self.tr("%1 customers without a customer number or email could not be listed.").replace(
                "%1", i18n.formats().whole(frozen.without_key))
        self.segment_label.setText(text)

    def _on_rule_clicked(self) -> None:
        c = self.selected_cluster()
        if c is None:
            return
        approx = approximate_rule(self.session.dataset, self._result, c, as_of=self.session.as_of)
        base = self.tr("%1 (rule)").replace("%1", self._names[c])
        index = self.session.add_segment(Segment(base, approx.rule), initiator=self)
        name = self.session.segments[index].name
        self.segment_label.setText(self.tr("Made segment “%1” with an editable rule.").replace("%1", name) + " "
                                   + approx.in_words(i18n.current_language()))


PAGE = AnalysisPageSpec(key="clusters", title=lambda: QCoreApplication.translate("AnalysisPages", "Clusters"),
                        make=ClustersPage)
