"""Mailchimp's combined file: one file for the audience, each person once, their segments as tags.

Read back with the csv module, never with the code under test.
"""
from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import Cancelled, ExportError
from segmentdesk.core.export.export_job import export_segments, export_targets
from segmentdesk.core.export.email_csv import write_email_csv
from segmentdesk.core.export.preview import preview_table
from segmentdesk.core.privacy.do_not_contact import DoNotContactList
from segmentdesk.core.segments.model import Segment, node_from_json
from segmentdesk.core.tasks import Progress

AS_OF = dt.date(2026, 12, 1)
ROLES = {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi", "consent_email": "Lupa"}


@pytest.fixture
def shop():
    customers = pd.DataFrame({
        "Nro": ["1", "2", "3", "4", "5", "6"],
        "Etunimi": ["Aino", "Eero", "Sanna", "Olli", "Aino", "Pia"],
        # Aino is two customers with one address (the second written in capitals).
        "Sähköposti": ["aino@example.fi", "eero@example.fi", "sanna@example.fi", "olli@example.fi",
                       " AINO@example.fi", "pia@example.fi"],
        "Lupa": ["kyllä", "kyllä", "ei", None, "kyllä", "kyllä"],
        "Ryhmä": ["jooga", "tee", "jooga", "jooga", "tee", "muu"],
    }, dtype=object)
    return build_dataset(customers, ROLES)


def segment(name: str, group: str) -> Segment:
    return Segment(name, node_from_json({"all": [{"field": "column:Ryhmä", "op": "eq", "value": group}]}))


JOOGA, TEE = segment("Joogaajat", "jooga"), segment("Teen ystävät, kaikki", "tee")


def read(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_each_person_is_written_once_with_every_segment_they_are_in_as_a_tag(shop, tmp_path):
    report = write_email_csv(tmp_path / "yleisö.csv", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF,
                             combined=True)
    rows = read(tmp_path / "yleisö.csv")
    assert [(r["Email Address"], r["Tags"]) for r in rows] == [
        ("aino@example.fi", "Joogaajat,Teen ystävät kaikki"),      # a comma in a name would split the tag
        ("eero@example.fi", "Teen ystävät kaikki")]
    assert report.files == [tmp_path / "yleisö.csv"] and report.rows == 2


def test_who_is_left_out_is_the_same_rule_as_a_file_per_segment(shop, tmp_path):
    # Sanna said no and Olli never answered: neither is written, whichever segments hold them.
    report = write_email_csv(tmp_path / "a.csv", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF, combined=True)
    apart = write_email_csv(tmp_path / "apart", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF)
    assert [(s.name, s.exported, s.opted_out, s.without_consent, s.duplicates) for s in report.segments] == \
           [(s.name, s.exported, s.opted_out, s.without_consent, s.duplicates) for s in apart.segments]
    emails = {r["Email Address"] for r in read(tmp_path / "a.csv")}
    assert emails == {r["Email Address"] for p in apart.files for r in read(p)}


def test_the_do_not_contact_list_holds_in_the_combined_file(shop, tmp_path):
    blocked = np.array([False, True, False, False, False, False])       # Eero
    write_email_csv(tmp_path / "a.csv", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF, combined=True,
                    blocked=blocked)
    assert [r["Email Address"] for r in read(tmp_path / "a.csv")] == ["aino@example.fi"]


def test_a_folder_gets_contacts_csv_and_the_target_is_named_beforehand(shop, tmp_path):
    assert export_targets(tmp_path / "out", "mailchimp", ["A", "B"], combined=True) == [tmp_path / "out" / "contacts.csv"]
    report = write_email_csv(tmp_path / "out", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF, combined=True)
    assert report.files == [tmp_path / "out" / "contacts.csv"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["contacts.csv"]


@pytest.mark.parametrize("fmt", ["brevo", "csv", "xlsx"])
def test_formats_without_tags_refuse_to_combine(shop, tmp_path, fmt):
    class Project:
        dataset, do_not_contact = shop, DoNotContactList()

        def segment_map(self):
            return {}

    with pytest.raises(ExportError) as caught:
        export_segments(Project(), [JOOGA], out=tmp_path / "x.csv", format=fmt, as_of=AS_OF, combined=True)
    assert caught.value.details["reason"] == "combined"
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_combined_export_leaves_the_old_file(shop, tmp_path):
    target = tmp_path / "a.csv"
    target.write_text("old", encoding="utf-8")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_email_csv(target, shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF, combined=True, progress=progress)
    assert target.read_text(encoding="utf-8") == "old"


def test_the_log_says_the_file_was_combined_and_counts_people_not_rows(shop, tmp_path):
    report = write_email_csv(tmp_path / "a.csv", shop, [JOOGA, TEE], tool="mailchimp", as_of=AS_OF, combined=True)
    details = report.audit_details()
    assert details["combined"] is True and details["rows"] == 2
    assert sum(s.exported for s in report.segments) == 3          # Aino counts in both segments


def test_the_preview_shows_the_combined_rows_with_their_tags(shop):
    masks = [shop.customers.frame["Ryhmä"].eq(g).to_numpy() for g in ("jooga", "tee")]
    table = preview_table(shop, masks[0], format="mailchimp", as_of=AS_OF, combined=[("Joogaajat", masks[0]),
                                                                                     ("Tee", masks[1])])
    assert table[0][-1] == "Tags"
    assert [row[-1] for row in table[1:]] == ["Joogaajat,Tee", "Tee"]
