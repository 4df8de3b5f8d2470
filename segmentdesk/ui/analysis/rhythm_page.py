"""The buying-rhythm page: how many customers buy again and how often, the churn-risk bands with
their revenue shares and the rule behind them in words, and the customers most overdue by their
own rhythm — the small-shop predictions of :mod:`~segmentdesk.core.data.predictions` made readable.

Figures from :func:`~segmentdesk.core.data.churn_summary.churn_summary` at the session's reference
date.  The overdue list names customers by their customer number only; in demo mode by its made-up
value where the customer number itself is personal (a webshop that keys customers by name or email).
"""
from __future__ import annotations

import datetime as dt
import html
from functools import partial

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.data.churn_summary import ChurnSummary, churn_summary, most_overdue
from ...core.privacy.pseudonyms import Pseudonyms
from ...core.segments.model import Condition, Group, Segment
from ...core.words import churn_risk_label, churn_rule, churn_unbanded_note
from .. import i18n
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec

OVERDUE_SHOWN = 200
"""The most overdue customers listed; the band's segment holds them all."""


class RhythmPage(AnalysisPage):
    """Repeat customers, churn-risk bands and the most overdue customers."""

    WATCHES = Change.DATA | Change.AS_OF | Change.DEMO

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._computed_for: tuple | None = None
        self.summary: ChurnSummary | None = None
        self.empty_label = QLabel(self.tr("The buying rhythm needs orders with dates: import an order file to see it."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)

        self.bands_table = QTableWidget(0, 3)
        self.bands_table.setAccessibleName(self.tr("Churn-risk bands"))
        self.bands_table.setHorizontalHeaderLabels([self.tr("Churn risk"), self.tr("Customers"),
                                                    self.tr("Revenue share")])
        _tidy(self.bands_table, stretch=0)
        self.bands_table.itemSelectionChanged.connect(self._on_band_selected)
        self.segment_button = QPushButton(self.tr("Make a segment of this band"))
        self.segment_button.setEnabled(False)
        self.segment_button.clicked.connect(self.make_band_segment)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.band_details = QLabel()
        self.band_details.setWordWrap(True)
        self.band_details.setTextFormat(Qt.TextFormat.RichText)
        self.band_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.unbanded_label = QLabel()          # what the rest of the revenue is: the shares add up to less than 100 %
        self.unbanded_label.setWordWrap(True)
        left_layout.addWidget(self.bands_table)
        left_layout.addWidget(self.unbanded_label)
        left_layout.addWidget(self.band_details, 1)
        left_layout.addWidget(self.segment_button, 0, Qt.AlignmentFlag.AlignRight)

        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        self.overdue_table = QTableWidget(0, 5)
        self.overdue_table.setAccessibleName(self.tr("Most overdue customers"))
        self.overdue_table.setHorizontalHeaderLabels([self.tr("Customer number"), self.tr("Days overdue"),
                                                      self.tr("Usual days between orders"), self.tr("Last order"),
                                                      self.tr("Expected next order")])
        _tidy(self.overdue_table, stretch=None)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.overdue_label)
        right_layout.addWidget(self.overdue_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.summary_label)
        content.addWidget(self.rule_label)
        content.addWidget(splitter, 1)
        self.set_body(self.empty_label, self.content)

    # -- following the session ------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.session
        ds = s.dataset
        has = ds is not None and ds.has_orders
        self.show_content(has)
        if not has:
            self._computed_for = None
            self.summary = None
            return
        hidden = s.pseudonyms()
        key = (id(ds), s.as_of, id(hidden))
        if self._computed_for == key:
            return
        self._computed_for = key
        self.compute(partial(_figures, ds, s.as_of, hidden), self._show, customers=len(ds))

    def _show(self, figures: tuple[ChurnSummary, list[tuple[str, int, float, dt.date, dt.date]]]) -> None:
        summary, overdue_rows = figures
        self.summary = summary
        fmt = i18n.formats()
        lang = i18n.current_language()
        # "Bought once" read as one order, and the RFM page's "F 1 (1 order)" counts orders: a customer with
        # two orders on the same day is one of these, not of those.
        text = self.tr("<b>%1</b> customers buy again (orders on at least two days); %2 have bought on one day "
                       "only and %3 not yet.").replace("%1", fmt.whole(summary.repeat_customers)) \
            .replace("%2", fmt.whole(summary.one_time)).replace("%3", fmt.whole(summary.no_orders))
        if summary.median_interval is not None:
            text += " " + self.tr("A repeat customer usually orders every <b>%1</b> days (the median).") \
                .replace("%1", fmt.whole(round(summary.median_interval)))
        self.summary_label.setText(text)
        self.rule_label.setText(churn_rule(lang))

        table = self.bands_table
        table.setRowCount(len(summary.bands))
        for row, band in enumerate(summary.bands):
            for column, value in enumerate((churn_risk_label(band.key, lang), fmt.whole(band.count),
                                            fmt.percent(band.revenue_share))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, band.key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.selectRow(len(summary.bands) - 1)          # the high band: the one to act on
        # Three rows: the table keeps their height and the band's advice takes the room below.
        table.setFixedHeight(table.horizontalHeader().height() + 2 * table.frameWidth()
                             + sum(table.rowHeight(row) for row in range(table.rowCount())))

        rest = summary.unbanded
        self.unbanded_label.setText(churn_unbanded_note(fmt.percent(rest.revenue_share), lang)
                                    if rest is not None and rest.revenue_share > 0 else "")
        self.unbanded_label.setVisible(bool(self.unbanded_label.text()))

        self.overdue_label.setText(
            self.tr("Showing %1 of the %2 customers overdue by their own rhythm, the most overdue first.")
            .replace("%1", fmt.whole(len(overdue_rows))).replace("%2", fmt.whole(len(summary.overdue)))
            if len(summary.overdue) else self.tr("Nobody is overdue by their own rhythm."))
        self.overdue_table.setRowCount(len(overdue_rows))
        for row, (who, days, interval, last, expected) in enumerate(overdue_rows):
            for column, value in enumerate((who, fmt.whole(days), fmt.whole(round(interval)), fmt.date(last),
                                            fmt.date(expected))):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.overdue_table.setItem(row, column, item)

    # -- bands ----------------------------------------------------------------------------------
    def selected_band(self) -> str | None:
        items = self.bands_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _on_band_selected(self) -> None:
        key = self.selected_band()
        counts = {b.key: b.count for b in self.summary.bands} if self.summary else {}
        self.segment_button.setEnabled(bool(counts.get(key)))
        advice = {
            "low": self.tr("Buying on their usual rhythm. Keep them informed; they need no push."),
            "medium": self.tr("Later than usual by their own rhythm. A reminder or a small reason to come "
                              "back now works best while they still remember you."),
            "high": self.tr("Long past their usual rhythm. Try a personal win-back offer, or ask them "
                            "why they stopped."),
        }.get(key, "")
        title = churn_risk_label(key, i18n.current_language()) if key else ""
        self.band_details.setText(f"<b>{html.escape(title)}</b><br>{html.escape(advice)}" if key else "")

    def make_band_segment(self) -> None:
        """Add the selected churn-risk band as a segment (``churn_risk`` is its key)."""
        key = self.selected_band()
        if key is None:
            return
        name = self.tr("Churn risk: %1").replace("%1", churn_risk_label(key, i18n.current_language()))
        self.session.add_segment(Segment(name, Group("all", [Condition("churn_risk", "in", [key])])),
                                 initiator=self)


def _tidy(table: QTableWidget, *, stretch: int | None) -> None:
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    if stretch is None:
        header.setStretchLastSection(True)


def _figures(ds, as_of, hidden: Pseudonyms | None = None, *,
             progress) -> tuple[ChurnSummary, list[tuple[str, int, float, dt.date, dt.date]]]:
    """The summary and the most overdue customers' rows (customer number, days, interval, last order,
    the next order expected); with ``hidden`` (demo mode) a personal customer number is its pseudonym."""
    progress.report(0.0, "rhythm")
    summary = churn_summary(ds, as_of=as_of)
    key_column = ds.customers.role_column("customer_id")
    personal = hidden.field_header("customer_id") if hidden is not None else None
    if personal is not None:
        keys = hidden.column(personal)
    elif key_column is not None:
        keys = key_column.to_numpy(dtype=object)
    else:
        keys = (np.arange(len(ds)) + 1).astype(object)
    rows = [("" if keys[c.position] is None else str(keys[c.position]), c.overdue_days, c.usual_interval, c.last_order,
             c.expected_next_order) for c in most_overdue(ds, summary, top=OVERDUE_SHOWN)]
    return summary, rows


PAGE = AnalysisPageSpec(key="rhythm", title=lambda: QCoreApplication.translate("AnalysisPages", "Buying rhythm"),
                        make=RhythmPage)
