"""Cluster charts drawn on Agg: the silhouette of each k and the map coloured by cluster."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from segmentdesk.core.analytics.clusters import run_clusters
from segmentdesk.core.charts.cluster_charts import (ClusterMapData, SilhouetteData, cluster_map_data,
                                                    draw_cluster_map, draw_silhouettes, silhouette_data)
from segmentdesk.core.charts.style import DARK, LIGHT
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.tools.sample_shop import generate_shop

matplotlib = pytest.importorskip("matplotlib")
from matplotlib.figure import Figure  # noqa: E402

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="module")
def result():
    customers, orders = generate_shop(300)
    ds = build_dataset(customers, {"customer_id": "Asiakasnumero", "birth_date": "Syntymäaika"}, orders,
                       {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
                        "amount": "Summa"})
    return run_clusters(ds, as_of=AS_OF, k=3)


def test_the_map_has_one_colour_per_cluster_and_names_them(result):
    fig = Figure()
    draw_cluster_map(fig, cluster_map_data(result, ["Kanta", "Uudet", "Nukkuvat"]), lang="en", theme=LIGHT)
    ax = fig.axes[0]
    assert len(ax.collections) == 3
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["1 Kanta", "2 Uudet", "3 Nukkuvat"]
    assert {tuple(np.round(c.get_facecolor()[0][:3], 3)) for c in ax.collections} == {
        tuple(np.round(matplotlib.colors.to_rgb(LIGHT.color(i)), 3)) for i in range(3)}


def test_the_map_axes_say_their_share_of_the_variance_in_the_users_language(result):
    fig = Figure()
    draw_cluster_map(fig, cluster_map_data(result, ["A", "B", "C"]), lang="fi", theme=DARK)
    share = f"{result.pca_shares[0] * 100:.1f}".replace(".", ",")
    assert fig.axes[0].get_xlabel() == f"Akseli 1 ({share}\u00a0% eroista)"


def test_the_map_draws_at_most_its_sample_of_customers(result):
    data = cluster_map_data(result, ["A", "B", "C"], limit=50)
    assert len(data.points) == 50 and data.centres.shape == (3, 2)


def test_the_silhouette_chart_has_a_bar_per_k_with_the_chosen_one_coloured(result):
    fig = Figure()
    draw_silhouettes(fig, silhouette_data(result), lang="en", theme=LIGHT)
    ax = fig.axes[0]
    assert len(ax.patches) == 7
    chosen = ax.patches[result.k - 2]
    assert matplotlib.colors.to_hex(chosen.get_facecolor()) == LIGHT.color(0).lower()
    assert ax.get_xlabel() == "Number of clusters (k)"


def test_the_silhouette_chart_marks_a_suggested_k_that_was_not_chosen():
    fig = Figure()
    draw_silhouettes(fig, SilhouetteData(((2, 0.3), (3, 0.5), (4, 0.4)), chosen=2, suggested=3), lang="en",
                     theme=LIGHT)
    ax = fig.axes[0]
    assert matplotlib.colors.to_hex(ax.patches[1].get_facecolor()) == LIGHT.color(1).lower()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["chosen k", "suggested k"]


def test_without_clusters_the_charts_say_what_to_do():
    for draw in (draw_silhouettes, draw_cluster_map):
        fig = Figure()
        draw(fig, None, lang="en", theme=LIGHT)
        assert "Find groups" in fig.texts[0].get_text()


def test_an_empty_map_says_what_to_do():
    fig = Figure()
    empty = ClusterMapData(np.zeros((0, 2)), np.zeros(0, dtype=int), (), np.zeros((0, 2)), (0.0, 0.0))
    draw_cluster_map(fig, empty, lang="fi", theme=LIGHT)
    assert "Etsi ryhmät" in fig.texts[0].get_text()


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_eight_clusters_are_told_apart_by_colour_and_shape(theme):
    # Seven colours for up to eight clusters: the eighth repeats the first's colour, so shapes differ too.
    k = 8
    rng = np.random.default_rng(1)
    labels = np.repeat(np.arange(k), 10)
    data = ClusterMapData(rng.normal(size=(len(labels), 2)), labels, tuple(f"C{c}" for c in range(k)),
                          rng.normal(size=(k, 2)), (0.5, 0.3))
    fig = Figure()
    draw_cluster_map(fig, data, lang="en", theme=theme)
    looks = set()
    for dots in fig.axes[0].collections:
        colour = tuple(np.round(dots.get_facecolor()[0][:3], 3))
        shape = dots.get_paths()[0].vertices.round(3).tobytes()
        looks.add((colour, shape))
    assert len(looks) == k
