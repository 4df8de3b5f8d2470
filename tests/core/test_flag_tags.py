"""One yes/no column per interest, read together as the tags field ``flags``."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields, field_values, find_field
from segmentdesk.core.data.flag_tags import flag_columns, flag_tag, flag_tags
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator, warm_up
from segmentdesk.core.segments.model import Segment, node_from_json, segment_from_json
from segmentdesk.core.words import family_label, field_label

AS_OF = dt.date(2025, 7, 1)
EMAILS = ["a@example.fi", "b@example.fi", "c@example.fi", "d@example.fi"]


def dataset(columns: dict[str, list[object]], roles: dict[str, str] | None = None):
    frame = pd.DataFrame({"Sähköposti": EMAILS[: len(next(iter(columns.values())))], **columns}, dtype=object)
    return build_dataset(frame, {"email": "Sähköposti", **(roles or {})})


def kylla_ei():
    """Four customers ticking three interests Kyllä/Ei; the last answered nothing."""
    return dataset({"Jooga": ["Kyllä", "Ei", "Kyllä", None],
                    "Juoksu": ["Ei", "Kyllä", "Kyllä", None],
                    "Pyöräily": ["Ei", "Ei", "Kyllä", None]})


def members(ds, field: str, op: str, value: object = None) -> list[int]:
    leaf = {"field": field, "op": op} if value is None else {"field": field, "op": op, "value": value}
    return np.flatnonzero(Evaluator(ds, as_of=AS_OF).mask(node_from_json(leaf))).tolist()


def field_names(ds) -> list[str]:
    return [f.name for f in available_fields(ds)]


# -- what the field holds --------------------------------------------------------------------
def test_each_customer_gets_the_headers_of_the_columns_saying_yes():
    assert flag_tags(kylla_ei()).tolist() == ["Jooga", "Juoksu", "Jooga; Juoksu; Pyöräily", None]


def test_ones_and_zeros_are_read_as_yes_and_no():
    ds = dataset({"Jooga": ["1", "0", "1", "0"], "Juoksu": ["0", "0", "1", "1"]})
    assert flag_tags(ds).tolist() == ["Jooga", None, "Jooga; Juoksu", "Juoksu"]


def test_a_cross_is_yes_and_a_blank_cell_is_no():
    ds = dataset({"Jooga": ["x", None, "x", None], "Juoksu": [None, "x", "x", None]})
    assert flag_tags(ds).tolist() == ["Jooga", "Juoksu", "Jooga; Juoksu", None]


def test_flags_is_a_psychographic_tags_field():
    field = find_field(kylla_ei(), "flags")
    assert (field.family, field.kind) == ("psychographic", "tags")


def test_the_single_columns_stay_available_as_custom_fields():
    assert {"column:Jooga", "column:Juoksu", "column:Pyöräily"} <= set(field_names(kylla_ei()))


# -- when it is offered -------------------------------------------------------------------
def test_a_dataset_with_only_one_yes_no_column_does_not_offer_flags():
    ds = dataset({"Jooga": ["Kyllä", "Ei", "Kyllä", None], "Pisteet": ["1", "2", "3", "4"]})
    assert "flags" not in field_names(ds)
    assert "column:Jooga" in field_names(ds)


def test_the_mapped_consent_column_is_not_a_flag():
    ds = dataset({"Markkinointilupa": ["Kyllä", "Kyllä", "Ei", "Ei"],
                  "Jooga": ["Kyllä", "Ei", "Kyllä", "Ei"],
                  "Juoksu": ["Ei", "Kyllä", "Kyllä", "Ei"]}, {"consent_email": "Markkinointilupa"})
    assert flag_columns(ds.customers) == ["Jooga", "Juoksu"]
    assert members(ds, "flags", "has_any", ["Markkinointilupa"]) == []


def test_consent_plus_one_interest_column_does_not_offer_flags():
    ds = dataset({"Markkinointilupa": ["Kyllä", "Kyllä", "Ei", "Ei"], "Jooga": ["Kyllä", "Ei", "Kyllä", "Ei"]},
                 {"consent_email": "Markkinointilupa"})
    assert "flags" not in field_names(ds)


def test_text_and_number_columns_are_not_flags():
    ds = dataset({"Jooga": ["x", None, "x", None], "Juoksu": [None, "x", "x", None],
                  "Kaupunki": ["Oulu", "Turku", "Oulu", "Pori"], "Pisteet": ["1", "2", "3", "4"]})
    assert flag_columns(ds.customers) == ["Jooga", "Juoksu"]


# -- conditions -----------------------------------------------------------------------------
def test_has_any_matches_customers_with_at_least_one_of_the_columns_yes():
    assert members(kylla_ei(), "flags", "has_any", ["Jooga", "Pyöräily"]) == [0, 2]


def test_has_all_needs_every_named_column_yes():
    assert members(kylla_ei(), "flags", "has_all", ["Jooga", "Juoksu"]) == [2]


def test_has_none_includes_customers_who_answered_nothing():
    assert members(kylla_ei(), "flags", "has_none", ["Jooga"]) == [1, 3]


def test_is_empty_is_true_where_no_column_says_yes():
    assert members(kylla_ei(), "flags", "is_empty") == [3]
    assert members(kylla_ei(), "flags", "not_empty") == [0, 1, 2]


def test_tags_compare_without_case_or_surrounding_spaces():
    assert members(kylla_ei(), "flags", "has_any", [" JOOGA ", "pyöräily"]) == [0, 2]


def test_headers_differing_only_in_case_give_one_tag():
    ds = dataset({"Jooga": ["x", None, None, None], "JOOGA ": [None, "x", None, None],
                  "Juoksu": [None, None, "x", None]})
    assert flag_tags(ds).tolist() == ["Jooga", "Jooga", "Juoksu", None]
    assert members(ds, "flags", "has_any", ["jooga"]) == [0, 1]


def test_a_header_with_a_comma_stays_one_tag():
    assert flag_tag("Jooga, pilates") == "Jooga/pilates"
    ds = dataset({"Jooga, pilates": ["x", None, "x", None], "Juoksu": [None, "x", "x", None]})
    assert members(ds, "flags", "has_any", ["jooga/pilates"]) == [0, 2]


def test_pick_list_counts_customers_per_tag():
    ds = kylla_ei()
    values = field_values(ds, find_field(ds, "flags"), AS_OF)
    assert sorted(ds.index.choices("flags", values, tags=True)) == [("Jooga", 2), ("Juoksu", 2), ("Pyöräily", 1)]


def test_warm_up_builds_the_flags_index():
    ds = kylla_ei()
    warm_up(ds, as_of=AS_OF)
    assert members(ds, "flags", "has_any", ["juoksu"]) == [1, 2]


def test_many_columns_combine_beyond_one_integer_key():
    headers = [f"Laji {i}" for i in range(70)]
    columns = {h: ["x" if (row + i) % 3 == 0 else None for row in range(4)] for i, h in enumerate(headers)}
    ds = dataset(columns)
    values = flag_tags(ds).tolist()
    for row in range(4):
        assert values[row] == "; ".join(h for i, h in enumerate(headers) if (row + i) % 3 == 0)
    assert members(ds, "flags", "has_all", ["laji 2", "laji 68"]) == [1]


# -- words and files ------------------------------------------------------------------------
def test_flags_is_named_in_finnish_and_english():
    assert field_label("flags", "fi") == "Kyllä/Ei-sarakkeet"
    assert field_label("flags", "en") == "Yes/No columns"
    assert family_label(find_field(kylla_ei(), "flags").family, "fi") == "Kiinnostukset ja elämäntapa"


def test_rule_on_flags_reads_in_words():
    rule = node_from_json({"field": "flags", "op": "has_any", "value": ["Jooga", "Juoksu"]})
    assert describe(rule, "en") == "Yes/No columns include any of: Jooga, Juoksu"
    assert describe(rule, "fi") == "Kyllä/Ei-sarakkeet sisältää jonkin näistä: Jooga, Juoksu"


def test_segment_on_flags_round_trips_through_json_and_selects_the_same():
    doc = {"format": "segmentdesk.segment/1", "name": "Joogaajat",
           "rule": {"all": [{"field": "flags", "op": "has_any", "value": ["jooga"]},
                            {"field": "flags", "op": "has_none", "value": ["pyöräily"]}]}}
    segment = segment_from_json(json.loads(json.dumps(doc)))
    assert segment.to_json() == doc
    again = segment_from_json(json.loads(json.dumps(segment.to_json())))
    assert isinstance(again, Segment)
    assert np.flatnonzero(Evaluator(kylla_ei(), as_of=AS_OF).mask(again.rule)).tolist() == [0]


def test_the_reimport_flag_is_not_an_interest():
    from segmentdesk.core.data.dataset import Table
    from segmentdesk.core.data.flag_tags import flag_columns
    from segmentdesk.core.data.dataset import MISSING_FLAG

    frame = pd.DataFrame({"Jooga": [True, False], "Juoksu": [False, True], MISSING_FLAG: [False, True]})
    table = Table(frame, {"Jooga": "boolean", "Juoksu": "boolean", MISSING_FLAG: "boolean"}, {})
    assert flag_columns(table) == ["Jooga", "Juoksu"]
