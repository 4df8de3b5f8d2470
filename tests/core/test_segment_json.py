"""The public segment format (``segmentdesk.segment/1``): round trips, files, errors, and rules in words."""
from __future__ import annotations

import copy
import json

import pytest

from segmentdesk.core.errors import RuleError
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.model import (Condition, Group, Persona, Segment, load_segment_file, node_from_json,
                                             save_segment_file, segment_from_json)

# The example document of ARCHITECTURE.md, "Segment file".
CONTRACT_EXAMPLE = {
    "format": "segmentdesk.segment/1",
    "name": "Lapsed yoga fans in Uusimaa",
    "description": "optional free text",
    "rule": {"all": [
        {"field": "region", "op": "in", "value": ["Uusimaa"]},
        {"field": "interests", "op": "has_any", "value": ["jooga"]},
        {"field": "days_since_last_order", "op": "gt", "value": 180},
        {"any": [
            {"field": "age", "op": "between", "value": [25, 40]},
            {"not": {"field": "consent_email", "op": "is_true"}},
        ]},
    ]},
}


def test_contract_example_round_trips_unchanged():
    doc = copy.deepcopy(CONTRACT_EXAMPLE)
    assert segment_from_json(doc).to_json() == CONTRACT_EXAMPLE


def test_contract_example_parses_into_the_tree_it_describes():
    segment = segment_from_json(CONTRACT_EXAMPLE)
    assert segment.name == "Lapsed yoga fans in Uusimaa"
    assert segment.description == "optional free text"
    assert segment.rule.kind == "all" and len(segment.rule.children) == 4
    assert segment.rule.children[0] == Condition("region", "in", ["Uusimaa"])
    nested = segment.rule.children[3]
    assert nested.kind == "any"
    assert nested.children[1] == Group("not", [Condition("consent_email", "is_true")])


def test_round_trip_does_not_share_values_with_the_document():
    doc = copy.deepcopy(CONTRACT_EXAMPLE)
    out = segment_from_json(doc).to_json()
    out["rule"]["all"][0]["value"].append("Lappi")
    assert segment_from_json(doc).to_json() == CONTRACT_EXAMPLE


@pytest.mark.parametrize("rule", [
    {"all": []},
    {"any": [{"field": "segment", "op": "in_segment", "value": "Regulars"}]},
    {"all": [{"field": "last_order_date", "op": "in_last", "value": {"n": 30, "unit": "days"}}]},
    {"all": [{"field": "birth_date", "op": "birthday_in_next", "value": 14}]},
    {"all": [{"field": "column:Asiakasryhmä", "op": "eq", "value": "VIP"}]},
    {"all": [{"field": "signup_date", "op": "between", "value": ["2024-01-01", "2024-12-31"]}]},
    {"not": {"field": "email", "op": "is_empty"}},
])
def test_rules_of_every_shape_round_trip(rule):
    doc = {"format": "segmentdesk.segment/1", "name": "S", "rule": rule}
    assert segment_from_json(doc).to_json()["rule"] == rule


def test_bare_condition_as_rule_is_read_as_an_all_group():
    doc = with_rule({"field": "email", "op": "not_empty"})
    assert segment_from_json(doc).to_json()["rule"] == {"all": [{"field": "email", "op": "not_empty"}]}


def test_segment_without_rule_matches_everyone_rule():
    segment = segment_from_json({"format": "segmentdesk.segment/1", "name": "Kaikki"})
    assert segment.rule.to_json() == {"all": []}


def test_segment_without_description_writes_none():
    doc = Segment("Kaikki").to_json()
    assert doc == {"format": "segmentdesk.segment/1", "name": "Kaikki", "rule": {"all": []}}


# -- files ----------------------------------------------------------------------------------------
def test_segment_file_saves_and_loads(tmp_path):
    path = tmp_path / "lapsed.segment.json"
    save_segment_file(segment_from_json(CONTRACT_EXAMPLE), path)
    assert json.loads(path.read_text(encoding="utf-8")) == CONTRACT_EXAMPLE
    assert load_segment_file(path).to_json() == CONTRACT_EXAMPLE


def test_segment_file_keeps_finnish_letters_readable(tmp_path):
    path = tmp_path / "s.segment.json"
    save_segment_file(Segment("Äidit ja Öljyt", node_from_json({"all": []})), path)
    assert "Äidit ja Öljyt" in path.read_text(encoding="utf-8")


def test_segment_file_written_with_a_bom_loads(tmp_path):
    path = tmp_path / "bom.segment.json"
    path.write_text(json.dumps(CONTRACT_EXAMPLE), encoding="utf-8-sig")
    assert load_segment_file(path).name == "Lapsed yoga fans in Uusimaa"


