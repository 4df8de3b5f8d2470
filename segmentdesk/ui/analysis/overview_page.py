"""The Overview page: the open project at a glance — key figures as tiles, revenue by month, segment sizes.

Figures come from core (:func:`~segmentdesk.core.analytics.overview.shop_overview`, recomputed when
the data changes); segment sizes are the live counts the segment list shows, redrawn when they change.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.analytics.overview import Overview, shop_overview
from ...core.charts.bar_charts import draw_monthly_revenue, draw_rfm_groups, draw_segment_sizes
from ...core.words import rfm_group_label
from .. import i18n
from ..charts.chart_view import ChartView
from ..session import Change, Session
from .analysis_page import AnalysisPage
from .page_registry import AnalysisPageSpec


class FigureTile(QFrame):
    """One key figure: a big number over its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, *, hint: str = "") -> None:
        self.value.setText(text or "–")
        self.setToolTip(hint)


class OverviewPage(AnalysisPage):
    WATCHES = Change.DATA | Change.SEGMENT_LIST | Change.COUNTS | Change.AS_OF

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._overview: Overview | None = None
        self._computed_for: tuple | None = None
        self.empty_label = QLabel(self.tr("Open a project or import customers to see the overview."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customers_tile = FigureTile(self.tr("customers"))
        self.buyers_tile = FigureTile(self.tr("have bought"))
        self.revenue_tile = FigureTile(self.tr("revenue, all orders"))
        self.average_tile = FigureTile(self.tr("average order"))
        self.reachable_tile = FigureTile(self.tr("can be emailed"))
        tiles = QHBoxLayout()
        for tile in (self.customers_tile, self.buyers_tile, self.revenue_tile, self.average_tile,
                     self.reachable_tile):
            tiles.addWidget(tile)
        self.revenue_chart = ChartView(file_stem=self.tr("revenue-by-month"))
        self.sizes_chart = ChartView(file_stem=self.tr("segment-sizes"))
        self.rfm_chart = ChartView(file_stem=self.tr("rfm-groups"))
        self.rfm_chart.hide()                   # until the data has dated orders to score
        charts = QGridLayout()
        charts.addWidget(self.revenue_chart, 0, 0, 2, 1)
        charts.addWidget(self.sizes_chart, 0, 1)
        charts.addWidget(self.rfm_chart, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(tiles)
        content.addLayout(charts, 1)
        self.set_body(self.empty_label, self.content)

    def refresh(self) -> None:
        s = self.session
        ds = s.dataset
        self.show_content(ds is not None)
        if ds is None:
            self._overview, self._computed_for = None, None
            return
        if self._computed_for != (id(ds), s.as_of):
            self._computed_for = (id(ds), s.as_of)
            self.compute(partial(shop_overview, ds, as_of=s.as_of), self._show_overview, customers=len(ds))
        self._show_sizes()

    def _show_overview(self, overview: Overview) -> None:
        self._overview = overview
        fmt = i18n.formats()
        share = (lambda n: fmt.percent(n / overview.customers)) if overview.customers else (lambda n: "")
        self.customers_tile.set_value(fmt.whole(overview.customers))
        self.buyers_tile.set_value(fmt.whole(overview.buyers),
                                   hint=self.tr("%1 of the customers").replace("%1", share(overview.buyers)))
        self.revenue_tile.set_value(fmt.money(overview.revenue, decimals=0),
                                    hint=self.tr("%1 orders").replace("%1", fmt.whole(overview.orders)))
        self.average_tile.set_value(fmt.money(overview.avg_order_value))
        self.reachable_tile.set_value(fmt.whole(overview.reachable), hint=self.tr(
            "%1 of the customers have a valid email address and marketing consent").replace(
            "%1", share(overview.reachable)))
        self.revenue_chart.show_chart(draw_monthly_revenue, overview.revenue_by_month)
        self.rfm_chart.setVisible(bool(overview.rfm_groups))
        if overview.rfm_groups:
            lang = i18n.current_language()
            self.rfm_chart.show_chart(draw_rfm_groups, [(rfm_group_label(key, lang), count)
                                                        for key, count, _revenue in overview.rfm_groups])

    def _show_sizes(self) -> None:
        counts = self.session.live_counts
        sizes = [(seg.name, counts.size_of(seg)) for seg in self.session.segments]
        self.sizes_chart.show_chart(draw_segment_sizes, [(name, n) for name, n in sizes if n is not None])


PAGE = AnalysisPageSpec(key="overview", title=lambda: QCoreApplication.translate("AnalysisPages", "Overview"),
                        make=OverviewPage)
