"""``segmentdesk-cli clusters``: sizes, silhouette and centres, the same bytes for the same project."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.lock import acquire_lock
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.tools.sample_shop import generate_shop

AS_OF = "2026-11-01"
CUSTOMER_ROLES = {"customer_id": "Asiakasnumero", "email": "Sähköposti", "birth_date": "Syntymäaika"}
ORDER_ROLES = {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
               "amount": "Summa", "category": "Tuoteryhmä"}


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path) -> Path:
    customers, orders = generate_shop(400)
    path = tmp_path / "kauppa.segdesk"
    save_project(Project(dataset=build_dataset(customers, CUSTOMER_ROLES, orders, ORDER_ROLES)), path)
    return path


def test_clusters_json_is_byte_identical_when_run_twice(project, capsysbinary):
    outputs = []
    for _ in range(2):
        assert main(["clusters", "--project", str(project), "--as-of", AS_OF, "--json"]) == 0
        outputs.append(capsysbinary.readouterr().out)
    assert outputs[0] == outputs[1]
    doc = json.loads(outputs[0])
    assert doc["fields"] == ["days_since_last_order", "order_count", "total_spend", "age"]
    assert sum(c["size"] for c in doc["clusters"]) == doc["clustered"]


def test_clusters_text_is_byte_identical_when_run_twice(project, capsysbinary):
    outputs = []
    for _ in range(2):
        assert main(["clusters", "--project", str(project), "--as-of", AS_OF, "--k", "3"]) == 0
        outputs.append(capsysbinary.readouterr().out)
    assert outputs[0] == outputs[1]
    text = outputs[0].decode("utf-8")
    assert text.startswith("3 clusters of ") and "Silhouette: " in text and "Map: axis 1 holds " in text


def test_k_and_fields_are_taken_from_the_options(project, capsys):
    code, out, _ = cli(capsys, "clusters", "--project", project, "--as-of", AS_OF, "--k", "4",
                       "--fields", "order_count,total_spend", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["k"] == 4 and doc["fields"] == ["order_count", "total_spend"]


def test_an_unknown_field_is_a_one_line_error(project, capsys):
    code, out, err = cli(capsys, "clusters", "--project", project, "--fields", "shoe_size")
    assert code == 2 and out == "" and err.startswith("segmentdesk-cli: ") and err.count("\n") == 1


def test_a_k_that_is_not_a_number_is_a_one_line_error(project, capsys):
    code, _, err = cli(capsys, "clusters", "--project", project, "--k", "many")
    assert code == 2 and "--k takes a number" in err


def test_save_keeps_the_clusters_as_the_cluster_field(project, capsys):
    code, out, err = cli(capsys, "clusters", "--project", project, "--as-of", AS_OF, "--k", "3", "--save", "--json")
    assert code == 0 and json.loads(out)["k"] == 3 and "Saved the 3 clusters" in err
    kept = load_project(project)
    assert kept.cluster_run.names == ("Cluster 1", "Cluster 2", "Cluster 3")
    sizes = [c["size"] for c in json.loads(out)["clusters"]]
    assert kept.dataset.metrics["cluster"].value_counts().tolist() == sizes


def test_save_waits_for_the_lock_of_a_window_and_gives_up_with_exit_2(project, capsys):
    with acquire_lock(project, since=dt.datetime(2026, 11, 1, 9), purpose="window"):
        code, _, err = cli(capsys, "clusters", "--project", project, "--save")
    assert code == 2 and "is open in SegmentDesk" in err


def test_lang_fi_names_and_describes_the_clusters_in_finnish(project, capsys):
    code, out, _ = cli(capsys, "clusters", "--project", project, "--as-of", AS_OF, "--k", "3", "--lang", "fi")
    assert code == 0
    assert out.startswith("3 klusteria, 400 asiakasta") and "Siluetti: " in out and " 1  Klusteri 1 " in out
    english = json.loads(cli(capsys, "clusters", "--project", project, "--as-of", AS_OF, "--k", "3", "--json")[1])
    finnish = json.loads(cli(capsys, "clusters", "--project", project, "--as-of", AS_OF, "--k", "3", "--json",
                             "--lang", "fi")[1])
    assert [c["size"] for c in finnish["clusters"]] == [c["size"] for c in english["clusters"]]
    assert finnish["clusters"][0]["name"] == "Klusteri 1"
    assert finnish["clusters"][0]["description"] != english["clusters"][0]["description"]
