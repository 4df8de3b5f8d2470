"""A rule in the report's words never shows a personal value: it says how many there are."""
from __future__ import annotations

from segmentdesk.core.report.report_rules import is_personal_field, rule_in_words
from segmentdesk.core.segments.model import node_from_json


def test_a_frozen_member_list_is_said_as_a_count():
    rule = node_from_json({"all": [{"field": "customer_id", "op": "in", "value": ["1001", "1002", "1003"]},
                                   {"field": "order_count", "op": "ge", "value": 2}]})
    text = rule_in_words(rule, "fi")
    assert "1001" not in text and "3 arvoa" in text and "2" in text


def test_an_email_condition_hides_the_address():
    rule = node_from_json({"all": [{"field": "email", "op": "eq", "value": "aino.virtanen@example.fi"}]})
    text = rule_in_words(rule, "en")
    assert "aino" not in text and "a value" in text


def test_an_address_like_value_in_a_custom_column_is_hidden_too():
    rule = node_from_json({"any": [{"field": "column:Lisätieto", "op": "contains", "value": "x@y.fi"}]})
    assert "x@y.fi" not in rule_in_words(rule, "en")


def test_other_values_are_said_as_the_window_says_them():
    rule = node_from_json({"all": [{"field": "region", "op": "in", "value": ["Uusimaa"]}]})
    assert "Uusimaa" in rule_in_words(rule, "fi")


def test_custom_columns_naming_a_persons_detail_are_personal():
    assert is_personal_field("column:Katuosoite") and is_personal_field("phone")
    assert not is_personal_field("column:Taso") and not is_personal_field("region")


def test_a_firm_name_is_personal_as_a_sole_traders_firm_carries_their_name():
    text = rule_in_words(node_from_json({"all": [{"field": "company_name", "op": "in",
                                                  "value": ["Tmi Aino Laine", "Kivi Rakennus Oy"]}]}), "en")
    assert "Aino" not in text and "Kivi" not in text and "2" in text


def test_a_custom_column_of_product_names_is_not_personal():
    assert not is_personal_field("column:Tuotenimi")
    assert is_personal_field("column:IBAN") and is_personal_field("column:Sähköposti 2")
