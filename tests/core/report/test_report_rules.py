"""A rule in the report's words never shows a personal value: it says how many there are."""
from __future__ import annotations

import datetime as dt
import subprocess

import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.project import Project
from segmentdesk.core.report.report_pdf import write_report
from segmentdesk.core.segments.model import Segment

from segmentdesk.core.privacy.rule_privacy import is_personal_field
from segmentdesk.core.report.report_rules import rule_in_words
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


def test_a_custom_column_the_data_shows_to_hold_names_is_said_without_them_in_the_pdf(tmp_path):
    frame = pd.DataFrame({"Asiakasnumero": ["1", "2", "3"], "Etunimi": ["Päivi", "Eero", "Aino"],
                          "Sukunimi": ["Korhonen", "Laine", "Mäkelä"], "Suosittelija": ["Eero Laine", None, "Päivi"],
                          "Muistiinpanot": ["Soita Ainolle", None, "VIP"]})
    ds = build_dataset(frame, {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi"})
    rule = node_from_json({"any": [{"field": "column:Suosittelija", "op": "eq", "value": "Eero Laine"},
                                   {"field": "column:Muistiinpanot", "op": "contains", "value": "Aino"}]})
    assert "Eero Laine" in rule_in_words(rule, "en")           # the header alone does not tell
    project = Project(dataset=ds, segments=[Segment("Suositellut", rule)])
    out = tmp_path / "r.pdf"
    write_report(project, out=out, path=None, as_of=dt.date(2026, 12, 1), lang="en", version="1", demo=True)
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "Suosittelija" in text and "Muistiinpanot" in text
    assert not [n for n in ("Eero", "Laine", "Aino", "Päivi", "Korhonen") if n in text]
