"""``segmentdesk-cli churn`` on the fixture shop, worked out by hand from orders_fi.csv at 2025-07-01:
  1001 ordered 1.2.2025 and 10.6.2025: interval 129 days, 21 days since → low;
  1007 ordered 14.2.2024 and 2.9.2024: interval 201 days, 302 days since → medium, 302 − 1.5 × 201 = 0.5 → 1 day overdue;
  1002 (a return the same week), 1003, 1006 ordered on one day; 1004, 1005, 1008 never."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmentdesk.cli import main

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(path)]) == 0
    capsys.readouterr()
    return path


def _churn(capsys, project, *extra):
    code = main(["churn", "--project", str(project), "--as-of", "2025-07-01", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_counts_the_rhythm_and_bands_as_worked_out_by_hand(project, capsys):
    code, out, _ = _churn(capsys, project, "--json")
    doc = json.loads(out)
    assert code == 0
    assert (doc["repeat_customers"], doc["one_time"], doc["no_orders"]) == (2, 3, 3)
    assert doc["median_interval_days"] == 165.0
    assert {b["key"]: b["count"] for b in doc["bands"]} == {"low": 1, "medium": 1, "high": 0}
    assert doc["most_overdue"] == [{"customer": "1007", "overdue_days": 1, "usual_interval_days": 201.0,
                                    "last_order": "2024-09-02", "expected_next_order": "2025-03-22"}]


def test_the_text_says_the_rule_and_the_bands_in_finnish(project, capsys):
    code, out, _ = _churn(capsys, project, "--lang", "fi")
    assert code == 0
    assert "Ostorytmi 2025-07-01: 2 toistuvaa ostajaa" in out
    assert "1,5 kertaa" in out                       # the rule in words, with a Finnish decimal comma
    assert "kohtalainen" in out and "1007: 1 päivää myöhässä" in out
    assert "viimeksi 2.9.2024, seuraavaa odotettiin 22.3.2025)" in out


def test_top_zero_lists_nobody(project, capsys):
    code, out, _ = _churn(capsys, project, "--json", "--top", "0")
    assert code == 0 and json.loads(out)["most_overdue"] == []


def test_a_project_without_orders_is_refused_with_exit_2(tmp_path, capsys):
    path = tmp_path / "vain_asiakkaat.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--project", str(path)]) == 0
    capsys.readouterr()
    code, _, err = _churn(capsys, path)
    assert code == 2 and "no orders" in err


def test_customers_without_a_rhythm_are_said_to_have_bought_on_one_day_not_once(project, capsys):
    # The rhythm counts ordering days; "bought once" disagreed with RFM's "F 1 (1 order)" for the same shop.
    _, out, _ = _churn(capsys, project)
    assert "2 repeat customers, 3 bought on one day only, 3 not yet" in out
    _, out, _ = _churn(capsys, project, "--lang", "fi")
    assert "3 ostanut vain yhtenä päivänä" in out
    assert "Nämä lasketaan vain asiakkaille, jotka ovat tilanneet vähintään kahtena eri päivänä." in out
