"""Every operator of the segment contract, with its exact semantics at a pinned reference date."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import RuleError, SegmentCycleError, SegmentDeskError, UnknownSegmentError
from segmentdesk.core.segments.evaluate import Evaluator, evaluate_segment
from segmentdesk.core.segments.model import Condition, Group, Segment, node_from_json

AS_OF = dt.date(2025, 7, 1)


def dataset(columns: dict[str, list[object]], roles: dict[str, str], orders: pd.DataFrame | None = None,
            order_roles: dict[str, str] | None = None):
    return build_dataset(pd.DataFrame(columns, dtype=object), roles, orders, order_roles)


def members(ds, rule: dict, *, as_of: dt.date = AS_OF, segments: dict[str, Segment] | None = None) -> list[int]:
    """Positions of the customers the rule (segment JSON) selects."""
    mask = Evaluator(ds, as_of=as_of, segments=segments).mask(node_from_json(rule))
    assert mask.dtype == bool and len(mask) == len(ds)
    return np.flatnonzero(mask).tolist()


def leaf(field: str, op: str, value: object = None) -> dict:
    node = {"field": field, "op": op}
    if value is not None:
        node["value"] = value
    return node


def numbers(*values: object):
    return dataset({"Email": [f"c{i}@example.fi" for i in range(len(values))],
                    "Pisteet": [None if v is None else str(v) for v in values]}, {"email": "Email"})


def dates(*values: str | None):
    return dataset({"Liittynyt": list(values)}, {"signup_date": "Liittynyt"})


def births(*values: str | None):
    return dataset({"Syntymäaika": list(values)}, {"birth_date": "Syntymäaika"})


def texts(*values: str | None):
    return dataset({"Etunimi": list(values)}, {"first_name": "Etunimi"})


def tags(*values: str | None):
    return dataset({"Kiinnostukset": list(values)}, {"interests": "Kiinnostukset"})


# -- numbers ---------------------------------------------------------------------------------
def test_number_between_includes_both_ends():
    assert members(numbers(24, 25, 30, 40, 41, None), leaf("column:Pisteet", "between", [25, 40])) == [1, 2, 3]


@pytest.mark.parametrize("op, expected", [
    ("lt", [0]), ("le", [0, 1]), ("gt", [2]), ("ge", [1, 2]), ("eq", [1]), ("ne", [0, 2]),
])
def test_number_comparisons(op, expected):
    assert members(numbers(1, 2, 3, None), leaf("column:Pisteet", op, 2)) == expected


def test_number_in_and_not_in():
    ds = numbers(1, 2, 3, None)
    assert members(ds, leaf("column:Pisteet", "in", [1, 3])) == [0, 2]
    assert members(ds, leaf("column:Pisteet", "not_in", [1, 3])) == [1]


def test_number_compares_decimal_values():
    assert members(numbers("12,50", "12,49", "12,51"), leaf("column:Pisteet", "ge", 12.5)) == [0, 2]


# -- dates -----------------------------------------------------------------------------------
def test_date_between_includes_both_ends():
    ds = dates("2025-01-01", "2025-01-02", "2025-01-31", "2025-02-01", None)
    assert members(ds, leaf("signup_date", "between", ["2025-01-02", "2025-01-31"])) == [1, 2]


def test_date_between_includes_the_whole_last_day():
    ds = dates("2025-01-31 18:30", "2025-02-01 00:00")
    assert members(ds, leaf("signup_date", "between", ["2025-01-01", "2025-01-31"])) == [0]


def test_before_is_strict():
    assert members(dates("2025-06-30", "2025-07-01", "2025-07-02"), leaf("signup_date", "before", "2025-07-01")) == [0]


def test_after_is_strict():
    assert members(dates("2025-06-30", "2025-07-01", "2025-07-02"), leaf("signup_date", "after", "2025-07-01")) == [2]


@pytest.mark.parametrize("op, expected", [
    ("lt", [0]), ("le", [0, 1]), ("gt", [2]), ("ge", [1, 2]), ("eq", [1]),
])
def test_date_comparisons(op, expected):
    assert members(dates("2025-06-30", "2025-07-01 09:15", "2025-07-02", None),
                   leaf("signup_date", op, "2025-07-01")) == expected


def test_in_last_days_includes_reference_minus_n_and_the_reference():
    ds = dates("2025-05-31", "2025-06-01", "2025-06-20", "2025-07-01", "2025-07-02", None)
    assert members(ds, leaf("signup_date", "in_last", {"n": 30, "unit": "days"})) == [1, 2, 3]


def test_in_last_weeks_counts_seven_days_a_week():
    ds = dates("2025-06-16", "2025-06-17", "2025-06-30")
    assert members(ds, leaf("signup_date", "in_last", {"n": 2, "unit": "weeks"})) == [1, 2]


def test_in_last_months_steps_by_calendar_month():
    ds = dates("2024-02-28", "2024-02-29", "2024-03-01", "2024-03-31")
    rule = leaf("signup_date", "in_last", {"n": 1, "unit": "months"})
    assert members(ds, rule, as_of=dt.date(2024, 3, 31)) == [1, 2, 3]


def test_in_last_months_from_a_31st_lands_on_the_month_end():
    ds = dates("2025-02-27", "2025-02-28")
    rule = leaf("signup_date", "in_last", {"n": 1, "unit": "months"})
    assert members(ds, rule, as_of=dt.date(2025, 3, 31)) == [1]


def test_in_last_years_steps_by_calendar_year():
    ds = dates("2023-02-27", "2023-02-28", "2024-01-01")
    rule = leaf("signup_date", "in_last", {"n": 1, "unit": "years"})
    assert members(ds, rule, as_of=dt.date(2024, 2, 29)) == [1, 2]


def test_not_in_last_is_strictly_before_reference_minus_n():
    ds = dates("2025-05-31", "2025-06-01", "2025-07-01", None)
    assert members(ds, leaf("signup_date", "not_in_last", {"n": 30, "unit": "days"})) == [0]


def test_not_in_last_months_steps_by_calendar_month():
    ds = dates("2024-02-28", "2024-02-29")
    rule = leaf("signup_date", "not_in_last", {"n": 1, "unit": "months"})
    assert members(ds, rule, as_of=dt.date(2024, 3, 31)) == [0]


def test_relative_dates_follow_the_reference_date():
    ds = dates("2025-06-01")
    rule = leaf("signup_date", "in_last", {"n": 30, "unit": "days"})
    assert members(ds, rule, as_of=dt.date(2025, 7, 1)) == [0]
    assert members(ds, rule, as_of=dt.date(2025, 7, 2)) == []


# -- birthdays ---------------------------------------------------------------------------------
def test_birthday_in_next_window_starts_at_the_reference_and_excludes_its_end():
    ds = births("1.7.1980", "7.7.1990", "8.7.1990", "30.6.1990", None)
    assert members(ds, leaf("birth_date", "birthday_in_next", 7)) == [0, 1]


def test_birthday_in_next_zero_days_matches_nobody():
    assert members(births("1.7.1980"), leaf("birth_date", "birthday_in_next", 0)) == []


def test_birthday_in_next_wraps_into_the_new_year():
    ds = births("30.12.1990", "2.1.1985", "3.1.1985")
    rule = leaf("birth_date", "birthday_in_next", 4)
    assert members(ds, rule, as_of=dt.date(2024, 12, 30)) == [0, 1]
    assert members(ds, leaf("birth_date", "birthday_in_next", 3), as_of=dt.date(2024, 12, 30)) == [0]


def test_leap_day_birthday_counts_as_28_february_in_other_years():
    ds = births("29.2.1988")
    assert members(ds, leaf("birth_date", "birthday_in_next", 1), as_of=dt.date(2025, 2, 28)) == [0]
    assert members(ds, leaf("birth_date", "birthday_in_next", 1), as_of=dt.date(2025, 2, 27)) == []
    assert members(ds, leaf("birth_date", "birthday_in_next", 2), as_of=dt.date(2025, 2, 27)) == [0]


def test_leap_day_birthday_is_29_february_in_leap_years():
    ds = births("29.2.1988")
    assert members(ds, leaf("birth_date", "birthday_in_next", 1), as_of=dt.date(2024, 2, 28)) == []
    assert members(ds, leaf("birth_date", "birthday_in_next", 2), as_of=dt.date(2024, 2, 28)) == [0]


def test_leap_day_birthday_just_passed_waits_for_next_year():
    ds = births("29.2.1988")
    assert members(ds, leaf("birth_date", "birthday_in_next", 300), as_of=dt.date(2025, 3, 1)) == []
    assert members(ds, leaf("birth_date", "birthday_in_next", 365), as_of=dt.date(2025, 3, 1)) == [0]


# -- age and days since last order ----------------------------------------------------------------
def test_age_is_full_years_at_the_reference_date():
    ds = births("1.7.1985", "2.7.1985", "30.6.1985", None)
    assert members(ds, leaf("age", "eq", 40)) == [0, 2]
    assert members(ds, leaf("age", "eq", 39)) == [1]


def test_age_counts_a_birthday_on_the_reference_date():
    assert members(births("1.7.2007"), leaf("age", "ge", 18)) == [0]
    assert members(births("2.7.2007"), leaf("age", "ge", 18)) == []


def test_age_between_is_inclusive():
    ds = births("1.7.2000", "2.7.2000", "1.7.1985", "30.6.1984")
    assert members(ds, leaf("age", "between", [25, 40])) == [0, 2]


def test_age_column_in_the_file_is_used_as_it_is():
    ds = dataset({"Ikä": ["30", "41", None]}, {"age": "Ikä"})
    assert members(ds, leaf("age", "gt", 35)) == [1]


@pytest.fixture
def buyers():
    customers = {"Nro": ["1", "2", "3"], "Email": ["a@example.fi", "b@example.fi", "c@example.fi"]}
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3"], "Asiakas": ["1", "1", "2"],
                           "Pvm": ["1.1.2025", "10.6.2025 14:30", "1.7.2025"],
                           "Summa": ["10,00", "20,00", "5,00"], "Ryhmä": ["Kahvi", "Tee", "kahvi"]}, dtype=object)
    return dataset(customers, {"customer_id": "Nro", "email": "Email"}, orders,
                   {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa",
                    "category": "Ryhmä"})


def test_days_since_last_order_is_whole_days_to_the_reference(buyers):
    assert members(buyers, leaf("days_since_last_order", "eq", 21)) == [0]
    assert members(buyers, leaf("days_since_last_order", "eq", 0)) == [1]


def test_days_since_last_order_is_missing_without_orders(buyers):
    assert members(buyers, leaf("days_since_last_order", "is_empty")) == [2]
    assert members(buyers, leaf("days_since_last_order", "ge", 0)) == [0, 1]


def test_order_metrics_are_fields(buyers):
    assert members(buyers, leaf("order_count", "eq", 0)) == [2]
    assert members(buyers, leaf("total_spend", "gt", 10)) == [0]
    assert members(buyers, leaf("avg_order_value", "eq", 15)) == [0]
    assert members(buyers, leaf("last_order_date", "in_last", {"n": 1, "unit": "months"})) == [0, 1]


def test_categories_bought_match_as_tags(buyers):
    assert members(buyers, leaf("categories", "has_any", ["KAHVI"])) == [0, 1]
    assert members(buyers, leaf("categories", "has_all", ["kahvi", "tee"])) == [0]
    assert members(buyers, leaf("categories", "has_none", ["tee"])) == [1, 2]


# -- tags ------------------------------------------------------------------------------------------
@pytest.fixture
def interests():
    return tags("jooga; Kahvi", "JOOGA , lukeminen", "kahvi|Tee", None)


def test_tags_split_on_semicolon_comma_and_bar(interests):
    assert members(interests, leaf("interests", "has_any", ["kahvi"])) == [0, 2]
    assert members(interests, leaf("interests", "has_any", ["lukeminen"])) == [1]
    assert members(interests, leaf("interests", "has_any", ["tee"])) == [2]


def test_tags_compare_trimmed_and_without_case(interests):
    assert members(interests, leaf("interests", "has_any", [" Jooga "])) == [0, 1]


def test_has_any_needs_one_of_the_tags(interests):
    assert members(interests, leaf("interests", "has_any", ["lukeminen", "tee"])) == [1, 2]


def test_has_all_needs_every_tag(interests):
    assert members(interests, leaf("interests", "has_all", ["jooga", "kahvi"])) == [0]


def test_has_none_excludes_every_tag_and_is_true_on_an_empty_tag_list(interests):
    assert members(interests, leaf("interests", "has_none", ["jooga"])) == [2, 3]


def test_tags_is_empty_and_not_empty(interests):
    assert members(interests, leaf("interests", "is_empty")) == [3]
    assert members(interests, leaf("interests", "not_empty")) == [0, 1, 2]


def test_tag_is_not_matched_by_part_of_another_tag():
    assert members(tags("joogamatot", "jooga"), leaf("interests", "has_any", ["jooga"])) == [1]


# -- text ------------------------------------------------------------------------------------------
@pytest.fixture
def names():
    return texts("Aino", " aino ", "Aino-Maija", "Eero", None)


@pytest.mark.parametrize("op, value, expected", [
    ("eq", "AINO ", [0, 1]),
    ("ne", "aino", [2, 3]),
    ("contains", " MAIJA", [2]),
    ("not_contains", "aino", [3]),
    ("starts_with", " ai", [0, 1, 2]),
    ("in", ["eero", " AINO"], [0, 1, 3]),
    ("not_in", ["aino"], [2, 3]),
    ("is_empty", None, [4]),
    ("not_empty", None, [0, 1, 2, 3]),
])
def test_text_operators_ignore_case_and_surrounding_spaces(names, op, value, expected):
    assert members(names, leaf("first_name", op, value)) == expected


def test_text_contains_takes_the_value_literally():
    assert members(texts("a.b", "axb"), leaf("first_name", "contains", ".")) == [0]


def test_category_field_takes_text_operators():
    ds = dataset({"Kaupunki": ["Helsinki", "helsinki ", "Tampere", None]}, {"city": "Kaupunki"})
    assert members(ds, leaf("city", "in", ["HELSINKI"])) == [0, 1]
    assert members(ds, leaf("city", "eq", "tampere")) == [2]


def test_region_from_postal_code_takes_category_operators():
    ds = dataset({"Postinumero": ["00100", "33100", "02100", None]}, {"postal_code": "Postinumero"})
    assert members(ds, leaf("region", "in", ["uusimaa"])) == [0, 2]
    assert members(ds, leaf("municipality", "eq", "Tampere")) == [1]
    assert members(ds, leaf("region", "is_empty")) == [3]


# -- booleans ---------------------------------------------------------------------------------------
@pytest.fixture
def consents():
    return dataset({"Lupa": ["kyllä", "ei", None]}, {"consent_email": "Lupa"})


def test_is_true_and_is_false(consents):
    assert members(consents, leaf("consent_email", "is_true")) == [0]
    assert members(consents, leaf("consent_email", "is_false")) == [1]


def test_not_is_true_includes_the_unanswered(consents):
    assert members(consents, {"not": leaf("consent_email", "is_true")}) == [1, 2]


def test_boolean_is_empty(consents):
    assert members(consents, leaf("consent_email", "is_empty")) == [2]


# -- missing values ----------------------------------------------------------------------------------
@pytest.fixture
def half_empty():
    """Row 0 has every field filled in, row 1 none."""
    return dataset({
        "Pisteet": ["5", None], "Liittynyt": ["1.6.2025", None], "Syntymäaika": ["2.7.1990", None],
        "Etunimi": ["Aino", None], "Lupa": ["kyllä", None], "Kiinnostukset": ["jooga", None],
        "Postinumero": ["00100", None],
    }, {"signup_date": "Liittynyt", "birth_date": "Syntymäaika", "first_name": "Etunimi",
        "consent_email": "Lupa", "interests": "Kiinnostukset", "postal_code": "Postinumero"})


MISSING_CASES = [
    ("column:Pisteet", "eq", 5), ("column:Pisteet", "ne", 6), ("column:Pisteet", "lt", 10),
    ("column:Pisteet", "le", 10), ("column:Pisteet", "gt", 0), ("column:Pisteet", "ge", 0),
    ("column:Pisteet", "between", [0, 10]), ("column:Pisteet", "in", [5]), ("column:Pisteet", "not_in", [6]),
    ("signup_date", "eq", "2025-06-01"), ("signup_date", "lt", "2026-01-01"), ("signup_date", "le", "2026-01-01"),
    ("signup_date", "gt", "2020-01-01"), ("signup_date", "ge", "2020-01-01"),
    ("signup_date", "before", "2026-01-01"), ("signup_date", "after", "2020-01-01"),
    ("signup_date", "between", ["2020-01-01", "2026-01-01"]),
    ("signup_date", "in_last", {"n": 1, "unit": "years"}), ("signup_date", "not_in_last", {"n": 1, "unit": "days"}),
    ("birth_date", "birthday_in_next", 365), ("age", "ge", 0), ("age", "lt", 200),
    ("first_name", "eq", "aino"), ("first_name", "ne", "eero"), ("first_name", "contains", "a"),
    ("first_name", "not_contains", "x"), ("first_name", "starts_with", "a"), ("first_name", "in", ["aino"]),
    ("first_name", "not_in", ["eero"]), ("first_name", "not_empty", None),
    ("consent_email", "is_true", None), ("interests", "has_any", ["jooga"]), ("interests", "has_all", ["jooga"]),
    ("region", "in", ["Uusimaa"]), ("region", "not_in", ["Lappi"]), ("municipality", "ne", "Espoo"),
]


@pytest.mark.parametrize("field, op, value", MISSING_CASES)
def test_missing_value_does_not_match_other_operators(half_empty, field, op, value):
    assert members(half_empty, leaf(field, op, value)) == [0]


@pytest.mark.parametrize("field, op, value", MISSING_CASES)
def test_not_group_is_true_on_a_missing_value(half_empty, field, op, value):
    assert members(half_empty, {"not": leaf(field, op, value)}) == [1]


@pytest.mark.parametrize("field", ["column:Pisteet", "signup_date", "birth_date", "age", "first_name",
                                   "consent_email", "interests", "region", "postal_code"])
def test_missing_value_matches_is_empty(half_empty, field):
    assert members(half_empty, leaf(field, "is_empty")) == [1]
    assert members(half_empty, leaf(field, "not_empty")) == [0]


def test_has_none_is_true_on_a_missing_tag_list(half_empty):
    assert members(half_empty, leaf("interests", "has_none", ["kahvi"])) == [0, 1]


# -- custom columns and groups --------------------------------------------------------------------------
def test_unmapped_column_is_a_column_field():
    ds = dataset({"Email": ["a@example.fi", "b@example.fi"], "Asiakasryhmä": ["VIP", "perus"]}, {"email": "Email"})
    assert members(ds, leaf("column:Asiakasryhmä", "eq", "vip")) == [0]


def test_mapped_column_can_also_be_named_as_a_column_field():
    ds = dataset({"Sähköposti": ["a@example.fi", "b@other.fi"]}, {"email": "Sähköposti"})
    assert members(ds, leaf("column:Sähköposti", "contains", "other")) == [1]


def test_empty_all_group_matches_everyone():
    assert members(numbers(1, None, 3), {"all": []}) == [0, 1, 2]


def test_empty_any_group_matches_nobody():
    assert members(numbers(1, None, 3), {"any": []}) == []


def test_all_any_and_not_combine_masks():
    ds = numbers(1, 2, 3, 4, None)
    rule = {"all": [leaf("column:Pisteet", "ge", 2),
                    {"any": [leaf("column:Pisteet", "eq", 2), {"not": leaf("column:Pisteet", "lt", 4)}]}]}
    assert members(ds, rule) == [1, 3]


def test_not_group_with_two_children_is_a_rule_error():
    ev = Evaluator(numbers(1), as_of=AS_OF)
    with pytest.raises(RuleError):
        ev.mask(Group("not", [Condition("column:Pisteet", "eq", 1), Condition("column:Pisteet", "eq", 2)]))


def test_evaluate_segment_gives_the_members_mask():
    segment = Segment("Big", node_from_json({"all": [leaf("column:Pisteet", "ge", 2)]}))
    assert evaluate_segment(numbers(1, 2, 3), segment, as_of=AS_OF).tolist() == [False, True, True]


# -- segment references -------------------------------------------------------------------------------
def seg(name: str, rule: dict) -> Segment:
    return Segment(name, node_from_json(rule))


def test_in_segment_selects_the_other_segments_members():
    segments = {"Big": seg("Big", {"all": [leaf("column:Pisteet", "ge", 3)]})}
    ds = numbers(1, 2, 3, 4)
    assert members(ds, leaf("segment", "in_segment", "Big"), segments=segments) == [2, 3]
    assert members(ds, leaf("segment", "not_in_segment", "Big"), segments=segments) == [0, 1]


def test_segment_reference_combines_with_conditions():
    segments = {"Big": seg("Big", {"all": [leaf("column:Pisteet", "ge", 3)]})}
    rule = {"all": [leaf("segment", "in_segment", "Big"), leaf("column:Pisteet", "lt", 4)]}
    assert members(numbers(1, 2, 3, 4), rule, segments=segments) == [2]


def test_segments_referring_to_each_other_raise_segment_cycle_error():
    segments = {"A": seg("A", {"all": [leaf("segment", "in_segment", "B")]}),
                "B": seg("B", {"any": [leaf("segment", "not_in_segment", "A")]})}
    with pytest.raises(SegmentCycleError):
        Evaluator(numbers(1), as_of=AS_OF, segments=segments).segment_mask("A")


def test_segment_referring_to_itself_raises_segment_cycle_error():
    segments = {"A": seg("A", {"all": [leaf("segment", "in_segment", "A")]})}
    with pytest.raises(SegmentCycleError):
        members(numbers(1), segments["A"].rule.to_json(), segments=segments)


def test_segment_cycle_error_is_a_rule_error():
    assert issubclass(SegmentCycleError, RuleError)


def test_reference_to_an_unknown_segment_raises_a_segmentdesk_error():
    with pytest.raises(UnknownSegmentError):
        members(numbers(1), leaf("segment", "in_segment", "Nobody"), segments={})
    assert issubclass(UnknownSegmentError, SegmentDeskError)


# -- rule errors ------------------------------------------------------------------------------------------
def test_unknown_field_raises_rule_error():
    with pytest.raises(RuleError) as caught:
        members(numbers(1), leaf("shoe_size", "eq", 42))
    assert caught.value.details["field"] == "shoe_size"


def test_unknown_column_field_raises_rule_error():
    with pytest.raises(RuleError):
        members(numbers(1), leaf("column:Nope", "eq", 1))


def test_field_the_data_cannot_answer_raises_rule_error():
    with pytest.raises(RuleError):
        members(numbers(1), leaf("age", "gt", 30))          # no birth date, no age column


def test_unknown_operator_raises_rule_error():
    ev = Evaluator(numbers(1), as_of=AS_OF)
    with pytest.raises(RuleError):
        ev.mask(Condition("column:Pisteet", "frobnicate", 1))


@pytest.mark.parametrize("field, op", [
    ("column:Pisteet", "is_true"), ("column:Pisteet", "has_any"), ("column:Pisteet", "contains"),
    ("email", "gt"), ("email", "in_last"), ("column:Pisteet", "in_segment"),
])
def test_operator_that_does_not_fit_the_field_raises_rule_error(field, op):
    with pytest.raises(RuleError):
        Evaluator(numbers(1, 5, 7), as_of=AS_OF).mask(Condition(field, op, 1))


@pytest.mark.parametrize("field, op, value", [
    ("column:Pisteet", "between", 5),
    ("column:Pisteet", "between", [1]),
    ("column:Pisteet", "between", [1, 2, 3]),
    ("column:Pisteet", "gt", "abc"),
    ("column:Pisteet", "gt", True),
    ("column:Pisteet", "gt", [1, 2]),
    ("column:Pisteet", "in", {"n": 1}),
    ("signup_date", "gt", "3.7.2025"),
    ("signup_date", "between", ["2025-01-01", "soon"]),
    ("signup_date", "in_last", 30),
    ("signup_date", "in_last", {"n": 30, "unit": "fortnights"}),
    ("signup_date", "in_last", {"n": -1, "unit": "days"}),
    ("signup_date", "in_last", {"n": "30", "unit": "days"}),
    ("birth_date", "birthday_in_next", "7"),
    ("birth_date", "birthday_in_next", -1),
    ("interests", "has_any", {"tag": "jooga"}),
    ("first_name", "eq", ["a", "b"]),
])
def test_value_of_the_wrong_type_raises_rule_error(half_empty, field, op, value):
    with pytest.raises(RuleError):
        Evaluator(half_empty, as_of=AS_OF).mask(Condition(field, op, value))


# -- the mask cache ---------------------------------------------------------------------------------------
def test_unchanged_condition_is_answered_from_the_cache(monkeypatch):
    ev = Evaluator(numbers(1, 2, 3), as_of=AS_OF)
    calls: list[str] = []
    original = ev._evaluate
    monkeypatch.setattr(ev, "_evaluate", lambda cond, refs: calls.append(cond.op) or original(cond, refs))
    first = {"all": [leaf("column:Pisteet", "ge", 2), leaf("column:Pisteet", "lt", 3)]}
    ev.mask(node_from_json(first))
    second = {"all": [leaf("column:Pisteet", "ge", 2), leaf("column:Pisteet", "lt", 4)]}
    ev.mask(node_from_json(second))
    assert calls == ["ge", "lt", "lt"]


def test_changing_one_condition_leaves_the_others_answers_unchanged():
    ds = numbers(1, 2, 3, 4)
    ev = Evaluator(ds, as_of=AS_OF)
    before = {"all": [leaf("column:Pisteet", "ge", 2), leaf("column:Pisteet", "lt", 4)]}
    after = {"all": [leaf("column:Pisteet", "ge", 2), leaf("column:Pisteet", "lt", 3)]}
    ev.mask(node_from_json(before))
    assert np.flatnonzero(ev.mask(node_from_json(after))).tolist() == members(ds, after) == [1]
    assert np.flatnonzero(ev.mask(node_from_json(before))).tolist() == members(ds, before) == [1, 2]


def test_cached_reference_follows_a_change_of_the_referred_segment():
    ds = numbers(1, 2, 3, 4)
    ev = Evaluator(ds, as_of=AS_OF)
    rule = node_from_json(leaf("segment", "in_segment", "Big"))
    before = {"Big": seg("Big", {"all": [leaf("column:Pisteet", "ge", 3)]})}
    assert np.flatnonzero(ev.mask(rule, segments=before)).tolist() == [2, 3]
    after = {"Big": seg("Big", {"all": [leaf("column:Pisteet", "ge", 4)]})}     # as the app's session passes them
    assert np.flatnonzero(ev.mask(rule, segments=after)).tolist() == [3]


def test_cached_reference_follows_a_change_two_references_away():
    ds = numbers(1, 2, 3, 4)
    base = {"Inner": seg("Inner", {"all": [leaf("column:Pisteet", "ge", 3)]}),
            "Outer": seg("Outer", {"all": [leaf("segment", "in_segment", "Inner")]})}
    ev = Evaluator(ds, as_of=AS_OF, segments=base)
    rule = node_from_json(leaf("segment", "in_segment", "Outer"))
    assert np.flatnonzero(ev.mask(rule)).tolist() == [2, 3]
    changed = dict(base, Inner=seg("Inner", {"all": [leaf("column:Pisteet", "le", 1)]}))
    assert np.flatnonzero(ev.mask(rule, segments=changed)).tolist() \
        == members(ds, rule.to_json(), segments=changed) == [0]


def test_masks_handed_out_cannot_corrupt_the_cache():
    ev = Evaluator(numbers(1, 2), as_of=AS_OF)
    cond = Condition("column:Pisteet", "ge", 2)
    mask = ev.mask(cond)
    with pytest.raises(ValueError):
        mask[0] = True
    assert ev.mask(cond).tolist() == [False, True]



def test_postal_code_ranges_include_both_ends_and_compare_as_written():
    customers = pd.DataFrame({"zip": ["00100", "00990", "01000", "00500", None, "33100"]})
    ds = build_dataset(customers, {"postal_code": "zip"})
    mask = Evaluator(ds, as_of=dt.date(2026, 11, 1)).mask(Condition("postal_code", "between", ["00100", "00990"]))
    assert list(mask) == [True, True, False, True, False, False]
