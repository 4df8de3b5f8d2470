"""Bar charts of the overview: revenue by month and customers per segment."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .chart_words import chart_word
from .style import Theme, draw_message, month_text, number_formatter, number_text, prepare_figure, styled_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_SEGMENT_BARS = 15
"""More segments than this are drawn as the largest ones: a long tail of bars is unreadable."""


def draw_monthly_revenue(fig: Figure, months: Sequence[tuple[dt.date, float]], *, lang: str, theme: Theme) -> None:
    """Revenue per calendar month as bars, oldest left; ``months`` holds (first day of month, revenue).
    Every month is labelled when there are few, else every second or third.  The title says how many
    months: beside the shop's revenue of all time, a year's bars must not pass for the whole of it."""
    if not months:
        draw_message(fig, chart_word("no_orders", lang), theme=theme)
        return
    prepare_figure(fig, theme)
    ax = styled_axes(fig, theme, xlabel=chart_word("month", lang), ylabel=chart_word("revenue", lang),
                     title=chart_word("revenue_by_month_last", lang).format(n=len(months)) if len(months) > 1
                     else chart_word("revenue_by_month", lang))
    ax.grid(False, axis="x")
    positions = list(range(len(months)))
    ax.bar(positions, [revenue for _, revenue in months], color=theme.color(0), width=0.75)
    step = 1 if len(months) <= 12 else (2 if len(months) <= 24 else 3)
    shown = positions[::-1][::step][::-1]          # the newest month always labelled
    ax.set_xticks(shown, [month_text(months[i][0], lang) for i in shown])
    ax.yaxis.set_major_formatter(number_formatter("money", lang))
    if len(shown) > 8:
        for label in ax.get_xticklabels():
            label.set_rotation(45)
            label.set_horizontalalignment("right")


def draw_segment_sizes(fig: Figure, sizes: Sequence[tuple[str, int]], *, lang: str, theme: Theme) -> None:
    """Customers per segment as horizontal bars in the list's order (top first), each bar labelled with
    its count; past :data:`MAX_SEGMENT_BARS` only the largest are drawn."""
    if not sizes:
        draw_message(fig, chart_word("no_segments", lang), theme=theme)
        return
    if len(sizes) > MAX_SEGMENT_BARS:
        keep = sorted(range(len(sizes)), key=lambda i: -sizes[i][1])[:MAX_SEGMENT_BARS]
        sizes = [sizes[i] for i in sorted(keep)]
    _horizontal_bars(fig, sizes, [theme.color(i) for i in range(len(sizes))], title=chart_word("segment_sizes", lang),
                     lang=lang, theme=theme)


def draw_rfm_groups(fig: Figure, groups: Sequence[tuple[str, int]], *, lang: str, theme: Theme) -> None:
    """Buyers per RFM group as horizontal bars, best group on top; ``groups`` holds (name in ``lang``, customers)."""
    if not groups:
        draw_message(fig, chart_word("no_orders", lang), theme=theme)
        return
    _horizontal_bars(fig, groups, [theme.color(2)] * len(groups), title=chart_word("rfm_groups", lang),
                     lang=lang, theme=theme)


def _horizontal_bars(fig: Figure, sizes: Sequence[tuple[str, int]], colors: list[str], *, title: str, lang: str,
                     theme: Theme) -> None:
    """Labelled bars, the first row on top, each with its count beside it."""
    prepare_figure(fig, theme)
    ax = styled_axes(fig, theme, xlabel=chart_word("customers", lang), title=title)
    ax.grid(False, axis="y")
    rows = list(range(len(sizes)))[::-1]           # the first row on top
    counts = [count for _, count in sizes]
    ax.barh(rows, counts, color=colors, height=0.7)
    ax.set_yticks(rows, [_short(name) for name, _ in sizes])
    ax.xaxis.set_major_formatter(number_formatter("whole", lang))
    top = max(counts) or 1
    ax.set_xlim(0, top * 1.15)                      # room for the count beside the longest bar
    for row, count in zip(rows, counts):
        ax.text(count + top * 0.01, row, number_text(count, "whole", lang), va="center",
                color=theme.foreground, fontsize=8)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
