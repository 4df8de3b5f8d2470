"""Contact exports of CRMs and email tools: recognised and named like the webshop layouts, consent and
unsubscribes mapped, unsubscribed and bounced addresses put on the do-not-contact list.

Each round trip imports a file of ``tests/data/contacts`` (written to the tool's documented layout,
sources in README.md there) with the command line and compares consent, the do-not-contact list and a
segment's count with this test's own reading of the file (``csv`` module, the tool's status rules).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.cli import main
from segmentdesk.core.importing.webshops import recognise_layout
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.io.read import read_table
from segmentdesk.core.project.store import load_project

CONTACTS = Path(__file__).resolve().parent.parent / "data" / "contacts"
# The segment every round trip counts: consent refused or a given first name.
SEGMENT = {"format": "segmentdesk.segment/1", "name": "Check",
           "rule": {"any": [{"field": "consent_email", "op": "is_false"},
                            {"field": "first_name", "op": "in", "value": ["Aino", "Mikko"]}]}}


def rows(name: str) -> list[dict[str, str]]:
    text = (CONTACTS / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter=";" if name.startswith("brevo") else ","))


# -- each tool's rule, read from its documentation (README.md): (consent, on the do-not-contact list)
def hubspot(row):
    out = row["Unsubscribed from all email"].strip().lower() == "true" or bool(row["Email hard bounce reason"].strip())
    return (not out, out)


def zoho(row):
    out = row["Email Opt Out"].strip().lower() == "true"
    return (not out, out)


def activecampaign(row):
    status = row["Status"].strip().lower()
    return (status == "active", status in ("unsubscribed", "bounced"))


def brevo(row):
    out = row["EMAIL_BLACKLISTED"].strip().lower() == "yes"
    return (not out, out)


def mailchimp_subscribed(row):
    return (True, False)


def mailchimp_out(row):
    return (False, True)


def first_name(row):
    return row.get("First Name") or row.get("FIRSTNAME")


def raw_table(columns: dict[str, list[object]]) -> RawTable:
    return RawTable(frame=pd.DataFrame(columns, dtype=object), source=Path("memory.csv"), file_kind="csv")


def import_and_count(tmp_path: Path, files: list[str], capsys) -> tuple[dict, int, int]:
    project = tmp_path / "p.segdesk"
    for name in files:
        assert main(["import", str(CONTACTS / name), "--project", str(project)]) == 0
    segment = tmp_path / "check.segment.json"
    segment.write_text(json.dumps(SEGMENT), encoding="utf-8")
    assert main(["segment", "add", "--project", str(project), "--file", str(segment)]) == 0
    capsys.readouterr()
    assert main(["segments", "--project", str(project), "--json"]) == 0
    count = json.loads(capsys.readouterr().out)[0]["count"]
    loaded = load_project(project)
    customers = loaded.dataset.customers
    consent = customers.frame[customers.roles["consent_email"]]
    emails = customers.frame[customers.roles["email"]].str.strip().str.casefold()
    return dict(zip(emails, consent)), len(loaded.do_not_contact), count


ROUND_TRIPS = [
    (["hubspot_contacts.csv"], {"hubspot_contacts.csv": hubspot}),
    (["zoho_crm_contacts.csv"], {"zoho_crm_contacts.csv": zoho}),
    (["activecampaign_contacts.csv"], {"activecampaign_contacts.csv": activecampaign}),
    (["brevo_contacts.csv"], {"brevo_contacts.csv": brevo}),
    (["mailchimp_subscribed_members.csv", "mailchimp_unsubscribed_members.csv", "mailchimp_cleaned_members.csv"],
     {"mailchimp_subscribed_members.csv": mailchimp_subscribed,
      "mailchimp_unsubscribed_members.csv": mailchimp_out, "mailchimp_cleaned_members.csv": mailchimp_out}),
]


@pytest.mark.parametrize(("files", "rules"), ROUND_TRIPS, ids=["hubspot", "zoho", "activecampaign", "brevo",
                                                                "mailchimp"])
def test_round_trip_gives_the_consent_do_not_contact_and_segment_counts_the_file_says(tmp_path, capsys, files,
                                                                                       rules):
    expected_consent, blocked, in_segment = {}, set(), set()
    for name in files:
        for row in rows(name):
            email = (row.get("Email") or row.get("EMAIL") or row.get("Email Address")).strip().casefold()
            consent, out = rules[name](row)
            expected_consent[email] = consent
            if out:
                blocked.add(email)
            if not consent or first_name(row) in ("Aino", "Mikko"):
                in_segment.add(email)
    consent, listed, count = import_and_count(tmp_path, files, capsys)
    assert consent == expected_consent
    assert listed == len(blocked) > 0
    assert count == len(in_segment)


@pytest.mark.parametrize(("file", "name", "variant"), [
    ("hubspot_contacts.csv", "HubSpot", None),
    ("zoho_crm_contacts.csv", "Zoho CRM", None),
    ("mailchimp_subscribed_members.csv", "Mailchimp", "subscribed members"),
    ("mailchimp_unsubscribed_members.csv", "Mailchimp", "unsubscribed members"),
    ("mailchimp_cleaned_members.csv", "Mailchimp", "cleaned members"),
    ("activecampaign_contacts.csv", "ActiveCampaign", None),
    ("brevo_contacts.csv", "Brevo", None),
])
def test_each_contact_export_is_recognised_and_named(file, name, variant):
    layout = recognise_layout(read_table(CONTACTS / file), table="customers")
    assert (layout.name, layout.variant) == (name, variant)


@pytest.mark.parametrize("file", ["customers_fi.csv", "customers_en.xlsx", "webshops/shopify_customers.csv",
                                  "webshops/woocommerce_customers.csv", "webshops/mycashflow_customers.csv"])
def test_shop_files_are_not_taken_for_contact_exports(data_dir, file):
    layout = recognise_layout(read_table(data_dir / file), table="customers")
    assert layout is None or layout.name in ("Shopify", "WooCommerce", "MyCashflow")


def test_the_cli_names_the_tool_and_the_addresses_put_on_the_list(tmp_path, capsys):
    assert main(["import", str(CONTACTS / "activecampaign_contacts.csv"), "--project", str(tmp_path / "p.segdesk")]) == 0
    err = capsys.readouterr().err
    assert "Recognised an ActiveCampaign customer export." in err
    assert "2 address(es) the ActiveCampaign export marks unsubscribed or bounced" in err


def test_an_unconfirmed_contact_has_no_consent_but_is_not_blocked():
    raw = raw_table({"Contact ID": ["1"], "Email": ["a@example.fi"], "First Name": ["A"], "Last Name": ["B"],
                     "Status": ["Unconfirmed"], "Date Created": ["2026-01-01"]})
    layout = recognise_layout(raw, table="customers")
    assert layout.prepare(raw).frame[layout.roles["consent_email"]].tolist() == ["no"]
    assert layout.do_not_contact(raw) == []


def test_brevo_subscription_status_column_is_read_beside_the_blocklist():
    raw = raw_table({"EMAIL": ["a@x.fi", "b@x.fi", "c@x.fi"], "ADDED_TIME": ["2026-01-01"] * 3,
                     "MODIFIED_TIME": ["2026-01-02"] * 3, "EMAIL_BLACKLISTED": ["No", "No", "Yes"],
                     "email_marketing": ["subscribed", "unsubscribed", "subscribed"]})
    layout = recognise_layout(raw, table="customers")
    assert layout.prepare(raw).frame[layout.roles["consent_email"]].tolist() == ["yes", "no", "no"]
    assert layout.do_not_contact(raw) == ["b@x.fi", "c@x.fi"]


def test_a_hubspot_export_without_a_subscription_column_leaves_consent_unmapped():
    raw = raw_table({"Record ID": ["1"], "First Name": ["A"], "Last Name": ["B"], "Email": ["a@x.fi"],
                     "Create Date": ["2026-01-01 10:00"]})
    layout = recognise_layout(raw, table="customers")
    assert layout.name == "HubSpot"
    assert "consent_email" not in layout.roles
    assert layout.do_not_contact(raw) == []


def test_mailchimp_tags_lose_their_quotes():
    raw = read_table(CONTACTS / "mailchimp_subscribed_members.csv")
    layout = recognise_layout(raw, table="customers")
    assert layout.prepare(raw).frame["TAGS"].tolist()[0] == "jooga,kahvi"


def test_the_added_consent_column_does_not_take_a_header_the_file_has():
    raw = raw_table({"Email Address": ["a@x.fi"], "MEMBER_RATING": ["2"], "OPTIN_TIME": [""], "LEID": ["1"],
                     "Mailchimp email consent": ["whatever"]})
    layout = recognise_layout(raw, table="customers")
    assert layout.roles["consent_email"] == "Mailchimp email consent (2)"
    assert layout.prepare(raw).frame["Mailchimp email consent"].tolist() == ["whatever"]


def test_a_hubspot_export_with_internal_names_reads_the_opt_out():
    raw = raw_table({"hs_object_id": ["1", "2"], "email": ["a@x.fi", "b@x.fi"], "firstname": ["A", "B"],
                     "lastname": ["C", "D"], "createdate": ["2026-01-01", "2026-01-02"],
                     "hs_email_optout": ["true", ""]})
    layout = recognise_layout(raw, table="customers")
    assert (layout.name, layout.roles["customer_id"], layout.roles["first_name"]) == ("HubSpot", "hs_object_id",
                                                                                    "firstname")
    assert layout.prepare(raw).frame[layout.roles["consent_email"]].tolist() == ["no", "yes"]
    assert layout.do_not_contact(raw) == ["a@x.fi"]
