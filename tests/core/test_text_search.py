"""The customer search's haystack: a row matches when one of its cells holds the text, whatever the case."""
from __future__ import annotations

import numpy as np
import pandas as pd

from segmentdesk.core.data.text_search import TextHaystack


def _haystack() -> TextHaystack:
    names = pd.Series(["Aino Virtanen", "Eero Mäki", None, "STRAßE Oy"], index=[10, 11, 12, 13])
    emails = pd.Series(["aino@gmail.com", "eero@kolumbus.fi", "x@gmail.com", pd.NA], index=[10, 11, 12, 13])
    return TextHaystack([names, emails], rows=4)


def test_a_row_matches_when_any_of_its_cells_holds_the_text_in_any_case():
    assert _haystack().matches("GMAIL").tolist() == [True, False, True, False]
    assert _haystack().matches("  virtanen ").tolist() == [True, False, False, False]


def test_text_is_folded_so_a_sharp_s_matches_ss():
    assert _haystack().matches("strasse").tolist() == [False, False, False, True]


def test_a_match_never_spans_two_cells_or_two_rows():
    hay = _haystack()
    assert not hay.matches("virtanenaino").any()
    assert not hay.matches("mäki" + "eero").any()
    assert not hay.matches("gmail.comeero").any()


def test_every_row_with_the_text_is_found_however_many_times_it_holds_it():
    column = pd.Series(["aa aa aa", "b", "aa", "aaa"] * 1000)
    mask = TextHaystack([column], rows=len(column)).matches("aa")
    assert np.array_equal(mask, column.str.contains("aa").to_numpy())


def test_empty_text_matches_everyone_and_no_columns_match_no_one():
    assert _haystack().matches(" ").all()
    assert not TextHaystack([], rows=3).matches("a").any()
