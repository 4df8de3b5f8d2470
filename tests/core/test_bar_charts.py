"""The overview's bar charts, drawn on an Agg figure: labelled axes, Finnish ticks, the theme's colours."""
from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from segmentdesk.core.charts.bar_charts import MAX_SEGMENT_BARS, draw_monthly_revenue, draw_rfm_groups, draw_segment_sizes
from segmentdesk.core.charts.style import DARK, LIGHT
from segmentdesk.core.formats import FI_GROUP

MONTHS = [(dt.date(2026, m, 1), 1000.0 * m) for m in range(1, 7)]


@pytest.fixture
def fig() -> Figure:
    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    return figure


def _ticks(labels) -> list[str]:
    return [t.get_text() for t in labels if t.get_text()]


def test_revenue_by_month_labels_both_axes_in_finnish(fig):
    draw_monthly_revenue(fig, MONTHS, lang="fi", theme=LIGHT)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Kuukausi", "Myynti")
    assert ax.get_title(loc="left") == f"Myynti kuukausittain, viimeiset {len(MONTHS)} kuukautta"


def test_revenue_by_month_writes_euros_the_finnish_way(fig):
    draw_monthly_revenue(fig, MONTHS, lang="fi", theme=LIGHT)
    fig.canvas.draw()
    ticks = _ticks(fig.axes[0].get_yticklabels())
    assert f"2{FI_GROUP}000{FI_GROUP}€" in ticks
    assert _ticks(fig.axes[0].get_xticklabels())[0] == "1/2026"


def test_revenue_by_month_draws_one_bar_per_month_in_the_theme_colour(fig):
    draw_monthly_revenue(fig, MONTHS, lang="en", theme=DARK)
    bars = fig.axes[0].patches
    assert len(bars) == len(MONTHS)
    assert to_hex(bars[0].get_facecolor()).upper() == DARK.series[0]
    assert to_hex(fig.get_facecolor()).upper() == DARK.background.upper()


def test_a_long_history_labels_the_newest_month(fig):
    months = [(dt.date(2024 + (m // 12), m % 12 + 1, 1), 10.0) for m in range(30)]
    draw_monthly_revenue(fig, months, lang="en", theme=LIGHT)
    assert _ticks(fig.axes[0].get_xticklabels())[-1] == "2026-06"


def test_no_months_draws_a_message_instead_of_empty_axes(fig):
    draw_monthly_revenue(fig, [], lang="fi", theme=LIGHT)
    assert not fig.axes
    assert fig.texts[0].get_text() == "Ei vielä tilauksia kuvattavaksi."


def test_segment_sizes_put_the_first_segment_on_top_with_its_count(fig):
    draw_segment_sizes(fig, [("Regulars", 2000), ("New", 15)], lang="fi", theme=LIGHT)
    ax = fig.axes[0]
    fig.canvas.draw()
    by_height = sorted(ax.get_yticklabels(), key=lambda t: t.get_position()[1])
    assert [t.get_text() for t in by_height] == ["New", "Regulars"]        # bottom to top
    assert f"2{FI_GROUP}000" in [t.get_text() for t in ax.texts]
    assert ax.get_xlabel() == "Asiakkaita"


def test_segment_sizes_keep_only_the_largest_of_many(fig):
    sizes = [(f"S{i}", i) for i in range(MAX_SEGMENT_BARS + 5)]
    draw_segment_sizes(fig, sizes, lang="en", theme=LIGHT)
    fig.canvas.draw()
    names = _ticks(fig.axes[0].get_yticklabels())
    assert len(fig.axes[0].patches) == MAX_SEGMENT_BARS
    assert "S0" not in names and f"S{MAX_SEGMENT_BARS + 4}" in names


def test_rfm_groups_put_the_first_group_on_top_in_one_colour(fig):
    draw_rfm_groups(fig, [("Huippuasiakkaat", 120), ("Horrostajat", 40)], lang="fi", theme=LIGHT)
    ax = fig.axes[0]
    fig.canvas.draw()
    by_height = sorted(ax.get_yticklabels(), key=lambda t: t.get_position()[1])
    assert [t.get_text() for t in by_height] == ["Horrostajat", "Huippuasiakkaat"]
    assert {to_hex(p.get_facecolor()).upper() for p in ax.patches} == {LIGHT.series[2]}
    assert ax.get_title(loc="left") == "Ostajia RFM-ryhmittäin"
