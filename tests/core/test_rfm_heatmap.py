"""The R×F heatmap drawing: testable with Agg, cells labelled with values and group names, clicks mapped to cells."""
from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from segmentdesk.core.charts.rfm_heatmap import cell_at, draw_rfm_heatmap
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
