"""Finnish business IDs (Y-tunnus): the modulus 11 check digit, and the quality report's finding."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from segmentdesk.core.data.business_id import business_id, check_digit, is_valid_business_id
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.importing.quality import quality_report


@pytest.mark.parametrize("text", ["0112038-9", "0737546-2", "1572860-0", "2331972-7"])
def test_published_business_ids_are_valid(text):
    assert is_valid_business_id(text)


@pytest.mark.parametrize("text", ["0112038-8", "0112038", "01120389", "A112038-9", "", "0112038-9x"])
def test_a_wrong_check_digit_or_shape_is_not_valid(text):
    assert not is_valid_business_id(text)


def test_check_digit_is_eleven_minus_the_remainder_and_zero_for_none():
    # weights 7 9 10 5 8 4 2: 0000005 → 10 → 1; 0000060 → 24 % 11 = 2 → 9; 0000011 → 4 + 2 = 6 → 5; 0000000 → 0
    assert [check_digit(b) for b in ("0000005", "0000060", "0000011", "0000000")] == [1, 9, 5, 0]


def test_a_body_whose_remainder_is_one_gets_no_id():
    assert check_digit("0000006") is None and business_id("0000006") is None      # 6 × 2 = 12 → remainder 1


def test_a_spreadsheet_that_dropped_the_leading_zero_still_reads_as_the_id():
    assert is_valid_business_id("112038-9") and is_valid_business_id(" 0112038-9 ")


def test_business_id_writes_the_check_digit():
    assert business_id("0112038") == "0112038-9"


def test_the_quality_report_counts_invalid_business_ids_with_their_rows():
    frame = pd.DataFrame({"id": ["1", "2", "3", "4"], "ytunnus": ["0112038-9", "0112038-8", None, "12345"]})
    ds = build_dataset(frame, {"customer_id": "id", "business_id": "ytunnus"}, None, None)
    issues = {i.code: i for i in quality_report(ds, as_of=dt.date(2026, 11, 1))}
    assert issues["invalid_business_id"].count == 2 and issues["invalid_business_id"].rows == (1, 3)
