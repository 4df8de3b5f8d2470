"""The R×F heatmap drawing: testable with Agg, cells labelled with values and group names, clicks mapped to cells."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from segmentdesk.core.charts.rfm_heatmap import cell_at, cell_name, draw_rfm_heatmap
from segmentdesk.core.charts.style import DARK, LIGHT
from segmentdesk.core.data.rfm_groups import DEFAULT_MAP
from segmentdesk.core.data.rfm_summary import RfmHeatmap

GROUPS = tuple(tuple(DEFAULT_MAP.group_of(r, f) for f in range(1, 6)) for r in range(1, 6))


def _heat(measure: str = "customers") -> RfmHeatmap:
    counts = np.arange(25, dtype=float).reshape(5, 5)
    values = counts * 1000.0 if measure != "customers" else counts
    return RfmHeatmap(measure, values, counts, GROUPS)


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts]


def test_every_cell_with_customers_shows_its_value_and_group():
    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, _heat(), lang="en", theme=LIGHT)
    texts = _texts(fig)
    assert len(texts) == 24                            # cell R1·F1 has nobody
    assert "24\nChampions" in texts and "1\nHibernating" in texts


def test_finnish_money_and_group_names():
    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, _heat("revenue"), lang="fi", theme=DARK)
    assert "24\u00a0000\u00a0€\nHuippuasiakkaat" in _texts(fig)
    assert fig.axes[0].get_xlabel().startswith("Tiheys")


def test_a_shop_without_buyers_gets_a_message_not_an_empty_grid():
    fig = Figure()
    FigureCanvasAgg(fig)
    empty = RfmHeatmap("customers", np.zeros((5, 5)), np.zeros((5, 5)), GROUPS)
    draw_rfm_heatmap(fig, empty, lang="en", theme=LIGHT)
    assert not fig.axes and "No customers with orders" in fig.texts[0].get_text()


def test_a_click_maps_to_the_cell_under_it():
    assert cell_at(4.2, 1.4) == (1, 4)
    assert cell_at(0.3, 3.0) is None and cell_at(None, 2.0) is None


def test_the_chosen_cell_is_outlined():
    from dataclasses import replace

    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, replace(_heat(), selected=(5, 4)), lang="en", theme=LIGHT)
    outline = fig.axes[0].patches[-1]
    assert (outline.get_x(), outline.get_y()) == (3.5, 4.5)


def _sample_revenue() -> RfmHeatmap:
    """Revenue as the sample shop has it on 1.11.2026: one cell far above the rest."""
    values = np.array([[12921, 0, 10133, 22097, 11098], [9096, 0, 10107, 40572, 28081],
                       [8447, 0, 8407, 39672, 39747], [8528, 0, 8212, 41615, 105539],
                       [3822, 0, 7229, 20088, 663703]], dtype=float)
    return RfmHeatmap("revenue", values, (values > 0).astype(float) * 10, GROUPS)


def test_a_cell_ten_times_another_gets_a_clearly_different_colour_beside_one_huge_cell():
    # On a linear scale €3,822 and €105,539 were both at the dark end (levels 0.00 and 0.15) under €663,703.
    for theme in (LIGHT, DARK):
        fig = Figure()
        FigureCanvasAgg(fig)
        draw_rfm_heatmap(fig, _sample_revenue(), lang="en", theme=theme)
        image = fig.axes[0].images[0]
        low, mid = image.to_rgba(np.array([3822.0, 105539.0]))[:, :3]
        assert np.abs(low - mid).sum() > 0.6
        assert image.get_cmap().name == theme.sequential


def test_a_logarithmic_colour_bar_is_marked_at_round_numbers_and_says_so():
    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, _sample_revenue(), lang="fi", theme=LIGHT)
    fig.canvas.draw()
    bar = fig.axes[1]
    labels = [t.get_text() for t in bar.get_yticklabels() if t.get_text()]
    assert labels[:3] == ["5\u00a0000\u00a0€", "10\u00a0000\u00a0€", "20\u00a0000\u00a0€"]
    assert labels[-1] == "500\u00a0000\u00a0€"
    assert bar.get_ylabel() == "logaritminen asteikko"


def test_values_close_together_keep_a_linear_scale():
    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, _heat(), lang="en", theme=LIGHT)       # 1 … 24 customers: more than 10×
    assert fig.axes[1].get_ylabel() == "logarithmic scale"
    counts = np.full((5, 5), 100.0) + np.arange(25).reshape(5, 5)
    fig2 = Figure()
    FigureCanvasAgg(fig2)
    draw_rfm_heatmap(fig2, RfmHeatmap("customers", counts, counts, GROUPS), lang="en", theme=LIGHT)
    assert fig2.axes[1].get_ylabel() == ""


def test_long_group_names_break_onto_two_lines_instead_of_being_cut():
    fig = Figure()
    FigureCanvasAgg(fig)
    draw_rfm_heatmap(fig, _heat(), lang="fi", theme=LIGHT)
    texts = _texts(fig)
    assert not any("…" in t for t in texts)
    assert any(t.endswith("\nTulevat\nuskolliset") for t in texts)
    assert cell_name("Potential loyalists") == "Potential\nloyalists" and cell_name("Champions") == "Champions"


def test_cell_text_is_white_or_black_whichever_reads_better_on_its_colour():
    from matplotlib.colors import to_rgba

    for theme in (LIGHT, DARK):
        fig = Figure()
        FigureCanvasAgg(fig)
        draw_rfm_heatmap(fig, _sample_revenue(), lang="en", theme=theme)
        image = fig.axes[0].images[0]
        for text in fig.axes[0].texts:
            x, y = text.get_position()
            cell = image.to_rgba(np.array([image.get_array()[int(y) - 1, int(x) - 1]]))[0]
            assert _contrast(to_rgba(text.get_color()), cell) >= 4.5, text.get_text()


def _contrast(a, b) -> float:
    def lum(c):
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c[:3]]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
