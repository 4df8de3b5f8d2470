"""The R×F grid as a heatmap: customers, revenue or average spend per cell, each cell named by its group.

Revenue piles up in a shop's best cell (the sample's R5·F5 holds €663,703, its smallest cell €3,822), so on a
linear colour scale one cell is bright and the rest look the same.  Where the values span at least
:data:`LOG_FROM` times, the colours follow the logarithm of the value (€3,822, €10,000 and €105,539 look
different), the colour bar is marked at 1–2–5 steps and says "logarithmic scale"; the numbers in the cells stay."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..bilingual import in_language
from ..data.rfm_summary import RfmHeatmap
from ..words import rfm_group_label
from .contrast import contrast_ratio
from .style import Theme, draw_message, number_text, prepare_figure, styled_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_WORDS: dict[str, tuple[str, str]] = {
    "customers": ("Customers per R×F cell", "Asiakkaita R×F-ruuduittain"),
    "revenue": ("Revenue per R×F cell", "Myynti R×F-ruuduittain"),
    "avg_spend": ("Average spend per customer in each R×F cell", "Keskiostot asiakasta kohden R×F-ruuduittain"),
    "r": ("Recency score R (5 = bought most recently)", "Tuoreus R (5 = ostanut viimeksi)"),
    "f": ("Frequency score F (5 = most orders)", "Tiheys F (5 = eniten tilauksia)"),
    "empty": ("No customers with orders yet.", "Ei vielä ostaneita asiakkaita."),
    "log": ("logarithmic scale", "logaritminen asteikko"),
}
LOG_FROM = 10.0
"""The ratio of the largest value to the smallest from which the colours follow a logarithmic scale."""
_KINDS = {"customers": "whole", "revenue": "money", "avg_spend": "money"}


def heatmap_word(key: str, lang: str) -> str:
    return in_language(_WORDS[key], lang)


def draw_rfm_heatmap(fig: Figure, data: RfmHeatmap, *, lang: str, theme: Theme) -> None:
    """``data.values[r - 1, f - 1]`` as coloured cells, R up the side (5 on top) and F along the bottom;
    each cell shows its value and, where the grid gives the cell one group, the group's name; the
    ``data.selected`` cell is outlined."""
    if data.counts.sum() == 0:
        draw_message(fig, heatmap_word("empty", lang), theme=theme)
        return
    prepare_figure(fig, theme)
    ax = styled_axes(fig, theme, xlabel=heatmap_word("f", lang), ylabel=heatmap_word("r", lang),
                     title=heatmap_word(data.measure, lang))
    ax.grid(False)
    shown = np.where(data.counts > 0, data.values, np.nan)
    norm, logarithmic = colour_scale(shown)
    image = ax.imshow(shown, origin="lower", cmap=theme.sequential, norm=norm, aspect="auto",
                      extent=(0.5, 5.5, 0.5, 5.5), interpolation="nearest")
    ax.set_xticks(range(1, 6), [str(s) for s in range(1, 6)])
    ax.set_yticks(range(1, 6), [str(s) for s in range(1, 6)])
    for r in range(5):
        for f in range(5):
            if data.counts[r, f] == 0:
                continue
            level = float(norm(shown[r, f])) if norm.vmax > norm.vmin else 0.5
            color = text_colour(image.cmap(level))
            text = number_text(float(shown[r, f]), _KINDS[data.measure], lang)
            group = data.cell_groups[r][f]
            if group:
                text += "\n" + cell_name(rfm_group_label(group, lang))
            ax.text(f + 1, r + 1, text, ha="center", va="center", color=color, fontsize=7, linespacing=1.1)
    if data.selected is not None:
        from matplotlib.patches import Rectangle

        r, f = data.selected
        ax.add_patch(Rectangle((f - 0.5, r - 0.5), 1, 1, fill=False, edgecolor=theme.foreground, linewidth=2.5))
    bar = fig.colorbar(image, ax=ax, shrink=0.85)
    bar.ax.tick_params(colors=theme.foreground, labelsize=8)
    bar.outline.set_edgecolor(theme.grid)
    from .style import number_formatter
    if logarithmic:
        bar.set_ticks(log_ticks(norm.vmin, norm.vmax))
        bar.ax.minorticks_off()
        bar.set_label(heatmap_word("log", lang), color=theme.foreground, fontsize=8)
    bar.ax.yaxis.set_major_formatter(number_formatter(_KINDS[data.measure], lang))


def text_colour(rgba) -> str:
    """White or black, whichever stands out more from a cell of colour ``rgba`` (WCAG contrast)."""
    return "#FFFFFF" if contrast_ratio(rgba, (1, 1, 1)) > contrast_ratio(rgba, (0, 0, 0)) else "#000000"


def colour_scale(shown: np.ndarray):
    """The colour scale for the cells' values (NaN: an empty cell): logarithmic when all are positive and the
    largest is at least :data:`LOG_FROM` times the smallest, else linear; and whether it is logarithmic."""
    from matplotlib.colors import LogNorm, Normalize

    low, high = float(np.nanmin(shown)), float(np.nanmax(shown))
    if low > 0 and high >= LOG_FROM * low:
        return LogNorm(vmin=low, vmax=high), True
    return Normalize(vmin=low, vmax=high), False


def log_ticks(low: float, high: float) -> list[float]:
    """Round marks between ``low`` and ``high`` for a logarithmic colour bar: 1, 2, 5 × 10ⁿ (1 × 10ⁿ only
    when those would be more than eight)."""
    for steps in ((1, 2, 5), (1,)):
        ticks = [m * 10.0 ** n for n in range(int(np.floor(np.log10(low))), int(np.ceil(np.log10(high))) + 1)
                 for m in steps if low <= m * 10.0 ** n <= high]
        if len(ticks) <= 8:
            break
    return ticks


def cell_at(x: float | None, y: float | None) -> tuple[int, int] | None:
    """The ``(r, f)`` scores of the cell under a click at data coordinates ``(x, y)``, None outside."""
    if x is None or y is None:
        return None
    f, r = int(round(x)), int(round(y))
    return (r, f) if 1 <= r <= 5 and 1 <= f <= 5 else None


def cell_name(name: str, *, width: int = 16) -> str:
    """A group's name as a cell shows it: a name longer than ``width`` letters broken at the space nearest its
    middle (``Tulevat\nuskolliset``), so that it fits the cell whole instead of ending in "…"."""
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if len(name) <= width or not spaces:
        return name
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return name[:cut] + "\n" + name[cut + 1:]
