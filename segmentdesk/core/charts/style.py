"""How every chart looks: colours from a theme, labelled axes, numbers and dates by language.

The palette is Okabe and Ito's (2008) colour-blind-safe set, ordered per background so the
first series are the most legible: on light backgrounds blue first and yellow last, on dark
ones sky blue first and dark blue last, with yellow only after reddish purple (at 60 % opacity on a
dark background a small yellow dot looks like an orange one, so four clusters never get both).  The UI builds the theme from its palette
(:func:`theme_from_colors`), so core never reads Qt; tests use :data:`LIGHT` and :data:`DARK`.

Tick labels go through :mod:`segmentdesk.core.formats` (Finnish ``2 000``, ``1 234,50 €``,
``12,5 %``, ``24.12.2026``); matplotlib's own number formatting is never used, so a chart and
the table beside it agree to the character.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..formats import format_date, format_decimal, format_money, format_percent, format_whole

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe & Ito, "Color Universal Design" (2008): black, orange, sky blue, bluish green, yellow, blue,
# vermillion, reddish purple.  Black is left out: it is the text colour on light backgrounds.
ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
OKABE_ITO_HUES = (ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE)
LIGHT_SERIES = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, YELLOW)
DARK_SERIES = (SKY_BLUE, ORANGE, GREEN, PURPLE, YELLOW, VERMILLION, BLUE)

NumberKind = Literal["whole", "decimal", "money", "percent"]


@dataclass(frozen=True)
class Theme:
    """The colours of one chart: background, text, the quiet lines (grid, frame) and the series.

    ``sequential`` is a matplotlib colormap name for values on one scale (a heatmap); viridis and
    cividis stay readable to colour-blind eyes and in greyscale."""

    background: str
    foreground: str
    grid: str
    series: tuple[str, ...]
    dark: bool = False
    sequential: str = "viridis"

    def color(self, i: int) -> str:
        """The ``i``-th series colour (the palette repeats after its seven)."""
        return self.series[i % len(self.series)]


LIGHT = Theme(background="#FFFFFF", foreground="#1A1A1A", grid="#D0D0D0", series=LIGHT_SERIES)
DARK = Theme(background="#1E1E1E", foreground="#E8E8E8", grid="#4A4A4A", series=DARK_SERIES, dark=True,
             sequential="cividis")


def theme_from_colors(*, background: str, foreground: str) -> Theme:
    """A theme for a window whose palette paints ``background`` behind ``foreground`` text
    (``#RRGGBB``): dark when the background is darker than the text."""
    dark = _luminance(background) < _luminance(foreground)
    base = DARK if dark else LIGHT
    return replace(base, background=background, foreground=foreground, grid=_mix(background, foreground, 0.25))


def _rgb(color: str) -> tuple[float, float, float]:
    h = color.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _luminance(color: str) -> float:
    r, g, b = _rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _mix(a: str, b: str, t: float) -> str:
    """``a`` moved the share ``t`` of the way towards ``b``."""
    mixed = [round(255 * (x + (y - x) * t)) for x, y in zip(_rgb(a), _rgb(b))]
    return "#" + "".join(f"{v:02X}" for v in mixed)


# -- numbers and dates -----------------------------------------------------------------------------
def number_text(value: float, kind: NumberKind, lang: str) -> str:
    """``value`` as the window writes a number of ``kind``: whole ``2 000``, money ``1 234 €``
    (whole euros on axes: cents are noise there), percent (``value`` a share 0…1) ``12,5 %``."""
    if kind == "money":
        return format_money(value, lang, decimals=0 if abs(value) >= 100 or float(value).is_integer() else 2)
    if kind == "percent":
        return format_percent(value, lang, decimals=0 if round(value * 100, 6).is_integer() else 1)
    if kind == "decimal":
        return format_decimal(value, lang, decimals=None)
    return format_whole(value, lang)


def month_text(month: dt.date, lang: str) -> str:
    """A calendar month: ``11/2026`` in Finnish, ``2026-11`` in English (as ISO dates are)."""
    return f"{month.month}/{month.year}" if lang == "fi" else f"{month.year:04d}-{month.month:02d}"


def number_formatter(kind: NumberKind, lang: str):
    """A matplotlib tick formatter writing ticks as :func:`number_text` does."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: number_text(value, kind, lang))


def date_formatter(lang: str):
    """A matplotlib tick formatter for a date axis: ``24.12.2026`` / ``2026-12-24``."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: format_date(num2date(value).date(), lang))


# -- figures and axes -------------------------------------------------------------------------------
def prepare_figure(fig: Figure, theme: Theme) -> None:
    """Empty ``fig`` and paint it in the theme (a canvas redraws into the same figure).  The layout is
    constrained, so labels keep their room when the window resizes the figure."""
    fig.clear()
    fig.set_layout_engine("constrained")
    fig.set_facecolor(theme.background)
    fig.set_edgecolor(theme.background)


def styled_axes(fig: Figure, theme: Theme, *, xlabel: str = "", ylabel: str = "", title: str = "",
                position: int | tuple = 111) -> Axes:
    """New axes in ``fig`` with readable defaults: theme colours, labelled axes, a quiet grid
    behind the data and no top or right frame."""
    ax = fig.add_subplot(position)
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.tick_params(colors=theme.foreground, labelcolor=theme.foreground, labelsize=9)
    ax.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    ax.set_axisbelow(True)
    if xlabel:
        ax.set_xlabel(xlabel, color=theme.foreground, fontsize=9)
    if ylabel:
        ax.set_ylabel(ylabel, color=theme.foreground, fontsize=9)
    if title:
        ax.set_title(title, color=theme.foreground, fontsize=10, loc="left")
    return ax


def draw_message(fig: Figure, text: str, *, theme: Theme) -> None:
    """A chart with nothing to show says why (``text``, already in the user's language)."""
    prepare_figure(fig, theme)
    fig.text(0.5, 0.5, text, ha="center", va="center", color=theme.foreground, fontsize=10, wrap=True)


DrawFunction = Callable[..., None]
"""``draw_x(fig, data, *, lang, theme)``: draws ``data`` onto ``fig``; returns nothing."""
