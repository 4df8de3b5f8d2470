"""The data-quality report counts each problem and keeps the rows behind it."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.importing.quality import quality_report

AS_OF = dt.date(2026, 11, 1)
ROLES = {"customer_id": "id", "email": "email", "first_name": "first", "last_name": "last", "phone": "phone",
         "birth_date": "born", "consent_email": "consent", "postal_code": "zip"}


def _report(rows: list[dict], orders: pd.DataFrame | None = None):
    frame = pd.DataFrame(rows, columns=list(ROLES.values()))
    order_roles = {"order_id": "order", "customer_ref": "customer", "amount": "amount"}
    ds = build_dataset(frame, ROLES, orders, order_roles if orders is not None else None)
    return {issue.code: issue for issue in quality_report(ds, as_of=AS_OF)}


def _row(i: int, **overrides) -> dict:
    row = {"id": str(i), "email": f"p{i}@example.fi", "first": f"F{i}", "last": "L", "phone": f"040 000 00{i:02d}",
           "born": "1.1.1980", "consent": "kyllä", "zip": "00100"}
    row.update(overrides)
    return row


def test_clean_data_reports_nothing():
    assert _report([_row(1), _row(2)]) == {}


def test_invalid_and_missing_emails_are_counted_separately_with_their_rows():
    issues = _report([_row(1, email="not-an-email"), _row(2, email=None), _row(3)])
    assert issues["invalid_email"].count == 1 and issues["invalid_email"].rows == (0,)
    assert issues["missing_email"].count == 1 and issues["missing_email"].rows == (1,)


def test_the_same_email_in_other_case_is_a_duplicate():
    issues = _report([_row(1, email="Aino@Example.fi"), _row(2, email="aino@example.fi "), _row(3)])
    assert issues["duplicate_email"].rows == (0, 1)


def test_same_name_and_phone_written_differently_is_a_duplicate():
    issues = _report([_row(1, first="Aino", phone="+358 40 123 4567", email="a@x.fi"),
                      _row(2, first="aino", phone="040-1234567", email="b@x.fi")])
    assert issues["duplicate_name_phone"].count == 2


def test_a_missing_consent_answer_is_reported_but_a_no_is_not():
    issues = _report([_row(1, consent=None), _row(2, consent="ei")])
    assert issues["missing_consent"].rows == (0,)


def test_birth_dates_in_the_future_or_too_long_ago_are_impossible():
    issues = _report([_row(1, born="1.1.2030"), _row(2, born="1.1.1890"), _row(3, born="1.1.1950")])
    assert issues["impossible_birth_date"].rows == (0, 1)


def test_finnish_postal_codes_must_have_five_digits():
    issues = _report([_row(1, zip="100"), _row(2, zip="00100"), _row(3, zip="SW1A 1AA")])
    assert issues["bad_postal_code"].rows == (0, 2)


def test_orders_without_a_customer_and_zero_or_negative_amounts_are_reported():
    orders = pd.DataFrame({"order": ["1", "2", "3"], "customer": ["1", "99", "2"], "amount": ["10,00", "5,00", "-3,00"]})
    issues = _report([_row(1), _row(2)], orders)
    assert issues["orphan_orders"].rows == (1,) and issues["orphan_orders"].table == "orders"
    assert issues["nonpositive_amount"].rows == (2,)


def test_a_region_that_disagrees_with_the_postal_code_is_counted():
    frame = pd.DataFrame({"zip": ["00100", "33100", "33100"], "region": ["Uusimaa", "uusimaa", "Pirkanmaa"]})
    ds = build_dataset(frame, {"postal_code": "zip", "region": "region"})
    issues = {i.code: i for i in quality_report(ds, as_of=AS_OF)}
    assert issues["region_mismatch"].rows == (1,)


def test_same_name_with_phones_without_digits_is_not_a_duplicate():
    frame = pd.DataFrame({"Etunimi": ["Aino", "Aino", "Eero", "Eero"], "Sukunimi": ["Mäki", "Mäki", "Oja", "Oja"],
                          "Puhelin": ["-", "ei ole", "040 123 4567", "+358 40 1234567"]}, dtype=object)
    ds = build_dataset(frame, {"first_name": "Etunimi", "last_name": "Sukunimi", "phone": "Puhelin"})
    issues = {i.code: i for i in quality_report(ds, as_of=dt.date(2026, 11, 1))}
    assert issues["duplicate_name_phone"].rows == (2, 3)       # the same number written two ways


def test_a_findings_columns_come_right_after_the_identifier_the_rest_keep_their_order():
    from segmentdesk.core.importing.quality import QualityIssue, finding_headers

    headers = ["first", "last", "id", "zip", "email", "phone"]
    roles = {"customer_id": "id", "email": "email", "first_name": "first", "last_name": "last", "phone": "phone",
             "postal_code": "zip", "region": "not in this file"}
    assert finding_headers(QualityIssue("invalid_email", 1), headers, roles) == \
        ["id", "email", "first", "last", "zip", "phone"]
    assert finding_headers(QualityIssue("region_mismatch", 1), headers, roles) == \
        ["id", "zip", "first", "last", "email", "phone"]
    assert finding_headers(QualityIssue("some_new_finding", 1), headers, {}) == headers
