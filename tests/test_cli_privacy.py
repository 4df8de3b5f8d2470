"""``segmentdesk-cli dnc …`` and ``person …``: the do-not-contact list, erasure, access requests and retention."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from segmentdesk.cli import main
from segmentdesk.core.project.lock import acquire_lock
from segmentdesk.core.project.store import load_project

DATA = Path(__file__).resolve().parent / "data"
AS_OF = "2026-01-01"
EVERYONE = '{"format": "segmentdesk.segment/1", "name": "Kaikki", "rule": {"all": []}}'


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(path)]) == 0
    (tmp_path / "s.segment.json").write_text(EVERYONE, encoding="utf-8")
    assert main(["segment", "add", "--project", str(path), "--file", str(tmp_path / "s.segment.json")]) == 0
    capsys.readouterr()
    return path


def _exported_emails(capsys, project: Path, out: Path, *extra: str) -> tuple[list[str], str]:
    code, printed, err = cli(capsys, "export", "--project", project, "--out", out, "--as-of", AS_OF,
                             "--headings", "keys", *extra)
    assert code == 0, err
    rows = list(load_workbook(out)["Kaikki"].iter_rows(min_row=2, values_only=True))
    return [r[0] for r in rows], printed


def test_an_address_on_the_list_is_left_out_of_exports_and_counted(project, tmp_path, capsys):
    assert cli(capsys, "dnc", "add", "--project", project, " Aino.Makela@Example.FI ")[0] == 0
    emails, printed = _exported_emails(capsys, project, tmp_path / "out.xlsx")
    assert "aino.makela@example.fi" not in emails and "sanna.ohman@example.fi" in emails
    assert ", 0 duplicates, 1 skipped do not contact -> " in printed
    summary = list(load_workbook(tmp_path / "out.xlsx")["Summary"].iter_rows(values_only=True))
    assert summary[0][6] == "left out: do not contact" and summary[1][6] == 1


def test_the_list_holds_even_with_the_consent_override_and_after_reimporting_the_old_file(project, tmp_path, capsys):
    assert cli(capsys, "dnc", "add", "--project", project, "aino.makela@example.fi")[0] == 0
    assert cli(capsys, "import", DATA / "customers_fi.csv", "--project", project)[0] == 0
    emails, _ = _exported_emails(capsys, project, tmp_path / "out.xlsx", "--include-without-consent")
    # Pekka never answered: the override writes him; Aino, listed, never.
    assert "aino.makela@example.fi" not in emails and "pekka.virtanen@example.fi" in emails


def test_the_list_keeps_only_salted_hashes(project, capsys):
    assert cli(capsys, "dnc", "add", "--project", project, "aino.makela@example.fi")[0] == 0
    assert b"aino.makela" not in project.read_bytes()
    listed = load_project(project).do_not_contact
    assert "AINO.MAKELA@example.fi" in listed and len(listed.salt) == 32


def test_dnc_import_reads_the_email_column_of_an_email_tools_export(project, tmp_path, capsys):
    unsubscribed = tmp_path / "unsubscribed.csv"
    unsubscribed.write_text("Name,Email Address,Reason\nAino,aino.makela@example.fi,unsubscribed\n"
                            "Sanna,SANNA.OHMAN@example.fi,bounce\nX,not an address,bounce\n", encoding="utf-8")
    code, out, _ = cli(capsys, "dnc", "import", "--project", project, unsubscribed)
    assert code == 0
    assert out.strip() == ("Read 2 addresses from column 'Email Address': 2 added, 0 already on the list, "
                           "1 cells were no address; 2 on the list.")
    assert cli(capsys, "dnc", "count", "--project", project)[1].strip() == "2 addresses on the do-not-contact list."
    assert load_project(project).audit[-1].details == {"added": 2, "source": "import"}


def test_dnc_add_refuses_what_is_no_address_with_exit_2(project, capsys):
    code, _, err = cli(capsys, "dnc", "add", "--project", project, "aino.makela@example.fi", "Aino Mäkelä")
    assert code == 2 and err.count("\n") == 1 and "is not an email address" in err
    assert len(load_project(project).do_not_contact) == 0


def test_dnc_add_waits_for_the_lock_like_every_write(project, capsys, monkeypatch):
    monkeypatch.setattr("segmentdesk.cli.LOCK_WAIT_SECONDS", 0.2)
    with acquire_lock(project, since=None, purpose="window"):
        code, _, err = cli(capsys, "dnc", "add", "--project", project, "aino.makela@example.fi")
    assert code == 2 and err.count("\n") == 1


def test_person_erase_without_yes_explains_and_changes_nothing(project, capsys):
    before = project.read_bytes()
    code, _, err = cli(capsys, "person", "erase", "--project", project, "--customer-id", "1001")
    assert code == 2 and "add --yes" in err and err.count("\n") == 1
    assert project.read_bytes() == before


def test_person_erase_removes_the_customer_and_their_orders(project, capsys):
    code, out, _ = cli(capsys, "person", "erase", "--project", project, "--customer-id", "1001", "--yes")
    assert code == 0 and out.startswith("Erased 1 customer(s) and ")
    loaded = load_project(project)
    assert "1001" not in loaded.dataset.customers.role_column("customer_id").tolist()
    assert len(loaded.dataset) == 7
    assert "aino.makela@example.fi" in loaded.do_not_contact
    assert cli(capsys, "person", "erase", "--project", project, "--customer-id", "1001", "--yes")[0] == 2


def test_person_export_to_an_html_file_writes_a_page_they_can_read_in_finnish(project, tmp_path, capsys):
    out = tmp_path / "aino.html"
    code, _, _ = cli(capsys, "person", "export", "--project", project, "--email", "aino.makela@example.fi",
                     "--out", out, "--as-of", AS_OF, "--lang", "fi")
    page = out.read_text(encoding="utf-8")
    assert code == 0 and '<html lang="fi">' in page and "Asiakastiedot" in page and "Aino" in page
    assert "Kaikki" in page and "Osoitteesi ei ole listalla." in page


def test_person_needs_exactly_one_of_email_and_customer_id(project, capsys):
    assert cli(capsys, "person", "export", "--project", project, "--out", "x.json")[0] == 2


def test_person_export_writes_everything_held_about_them(project, tmp_path, capsys):
    out = tmp_path / "aino.json"
    code, printed, _ = cli(capsys, "person", "export", "--project", project, "--email", "aino.makela@example.fi",
                           "--out", out, "--as-of", AS_OF)
    assert code == 0 and printed.strip() == f"Wrote {out}."
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["format"] == "segmentdesk.person-data/1"
    assert [c["Etunimi"] for c in record["customers"]] == ["Aino"]
    assert record["orders"] and all(o["Asiakasnumero"] in ("1001", 1001) for o in record["orders"])
    assert record["segments"] == ["Kaikki"]
    assert record["do_not_contact"] is False


def test_person_stale_lists_customers_without_activity_for_n_years(project, capsys):
    code, out, _ = cli(capsys, "person", "stale", "--project", project, "--years", "2", "--as-of", AS_OF, "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["last_activity"] is None or r["last_activity"] < "2024-01-01" for r in rows)
    everyone = json.loads(cli(capsys, "person", "stale", "--project", project, "--years", "0",
                              "--as-of", "2099-01-01", "--json")[1])
    assert len(everyone) == 8


def test_person_stale_counts_a_note_in_the_register_as_activity(project, capsys):
    assert cli(capsys, "customer", "edit", "--project", project, "--id", "1002", "--note", "Called",
               "--date", "2029-01-01")[0] == 0
    code, out, _ = cli(capsys, "person", "stale", "--project", project, "--years", "1", "--as-of", "2030-01-01",
                       "--json")
    ids = [r["customer_id"] for r in json.loads(out)]
    assert "1002" not in ids and "1001" in ids and len(ids) == 7


def test_an_import_snapshot_loses_the_erased_person_and_the_access_request_lists_it_before(project, tmp_path,
                                                                                              capsys):
    from segmentdesk.core.project.store import list_snapshots, read_snapshot

    assert cli(capsys, "import", DATA / "customers_fi.csv", "--project", project)[0] == 0   # records a snapshot
    snapshot = list_snapshots(project)[-1]
    assert "1001" in read_snapshot(project, snapshot.id)[0].members
    out = tmp_path / "aino.json"
    assert cli(capsys, "person", "export", "--project", project, "--customer-id", "1001", "--out", out)[0] == 0
    assert [s["segments"] for s in json.loads(out.read_text(encoding="utf-8"))["snapshots"]][-1] == ["Kaikki"]
    assert cli(capsys, "person", "erase", "--project", project, "--customer-id", "1001", "--yes")[0] == 0
    for info in list_snapshots(project):
        for part in read_snapshot(project, info.id):
            assert "1001" not in part.members and "1002" in part.members
