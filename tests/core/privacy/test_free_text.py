"""Demo mode and free text: a notes column, a survey's text answer or an "info" column where a few cells hold
an address can name anyone; demo mode replaces every name, email, phone, identity code, firm and street inside
such text, keeps the other words, and gives a customer named in their own note their one made-up name."""
from __future__ import annotations

import unicodedata

import pandas as pd

from segmentdesk.core.privacy.personal_columns import TEXT, header_kind
from segmentdesk.core.privacy.pseudonyms import Pseudonyms
from segmentdesk.core.report.report_rules import rule_in_words
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.model import Condition, Group

ROLES = {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi", "email": "Sähköposti",
         "phone": "Puhelin", "company_name": "Yritys", "gender": "Sukupuoli"}
CUSTOMERS = pd.DataFrame({
    "Asiakasnumero": ["1001", "1002", "1003", "1004"],
    "Etunimi": ["Aino", "Eero", "Kaisa", "Jouko"],
    "Sukunimi": ["Mäkelä", "Järvinen", "Ollikainen", "Rautiainen"],
    "Sähköposti": ["aino.makela@kotiposti.fi", "eero.jarvinen@kotiposti.fi", "kaisa.o@postilaatikko.fi", None],
    "Puhelin": ["+358 40 123 4567", "040 765 4321", "050 111 2233", None],
    "Yritys": ["Tmi Aino Mäkelä", "Järvisen Paja Oy", None, "Rautiaisen Kuljetus Oy"],
    "Katuosoite": ["Mannerheimintie 12 A 3", "Hämeenkatu 5", "Aleksanterinkatu 44 B 9", "Runebergintie 7"],
    "Sukupuoli": ["Nainen", "Mies", "Nainen", "Mies"],
    "Muistiinpanot": ["Aino soitti: hoitaa asiat itse, ovikoodi 1234",
                      "Soita Järviselle 040 765 4321 tai Ainolle, osoite Hämeenkatu 5",
                      "Laskutus Järvisen Paja Oy, Y-tunnus 1234567-8, kopio aino.makela@kotiposti.fi",
                      None],
    "Info": ["asiakas tilasi 2 kertaa", "", "kaisa.o@postilaatikko.fi", "asiakas tilasi 3 kertaa"],
    "Suosittelija": ["Kaisa Ollikainen", None, "Eero", "Eero Järvinen"],
    "Lempiväri": ["punainen", "sininen", "punainen", "vihreä"],
})
KINDS = {c: "text" for c in CUSTOMERS.columns} | {"Lempiväri": "category", "Sukupuoli": "category"}
SECRET = bytes(range(32))
ORIGINALS = ["Aino", "Eero", "Kaisa", "Jouko", "Mäkelä", "Järvinen", "Järvisen", "Järviselle", "Ainolle",
             "Ollikainen", "aino.makela@kotiposti.fi", "kaisa.o@postilaatikko.fi", "040 765 4321", "0407654321",
             "Hämeenkatu", "1234567-8", "Järvisen Paja Oy"]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _leaks(text: str) -> list[str]:
    return [s for s in ORIGINALS if s.casefold() in text.casefold() or _fold(s) in _fold(text)]


def _demo() -> Pseudonyms:
    return Pseudonyms(CUSTOMERS, roles=ROLES, secret=SECRET, kinds=KINDS)


def test_notes_and_columns_whose_cells_name_someone_are_free_text():
    columns = _demo().columns
    assert columns["Muistiinpanot"] == TEXT            # by its header
    assert columns["Info"] == TEXT                     # one cell holds an email
    assert columns["Suosittelija"] == TEXT             # its cells are customers' names
    assert "Lempiväri" not in columns                  # a category of colours names nobody


def test_no_name_email_phone_firm_identity_code_or_street_is_left_in_free_text():
    shown = _demo().customers()[["Muistiinpanot", "Info", "Suosittelija"]].to_csv()
    assert _leaks(shown) == []


def test_the_other_words_of_a_note_stay():
    notes = list(_demo().customers()["Muistiinpanot"])
    assert notes[0].endswith("soitti: hoitaa asiat itse, ovikoodi 1234")
    assert notes[1].startswith("Soita ") and "osoite " in notes[1]
    assert notes[3] is None and list(_demo().customers()["Lempiväri"]) == list(CUSTOMERS["Lempiväri"])


def test_a_customer_named_in_their_own_note_keeps_their_one_made_up_name():
    demo = _demo().customers()
    assert demo["Muistiinpanot"].iloc[0].startswith(demo["Etunimi"].iloc[0] + " soitti")


def test_a_customers_email_in_a_note_becomes_their_pseudonym_email():
    demo = _demo().customers()
    assert demo["Sähköposti"].iloc[0] in demo["Muistiinpanot"].iloc[2]


def test_a_rule_on_a_notes_column_is_said_without_the_name():
    rule = Group("all", [Condition("column:Muistiinpanot", "contains", "Järvinen")])
    assert _leaks(describe(_demo().rule(rule), "fi")) == []
    assert "Järvinen" in describe(rule, "fi")


def test_the_report_says_a_rule_on_a_notes_column_without_its_value():
    assert header_kind("Muistiinpanot") == TEXT and header_kind("Comments") == TEXT
    words = rule_in_words(Group("all", [Condition("column:Muistiinpanot", "contains", "Järvinen")]), "en")
    assert "Järvinen" not in words and "Muistiinpanot" in words


def test_dates_postal_codes_and_door_codes_in_a_note_are_not_taken_for_phones():
    demo = _demo()
    kept = "ovikoodi 1234, käynti 01.02.2024 ja 05/01/2024, postinumero 00100, 2 kpl"
    assert demo.value(TEXT, kept) == kept


def test_a_name_in_a_finnish_case_form_is_replaced_in_a_made_up_name_of_the_same_case():
    made = _demo().value(TEXT, "Soita Järviselle ja Ainolle")
    assert _leaks(made) == [] and "järvis" not in made.casefold()
    assert made.startswith("Soita ") and made.endswith("lle") and " ja " in made


def test_a_column_of_street_addresses_is_found_by_its_values_whatever_its_header():
    frame = CUSTOMERS.assign(Asuinpaikka=["Mannerheimintie 12 A 3", "Hämeenkatu 5", None, "Kauppakatu 18"])
    demo = Pseudonyms(frame, roles=ROLES, secret=SECRET, kinds=KINDS | {"Asuinpaikka": "text"})
    assert demo.columns["Asuinpaikka"] == "street"
    assert not [s for s in ("Mannerheimintie", "Hämeenkatu", "Kauppakatu") if s in demo.customers().to_csv()]
