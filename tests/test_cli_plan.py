"""``segmentdesk-cli import`` by an import plan (a project's own or ``--plan``) and ``segmentdesk-cli plan``."""
from __future__ import annotations

import json
from pathlib import Path

from segmentdesk.cli import main
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.io.read import read_table
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project

DATA = Path(__file__).resolve().parent / "data"
CUSTOMERS = DATA / "customers_fi.csv"
ORDERS = DATA / "orders_fi.csv"
HEADERS = "Nro;Posti;Puhelin;Kaupunki\n"


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_plan_prints_the_projects_import_plan(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    run(capsys, "import", CUSTOMERS, "--orders", ORDERS, "--project", project)
    code, out, _ = run(capsys, "plan", "--project", project)
    doc = json.loads(out)
    assert code == 0
    assert doc["format"] == "segmentdesk.import-plan/1"
    assert doc["customers"]["roles"]["email"] == "Sähköposti"
    assert doc["orders"]["roles"]["amount"] == "Summa"


def test_plan_writes_the_plan_to_out(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    run(capsys, "import", CUSTOMERS, "--project", project)
    code, out, _ = run(capsys, "plan", "--project", project, "--out", tmp_path / "plan.json")
    assert code == 0 and out == f"Wrote {tmp_path / 'plan.json'}.\n"
    assert json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["customers"]["roles"]


def test_plan_of_a_project_without_one_is_a_one_line_error(tmp_path, capsys):
    project = tmp_path / "old.segdesk"
    save_project(Project(dataset=build_dataset(read_table(CUSTOMERS), {"email": "Sähköposti"})), project)
    code, out, err = run(capsys, "plan", "--project", project)
    assert (code, out) == (2, "")
    assert "no import plan" in err and err.count("\n") == 1


def test_import_by_a_plan_file_takes_its_roles(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    run(capsys, "import", CUSTOMERS, "--project", project)
    run(capsys, "plan", "--project", project, "--out", tmp_path / "plan.json")
    doc = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    del doc["customers"]["roles"]["phone"]                       # the user keeps the phone a custom field
    (tmp_path / "plan.json").write_text(json.dumps(doc), encoding="utf-8")
    other = tmp_path / "other.segdesk"
    code, out, _ = run(capsys, "import", CUSTOMERS, "--project", other, "--plan", tmp_path / "plan.json")
    assert code == 0
    assert "phone" not in load_project(other).dataset.customers.roles
    assert "phone=" not in out


def test_a_plan_of_a_newer_format_stops_the_import(tmp_path, capsys):
    plan = write(tmp_path / "plan.json", json.dumps({"format": "segmentdesk.import-plan/2"}))
    code, _, err = run(capsys, "import", CUSTOMERS, "--project", tmp_path / "p.segdesk", "--plan", plan)
    assert code == 2
    assert "newer format" in err
    assert not (tmp_path / "p.segdesk").exists()


def test_a_reimport_uses_the_projects_plan_not_the_guesses(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    first = write(tmp_path / "a.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n2;b@x.fi;040 2;Turku\n")
    run(capsys, "import", first, "--project", project)
    saved = load_project(project)
    saved.plan.customers.roles.pop("city")          # as if the user had unmapped it in the wizard
    save_project(saved, project)
    second = write(tmp_path / "b.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n3;c@x.fi;040 3;Vaasa\n")
    code, out, err = run(capsys, "import", second, "--project", project)
    assert code == 0 and out.startswith("Updated ")
    assert err == ""
    assert "city" not in load_project(project).dataset.customers.roles


def test_a_reimport_whose_headers_changed_guesses_the_rest_and_says_so(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    run(capsys, "import", write(tmp_path / "a.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n"), "--project", project)
    second = write(tmp_path / "b.csv", "Nro;Sähköposti;Puhelin;Kaupunki\n1;a@x.fi;040 1;Oulu\n")
    code, _, err = run(capsys, "import", second, "--project", project)
    assert code == 0
    assert err.startswith("segmentdesk-cli: note: the customer file's columns differ from the import plan's")
    assert "email (column 'Posti') not found" in err and "guessed email=Sähköposti" in err
    assert load_project(project).dataset.customers.roles["email"] == "Sähköposti"


def test_a_new_project_takes_the_roles_remembered_in_the_settings(tmp_path, capsys, monkeypatch):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    (config / "SegmentDesk").mkdir(parents=True)
    (config / "SegmentDesk" / "settings.json").write_text(json.dumps(
        {"version": 1, "remembered_roles": {"kaupunki|nro|posti|puhelin": {"customer_id": "Nro", "email": "Posti"}}}),
        encoding="utf-8")
    project = tmp_path / "p.segdesk"
    run(capsys, "import", write(tmp_path / "a.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n"), "--project", project)
    assert load_project(project).dataset.customers.roles == {"customer_id": "Nro", "email": "Posti"}


def test_a_reimport_applies_the_plans_fixes(tmp_path, capsys):
    project = tmp_path / "p.segdesk"
    run(capsys, "import", write(tmp_path / "a.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n"), "--project", project)
    saved = load_project(project)
    saved.plan = type(saved.plan)(saved.plan.customers, fixes=("lowercase_emails",))
    save_project(saved, project)
    run(capsys, "import", write(tmp_path / "b.csv", HEADERS + "1;a@x.fi;040 1;Oulu\n2;B@X.FI;040 2;Oulu\n"),
        "--project", project)
    reopened = load_project(project)
    assert reopened.dataset.customers.role_column("email").tolist() == ["a@x.fi", "b@x.fi"]
    assert reopened.audit[-1].details["fixed_lowercase_emails"] == 1
