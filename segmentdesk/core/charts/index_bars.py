"""Index bars: how a segment differs from all customers, one bar per value, centred on 100.

The axis is logarithmic, so "twice as likely" (200) and "half as likely" (50) are bars of the same
length either side of 100.  It reaches 12.5–800, or as far as the largest difference needs (a power
of two either way, up to 0.78–12 800); an index beyond even that is drawn to the edge, ends in an
arrow and is labelled with its own number, so no bar is cut silently.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .chart_words import chart_word
from .style import Theme, draw_message, number_text, prepare_figure, styled_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

EDGE = 3.0
"""The axis reaches at least 2³ either way: index 12.5 to 800."""
MAX_EDGE = 7.0
"""... and at most 2⁷: index 0.78 to 12 800 (a wider axis would squeeze every other bar to nothing)."""


def _log(index: float) -> float:
    return math.log2(max(index, 1e-9) / 100.0)


def axis_edge(indexes: Sequence[float]) -> float:
    """How far the axis reaches either way (in powers of two): enough for the largest difference."""
    furthest = max((abs(_log(i)) for i in indexes), default=0.0)
    return min(MAX_EDGE, max(EDGE, float(math.ceil(furthest - 1e-9))))


def draw_index_bars(fig: Figure, rows: Sequence[tuple[str, float | None]], *, lang: str, theme: Theme,
                    title: str = "", label_limit: int = 46) -> None:
    """``rows`` of (label, index) as horizontal bars from 100, the first on top: over-represented
    values in the theme's first colour, under-represented in its second; each bar labelled with
    its index.  Labels longer than ``label_limit`` characters are cut with "…".  Rows without an
    index are left out; none left draws a message."""
    rows = [(label, index) for label, index in rows if index is not None]
    if not rows:
        draw_message(fig, chart_word("no_differences", lang), theme=theme)
        return
    prepare_figure(fig, theme)
    ax = styled_axes(fig, theme, xlabel=chart_word("index_axis", lang), title=title)
    ax.grid(False, axis="y")
    places = list(range(len(rows)))[::-1]
    edge = axis_edge([index for _, index in rows])
    lengths = [max(-edge, min(edge, _log(index))) for _, index in rows]
    colors = [theme.color(0) if index >= 100 else theme.color(1) for _, index in rows]
    ax.barh(places, lengths, color=colors, height=0.65)
    ax.axvline(0, color=theme.foreground, linewidth=0.9)
    ax.set_yticks(places, [_short(label, label_limit) for label, _ in rows])
    step = 1 if edge <= 4 else 2                      # at most nine numbers under the axis
    ticks = [t for t in range(-int(edge), int(edge) + 1) if t % step == 0]
    ax.set_xticks(ticks, [number_text(100 * 2.0 ** t, "decimal", lang) for t in ticks])
    ax.set_xlim(-edge - 0.6 * edge / EDGE, edge + 0.6 * edge / EDGE)     # room for the numbers at the bars' ends
    for place, length, colour, (_, index) in zip(places, lengths, colors, rows):
        clipped = abs(_log(index)) > edge
        if clipped:                                   # beyond the axis: an arrowhead says the bar goes on
            ax.plot([length], [place], marker=">" if length > 0 else "<", markersize=9, color=colour,
                    clip_on=False, gid="clipped")
        pad = (0.08 + (0.2 if clipped else 0)) * edge / EDGE
        ax.text(length + (pad if length >= 0 else -pad), place, number_text(index, "whole", lang),
                va="center", ha="left" if length >= 0 else "right", color=theme.foreground, fontsize=8)


def _short(label: str, limit: int = 46) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