def test_segment_file_that_is_not_json_raises_rule_error(tmp_path):
    path = tmp_path / "broken.segment.json"
    path.write_text('{"name": "x", "rule": ', encoding="utf-8")
    with pytest.raises(RuleError):
        load_segment_file(path)


def test_missing_segment_file_raises_rule_error(tmp_path):
    with pytest.raises(RuleError):
        load_segment_file(tmp_path / "nowhere.segment.json")


# -- malformed documents ----------------------------------------------------------------------------
def with_rule(rule: object) -> dict:
    return {"format": "segmentdesk.segment/1", "name": "S", "rule": rule}


def test_unknown_operator_raises_rule_error_naming_where():
    rule = {"all": [{"field": "age", "op": "gt", "value": 1},
                    {"any": [{"field": "age", "op": "roughly", "value": 30}]}]}
    with pytest.raises(RuleError) as caught:
        segment_from_json(with_rule(rule))
    assert caught.value.details["where"] == "rule.all[1].any[0]"
    assert "rule.all[1].any[0]" in str(caught.value)
    assert "roughly" in str(caught.value)


@pytest.mark.parametrize("rule, where", [
    ({"all": "everyone"}, "rule"),
    ({"all": [42]}, "rule.all[0]"),
    ({"all": [{"field": "age"}]}, "rule.all[0]"),
    ({"all": [{"op": "gt", "value": 1}]}, "rule.all[0]"),
    ({"all": [{"field": 7, "op": "gt"}]}, "rule.all[0]"),
    ({"any": [{"not": [{"field": "age", "op": "gt", "value": 1}]}]}, "rule.any[0].not"),
    ({"every": []}, "rule"),
    ("all", "rule"),
])
def test_malformed_node_raises_rule_error_naming_where(rule, where):
    with pytest.raises(RuleError) as caught:
        segment_from_json(with_rule(rule))
    assert caught.value.details["where"] == where
    assert where in str(caught.value)


def test_document_of_another_format_version_raises_rule_error():
    with pytest.raises(RuleError):
        segment_from_json({"format": "segmentdesk.segment/99", "name": "S", "rule": {"all": []}})


@pytest.mark.parametrize("name", [None, "", "   ", 42])
def test_segment_without_a_name_raises_rule_error(name):
    with pytest.raises(RuleError):
        segment_from_json({"format": "segmentdesk.segment/1", "name": name, "rule": {"all": []}})


def test_document_that_is_not_an_object_raises_rule_error():
    with pytest.raises(RuleError):
        segment_from_json([CONTRACT_EXAMPLE])


# -- rules in words -------------------------------------------------------------------------------------
def test_contract_example_in_english():
    assert describe(segment_from_json(CONTRACT_EXAMPLE).rule, "en") == (
        "Region is Uusimaa and interests include jooga and days since last order is more than 180"
        " and (age is between 25 – 40 or not (marketing consent is yes))")


def test_contract_example_in_finnish():
    assert describe(segment_from_json(CONTRACT_EXAMPLE).rule, "fi") == (
        "Maakunta on Uusimaa ja kiinnostuksen kohteet sisältää jooga ja"
        " päiviä viime tilauksesta on yli 180 ja (ikä on välillä 25 – 40 tai ei (markkinointilupa on kyllä))")


def test_a_list_of_several_values_follows_a_colon_and_a_list_of_one_reads_as_the_value():
    # "Toimiala on jokin näistä C Teollisuus ja Henkilöstö on jokin näistä 20–49, 50–99" (the B2B sample's slide).
    rule = node_from_json({"all": [{"field": "industry", "op": "in", "value": ["C Teollisuus"]},
                                   {"field": "staff_band", "op": "in", "value": ["20–49", "50–99"]},
                                   {"field": "interests", "op": "has_none", "value": ["golf"]}]})
    assert describe(rule, "fi") == ("Toimiala on C Teollisuus ja henkilöstö on jokin näistä: 20–49, 50–99 ja "
                                    "kiinnostuksen kohteet ei sisällä golf")
    assert describe(rule, "en") == ("Industry is C Teollisuus and staff is one of: 20–49, 50–99 and "
                                    "interests do not include golf")


def test_field_names_after_the_first_are_lower_case_but_acronyms_and_a_files_own_headers_stay():
    # "… ja Viimeisin tilaus …" / "… and Last order date …" capitalised a name in mid-sentence.
    rule = node_from_json({"any": [{"field": "order_count", "op": "ge", "value": 5},
                                   {"field": "last_order_date", "op": "in_last", "value": {"n": 12, "unit": "months"}},
                                   {"field": "rfm_group", "op": "in", "value": ["champions"]},
                                   {"field": "column:Helsinki-kortti", "op": "is_true"}]})
    assert describe(rule, "en") == ("Number of orders is at least 5 or last order date is within the last 12 months"
                                    " or RFM group is Champions or Helsinki-kortti is yes")
    assert describe(rule, "fi").startswith("Tilausten määrä on vähintään 5 tai viimeisin tilaus on viimeisten 12")
    assert describe(node_from_json({"not": {"field": "region", "op": "eq", "value": "Uusimaa"}}), "en") == \
        "Not (region is Uusimaa)"
    # A name the app does not know, or a header the file wrote in lower case, stays as written even first.
    assert describe(node_from_json({"field": "shoe_size", "op": "eq", "value": 42}), "en") == "shoe_size is 42"
    assert describe(node_from_json({"field": "column:taso", "op": "eq", "value": "A"}), "fi") == "taso on A"


