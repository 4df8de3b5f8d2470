"""Demographic roles beyond age and gender: income, education, family status, household, children;
and survey answers on a 1–5 scale as numbers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields, find_field
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.data.roles import CUSTOMER_ROLES, ROLES_BY_NAME
from segmentdesk.core.importing.role_guess import guess_roles, role_map
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json
from segmentdesk.core.words import FIELD_LABELS, field_label

AS_OF = dt.date(2025, 7, 1)
NEW_ROLES = ("income", "income_band", "education", "family_status", "household_size", "children")


def table(columns: dict[str, list[object]]) -> RawTable:
    return RawTable(frame=pd.DataFrame(columns, dtype=object), source=Path("test.csv"), file_kind="csv")


def guessed_role(header: str, values: list[object]) -> str | None:
    [guess] = guess_roles(table({header: values}))
    return guess.role


def members(ds, rule: dict) -> list[int]:
    return np.flatnonzero(Evaluator(ds, as_of=AS_OF).mask(node_from_json(rule))).tolist()


BANDS = ["alle 20 k€", "30–50 k€", "yli 50 k€"]
WORDS = ["Korkeakoulu", "Naimisissa", "x"]


@pytest.mark.parametrize("header, values, role", [
    ("Tulot", ["2800", "3 400", "4100"], "income"),
    ("Vuositulot", ["32 000 €", "41 500 €", "58 000 €"], "income"),
    ("Palkka", ["2800", "3400", "4100"], "income"),
    ("Tulot", BANDS, "income_band"),
    ("Tuloluokka", BANDS, "income_band"),
    ("Koulutus", WORDS, "education"),
    ("Koulutustaso", WORDS, "education"),
    ("Perhetilanne", WORDS, "family_status"),
    ("Siviilisääty", WORDS, "family_status"),
    ("Perhesuhde", WORDS, "family_status"),
    ("Talouden koko", ["1", "2", "4"], "household_size"),
    ("Lapsia", ["0", "2", "1"], "children"),
    ("Lasten määrä", ["0", "2", "1"], "children"),
])
def test_finnish_header_maps_to_its_demographic_role(header, values, role):
    assert guessed_role(header, values) == role


@pytest.mark.parametrize("header, values, role", [
    ("Income", ["28000", "34000", "41000"], "income"),
    ("Annual income", ["28000", "34000", "41000"], "income"),
    ("Income band", ["<20k", "30-50k", "50k+"], "income_band"),
    ("Income", ["<20k", "30-50k", "50k+"], "income_band"),
    ("Education", WORDS, "education"),
    ("Education level", WORDS, "education"),
    ("Marital status", WORDS, "family_status"),
    ("Household", WORDS, "family_status"),
    ("Household size", ["1", "2", "4"], "household_size"),
    ("Number of children", ["0", "2", "1"], "children"),
    ("Children", ["0", "2", "1"], "children"),
    ("Civilstånd", WORDS, "family_status"),
    ("Utbildning", WORDS, "education"),
])
def test_english_and_swedish_headers_map_to_their_demographic_role(header, values, role):
    assert guessed_role(header, values) == role


def test_yes_no_children_column_is_not_taken_as_a_number_of_children():
    # "Lapsia: kyllä/ei" says whether, not how many: it stays a yes/no column of its own.
    assert guessed_role("Lapsia", ["Kyllä", "Ei", "Kyllä"]) is None


def test_numbers_and_bands_of_income_in_one_file_each_get_their_role():
    guesses = guess_roles(table({"Tuloluokka": BANDS, "Tulot": ["2800", "3400", "4100"]}))
    assert role_map(guesses) == {"income_band": "Tuloluokka", "income": "Tulot"}


def test_new_roles_do_not_take_columns_of_existing_roles():
    headers = {"Asiakasnumero": ["1", "2"], "Etunimi": ["Aino", "Eero"], "Sähköposti": ["a@x.fi", "b@x.fi"],
               "Syntymäaika": ["1.2.1980", "3.4.1990"], "Sukupuoli": ["N", "M"], "Kieli": ["fi", "sv"],
               "Postitoimipaikka": ["Oulu", "Turku"], "Kiinnostuksen kohteet": ["jooga", "juoksu"],
               "Markkinointilupa": ["Kyllä", "Ei"], "Liittymispäivä": ["1.1.2024", "2.2.2024"],
               "Tulot": ["2800", "3400"], "Koulutus": ["amk", "yo"], "Perhetilanne": ["sinkku", "perhe"],
               "Talouden koko": ["1", "4"], "Lapsia": ["0", "2"]}
    assert role_map(guess_roles(table(headers))) == {
        "customer_id": "Asiakasnumero", "first_name": "Etunimi", "email": "Sähköposti",
        "birth_date": "Syntymäaika", "gender": "Sukupuoli", "language": "Kieli", "city": "Postitoimipaikka",
        "interests": "Kiinnostuksen kohteet", "consent_email": "Markkinointilupa",
        "signup_date": "Liittymispäivä", "income": "Tulot", "education": "Koulutus",
        "family_status": "Perhetilanne", "household_size": "Talouden koko", "children": "Lapsia"}


@pytest.mark.parametrize("role, kind", [("income", "number"), ("income_band", "category"),
                                        ("education", "category"), ("family_status", "category"),
                                        ("household_size", "number"), ("children", "number")])
def test_new_roles_are_demographic_fields_of_their_kind(role, kind):
    assert (ROLES_BY_NAME[role].family, ROLES_BY_NAME[role].kind) == ("demographic", kind)


def test_every_customer_role_has_a_finnish_and_an_english_name():
    unnamed = [role.name for role in CUSTOMER_ROLES if role.name not in FIELD_LABELS]
    assert unnamed == []
    assert [field_label(r, "fi") for r in NEW_ROLES] == ["Tulot", "Tuloluokka", "Koulutus", "Perhetilanne",
                                                        "Talouden koko", "Lasten määrä"]
    assert field_label("income_band", "en") == "Income band"


def test_numeric_income_column_works_in_number_conditions():
    ds = build_dataset(pd.DataFrame({"Tulot": ["2 800", "3400,50", None, "5100"]}, dtype=object), {"income": "Tulot"})
    assert find_field(ds, "income").kind == "number"
    assert members(ds, {"field": "income", "op": "between", "value": [3000, 5100]}) == [1, 3]
    assert members(ds, {"field": "income", "op": "lt", "value": 3000}) == [0]


def test_income_bands_work_as_categories():
    ds = build_dataset(pd.DataFrame({"Tuloluokka": BANDS + [None]}, dtype=object), {"income_band": "Tuloluokka"})
    assert members(ds, {"field": "income_band", "op": "in", "value": ["30–50 K€"]}) == [1]


def test_new_roles_are_offered_as_demographic_fields_in_the_builder():
    ds = build_dataset(pd.DataFrame({"Koulutus": ["amk"], "Perhetilanne": ["perhe"], "Lapsia": ["2"]}, dtype=object),
                       {"education": "Koulutus", "family_status": "Perhetilanne", "children": "Lapsia"})
    offered = {f.name: (f.family, f.kind) for f in available_fields(ds)}
    assert offered["education"] == ("demographic", "category")
    assert offered["family_status"] == ("demographic", "category")
    assert offered["children"] == ("demographic", "number")


def test_rule_on_a_new_role_reads_in_finnish_and_english():
    rule = node_from_json({"field": "family_status", "op": "in", "value": ["Lapsiperhe"]})
    assert describe(rule, "en") == "Family status is Lapsiperhe"
    assert describe(rule, "fi") == "Perhetilanne on Lapsiperhe"


# -- survey answers -----------------------------------------------------------------------
def test_likert_answers_are_a_number_column_and_between_includes_both_ends():
    answers = ["5", "4", "3", "1", None, "2", "4"]
    ds = build_dataset(pd.DataFrame({"Tyytyväisyys (1-5)": answers}, dtype=object), {})
    assert ds.customers.kinds["Tyytyväisyys (1-5)"] == "number"
    assert find_field(ds, "column:Tyytyväisyys (1-5)").kind == "number"
    assert members(ds, {"field": "column:Tyytyväisyys (1-5)", "op": "between", "value": [4, 5]}) == [0, 1, 6]
