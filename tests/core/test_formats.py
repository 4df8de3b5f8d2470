"""Dates and numbers by UI language: Finnish 24.12.1984, 2 000, 1 234,50 €; English ISO, 2,000, €1,234.50."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.formats import (FI_GROUP, Formats, format_date, format_decimal, format_money,
                                      format_percent, format_whole)

NB = FI_GROUP


def test_finnish_date_is_day_month_year_with_dots():
    assert format_date(dt.date(1984, 12, 24), "fi") == "24.12.1984"
    assert format_date(dt.date(2026, 1, 5), "fi") == "5.1.2026"


def test_english_date_is_iso():
    assert format_date(dt.date(1984, 12, 24), "en") == "1984-12-24"
    assert format_date(dt.date(2026, 1, 5), "en") == "2026-01-05"


def test_timestamps_datetimes_and_iso_text_drop_the_time():
    assert format_date(pd.Timestamp("1984-12-24 13:45"), "fi") == "24.12.1984"
    assert format_date(dt.datetime(1984, 12, 24, 23, 59), "en") == "1984-12-24"
    assert format_date("1984-12-24", "fi") == "24.12.1984"
    assert format_date(np.datetime64("1984-12-24"), "fi") == "24.12.1984"


def test_text_that_is_not_a_date_is_kept():
    assert format_date("joskus", "fi") == "joskus"


def test_whole_numbers_group_thousands_by_language():
    assert format_whole(2000, "fi") == f"2{NB}000"
    assert format_whole(2000, "en") == "2,000"
    assert format_whole(1234567, "fi") == f"1{NB}234{NB}567"
    assert format_whole(999, "en") == "999"
    assert format_whole(np.int64(12000), "en") == "12,000"


def test_finnish_never_uses_commas_or_plain_spaces_between_thousands():
    text = format_whole(1_000_000, "fi")
    assert "," not in text and " " not in text


def test_negative_numbers_carry_a_plain_minus():
    assert format_whole(-2000, "fi") == f"-2{NB}000"
    assert format_decimal(-1234.5, "en", decimals=2) == "-1,234.50"
    assert format_money(-1234.5, "fi") == f"-1{NB}234,50{NB}€"
    assert format_money(-1234.5, "en") == "-€1,234.50"


def test_a_negative_that_rounds_to_zero_has_no_minus():
    assert format_whole(-0.2, "en") == "0"
    assert format_money(-0.001, "en") == "€0.00"


def test_decimals_use_the_languages_decimal_mark():
    assert format_decimal(1234.5, "fi") == f"1{NB}234,5"
    assert format_decimal(1234.5, "en") == "1,234.5"
    assert format_decimal(12.0, "fi") == "12"
    assert format_decimal(2.345, "en", decimals=1) == "2.3"


def test_money_puts_the_euro_sign_where_the_language_does():
    assert format_money(1234.5, "fi") == f"1{NB}234,50{NB}€"
    assert format_money(1234.5, "en") == "€1,234.50"
    assert format_money(87.4, "en", decimals=0) == "€87"


def test_percent_takes_a_share():
    assert format_percent(0.125, "fi") == f"12,5{NB}%"
    assert format_percent(0.125, "en") == "12.5%"
    assert format_percent(1, "en", decimals=0) == "100%"


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, pd.NaT, np.nan])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_missing_values_are_empty(missing, lang):
    for format_ in (format_whole, format_decimal, format_money, format_percent, format_date):
        assert format_(missing, lang) == ""


def test_infinity_does_not_raise():
    assert format_whole(math.inf, "en") == "∞"
    assert format_whole(-math.inf, "fi") == "-∞"


def test_unknown_language_formats_as_english():
    assert format_whole(2000, "sv") == "2,000"


def test_formats_binds_one_language():
    fi = Formats("fi")
    assert (fi.whole(2000), fi.money(1234.5), fi.date(dt.date(1984, 12, 24)), fi.percent(0.5)) == \
        (f"2{NB}000", f"1{NB}234,50{NB}€", "24.12.1984", f"50,0{NB}%")
