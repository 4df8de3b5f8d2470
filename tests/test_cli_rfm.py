"""``segmentdesk-cli rfm`` on the fixture shop: groups, counts, revenue shares and thresholds as
worked out by hand from the CSV files; ``--groups`` changes the project's map; export columns."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.data.rfm_groups import DEFAULT_MAP, GroupCell, GroupMap

DATA = Path(__file__).resolve().parent / "data"
AS_OF = "2025-07-01"
# Worked out from orders_fi.csv at 2025-07-01 (n = 5 buyers; order 9999 links to nobody, T-4 is a return):
#   1001: last 10.6.2025 (21 days), 2 orders, 1 077,50 €  → R4 F4 M5  loyal
#   1002: last 15.3.2024 (473 days), 1 order,  0,00 €     → R1 F1 M1  hibernating
#   1003: last 30.6.2025 (1 day),   1 order,  45,90 €     → R5 F1 M3  new
#   1006: last 5.1.2025 (177 days), 1 order,  19,90 €     → R3 F1 M2  about_to_sleep
#   1007: last 2.9.2024 (302 days), 2 orders, 86,40 €     → R2 F4 M4  at_risk
#   1004, 1005, 1008: no orders.  F: the three single orders share rank 1 (score 1), the two doubles rank 4 (score 4).
TOTAL = 1077.5 + 0 + 45.9 + 19.9 + 86.4
EXPECTED = {"loyal": (1, 1077.5), "hibernating": (1, 0.0), "new": (1, 45.9), "about_to_sleep": (1, 19.9),
            "at_risk": (1, 86.4)}


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(path)]) == 0
    capsys.readouterr()
    return path


def _rfm(capsys, project: Path, *extra: str) -> tuple[int, str, str]:
    code = main(["rfm", "--project", str(project), "--as-of", AS_OF, *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_gives_each_groups_count_and_revenue_share(project, capsys):
    code, out, _ = _rfm(capsys, project, "--json")
    doc = json.loads(out)
    assert code == 0 and (doc["buyers"], doc["no_purchases"], doc["customers"]) == (5, 3, 8)
    got = {g["key"]: (g["count"], g["revenue_share"]) for g in doc["groups"]}
    assert set(got) == set(DEFAULT_MAP.groups)
    for key, (count, revenue) in EXPECTED.items():
        assert got[key] == (count, pytest.approx(revenue / TOTAL, abs=1e-6))
    assert sum(count for count, _ in got.values()) == 5
    assert {g["key"]: g["name"] for g in doc["groups"]}["cant_lose"] == "Can't lose them"
    assert all(g["description"] and g["action"] for g in doc["groups"])


def test_json_gives_the_values_each_score_stands_for(project, capsys):
    doc = json.loads(_rfm(capsys, project, "--json")[1])
    assert [(t["score"], t["low"], t["high"]) for t in doc["thresholds"]["r"]] == \
        [(1, 473, 473), (2, 302, 302), (3, 177, 177), (4, 21, 21), (5, 1, 1)]
    assert [(t["score"], t["low"], t["high"], t["customers"]) for t in doc["thresholds"]["f"]] == \
        [(1, 1, 1, 3), (4, 2, 2, 2)]


def test_text_output_names_groups_in_finnish(project, capsys):
    code, out, _ = _rfm(capsys, project, "--lang", "fi")
    assert code == 0
    assert "Uskolliset" in out and "Ei ostoja vielä" in out and "1\u00a0077,50" in out


def test_groups_option_stores_a_preset_and_a_map_file(project, capsys, tmp_path):
    assert json.loads(_rfm(capsys, project, "--json", "--groups", "with_spend")[1])["map"]["preset"] == "with_spend"
    assert json.loads(_rfm(capsys, project, "--json")[1])["map"]["preset"] == "with_spend"      # kept
    one = tmp_path / "one.json"
    one.write_text(GroupMap((GroupCell("everyone", (1, 5), (1, 5)),)).dumps(), encoding="utf-8")
    doc = json.loads(_rfm(capsys, project, "--json", "--groups", str(one))[1])
    assert [(g["key"], g["count"]) for g in doc["groups"]] == [("everyone", 5)]


def test_a_map_with_a_gap_is_refused_with_exit_2_and_the_project_unchanged(project, capsys, tmp_path):
    gap = tmp_path / "gap.json"
    gap.write_text(GroupMap(DEFAULT_MAP.cells[1:]).dumps(), encoding="utf-8")
    code, _, err = _rfm(capsys, project, "--groups", str(gap))
    assert code == 2 and "R1·F1 has no group" in err
    assert json.loads(_rfm(capsys, project, "--json")[1])["map"]["preset"] == "default"


def test_export_writes_rfm_columns(project, capsys, tmp_path):
    out = tmp_path / "lista"
    assert main(["segment", "add", "--project", str(project), "--file", str(_everyone(tmp_path))]) == 0
    assert main(["export", "--project", str(project), "--out", str(out), "--format", "csv", "--segments", "all",
                 "--as-of", AS_OF, "--include-without-consent",
                 "--columns", "customer_id,rfm_r,rfm_f,rfm_m,rfm_group"]) == 0
    files = list(out.glob("*.csv")) if out.is_dir() else [out]
    with open(files[0], encoding="utf-8-sig", newline="") as handle:
        rows = {r["customer_id"]: r for r in csv.DictReader(handle, delimiter=_delimiter(files[0]))}
    assert (rows["1001"]["rfm_r"], rows["1001"]["rfm_f"], rows["1001"]["rfm_m"], rows["1001"]["rfm_group"]) == \
        ("4", "4", "5", "loyal")
    assert rows["1005"]["rfm_group"] == ""      # no orders (1004, also without orders, has no valid email: not written)


def _everyone(folder: Path) -> Path:
    path = folder / "all.segment.json"
    path.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "Kaikki", "rule": {"all": []}}),
                    encoding="utf-8")
    return path


def _delimiter(path: Path) -> str:
    head = path.read_text(encoding="utf-8-sig").splitlines()[0]
    return ";" if head.count(";") > head.count(",") else ","
