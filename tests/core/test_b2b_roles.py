"""Business-customer roles: company, business ID, industry, staff and turnover bands, job title."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields
from segmentdesk.core.data.roles import ROLES_BY_NAME
from segmentdesk.core.importing.role_guess import guess_roles
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.words import family_label, field_label

B2B_ROLES = ("company_name", "business_id", "industry", "staff_band", "turnover_band", "job_title")


def guessed_role(header: str, values: list[object]) -> str | None:
    raw = RawTable(frame=pd.DataFrame({header: values}, dtype=object), source=Path("t.csv"), file_kind="csv")
    [guess] = guess_roles(raw)
    return guess.role


@pytest.mark.parametrize("header, values, role", [
    ("Yritys", ["Kivi Rakennus Oy", "Tmi Aino Laine"], "company_name"),
    ("Company name", ["Kivi Rakennus Oy", "Tmi Aino Laine"], "company_name"),
    ("Y-tunnus", ["0112038-9", "0737546-2"], "business_id"),
    ("Business ID", ["0112038-9", "0737546-2"], "business_id"),
    ("Toimiala", ["C Teollisuus", "F Rakentaminen"], "industry"),
    ("Päätoimiala", ["46900 Erikoistumaton tukkukauppa"], "industry"),
    ("Henkilöstö", ["1–4", "10–19", "250+"], "staff_band"),
    ("Number of employees", ["1-4", "10-19"], "staff_band"),
    ("Liikevaihto", ["alle 0,2 M€", "1–2 M€"], "turnover_band"),
    ("Titteli", ["Ostaja", "Toimitusjohtaja"], "job_title"),
])
def test_b2b_headers_are_recognised(header, values, role):
    assert guessed_role(header, values) == role


def test_a_column_of_business_ids_is_recognised_by_its_values():
    assert guessed_role("Tunniste", ["0112038-9", "0737546-2", "2331972-7", "1572860-0"]) == "business_id"


@pytest.mark.parametrize("header", ["Henkilöstö", "Liikevaihto"])
def test_plain_numbers_under_a_band_header_stay_a_custom_number_column(header):
    assert guessed_role(header, ["12", "250", "3", "48"]) is None


def test_b2b_fields_are_offered_in_the_company_family_with_labels_in_both_languages():
    frame = pd.DataFrame({"id": ["1"], "yritys": ["Kivi Oy"], "ytunnus": ["0112038-9"], "toimiala": ["C Teollisuus"],
                          "henkilöstö": ["1–4"], "liikevaihto": ["1–2 M€"], "titteli": ["Ostaja"]})
    roles = {"customer_id": "id", "company_name": "yritys", "business_id": "ytunnus", "industry": "toimiala",
             "staff_band": "henkilöstö", "turnover_band": "liikevaihto", "job_title": "titteli"}
    fields = {f.name: (f.family, f.kind) for f in available_fields(build_dataset(frame, roles, None, None))}
    assert fields["industry"] == ("company", "category") and fields["business_id"] == ("company", "text")
    assert fields["job_title"] == ("contact", "category")
    assert all(name in fields for name in B2B_ROLES)
    assert (family_label("company", "en"), family_label("company", "fi")) == ("Company", "Yritystiedot")
    for name in B2B_ROLES:
        assert name in ROLES_BY_NAME and field_label(name, "en") != name and field_label(name, "fi") != name
