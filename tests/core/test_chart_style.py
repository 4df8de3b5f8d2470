"""The charts' look: a colour-blind-safe palette per theme, and numbers and dates as the window writes them."""
from __future__ import annotations

import datetime as dt

from segmentdesk.core.charts.style import (DARK, LIGHT, OKABE_ITO_HUES, ORANGE, YELLOW, date_formatter,
                                           month_text, number_formatter, number_text, theme_from_colors)
from segmentdesk.core.formats import FI_GROUP


def test_both_palettes_use_only_okabe_ito_colours():
    assert set(LIGHT.series) <= set(OKABE_ITO_HUES)
    assert set(DARK.series) <= set(OKABE_ITO_HUES)


def test_light_palette_puts_pale_yellow_last_and_dark_palette_puts_dark_blue_last():
    assert LIGHT.series[-1] == "#F0E442"
    assert DARK.series[-1] == "#0072B2"


def test_four_clusters_on_dark_never_get_both_orange_and_yellow():
    # As the cluster map's small, 60 % opaque dots on a dark background the two look alike.
    assert not {ORANGE, YELLOW} <= set(DARK.series[:4])


def test_a_dark_window_palette_gives_a_dark_theme_with_its_own_colours():
    theme = theme_from_colors(background="#202020", foreground="#F0F0F0")
    assert theme.dark
    assert (theme.background, theme.foreground) == ("#202020", "#F0F0F0")
    assert theme.series == DARK.series


def test_a_light_window_palette_gives_a_light_theme():
    assert not theme_from_colors(background="#FAFAFA", foreground="#101010").dark


def test_series_colours_repeat_after_the_palette():
    assert LIGHT.color(len(LIGHT.series)) == LIGHT.color(0)


def test_whole_numbers_on_axes_are_grouped_by_language():
    assert number_text(2000, "whole", "fi") == f"2{FI_GROUP}000"
    assert number_text(2000, "whole", "en") == "2,000"


def test_money_on_axes_drops_the_cents_of_large_amounts():
    assert number_text(1234, "money", "fi") == f"1{FI_GROUP}234{FI_GROUP}€"
    assert number_text(12.5, "money", "fi") == f"12,50{FI_GROUP}€"
    assert number_text(1234, "money", "en") == "€1,234"


def test_shares_on_axes_are_percentages_in_the_language():
    assert number_text(0.125, "percent", "fi") == f"12,5{FI_GROUP}%"
    assert number_text(0.25, "percent", "en") == "25%"


def test_tick_formatters_write_what_number_text_writes():
    assert number_formatter("whole", "fi")(2000, 0) == f"2{FI_GROUP}000"


def test_date_ticks_are_finnish_dates_in_finnish():
    from matplotlib.dates import date2num

    assert date_formatter("fi")(date2num(dt.date(2026, 12, 24)), 0) == "24.12.2026"
    assert date_formatter("en")(date2num(dt.date(2026, 12, 24)), 0) == "2026-12-24"


def test_months_are_month_slash_year_in_finnish_and_iso_in_english():
    assert month_text(dt.date(2026, 11, 1), "fi") == "11/2026"
    assert month_text(dt.date(2026, 11, 1), "en") == "2026-11"
