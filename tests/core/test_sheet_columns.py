"""Preparing a column for a sheet: each value as the cell it becomes (text, number, date serial, or none)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from segmentdesk.core.export.sheet_columns import prepare_column
from segmentdesk.core.export.sheet_xml import DateSerial


def test_a_text_column_keeps_its_texts_and_any_kind_of_missing_value_is_an_empty_cell():
    column = prepare_column(pd.Series(["Aino", None, np.nan, pd.NA, "", "Öhman"], dtype=object), "Etunimi")
    assert (column.kind, column.values) == ("text", ["Aino", None, None, None, "", "Öhman"])


def test_a_text_column_loses_the_control_characters_xlsx_cannot_hold():
    column = prepare_column(pd.Series(["a\x00b", None], dtype=object), "Huom")
    assert column.values == ["ab", None]


def test_a_column_of_mixed_values_writes_each_as_its_kind():
    values = pd.Series(["x", 2, pd.Timestamp("1900-01-01"), None, ["a", "b"]], dtype=object)
    column = prepare_column(values, "Sekalaista")
    assert column.kind == "mixed"
    assert column.values[:2] == ["x", 2.0] and column.values[3:] == [None, "a; b"]
    assert isinstance(column.values[2], DateSerial) and column.values[2] == 2.0


def test_a_column_of_missing_values_only_is_an_empty_text_column():
    column = prepare_column(pd.Series([None, np.nan], dtype=object), "Tyhjä")
    assert (column.kind, column.values) == ("text", [None, None])


def test_dates_become_excel_serials():
    column = prepare_column(pd.Series([pd.Timestamp(dt.date(2025, 7, 1)), pd.NaT]), "Päivä")
    assert (column.kind, column.values) == ("date", [45839.0, None])
