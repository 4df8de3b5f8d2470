"""Overlap, exclusive (waterfall) assignment, warnings about segments, and the template library."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.judging import judge_segments
from segmentdesk.core.segments.overlap import overlap_counts, overlap_shares, waterfall
from segmentdesk.core.segments.templates import instantiate, load_templates, missing_fields

AS_OF = dt.date(2026, 11, 1)


def _mask(bits: str) -> np.ndarray:
    return np.array([b == "1" for b in bits])


def _dataset(n: int = 10, consent: int = 10) -> object:
    customers = pd.DataFrame({
        "email": [f"c{i}@example.fi" for i in range(n)],
        "consent": ["kyllä"] * consent + ["ei"] * (n - consent),
        "id": [str(i) for i in range(n)],
    })
    orders = pd.DataFrame({"order": [str(i) for i in range(n)], "customer": [str(i) for i in range(n)],
                           "amount": [float(10 * (i + 1)) for i in range(n)], "date": ["1.10.2026"] * n})
    return build_dataset(customers, {"email": "email", "consent_email": "consent", "customer_id": "id"},
                         orders, {"order_id": "order", "customer_ref": "customer", "amount": "amount",
                                  "order_date": "date"})


def test_overlap_matrix_counts_shared_customers_with_sizes_on_the_diagonal():
    counts = overlap_counts({"a": _mask("1100"), "b": _mask("0110")})
    assert counts.loc["a", "a"] == 2 and counts.loc["a", "b"] == 1 and counts.loc["b", "b"] == 2


def test_overlap_shares_are_relative_to_the_row_segment():
    shares = overlap_shares(overlap_counts({"a": _mask("1100"), "b": _mask("0111")}))
    assert shares.loc["a", "b"] == pytest.approx(0.5)
    assert shares.loc["b", "a"] == pytest.approx(1 / 3)


def test_waterfall_gives_each_customer_to_the_first_matching_segment_only():
    result = waterfall({"first": _mask("1100"), "second": _mask("0110"), "third": _mask("1111")}, 4)
    assert result.overlapping == [2, 2, 4]
    assert result.exclusive == [2, 1, 1]
    assert list(result.assigned) == [0, 0, 1, 2]
    assert result.unassigned == 0


def test_empty_and_small_segments_are_flagged():
    ds = _dataset(10)
    warnings = judge_segments(ds, {"none": np.zeros(10, bool), "few": _mask("1110000000")}, small=5).warnings
    assert [(w.code, w.segment) for w in warnings] == [("empty", "none"), ("small", "few")]


def test_a_segment_nobody_in_it_can_be_emailed_is_flagged_unreachable():
    ds = _dataset(10, consent=0)
    warnings = judge_segments(ds, {"all": np.ones(10, bool)}, small=1).warnings
    assert [w.code for w in warnings] == ["unreachable"]


def test_too_many_segments_is_flagged_once():
    ds = _dataset(10)
    masks = {f"s{i}": np.ones(10, bool) for i in range(9)}
    codes = [w.code for w in judge_segments(ds, masks, small=1, nearly_same=1.01).warnings]
    assert codes.count("too_many") == 1


def test_two_nearly_identical_segments_are_flagged_but_a_subset_is_not():
    ds = _dataset(10)
    big = np.ones(10, bool)
    almost = big.copy()
    almost[0] = False                       # 9 of 10 shared → 0.9, not above 0.9
    inner = _mask("1100000000")
    codes = [(w.code, w.segment, w.other) for w in
             judge_segments(ds, {"big": big, "inner": inner}, small=1).warnings]
    assert codes == []
    twin = big.copy()
    codes = [(w.code, w.segment, w.other) for w in judge_segments(ds, {"big": big, "twin": twin}, small=1).warnings]
    assert codes == [("nearly_same", "big", "twin")]
    assert judge_segments(ds, {"big": big, "almost": almost}, small=1).warnings == []


def test_template_library_has_at_least_fifteen_ready_segments_with_names_in_both_languages():
    templates = load_templates()
    assert len(templates) >= 15
    assert all(t.name("fi") and t.name("en") and t.name("fi") != "" for t in templates)
    assert len({t.id for t in templates}) == len(templates)


def test_percentile_placeholders_are_filled_from_the_shops_own_spend():
    ds = _dataset(10)
    top = next(t for t in load_templates() if t.id == "top_spenders")
    segment = instantiate(top, ds, as_of=AS_OF, lang="en")
    threshold = segment.rule.children[0].value
    assert threshold == pytest.approx(np.percentile([10.0 * (i + 1) for i in range(10)], 90))
    assert int(Evaluator(ds, as_of=AS_OF).mask(segment.rule).sum()) == 1


def test_templates_that_need_missing_fields_say_which():
    ds = _dataset(10)
    by_id = {t.id: t for t in load_templates()}
    assert missing_fields(by_id["regulars"], ds) == []
    assert missing_fields(by_id["seniors"], ds) == ["age"]
    without_orders = build_dataset(ds.customers.frame, ds.customers.roles)
    assert missing_fields(by_id["rfm_champions"], without_orders) == ["rfm_group"]


def test_instantiated_template_is_named_in_the_chosen_language():
    ds = _dataset(10)
    regulars = next(t for t in load_templates() if t.id == "regulars")
    assert instantiate(regulars, ds, as_of=AS_OF, lang="fi").name == "Kanta-asiakkaat"
    assert instantiate(regulars, ds, as_of=AS_OF, lang="en").name == "Regulars"

