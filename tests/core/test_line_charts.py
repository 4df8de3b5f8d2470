"""The history's line chart on Agg: one line per segment, Finnish dates and numbers, the theme's colours."""
from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from segmentdesk.core.charts.line_charts import LineSeries, TrendChart, draw_segment_trends
from segmentdesk.core.charts.style import DARK, LIGHT
from segmentdesk.core.formats import FI_GROUP

D1, D2, D3 = dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)
SERIES = [LineSeries("Gold", [(D1, 1200), (D2, 1500), (D3, 2000)]), LineSeries("Silver", [(D2, 300), (D3, 250)])]


@pytest.fixture
def fig() -> Figure:
    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    return figure


def test_one_line_per_segment_in_the_theme_colours(fig):
    draw_segment_trends(fig, TrendChart(SERIES), lang="en", theme=DARK)
    lines = fig.axes[0].get_lines()
    assert [line.get_label() for line in lines] == ["Gold", "Silver"]
    assert [to_hex(line.get_color()).upper() for line in lines] == list(DARK.series[:2])


def test_dates_and_counts_are_finnish_in_finnish(fig):
    draw_segment_trends(fig, TrendChart(SERIES), lang="fi", theme=LIGHT)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1.9.2026", "1.10.2026", "1.11.2026"]
    assert f"2{FI_GROUP}000" in [t.get_text() for t in ax.get_yticklabels()]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Tuontipäivä", "Asiakkaita")


def test_revenue_is_drawn_in_euros(fig):
    draw_segment_trends(fig, TrendChart(SERIES, measure="revenue"), lang="en", theme=LIGHT)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Revenue"
    assert "€1,000" in [t.get_text() for t in ax.get_yticklabels()]


def test_a_single_snapshot_says_when_the_history_starts(fig):
    draw_segment_trends(fig, TrendChart([LineSeries("Gold", [(D1, 5)])]), lang="en", theme=LIGHT)
    assert not fig.axes and "second import" in fig.texts[0].get_text()
