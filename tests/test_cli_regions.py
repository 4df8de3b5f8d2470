"""Regions through the command line: a file's empty region column or cell never hides the postal-code lookup."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmentdesk.cli import main

WEBSHOPS = Path(__file__).resolve().parent / "data" / "webshops"


def region_counts(capsys, tmp_path: Path, customers: Path, regions: list[str]) -> dict[str, int]:
    project = tmp_path / "p.segdesk"
    assert main(["import", str(customers), "--project", str(project)]) == 0
    for region in regions:
        segment = tmp_path / f"{region}.segment.json"
        segment.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": region,
                                       "rule": {"all": [{"field": "region", "op": "in", "value": [region]}]}}),
                           encoding="utf-8")
        assert main(["segment", "add", "--project", str(project), "--file", str(segment)]) == 0
    capsys.readouterr()
    assert main(["segments", "--project", str(project), "--as-of", "2025-07-01", "--json"]) == 0
    return {row["name"]: row["count"] for row in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("export", ["shopify_customers.csv", "shopify_customers_legacy.csv"])
def test_a_shopify_export_with_an_empty_province_column_gets_regions_from_postal_codes(export, tmp_path, capsys):
    # Postal codes 00100 Helsinki, 33100 Tampere, 20100 Turku, 90100 Oulu, 40100 Jyväskylä.
    counts = region_counts(capsys, tmp_path, WEBSHOPS / export, ["Uusimaa", "Pirkanmaa", "Keski-Suomi"])
    assert counts == {"Uusimaa": 1, "Pirkanmaa": 1, "Keski-Suomi": 1}


def test_a_region_the_file_gives_wins_over_the_postal_code_cell_by_cell(tmp_path, capsys):
    customers = tmp_path / "asiakkaat.csv"
    customers.write_text("Asiakasnumero;Sähköposti;Postinumero;Maakunta\n"
                         "1;a@x.fi;00100;\n2;b@x.fi;00100;Lappi\n3;c@x.fi;33100;\n", encoding="utf-8")
    counts = region_counts(capsys, tmp_path, customers, ["Uusimaa", "Lappi", "Pirkanmaa"])
    assert counts == {"Uusimaa": 1, "Lappi": 1, "Pirkanmaa": 1}
