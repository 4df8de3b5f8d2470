"""Index bars on an Agg figure: centred on 100, log scale both ways, the theme's colours, numbers by language."""
from __future__ import annotations

import math

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from segmentdesk.core.charts.index_bars import EDGE, MAX_EDGE, draw_index_bars
from segmentdesk.core.charts.style import DARK, LIGHT

ROWS = [("Region: Uusimaa", 275.0), ("Age: 25–34", 100.0), ("City: Espoo", 50.0)]


@pytest.fixture
def fig() -> Figure:
    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    return figure


def _widths(fig) -> list[float]:
    return [bar.get_width() for bar in fig.axes[0].patches]


def test_twice_and_half_as_likely_are_bars_of_the_same_length_either_side(fig):
    draw_index_bars(fig, [("a", 200.0), ("b", 50.0)], lang="en", theme=LIGHT)
    assert _widths(fig) == pytest.approx([1.0, -1.0])


def test_over_and_under_represented_bars_take_the_first_two_series_colours(fig):
    draw_index_bars(fig, ROWS, lang="en", theme=DARK)
    colours = [to_hex(bar.get_facecolor()).upper() for bar in fig.axes[0].patches]
    assert colours == [DARK.series[0], DARK.series[0], DARK.series[1]]
    assert to_hex(fig.get_facecolor()).upper() == DARK.background.upper()


def test_the_first_row_is_on_top_and_labelled(fig):
    draw_index_bars(fig, ROWS, lang="en", theme=LIGHT)
    ax = fig.axes[0]
    labels = {t.get_text(): t.get_position()[1] for t in ax.get_yticklabels()}
    assert labels["Region: Uusimaa"] > labels["City: Espoo"]


def test_the_axis_reaches_the_largest_index_so_no_bar_ends_short_of_its_number(fig):
    # "City: ASKOLA 932" ended on the 800 gridline.
    draw_index_bars(fig, [("City: ASKOLA", 932.0), ("b", 150.0)], lang="en", theme=LIGHT)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert _widths(fig)[0] == pytest.approx(math.log2(9.32))
    assert "1,600" in [t.get_text() for t in ax.get_xticklabels()] and ax.get_xlim()[1] > math.log2(9.32)
    assert not [line for line in ax.lines if line.get_gid() == "clipped"]


def test_an_index_beyond_the_widest_axis_ends_in_an_arrow_with_its_own_number(fig):
    draw_index_bars(fig, [("a", 50000.0), ("b", 0.01)], lang="fi", theme=LIGHT)
    assert _widths(fig) == pytest.approx([MAX_EDGE, -MAX_EDGE])
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "50\u00a0000" in texts and "0" in texts
    arrows = [line.get_marker() for line in fig.axes[0].lines if line.get_gid() == "clipped"]
    assert arrows == [">", "<"]


def test_a_usual_profile_keeps_the_12_5_to_800_axis(fig):
    draw_index_bars(fig, ROWS, lang="en", theme=LIGHT)
    assert fig.axes[0].get_xlim()[1] == pytest.approx(EDGE + 0.6)


def test_axis_ticks_are_index_numbers_and_the_axis_is_labelled_in_finnish(fig):
    draw_index_bars(fig, ROWS, lang="fi", theme=LIGHT)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["12,5", "25", "50", "100", "200", "400", "800"]
    assert ax.get_xlabel().startswith("Indeksi")


def test_no_rows_draws_a_message(fig):
    draw_index_bars(fig, [("a", None)], lang="en", theme=LIGHT)
    assert not fig.axes and fig.texts[0].get_text()


def test_a_long_category_is_shown_whole_and_inside_the_figure(fig):
    # "Ostetut tuoteryhmät: Joogatarvikk…" on the Profiles page and five cut labels in the report.
    rows = [("Ostetut tuoteryhmät: Joogatarvikkeet", 241.0), ("Ostetut tuoteryhmät: Työvaatteet ja suojaimet", 180.0)]
    draw_index_bars(fig, rows, lang="fi", theme=LIGHT)
    fig.canvas.draw()
    labels = fig.axes[0].get_yticklabels()
    assert [t.get_text() for t in labels] == [label for label, _ in rows]
    renderer = fig.canvas.get_renderer()
    assert all(t.get_window_extent(renderer).x0 >= 0 for t in labels)
