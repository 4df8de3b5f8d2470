"""The RFM page: the R×F grid as a heatmap (customers, revenue or average spend per cell), the
groups with their sizes, revenue shares, what their customers are like and what to do; a click
on a cell lists its customers and makes it a segment in one more click.

Figures come from core (:mod:`~segmentdesk.core.data.rfm_summary`), at the session's reference date
and with the project's group map; the words of the groups from :mod:`~segmentdesk.core.words`.
"""
from __future__ import annotations

import html
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.charts.rfm_heatmap import cell_at, draw_rfm_heatmap
from ...core.data.rfm_groups import PRESETS
from ...core.data.rfm_summary import (RfmHeatmap, RfmSummary, cell_mask, gap_notes, rfm_available,
                                         rfm_heatmap, rfm_summary)
from ...core.segments.model import Condition, Group, Segment
from ...core.words import rfm_group_action, rfm_group_description, rfm_group_label
from .. import i18n
from ..charts.chart_view import ChartView
from ..models.customer_table_model import CustomerTableModel
from ..widgets.customers_panel import fit_columns
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec


class RfmPage(AnalysisPage):
    """Heatmap, groups and the customers of the chosen cell."""

    WATCHES = Change.DATA | Change.AS_OF | Change.DEMO
    cell_chosen = Signal(int, int)      # (r, f) of the cell the user clicked

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._computed_for: tuple | None = None
        self._cell: tuple[int, int] | None = None
        self._heat: RfmHeatmap | None = None
        self._connected_canvas = None
        self.empty_label = QLabel(self.tr("RFM needs orders with dates: import an order file to see it."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.measure_combo = QComboBox()
        for key, text in (("customers", self.tr("Customers")), ("revenue", self.tr("Revenue")),
                          ("avg_spend", self.tr("Average spend"))):
            self.measure_combo.addItem(text, key)
        self.measure_combo.currentIndexChanged.connect(self._on_measure_changed)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.map_combo = QComboBox()
        self.map_combo.setAccessibleName(self.tr("RFM groups"))
        self.map_combo.setToolTip(self.tr("Which cells of the grid make each RFM group"))
        for key, text in (("default", self.tr("Recency × frequency")),
                          ("with_spend", self.tr("Recency × frequency, spend weighed"))):
            self.map_combo.addItem(text, key)
        self.map_combo.activated.connect(self._on_map_chosen)
        self.edit_map_button = QPushButton(self.tr("Edit groups…"))
        self.edit_map_button.setToolTip(self.tr("Choose which group each cell of the grid belongs to"))
        self.edit_map_button.clicked.connect(self.edit_groups)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cells show:")))
        top.addWidget(self.measure_combo)
        top.addWidget(self.summary_label, 1)
        groups_label = QLabel(self.tr("Groups:"))
        groups_label.setBuddy(self.map_combo)
        top.addWidget(groups_label)
        top.addWidget(self.map_combo)
        top.addWidget(self.edit_map_button)

        self.heatmap = ChartView(file_stem=self.tr("rfm-grid"))
        self.heatmap.drawn.connect(self._connect_clicks)
        self.cell_label = QLabel(self.tr("Click a cell of the grid to see its customers."))
        self.cell_label.setWordWrap(True)
        self.segment_button = QPushButton(self.tr("Make a segment of this cell"))
        self.segment_button.setEnabled(False)
        self.segment_button.clicked.connect(self.make_cell_segment)
        cell_row = QHBoxLayout()
        cell_row.addWidget(self.cell_label, 1)
        cell_row.addWidget(self.segment_button)
        self.customers_model = CustomerTableModel(self)
        self.customers_view = QTableView()
        self.customers_view.setModel(self.customers_model)
        self.customers_view.setSortingEnabled(True)
        # One line a customer, as in the customers table: a phone number wrapped onto two lines doubled each row.
        self.customers_view.setWordWrap(False)
        self.customers_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heatmap, 3)
        left_layout.addLayout(cell_row)
        left_layout.addWidget(self.customers_view, 2)

        self.groups_table = QTableWidget(0, 3)
        self.groups_table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Customers"), self.tr("Revenue share")])
        self.groups_table.verticalHeader().setVisible(False)
        self.groups_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.groups_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.groups_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.groups_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.groups_table.itemSelectionChanged.connect(self._on_group_selected)
        self.group_details = QLabel()
        self.group_details.setWordWrap(True)
        self.group_details.setTextFormat(Qt.TextFormat.RichText)
        self.group_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.group_segment_button = QPushButton(self.tr("Make a segment of this group"))
        self.group_segment_button.clicked.connect(self.make_group_segment)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.groups_table, 3)
        right_layout.addWidget(self.group_details, 2)
        right_layout.addWidget(self.group_segment_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addWidget(splitter, 1)
        self.set_body(self.empty_label, self.content)

    # -- following the session ------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        ds = s.dataset
        has = rfm_available(ds)
        self.show_content(has)
        if not has:
            self._computed_for = None
            self.customers_model.set_dataset(None)
            return
        self._show_map_choice()
        hidden = s.pseudonyms()
        key = (id(ds), s.as_of, id(getattr(ds, "rfm_map", None)), self.measure(), id(hidden))
        if self._computed_for == key:
            return
        self._computed_for = key
        self.customers_model.set_dataset(ds, lang=i18n.current_language(), pseudonyms=hidden)
        fit_columns(self.customers_view)
        self._show_cell(None)
        self.compute(partial(_figures, ds, s.as_of, self.measure()), self._show_figures, customers=len(ds))

    def measure(self) -> str:
        return self.measure_combo.currentData() or "customers"

    # -- the group map ------------------------------------------------------------------------
    def _show_map_choice(self) -> None:
        """The combo names the project's map; an edited one appears as its own entry."""
        current = self.session.project.rfm_map
        preset = "default" if current is None else current.preset
        custom_at = self.map_combo.findData("custom")
        if preset not in ("default", "with_spend"):
            preset = "custom"
            if custom_at < 0:
                self.map_combo.addItem(self.tr("Your own grid"), "custom")
        elif custom_at >= 0:
            self.map_combo.removeItem(custom_at)
        self.map_combo.setCurrentIndex(self.map_combo.findData(preset))

    def _on_map_chosen(self, index: int) -> None:
        key = self.map_combo.itemData(index)
        if key == "custom":
            return
        self.session.set_rfm_map(None if key == "default" else PRESETS[key], initiator=self)
        self._show_map_choice()

    def edit_groups(self) -> None:
        """Open the grid editor; OK makes its map the project's."""
        from ..dialogs.rfm_map_dialog import RfmMapDialog

        dialog = RfmMapDialog(self.session.project.rfm_map, self)
        if dialog.exec() == RfmMapDialog.DialogCode.Accepted:
            self.session.set_rfm_map(dialog.group_map(), initiator=self)
            self._show_map_choice()

    def _on_measure_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show_figures(self, figures: tuple[RfmSummary, RfmHeatmap]) -> None:
        summary, heat = figures
        fmt = i18n.formats()
        lang = i18n.current_language()
        self.summary_label.setText("\n".join([
            self.tr("%1 customers have bought; %2 have no purchases yet (at %3).")
            .replace("%1", fmt.whole(summary.buyers)).replace("%2", fmt.whole(summary.no_purchases))
            .replace("%3", fmt.date(summary.as_of)), *gap_notes(summary, lang)]))
        self.heatmap.show_chart(draw_rfm_heatmap, heat)
        self._heat = heat
        table = self.groups_table
        table.setRowCount(len(summary.groups))
        for row, group in enumerate(summary.groups):
            cells = (rfm_group_label(group.key, lang), fmt.whole(group.count), fmt.percent(group.revenue_share))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, group.key)
                item.setToolTip(rfm_group_description(group.key, lang))
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.selectRow(0)
        self._on_group_selected()

    def _on_group_selected(self) -> None:
        key = self.selected_group()
        if key is None:
            self.group_details.setText("")
            return
        lang = i18n.current_language()
        action_title = self.tr("Suggested action")
        self.group_details.setText(
            f"<b>{html.escape(rfm_group_label(key, lang))}</b><br>{html.escape(rfm_group_description(key, lang))}"
            f"<br><br><b>{html.escape(action_title)}</b><br>{html.escape(rfm_group_action(key, lang))}")

    def selected_group(self) -> str | None:
        """The key of the group selected in the table (None when none is)."""
        items = self.groups_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- the grid's cells ---------------------------------------------------------------------------
    def _connect_clicks(self) -> None:
        canvas = self.heatmap.canvas
        if canvas is not None and canvas is not self._connected_canvas:
            canvas.mpl_connect("button_press_event", self._on_canvas_clicked)
            self._connected_canvas = canvas

    def _on_canvas_clicked(self, event) -> None:
        cell = cell_at(event.xdata, event.ydata) if event.inaxes is not None else None
        if cell is not None:
            self.choose_cell(*cell)

    def choose_cell(self, r: int, f: int) -> None:
        """Show the customers of cell R ``r`` · F ``f`` (what a click on the heatmap does)."""
        self._show_cell((r, f))
        self.cell_chosen.emit(r, f)

    def _show_cell(self, cell: tuple[int, int] | None) -> None:
        self._cell = cell
        self.segment_button.setEnabled(cell is not None)
        ds = self.session.dataset
        if cell is None or ds is None:
            self.customers_model.set_segment_mask(None)
            self.cell_label.setText(self.tr("Click a cell of the grid to see its customers."))
            return
        mask = cell_mask(ds, as_of=self.session.as_of, r=cell[0], f=cell[1])
        self.customers_model.set_segment_mask(mask)
        if self._heat is not None:
            self.heatmap.show_chart(draw_rfm_heatmap, replace(self._heat, selected=cell))
        self.cell_label.setText(self.tr("R%1 · F%2: %3 customers").replace("%1", str(cell[0]))
                                .replace("%2", str(cell[1])).replace("%3", i18n.formats().whole(int(mask.sum()))))

    def make_cell_segment(self) -> None:
        """Add the chosen cell as a segment (rfm_r and rfm_f equal to its scores) and make it current."""
        if self._cell is None:
            return
        r, f = self._cell
        rule = Group("all", [Condition("rfm_r", "eq", r), Condition("rfm_f", "eq", f)])
        name = self.tr("RFM R%1 · F%2").replace("%1", str(r)).replace("%2", str(f))
        self.session.add_segment(Segment(name, rule), initiator=self)

    def make_group_segment(self) -> None:
        """Add the selected group as a segment (``rfm_group`` is its key) and make it current."""
        key = self.selected_group()
        if key is None:
            return
        rule = Group("all", [Condition("rfm_group", "in", [key])])
        name = self.tr("RFM: %1").replace("%1", rfm_group_label(key, i18n.current_language()))
        self.session.add_segment(Segment(name, rule), initiator=self)


def _figures(ds, as_of, measure: str, *, progress) -> tuple[RfmSummary, RfmHeatmap]:
    progress.report(0.0, "rfm")
    return rfm_summary(ds, as_of=as_of), rfm_heatmap(ds, as_of=as_of, measure=measure)


PAGE = AnalysisPageSpec(key="rfm", title=lambda: QCoreApplication.translate("AnalysisPages", "RFM"), make=RfmPage)
