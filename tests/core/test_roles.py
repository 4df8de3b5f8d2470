"""Guessing column roles from Finnish and English headers, and from values."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.io.read import read_table
from segmentdesk.core.data.roles import CUSTOMER_ROLES, ORDER_ROLES
from segmentdesk.core.importing.role_guess import guess_roles, role_map


def table(columns: dict[str, list[object]]) -> RawTable:
    return RawTable(frame=pd.DataFrame(columns, dtype=object), source=Path("test.csv"), file_kind="csv")


def guessed_role(header: str, values: list[object], *, roles=CUSTOMER_ROLES) -> str | None:
    [guess] = guess_roles(table({header: values}), roles=roles)
    return guess.role


@pytest.mark.parametrize("header, role", [
    ("Asiakasnumero", "customer_id"),
    ("asiakasnumero", "customer_id"),
    ("Sähköposti", "email"),
    ("Sähköpostiosoite", "email"),
    ("Etunimi", "first_name"),
    ("Sukunimi", "last_name"),
    ("Puhelin", "phone"),
    ("Postinumero", "postal_code"),
    ("Postitoimipaikka", "city"),
    ("Syntymäaika", "birth_date"),
    ("Sukupuoli", "gender"),
    ("Markkinointilupa", "consent_email"),
    ("Kiinnostuksen kohteet", "interests"),
    ("Liittymispäivä", "signup_date"),
])
def test_finnish_header_maps_to_its_role(header, role):
    assert guessed_role(header, ["x"]) == role


@pytest.mark.parametrize("header, role", [
    ("Email", "email"),
    ("E-mail address", "email"),
    ("First name", "first_name"),
    ("first_name", "first_name"),
    ("Last Name", "last_name"),
    ("Zip", "postal_code"),
    ("ZIP code", "postal_code"),
    ("Birthday", "birth_date"),
    ("Date of birth", "birth_date"),
    ("Customer ID", "customer_id"),
    ("Accepts Marketing", "consent_email"),
    ("Interests", "interests"),
])
def test_english_header_maps_to_its_role(header, role):
    assert guessed_role(header, ["x"]) == role


def test_header_match_gives_reason_header():
    [guess] = guess_roles(table({"Sähköposti": ["a@example.fi"]}))
    assert (guess.role, guess.reason) == ("email", "header")


def test_marketing_ban_header_is_not_taken_as_consent():
    # "Markkinointikielto" is a ban on marketing: a "kyllä" there means the opposite of consent.
    assert guessed_role("Markkinointikielto", ["kyllä", "ei"]) != "consent_email"


def test_unnamed_column_of_emails_is_found_by_its_values():
    guesses = guess_roles(table({
        "Column 1": ["Aino", "Eero", "Sanna"],
        "Column 2": ["aino@example.fi", "eero@example.com", "sanna@example.fi"],
    }))
    assert guesses[1].role == "email"
    assert guesses[1].reason == "values"
    assert guesses[0].role is None


def test_unnamed_column_of_phone_numbers_is_found_by_its_values():
    guesses = guess_roles(table({"Column 1": ["+358 40 123 4567", "040 765 4321", "050 111 2222"]}))
    assert (guesses[0].role, guesses[0].reason) == ("phone", "values")


def test_each_role_is_used_at_most_once():
    guesses = guess_roles(table({
        "Sähköposti": ["a@example.fi"], "Email": ["b@example.fi"], "Työsähköposti": ["c@example.fi"],
        "Etunimi": ["Aino"], "First name": ["Aino"],
    }))
    roles = [g.role for g in guesses if g.role]
    assert len(roles) == len(set(roles))
    assert roles.count("email") == 1 and roles.count("first_name") == 1


def test_header_evidence_wins_over_values():
    guesses = guess_roles(table({
        "Column 1": ["x@example.fi", "y@example.fi"],
        "Sähköposti": ["a@example.fi", "b@example.fi"],
    }))
    assert guesses[1].role == "email"
    assert guesses[0].role != "email"


def test_unmatched_column_stays_unmapped():
    [guess] = guess_roles(table({"Bonuspisteet": ["12", "3"]}))
    assert (guess.role, guess.reason) == (None, None)


@pytest.mark.parametrize("header, role", [
    ("Tilausnumero", "order_id"),
    ("Asiakasnumero", "customer_ref"),
    ("Tilauspäivä", "order_date"),
    ("Summa", "amount"),
    ("Summa (EUR)", "amount"),
    ("Tuoteryhmä", "category"),
    ("Määrä", "quantity"),
    ("Order ID", "order_id"),
    ("Order date", "order_date"),
    ("Total", "amount"),
    ("Customer email", "customer_ref"),
])
def test_order_header_maps_to_its_order_role(header, role):
    assert guessed_role(header, ["x"], roles=ORDER_ROLES) == role


def test_order_file_maps_every_column(data_dir):
    guesses = guess_roles(read_table(data_dir / "orders_fi.csv"), roles=ORDER_ROLES)
    assert role_map(guesses) == {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero",
                                 "order_date": "Tilauspäivä", "amount": "Summa", "category": "Tuoteryhmä"}


def test_english_order_headers_each_get_their_own_role():
    guesses = guess_roles(table({"Order date": ["2025-01-01"], "Order ID": ["A1"], "Email": ["a@example.fi"],
                                 "Total": ["10"]}), roles=ORDER_ROLES)
    assert role_map(guesses) == {"order_date": "Order date", "order_id": "Order ID",
                                 "customer_ref": "Email", "amount": "Total"}


def test_finnish_customer_fixture_maps_every_known_column(data_dir):
    guesses = guess_roles(read_table(data_dir / "customers_fi.csv"))
    assert role_map(guesses) == {
        "customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi",
        "email": "Sähköposti", "phone": "Puhelin", "postal_code": "Postinumero",
        "birth_date": "Syntymäaika", "consent_email": "Markkinointilupa",
        "interests": "Kiinnostuksen kohteet", "signup_date": "Liittymispäivä",
    }


def test_english_workbook_maps_its_columns(data_dir):
    guesses = guess_roles(read_table(data_dir / "customers_en.xlsx"))
    assert role_map(guesses) == {"email": "Email", "first_name": "First name", "postal_code": "Zip",
                                 "birth_date": "Birthday", "consent_email": "Newsletter"}
