"""Typing raw cells: Finnish and English numbers, dates, yes/no words, and guessing a column's kind."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.cell_types import infer_kind, to_bool, to_date, to_number, to_text


def col(*values: object) -> pd.Series:
    return pd.Series(list(values), dtype=object)


def ts(*args: int) -> pd.Timestamp:
    return pd.Timestamp(*args)


# -- numbers ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("1 234,50", 1234.5),
    ("1\u00a0234,50", 1234.5),           # no-break space, as Finnish Excel writes thousands
    ("1\u202f234,50", 1234.5),           # narrow no-break space
    ("12,50", 12.5),
    ("12.50", 12.5),
    ("-5,00", -5.0),
    ("12,50 €", 12.5),
    ("€12.50", 12.5),
    ("12,50€", 12.5),
    ("12.50 €", 12.5),
    ("19.99 EUR", 19.99),
    ("$19.99", 19.99),
    ("1.234,50", 1234.5),
    ("1,234.50", 1234.5),
    ("0", 0.0),
])
def test_number_text_is_read_as_its_value(text, expected):
    assert to_number(col(text)).tolist() == [expected]


def test_semicolon_csv_with_decimal_comma_reads_amounts_as_numbers():
    amounts = to_number(col("25,00", "12,50", "1 040,00", "-30,00", None))
    assert amounts.dtype == np.float64
    assert amounts.tolist()[:4] == [25.0, 12.5, 1040.0, -30.0]
    assert np.isnan(amounts.iloc[4])


def test_column_of_dot_decimals_reads_dots_as_decimal_marks():
    assert to_number(col("19.90", "5.5", "100")).tolist() == [19.9, 5.5, 100.0]


def test_number_cells_from_a_workbook_are_kept():
    assert to_number(col(12.5, 3, None)).tolist()[:2] == [12.5, 3.0]


def test_text_that_is_no_number_becomes_missing():
    values = to_number(col("12,50", "ei tiedossa"))
    assert values.iloc[0] == 12.5
    assert np.isnan(values.iloc[1])


# -- dates --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("3.7.2025", ts(2025, 7, 3)),
    ("03.07.2025", ts(2025, 7, 3)),
    ("3.7.25", ts(2025, 7, 3)),
    ("2025-07-03", ts(2025, 7, 3)),
    ("2025-07-03 14:05", ts(2025, 7, 3, 14, 5)),
    ("2025-07-03T14:05:30", ts(2025, 7, 3, 14, 5, 30)),
    ("3.7.2025 14.05", ts(2025, 7, 3, 14, 5)),
])
def test_date_text_is_read_as_its_date(text, expected):
    assert to_date(col(text)).tolist() == [expected]


def test_two_digit_year_past_the_pivot_is_last_century():
    assert to_date(col("1.2.62")).tolist() == [ts(1962, 2, 1)]


def test_slash_dates_are_day_first_when_one_value_cannot_be_month_first():
    dates = to_date(col("01/03/2024", "13/02/2024", "05/06/2024"))
    assert dates.tolist() == [ts(2024, 3, 1), ts(2024, 2, 13), ts(2024, 6, 5)]


def test_slash_dates_are_month_first_when_one_value_cannot_be_day_first():
    dates = to_date(col("01/03/2024", "02/13/2024", "05/06/2024"))
    assert dates.tolist() == [ts(2024, 1, 3), ts(2024, 2, 13), ts(2024, 5, 6)]


def test_ambiguous_slash_dates_are_read_day_first():
    assert to_date(col("01/03/2024")).tolist() == [ts(2024, 3, 1)]


def test_dotted_dates_are_always_day_first():
    assert to_date(col("02.13.2024", "01.03.2024")).tolist()[1] == ts(2024, 3, 1)


def test_impossible_date_becomes_missing():
    dates = to_date(col("31.2.2025", "1.3.2025"))
    assert pd.isna(dates.iloc[0])
    assert dates.iloc[1] == ts(2025, 3, 1)


def test_date_cells_from_a_workbook_are_kept():
    dates = to_date(col(dt.datetime(1990, 5, 17), dt.date(2001, 2, 28), None))
    assert dates.dtype == "datetime64[ns]"
    assert dates.tolist()[:2] == [ts(1990, 5, 17), ts(2001, 2, 28)]
    assert pd.isna(dates.iloc[2])


def test_excel_serial_day_number_is_a_date():
    assert to_date(col(45841)).tolist() == [ts(2025, 7, 3)]


# -- yes / no -----------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["kyllä", "Kyllä", "KYLLÄ", "yes", "Yes", "x", "X", "1", "true", " kyllä "])
def test_yes_words_are_true(word):
    assert to_bool(col(word)).tolist() == [True]


@pytest.mark.parametrize("word", ["ei", "Ei", "no", "NO", "0", "false"])
def test_no_words_are_false(word):
    assert to_bool(col(word)).tolist() == [False]


def test_unknown_word_and_empty_cell_are_missing():
    values = to_bool(col("ehkä", None, "kyllä"))
    assert values.dtype == "boolean"
    assert pd.isna(values.iloc[0]) and pd.isna(values.iloc[1])
    assert bool(values.iloc[2]) is True


def test_workbook_booleans_and_ones_and_zeros_are_read():
    assert to_bool(col(True, False, 1, 0)).tolist() == [True, False, True, False]


# -- text -----------------------------------------------------------------------------------
def test_text_is_trimmed_and_whole_floats_lose_their_point_zero():
    assert to_text(col("  Aino ", 1001.0, 12.5)).tolist() == ["Aino", "1001", "12.5"]


@pytest.mark.parametrize("spaced", [" Aino", "Aino ", "Aino\u00a0", "\u202fAino", "\tAino", "Aino\r"])
def test_text_columns_are_trimmed_of_every_kind_of_edge_space(spaced):
    many = ["Mäkelä", "Virtanen", "Äänekoski", None] * 1000
    assert to_text(col(*many, spaced)).tolist() == [*many, "Aino"]


def test_text_without_edge_spaces_comes_back_as_written():
    values = ["Mäkelä", "Ålander", "a b", "ö", None, "à"]
    assert to_text(col(*values)).tolist() == values


def test_blank_and_empty_cells_are_missing_text():
    assert to_text(col("", "   ", None, "x")).isna().tolist() == [True, True, True, False]


def test_column_of_euro_prices_with_dot_decimals_reads_them_as_euros():
    assert to_number(col("12.50 €", "8.00 €", "1 040.00 €")).tolist() == [12.5, 8.0, 1040.0]


def test_date_cell_as_text_is_its_iso_date():
    assert to_text(col(dt.datetime(2025, 7, 3))).tolist() == ["2025-07-03"]


# -- guessing a column's kind ---------------------------------------------------------------
def test_infer_kind_keeps_postal_codes_with_leading_zeros_as_text():
    assert infer_kind(col("00100", "33100", "00970")) == "text"


def test_infer_kind_keeps_international_phone_numbers_as_text():
    assert infer_kind(col("+358 40 123 4567", "+358501234567")) == "text"


def test_infer_kind_keeps_local_phone_numbers_as_text():
    assert infer_kind(col("040 765 4321", "0501112222")) == "text"


def test_infer_kind_reads_decimal_comma_amounts_as_numbers():
    assert infer_kind(col("1 234,50", "0,00", "12,5", "7")) == "number"


def test_infer_kind_reads_finnish_dates_as_dates():
    assert infer_kind(col("3.7.2025", "15.11.1990", "1.1.2023")) == "date"


def test_infer_kind_reads_day_month_dates_with_leading_zeros_as_dates():
    assert infer_kind(col("03.07.2025", "05.01.2024", "12.11.2023")) == "date"


def test_infer_kind_reads_yes_no_words_as_boolean():
    assert infer_kind(col("kyllä", "ei", "kyllä", None)) == "boolean"


def test_infer_kind_keeps_customer_numbers_with_leading_zeros_as_text():
    assert infer_kind(col("0123", "0456")) == "text"


def test_infer_kind_reads_free_text_as_text():
    assert infer_kind(col("VIP", "Prefers email", "call first")) == "text"


def test_infer_kind_of_an_empty_column_is_text():
    assert infer_kind(col(None, None)) == "text"
