"""Charts of the hidden groups: the silhouette of each k, and the 2-D map coloured by cluster.

Drawing functions ``draw_x(fig, data, *, lang, theme)`` in the style of :mod:`.style`; the data are
small plain values made from a :class:`~segmentdesk.core.analytics.clusters.ClusterResult` by
:func:`silhouette_data` and :func:`cluster_map_data`, so a chart is drawn (and tested) without a fit.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..analytics.clusters import SEED, ClusterResult
from ..bilingual import in_language
from .style import Theme, draw_message, number_formatter, number_text, prepare_figure, styled_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAP_POINTS = 4_000
"""At most this many customers are drawn on the map (a fixed-seed sample): more only hide each other."""

CLUSTER_CHART_WORDS: dict[str, tuple[str, str]] = {
    "k": ("Number of clusters (k)", "Klustereiden määrä (k)"),
    "silhouette": ("Silhouette", "Siluetti"),
    "silhouette_title": ("Separation by k", "Erottuvuus k:n mukaan"),
    "chosen": ("chosen k", "valittu k"),
    "suggested": ("suggested k", "ehdotettu k"),
    "axis": ("Axis {n} ({share} of the differences)", "Akseli {n} ({share} eroista)"),
    "map_title": ("Customers on a map of their differences", "Asiakkaat erojensa kartalla"),
    "no_clusters": ("No clusters yet: tick fields and press Find groups.",
                    "Ei vielä klustereita: valitse kentät ja paina Etsi ryhmät."),
}


def cluster_chart_word(key: str, lang: str) -> str:
    return in_language(CLUSTER_CHART_WORDS[key], lang)


@dataclass(frozen=True)
class SilhouetteData:
    scores: tuple[tuple[int, float], ...]     # (k, silhouette) of each k tried, k ascending
    chosen: int
    suggested: int


# A shape per cluster as well as a colour: the palette has seven colours for up to eight clusters
# (cluster 8 shares cluster 1's colour), and some colour pairs are close for colour-blind eyes.
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


@dataclass(frozen=True)
class ClusterMapData:
    points: np.ndarray                        # n × 2 map coordinates (a sample of the customers)
    labels: np.ndarray                        # their cluster index 0…k-1
    names: tuple[str, ...]                    # one per cluster
    centres: np.ndarray                       # k × 2: each cluster's mean position on the map
    shares: tuple[float, float]               # each axis' share of the variance


def silhouette_data(result: ClusterResult) -> SilhouetteData:
    return SilhouetteData(tuple(result.silhouettes.items()), result.k, result.suggested_k)


def cluster_map_data(result: ClusterResult, names: Sequence[str], *, limit: int = MAP_POINTS) -> ClusterMapData:
    """The map of ``result`` with cluster ``names``: at most ``limit`` customers, a fixed-seed sample."""
    labels = result.labels[result.features.rows]
    centres = np.array([result.pca[labels == c].mean(axis=0) if np.any(labels == c) else [np.nan, np.nan]
                        for c in range(result.k)])
    shown = np.arange(len(labels))
    if len(shown) > limit:
        shown = np.sort(np.random.default_rng(SEED).choice(len(labels), size=limit, replace=False))
    return ClusterMapData(result.pca[shown], labels[shown], tuple(names), centres, result.pca_shares)


def draw_silhouettes(fig: Figure, data: SilhouetteData | None, *, lang: str, theme: Theme) -> None:
    """Silhouette per k as bars: the chosen k in the first series colour, the suggested one (when
    another) in the second, the rest quiet; a legend names the two, the chosen bar carries its value."""
    if data is None or not data.scores:
        draw_message(fig, cluster_chart_word("no_clusters", lang), theme=theme)
        return
    from matplotlib.patches import Patch

    prepare_figure(fig, theme)
    ax = styled_axes(fig, theme, xlabel=cluster_chart_word("k", lang),
                     ylabel=cluster_chart_word("silhouette", lang),
                     title=cluster_chart_word("silhouette_title", lang))
    ax.grid(False, axis="x")
    ks = [k for k, _ in data.scores]
    values = [0.0 if np.isnan(v) else float(v) for _, v in data.scores]
    colours = [theme.color(0) if k == data.chosen else theme.color(1) if k == data.suggested else theme.grid
               for k in ks]
    ax.bar(ks, values, color=colours, width=0.7)
    ax.set_xticks(ks, [str(k) for k in ks])
    ax.yaxis.set_major_formatter(number_formatter("decimal", lang))
    top = max(values + [0.0])
    ax.set_ylim(min(values + [0.0]), top * 1.3 if top > 0 else 1.0)
    if data.chosen in ks:
        value = values[ks.index(data.chosen)]
        ax.text(data.chosen, value, number_text(round(value, 2), "decimal", lang), ha="center", va="bottom",
                color=theme.foreground, fontsize=8)
    handles = [Patch(color=theme.color(0), label=cluster_chart_word("chosen", lang))]
    if data.suggested != data.chosen:
        handles.append(Patch(color=theme.color(1), label=cluster_chart_word("suggested", lang)))
    legend = ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=len(handles))
    for text in legend.get_texts():
        text.set_color(theme.foreground)


def draw_cluster_map(fig: Figure, data: ClusterMapData | None, *, lang: str, theme: Theme) -> None:
    """The customers on the first two principal axes, one colour per cluster, each cluster's number
    at its centre; the axes say their share of the variance."""
    if data is None or len(data.points) == 0:
        draw_message(fig, cluster_chart_word("no_clusters", lang), theme=theme)
        return
    prepare_figure(fig, theme)
    shares = [number_text(s, "percent", lang) for s in data.shares]
    ax = styled_axes(fig, theme, xlabel=cluster_chart_word("axis", lang).format(n=1, share=shares[0]),
                     ylabel=cluster_chart_word("axis", lang).format(n=2, share=shares[1]),
                     title=cluster_chart_word("map_title", lang))
    ax.xaxis.set_major_formatter(number_formatter("decimal", lang))
    ax.yaxis.set_major_formatter(number_formatter("decimal", lang))
    size = 12 if len(data.points) < 1000 else 5
    for c, name in enumerate(data.names):
        inside = data.labels == c
        ax.scatter(data.points[inside, 0], data.points[inside, 1], s=size, color=theme.color(c), alpha=0.6,
                   marker=MARKERS[c % len(MARKERS)], linewidths=0, label=f"{c + 1} {name}")
    for c, (x, y) in enumerate(data.centres):
        if not np.isnan(x):
            ax.text(x, y, str(c + 1), ha="center", va="center", fontsize=10, fontweight="bold",
                    color=theme.background,
                    bbox={"boxstyle": "circle,pad=0.25", "facecolor": theme.color(c), "edgecolor": theme.foreground,
                          "linewidth": 0.6})
    legend = ax.legend(loc="best", fontsize=8, markerscale=2, frameon=True, facecolor=theme.background,
                       edgecolor=theme.grid, framealpha=0.85)
    for text in legend.get_texts():
        text.set_color(theme.foreground)
