"""Index bars: how a segment differs from all customers, one bar per value, centred on 100.

The axis is logarithmic, so "twice as likely" (200) and "half as likely" (50) are bars of the same
length either side of 100; an index beyond 12.5–800 is drawn at that edge and labelled with its
own number.
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
"""The axis reaches 2³ either way: index 12.5 to 800."""


def _position(index: float) -> float:
    return max(-EDGE, min(EDGE, math.log2(max(index, 1e-9) / 100.0)))


def draw_index_bars(fig: Figure, rows: Sequence[tuple[str, float | None]], *, lang: str, theme: Theme,
                    title: str = "", label_limit: int = 34) -> None:
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
    lengths = [_position(index) for _, index in rows]
    colors = [theme.color(0) if index >= 100 else theme.color(1) for _, index in rows]
    ax.barh(places, lengths, color=colors, height=0.65)
    ax.axvline(0, color=theme.foreground, linewidth=0.9)
    ax.set_yticks(places, [_short(label, label_limit) for label, _ in rows])
    ticks = [t for t in range(-int(EDGE), int(EDGE) + 1)]
    ax.set_xticks(ticks, [number_text(100 * 2.0 ** t, "decimal", lang) for t in ticks])
    ax.set_xlim(-EDGE - 0.6, EDGE + 0.6)               # room for the numbers at the bars' ends
    for place, length, (_, index) in zip(places, lengths, rows):
        ax.text(length + (0.08 if length >= 0 else -0.08), place, number_text(index, "whole", lang),
                va="center", ha="left" if length >= 0 else "right", color=theme.foreground, fontsize=8)


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
