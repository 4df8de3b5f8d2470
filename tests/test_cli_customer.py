"""``segmentdesk-cli customer add|edit|delete|show``: the customer register for scripts (issue #10)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from segmentdesk.cli import main

DATA = Path(__file__).resolve().parent / "data"
CUSTOMERS = DATA / "customers_fi.csv"


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys, project: Path, *which: str) -> dict:
    code, out, err = run(capsys, "customer", "show", "--project", project, *which, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(CUSTOMERS), "--project", str(path)]) == 0
    capsys.readouterr()
    return path


def test_edit_sets_a_field_by_role_and_show_lists_it_as_edited(project, capsys):
    code, out, _ = run(capsys, "customer", "edit", "--project", project, "--id", "1002", "--set", "first_name=Eetu")
    assert code == 0 and "1002" in out
    doc = show(capsys, project, "--id", "1002")
    assert doc["fields"]["Etunimi"] == "Eetu"
    assert doc["edited"] == ["role:first_name"]


def test_edit_finds_the_customer_by_email_in_any_case(project, capsys):
    run(capsys, "customer", "edit", "--project", project, "--email", "eero.jarvinen@EXAMPLE.fi",
        "--set", "Sukunimi=Virtanen")
    assert show(capsys, project, "--id", "1002")["fields"]["Sukunimi"] == "Virtanen"


def test_consent_records_keep_their_history_and_the_latest_decides(project, capsys):
    for consent, how, date in (("given", "form", "2026-01-10"), ("withdrawn", "email", "2026-03-01")):
        assert run(capsys, "customer", "edit", "--project", project, "--id", "1001", "--consent", consent,
                   "--how", how, "--date", date)[0] == 0
    doc = show(capsys, project, "--id", "1001")
    assert doc["consent"] == [{"date": "2026-01-10", "given": True, "how": "form"},
                              {"date": "2026-03-01", "given": False, "how": "email"}]
    assert doc["fields"]["Markkinointilupa"] is False


def test_notes_and_tags_are_added(project, capsys):
    run(capsys, "customer", "edit", "--project", project, "--id", "1002", "--note", "Prefers mornings",
        "--date", "2026-02-02", "--tag", "jooga")
    doc = show(capsys, project, "--id", "1002")
    assert doc["notes"] == [{"date": "2026-02-02", "text": "Prefers mornings"}]
    assert doc["fields"]["Kiinnostuksen kohteet"] == "juoksu, kahvi, jooga"


def test_one_edit_run_writes_its_rows_in_one_transaction_without_touching_the_column_data(project, capsys):
    blobs = sqlite3.connect(project).execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone()
    run(capsys, "customer", "edit", "--project", project, "--id", "1002", "--set", "first_name=Eetu",
        "--note", "Hi", "--consent", "given", "--how", "shop")
    con = sqlite3.connect(project)
    assert con.execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone() == blobs
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("customer_edits", "customer_notes", "consent_events")] == [1, 1, 1]


def test_add_makes_a_customer_that_show_finds(project, capsys):
    code, out, err = run(capsys, "customer", "add", "--project", project, "--set", "customer_id=2001",
                         "--set", "first_name=Liisa", "--set", "email=liisa@example.fi")
    assert code == 0, err
    assert show(capsys, project, "--email", "liisa@example.fi")["fields"]["Asiakasnumero"] == "2001"


def test_add_refuses_a_customer_number_already_taken(project, capsys):
    code, _, err = run(capsys, "customer", "add", "--project", project, "--set", "customer_id=1001")
    assert code == 2 and "exists already" in err


def test_delete_removes_the_customer(project, capsys):
    assert run(capsys, "customer", "delete", "--project", project, "--id", "1003")[0] == 0
    code, _, err = run(capsys, "customer", "show", "--project", project, "--id", "1003")
    assert code == 2 and "No customer" in err


@pytest.mark.parametrize("argv, words", [
    (("--id", "9999", "--set", "first_name=X"), "No customer"),
    (("--id", "1001", "--set", "shoe size=42"), "No customer field"),
    (("--id", "1001", "--set", "consent_email=maybe"), "not a valid value"),
    (("--id", "1001", "--consent", "given"), "--how"),
])
def test_an_unknown_customer_field_or_bad_value_is_one_line_and_exit_2(project, capsys, argv, words):
    code, _, err = run(capsys, "customer", "edit", "--project", project, *argv)
    assert code == 2
    assert words in err and err.count("\n") == 1


def test_a_reimport_keeps_the_edited_value_and_reports_the_conflict(project, capsys, tmp_path):
    run(capsys, "customer", "edit", "--project", project, "--id", "1001", "--set", "email=aino.uusi@example.fi")
    newer = tmp_path / "customers_2.csv"
    newer.write_bytes(CUSTOMERS.read_bytes().replace(b"Eero;", b"Eerik;"))
    code, out, err = run(capsys, "import", newer, "--project", project)
    assert code == 0, err
    assert "Kept 1 value(s) edited" in out and "1001" in out and "aino.makela@example.fi" in out
    assert show(capsys, project, "--id", "1001")["fields"]["Sähköposti"] == "aino.uusi@example.fi"
    assert show(capsys, project, "--id", "1002")["fields"]["Etunimi"] == "Eerik"


def test_show_prints_fields_consent_and_notes_as_text(project, capsys):
    run(capsys, "customer", "edit", "--project", project, "--id", "1001", "--note", "VIP", "--date", "2026-01-01",
        "--consent", "given", "--how", "shop", "--date", "2026-01-01")
    code, out, _ = run(capsys, "customer", "show", "--project", project, "--id", "1001")
    assert code == 0
    assert "Etunimi (first_name): Aino" in out
    assert "2026-01-01  given (shop)" in out and "2026-01-01  VIP" in out


@pytest.mark.parametrize("argv", [["show", "--id", "1001"], ["edit", "--id", "1001", "--note", "Soitti"],
                                  ["add", "--set", "customer_id=3001"], ["delete", "--id", "1002"]])
def test_customer_commands_read_the_customers_only_not_the_orders_or_a_whole_open(tmp_path, capsys, monkeypatch,
                                                                                   argv):
    from segmentdesk.core.project import store
    from segmentdesk.core.project.project_file import ProjectFile

    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(CUSTOMERS), "--orders", str(DATA / "orders_fi.csv"), "--project", str(path)]) == 0
    capsys.readouterr()
    read = []
    real = store.read_table
    monkeypatch.setattr(store, "read_table", lambda con, name: read.append(name) or real(con, name))
    monkeypatch.setattr(ProjectFile, "load", lambda self: pytest.fail("the whole project was read"))
    code, _, err = run(capsys, "customer", argv[0], "--project", path, *argv[1:])
    assert code == 0, err
    assert read == ["customers"]
