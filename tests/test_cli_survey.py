"""``segmentdesk-cli import-survey``: answers joined by email, stored, kept over reopen, re-import and erasure."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.project.store import load_project

DATA = Path(__file__).resolve().parent / "data"
SURVEYS = DATA / "surveys"
RECOMMEND = "Kuinka todennäköisesti suosittelisit meitä ystävällesi?"
FANS = {"format": "segmentdesk.segment/1", "name": "Fans", "rule": {"all": [
    {"field": f"column:{RECOMMEND}", "op": "ge", "value": 7},
    {"field": "column:Mikä tuoteryhmä kiinnostaa sinua eniten?", "op": "has_any", "value": ["jooga"]}]}}


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(path)]) == 0
    capsys.readouterr()
    return path


def fans(capsys, project: Path, tmp_path: Path) -> int:
    (tmp_path / "fans.segment.json").write_text(json.dumps(FANS), encoding="utf-8")
    assert cli(capsys, "segment", "add", "--project", project, "--file", tmp_path / "fans.segment.json")[0] == 0
    code, out, err = cli(capsys, "segments", "--project", project, "--json")
    assert code == 0, err
    return json.loads(out)[0]["count"]


def test_import_survey_says_what_it_joined_and_lists_the_unmatched(project, capsys):
    code, out, err = cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project)
    assert code == 0, err
    assert "Joined 4 of 6 responses (Typeform)" in out
    assert f"number  column:{RECOMMEND}" in out
    assert "5: tuntematon@example.com" in out and "6: (no email)" in out


def test_json_lists_questions_kinds_and_every_unmatched_response(project, capsys):
    code, out, _ = cli(capsys, "import-survey", SURVEYS / "google_forms_responses.csv", "--project", project, "--json")
    doc = json.loads(out)
    assert code == 0
    assert (doc["tool"], doc["responses"], doc["matched"], doc["unmatched"]) == ("Google Forms", 5, 4, 1)
    assert [q["kind"] for q in doc["questions"]] == ["number", "tags", "text"]
    assert doc["unmatched_responses"] == [{"row": 5, "email": "someone@example.org"}]


def test_answers_survive_reopening_and_a_reimport_of_the_customers(project, capsys, tmp_path):
    assert cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project)[0] == 0
    assert fans(capsys, project, tmp_path) == 3            # Aino 9, Sanna 10, Kaisa 7: all chose Jooga
    assert cli(capsys, "import", DATA / "customers_fi.csv", "--project", project)[0] == 0
    assert fans(capsys, project, tmp_path) == 3
    customers = load_project(project).dataset.customers
    assert customers.families[RECOMMEND] == "psychographic"


def test_the_log_keeps_counts_but_not_the_unmatched_addresses(project, capsys):
    assert cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project)[0] == 0
    entry = load_project(project).audit[-1]
    assert (entry.action, entry.details["matched"], entry.details["unmatched"]) == ("import_survey", 4, 2)
    assert "tuntematon" not in json.dumps(entry.details)


def test_erasing_a_person_removes_their_answers(project, capsys):
    assert cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project)[0] == 0
    code, _, err = cli(capsys, "person", "erase", "--project", project, "--email", "sanna.ohman@example.fi", "--yes")
    assert code == 0, err
    frame = load_project(project).dataset.customers.frame
    assert sorted(v for v in frame[RECOMMEND] if v == v) == [6.0, 7.0, 9.0]


def test_a_kind_can_be_chosen_on_the_command_line(project, capsys):
    code, out, _ = cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project, "--json",
                       "--kind", f"{RECOMMEND}=text")
    assert code == 0
    assert json.loads(out)["questions"][1]["kind"] == "text"


def test_a_survey_without_addresses_exits_2(project, capsys, tmp_path):
    bad = tmp_path / "nimet.csv"
    bad.write_text("Nimi,Arvosana\nAino,5\nEero,3\n", encoding="utf-8")
    code, _, err = cli(capsys, "import-survey", bad, "--project", project)
    assert code == 2
    assert "No column of email addresses" in err


def test_answers_survive_an_import_that_replaces_the_customers(project, capsys, tmp_path):
    assert cli(capsys, "import-survey", SURVEYS / "typeform_responses.csv", "--project", project)[0] == 0
    code, plan, _ = cli(capsys, "plan", "--project", project)
    doc = json.loads(plan)
    doc["on_existing"] = "replace"
    (tmp_path / "replace.json").write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cli(capsys, "import", DATA / "customers_fi.csv", "--project", project,
                         "--plan", tmp_path / "replace.json")
    assert code == 0, err
    assert fans(capsys, project, tmp_path) == 3
