"""``segmentdesk-cli import`` into a project that holds data: the newer file updates it (issue #4)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.data.dataset import MISSING_FLAG

DATA = Path(__file__).resolve().parent / "data"
CUSTOMERS = DATA / "customers_fi.csv"
ORDERS = DATA / "orders_fi.csv"
AS_OF = "2025-07-01"

REGULARS = {"format": "segmentdesk.segment/1", "name": "Regulars",
            "rule": {"all": [{"field": "order_count", "op": "ge", "value": 2}]}}
YOGA_WITHOUT_ORDERS = {"format": "segmentdesk.segment/1", "name": "Yoga, no orders",
                       "rule": {"all": [{"field": "interests", "op": "has_any", "value": ["jooga"]},
                                        {"field": "order_count", "op": "eq", "value": 0}]}}
MISSING = {"format": "segmentdesk.segment/1", "name": "Gone from the shop's list",
           "rule": {"all": [{"field": "column:" + MISSING_FLAG, "op": "is_true"}]}}


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def newer_export(folder: Path) -> Path:
    """The fixture's next export: 1002 has a new email, 1008 has left, 1009 has joined (likes yoga)."""
    text = CUSTOMERS.read_text(encoding="cp1252")
    lines = [line for line in text.splitlines() if not line.startswith("1008;")]
    lines = [line.replace("EERO.JARVINEN@example.fi", "eero.j@example.fi") for line in lines]
    lines.append("1009;Iida;Laine;iida.laine@example.fi;;00100;;kyllä;jooga;1.5.2025;")
    path = folder / "customers_2.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    return path


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    """A project made by the first import of the fixture files, with two segments."""
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(CUSTOMERS), "--orders", str(ORDERS), "--project", str(path)]) == 0
    for doc in (REGULARS, YOGA_WITHOUT_ORDERS):
        file = tmp_path / f"{doc['name']}.segment.json"
        file.write_text(json.dumps(doc), encoding="utf-8")
        assert main(["segment", "add", "--project", str(path), "--file", str(file)]) == 0
    capsys.readouterr()
    return path


def counts(capsys, project: Path) -> dict[str, int]:
    code, out, err = run(capsys, "segments", "--project", project, "--json", "--as-of", AS_OF)
    assert code == 0, err
    return {row["name"]: row["count"] for row in json.loads(out)}


def test_reimport_prints_one_summary_line(project, tmp_path, capsys):
    code, out, _ = run(capsys, "import", newer_export(tmp_path), "--project", project)
    assert code == 0
    assert out == (f"Updated {project}: 1 new, 1 changed, 6 unchanged, "
                   "1 missing from the new file (kept, flagged).\n")


def test_reimport_keeps_the_missing_customer_and_adds_the_new_one(project, tmp_path, capsys):
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    customers = load_project(project).dataset.customers.frame
    assert customers["Asiakasnumero"].tolist() == ["1001", "1002", "1003", "1004", "1005", "1006", "1007",
                                                   "1009", "1008"]
    assert customers[MISSING_FLAG].tolist() == [False] * 8 + [True]


def test_reimporting_the_same_file_changes_nothing(project, capsys):
    before = load_project(project).dataset.customers.frame
    code, out, _ = run(capsys, "import", CUSTOMERS, "--project", project)
    assert code == 0
    assert "0 new, 0 changed, 8 unchanged, 0 missing" in out
    after = load_project(project).dataset.customers.frame
    assert after.drop(columns=[MISSING_FLAG]).equals(before)


def test_reimport_is_logged_with_its_counts_and_files(project, tmp_path, capsys):
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    first, entry = load_project(project).audit[-2:]
    assert first.action == entry.action == "import"
    assert entry.details == {"customers": 9, "orders": 10, "files": {"customers": "customers_2.csv"},
                             "matched_by": "customer_id", "new": 1, "changed": 1, "unchanged": 6, "missing": 1,
                             "orders_kept": True}


def test_reimport_without_orders_keeps_the_order_file_as_the_source(project, tmp_path, capsys):
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    assert load_project(project).sources == {"customers": "customers_2.csv", "orders": "orders_fi.csv"}


def test_reimport_leaves_segments_untouched(project, tmp_path, capsys):
    before = [s.to_json() for s in load_project(project).segments]
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    assert [s.to_json() for s in load_project(project).segments] == before


def test_segment_counts_after_reimport_follow_the_merged_customers(project, tmp_path, capsys):
    assert counts(capsys, project) == {"Regulars": 2, "Yoga, no orders": 1}      # 1008
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    assert counts(capsys, project) == {"Regulars": 2, "Yoga, no orders": 2}      # 1008 (kept) and 1009


def test_reimport_with_an_order_file_replaces_the_orders(project, tmp_path, capsys):
    orders = tmp_path / "orders_2.csv"
    orders.write_text(ORDERS.read_text(encoding="cp1252").rstrip("\r\n") + "\r\nT-10;1003;1.7.2025;9,90;Kahvi\r\n",
                      encoding="cp1252")
    code, _, err = run(capsys, "import", newer_export(tmp_path), "--orders", orders, "--project", project)
    assert code == 0, err
    assert load_project(project).audit[-1].details["orders"] == 11
    assert counts(capsys, project) == {"Regulars": 3, "Yoga, no orders": 2}      # 1003 now has two orders


def test_missing_flag_is_a_field_segments_can_use(project, tmp_path, capsys):
    run(capsys, "import", newer_export(tmp_path), "--project", project)
    file = tmp_path / "missing.segment.json"
    file.write_text(json.dumps(MISSING), encoding="utf-8")
    code, _, err = run(capsys, "segment", "add", "--project", project, "--file", file)
    assert code == 0, err
    assert counts(capsys, project)["Gone from the shop's list"] == 1


def test_reimport_without_a_shared_key_exits_2_and_leaves_the_project_unchanged(project, tmp_path, capsys):
    names_only = tmp_path / "names.csv"
    names_only.write_text("Etunimi;Sukunimi\r\nAino;Mäkelä\r\nEero;Järvinen\r\n", encoding="cp1252")
    before = project.read_bytes()
    code, out, err = run(capsys, "import", names_only, "--project", project)
    assert code == 2
    assert err.startswith("segmentdesk-cli: ") and "\n" not in err.strip() and "Traceback" not in err
    assert out == ""
    assert project.read_bytes() == before


def test_import_into_a_project_without_data_is_a_first_import(tmp_path, capsys):
    path = tmp_path / "tyhjä.segdesk"
    save_project(Project(), path)
    code, out, _ = run(capsys, "import", CUSTOMERS, "--project", path)
    assert code == 0
    assert out.startswith("Imported 8 customers into")
    assert MISSING_FLAG not in load_project(path).dataset.customers.frame.columns
