"""The R×F grid as a heatmap: customers, revenue or average spend per cell, each cell named by its group."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..bilingual import in_language
from ..data.rfm_summary import RfmHeatmap
from ..words import rfm_group_label
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
}
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
    image = ax.imshow(shown, origin="lower", cmap=theme.sequential, aspect="auto",
                      extent=(0.5, 5.5, 0.5, 5.5), interpolation="nearest")
    ax.set_xticks(range(1, 6), [str(s) for s in range(1, 6)])
    ax.set_yticks(range(1, 6), [str(s) for s in range(1, 6)])
    low, high = np.nanmin(shown), np.nanmax(shown)
    for r in range(5):
        for f in range(5):
            if data.counts[r, f] == 0:
                continue
            # Light text on the dark end of the colour scale, dark text on the light end.
            level = 0.5 if high == low else (shown[r, f] - low) / (high - low)
            color = "#FFFFFF" if level < 0.55 else "#000000"
            text = number_text(float(shown[r, f]), _KINDS[data.measure], lang)
            group = data.cell_groups[r][f]
            if group:
                text += "\n" + _short(rfm_group_label(group, lang))
            ax.text(f + 1, r + 1, text, ha="center", va="center", color=color, fontsize=7)
    if data.selected is not None:
        from matplotlib.patches import Rectangle

        r, f = data.selected
        ax.add_patch(Rectangle((f - 0.5, r - 0.5), 1, 1, fill=False, edgecolor=theme.foreground, linewidth=2.5))
    bar = fig.colorbar(image, ax=ax, shrink=0.85)
    bar.ax.tick_params(colors=theme.foreground, labelsize=8)
    bar.outline.set_edgecolor(theme.grid)
    from .style import number_formatter
    bar.ax.yaxis.set_major_formatter(number_formatter(_KINDS[data.measure], lang))


def cell_at(x: float | None, y: float | None) -> tuple[int, int] | None:
    """The ``(r, f)`` scores of the cell under a click at data coordinates ``(x, y)``, None outside."""
    if x is None or y is None:
        return None
    f, r = int(round(x)), int(round(y))
    return (r, f) if 1 <= r <= 5 and 1 <= f <= 5 else None


def _short(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