def test_empty_rule_reads_as_all_customers():
    assert describe(node_from_json({"all": []}), "en") == "All customers"
    assert describe(node_from_json({"all": []}), "fi") == "Kaikki asiakkaat"


def test_relative_period_in_words():
    rule = node_from_json({"field": "last_order_date", "op": "in_last", "value": {"n": 30, "unit": "days"}})
    assert describe(rule, "en") == "Last order date is within the last 30 days"
    assert describe(rule, "fi") == "Viimeisin tilaus on viimeisten 30 päivän aikana"


def test_birthday_window_in_words():
    rule = node_from_json({"field": "birth_date", "op": "birthday_in_next", "value": 7})
    assert describe(rule, "en") == "Birthday is within the next 7 days"
    assert describe(rule, "fi") == "Syntymäpäivä on seuraavien 7 päivän aikana"


def test_finnish_decimal_number_uses_a_comma():
    rule = node_from_json({"field": "total_spend", "op": "ge", "value": 12.5})
    assert describe(rule, "en") == "Total spend (€) is at least 12.5"
    assert describe(rule, "fi") == "Ostot yhteensä (€) on vähintään 12,5"


def test_custom_column_is_named_by_its_header():
    rule = node_from_json({"field": "column:Bonuspisteet", "op": "gt", "value": 100})
    assert describe(rule, "en") == "Bonuspisteet is more than 100"


def test_segment_reference_names_the_segment():
    rule = node_from_json({"field": "segment", "op": "in_segment", "value": "Regulars"})
    assert "Regulars" in describe(rule, "en")
    assert "Regulars" in describe(rule, "fi") and "segmentti" in describe(rule, "fi")


def test_single_condition_group_needs_no_brackets():
    rule = node_from_json({"all": [{"any": [{"field": "email", "op": "not_empty"}]}]})
    assert describe(rule, "en") == "Email is filled in"


def test_rule_in_words_groups_thousands_by_language():
    rule = node_from_json({"field": "total_spend", "op": "gt", "value": 2000})
    assert describe(rule, "en") == "Total spend (€) is more than 2,000"
    assert describe(rule, "fi") == "Ostot yhteensä (€) on yli 2\u00a0000"


def test_rule_in_words_writes_dates_by_language():
    rule = node_from_json({"field": "signup_date", "op": "before", "value": "2024-12-24"})
    assert describe(rule, "en") == "Signup date is before 2024-12-24"
    assert describe(rule, "fi") == "Liittymispäivä on ennen 24.12.2024"


def test_rule_in_words_names_rfm_groups_in_the_language():
    rule = node_from_json({"field": "rfm_group", "op": "in", "value": ["champions", "at_risk"]})
    assert describe(rule, "en") == "RFM group is one of: Champions, At risk"
    assert describe(rule, "fi") == "RFM-ryhmä on jokin näistä: Huippuasiakkaat, Vaarassa olevat"


# -- the persona (an optional part of the segment document) ----------------------------------------
PERSONA_DOC = {**CONTRACT_EXAMPLE, "persona": {"name": "Joogaava Johanna", "text": "38, Espoo.\nOstaa syksyisin."}}


def test_a_persona_survives_the_round_trip():
    segment = segment_from_json(PERSONA_DOC)
    assert segment.persona == Persona("Joogaava Johanna", "38, Espoo.\nOstaa syksyisin.")
    assert segment.to_json() == PERSONA_DOC


def test_a_segment_without_a_persona_writes_no_persona_key():
    assert "persona" not in segment_from_json(CONTRACT_EXAMPLE).to_json()
    assert "persona" not in Segment("x", persona=Persona("  ", "")).to_json()


@pytest.mark.parametrize("persona", ["Johanna", {"name": 3}, {"text": ["a"]}])
def test_a_malformed_persona_is_refused(persona):
    with pytest.raises(RuleError):
        segment_from_json({**CONTRACT_EXAMPLE, "persona": persona})


def test_copy_and_a_new_rule_keep_the_persona():
    segment = segment_from_json(PERSONA_DOC)
    assert segment.copy("other").persona == segment.persona
    assert segment.with_rule(Group("all", [])).persona == segment.persona
