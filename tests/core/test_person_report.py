"""The access request as a page the person can read: every part of the record, in their language, escaped."""
from __future__ import annotations

from segmentdesk.core.privacy.person_report import person_report_html

RECORD = {
    "format": "segmentdesk.person-data/1", "project": "kauppa.segdesk", "as_of": "2026-11-01",
    "query": {"email": "aino@example.fi", "customer_id": None},
    "customers": [{"Etunimi": "Aino <b>", "Syntymäaika": "1984-12-24", "Tulot": 1234.5, "Lupa": True}],
    "orders": [{"Tilaus": "T1", "Summa": 25.9}],
    "segments": ["Kanta-asiakkaat"],
    "snapshots": [{"taken_at": "2026-10-01T09:30:00", "as_of": "2026-10-01", "segments": ["Uudet"]}],
    "do_not_contact": True,
    "register": {"edits": [{"field": "role:first_name", "value": "Aino", "at": "2026-10-02T10:00:00", "source": "app"}],
                 "consent": [{"date": "2026-10-03", "given": False, "how": "shop", "recorded": "2026-10-03T12:00:00"}],
                 "notes": [{"date": "2026-10-04", "text": "Soitti"}]},
    "audit_log": [{"at": "2026-10-05T08:00:00", "action": "export", "details": {}}],
}


def test_the_finnish_page_holds_every_part_with_finnish_dates_and_numbers():
    page = person_report_html(RECORD, lang="fi")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fi">' in page
    for text in ("Asiakastiedot", "24.12.1984", "1\u00a0234,5", "kyllä", "Tilaukset", "25,9", "Kanta-asiakkaat",
                 "Uudet", "Osoitteesi on listalla", "first_name", "peruttu", "myymälässä", "Soitti", "export",
                 "1.11.2026"):
        assert text in page, text


def test_the_english_page_and_its_values_are_escaped():
    page = person_report_html(RECORD, lang="en")
    assert "Customer details" in page and "1984-12-24" in page and "in the shop" in page
    assert "Aino &lt;b&gt;" in page and "Aino <b>" not in page


def test_a_person_with_nothing_but_a_listed_address_gets_a_page_that_says_so():
    page = person_report_html({**RECORD, "customers": [], "orders": [], "segments": [], "snapshots": [],
                               "register": {}, "audit_log": []}, lang="en")
    assert page.count("Nothing.") == 7 and "Your address is on the list" in page
