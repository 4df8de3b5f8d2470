"""Line charts over dates: each segment's size or revenue at each snapshot."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .chart_words import chart_word
from .style import Theme, date_formatter, draw_message, number_formatter, prepare_figure, styled_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class LineSeries:
    name: str
    points: list[tuple[dt.date, float]]         # oldest first


@dataclass(frozen=True)
class TrendChart:
    """What :func:`draw_segment_trends` draws: one line per segment, of customers or of revenue."""

    series: Sequence[LineSeries]
    measure: Literal["count", "revenue"] = "count"


def draw_segment_trends(fig: Figure, data: TrendChart, *, lang: str, theme: Theme) -> None:
    """One line per segment over the snapshot dates, each point marked (two imports make a line of two
    points), the dates of the snapshots as ticks; the legend beside the plot."""
    series = [s for s in data.series if s.points]
    dates = sorted({d for s in series for d, _ in s.points})
    if len(dates) < 2:
        draw_message(fig, chart_word("no_history", lang), theme=theme)
        return
    prepare_figure(fig, theme)
    revenue = data.measure == "revenue"
    ax = styled_axes(fig, theme, xlabel=chart_word("snapshot_date", lang),
                     ylabel=chart_word("revenue" if revenue else "customers", lang),
                     title=chart_word("segment_revenue_over_time" if revenue else "segment_sizes_over_time", lang))
    for i, s in enumerate(series):
        xs = [d for d, _ in s.points]
        ys = [v for _, v in s.points]
        ax.plot(xs, ys, marker="o", markersize=4, linewidth=1.8, color=theme.color(i), label=s.name)
    shown = dates if len(dates) <= 8 else dates[:: -(-len(dates) // 8)]
    ax.set_xticks(shown)
    ax.xaxis.set_major_formatter(date_formatter(lang))
    ax.yaxis.set_major_formatter(number_formatter("money" if revenue else "whole", lang))
    ax.set_ylim(bottom=0)
    legend = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
    for text in legend.get_texts():
        text.set_color(theme.foreground)
    if len(shown) > 4:
        for label in ax.get_xticklabels():
            label.set_rotation(30)
            label.set_horizontalalignment("right")
