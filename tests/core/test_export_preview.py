"""The export dialog's core helpers: the preview is the export's first rows, targets and dated names."""
from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.export.destination import dated_path
from segmentdesk.core.export.email_csv import CSV_FORMATS, LAYOUTS, write_email_csv
from segmentdesk.core.export.export_job import export_targets
from segmentdesk.core.export.preview import preview_table
from segmentdesk.core.export.workbook import write_workbook
from segmentdesk.core.segments.model import Segment, node_from_json

AS_OF = dt.date(2025, 7, 1)


@pytest.fixture
def shop():
    customers = pd.DataFrame({
        "Sähköposti": [f"p{i}@example.fi" for i in range(8)], "Etunimi": ["=1+1", "Aino", "Eero", "Pia", "Olli",
                                                                          "Ville", "Sanna", "Liisa"],
        "Syntymäaika": ["3.7.1985"] * 8, "Postinumero": ["00100"] * 8, "Lupa": ["kyllä"] * 7 + ["ei"]}, dtype=object)
    return build_dataset(customers, {"email": "Sähköposti", "first_name": "Etunimi", "birth_date": "Syntymäaika",
                                     "postal_code": "Postinumero", "consent_email": "Lupa"})


EVERYONE = Segment("Kaikki", node_from_json({"all": []}))
COLUMNS = ["email", "first_name", "birth_date", "postal_code"]


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_the_csv_preview_is_the_file_s_first_rows(tmp_path, shop, fmt):
    write_email_csv(tmp_path / "x.csv", shop, [EVERYONE], tool=fmt, as_of=AS_OF, columns=COLUMNS)
    layout = LAYOUTS[fmt]
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f, delimiter=layout.delimiter))
    preview = preview_table(shop, np.ones(len(shop), dtype=bool), format=fmt, as_of=AS_OF, columns=COLUMNS,
                            segment_name="Kaikki")
    assert preview == written[:6]


def test_the_workbook_preview_shows_the_cells_as_the_sheet_does(tmp_path, shop):
    write_workbook(tmp_path / "x.xlsx", shop, [EVERYONE], as_of=AS_OF, columns=COLUMNS, lang="fi")
    sheet = [list(r) for r in load_workbook(tmp_path / "x.xlsx")["Kaikki"].iter_rows(max_row=3, values_only=True)]
    preview = preview_table(shop, np.ones(len(shop), dtype=bool), format="xlsx", as_of=AS_OF, columns=COLUMNS,
                            lang="fi")
    assert preview[0] == sheet[0] == ["Sähköposti", "Etunimi", "Syntymäaika", "Postinumero"]
    assert preview[1] == ["p0@example.fi", "=1+1", "3.7.1985", "00100"] and sheet[1][1] == "=1+1"
    assert len(preview) == 6


def test_a_dated_name_never_overwrites(tmp_path):
    target = tmp_path / "lista.xlsx"
    first = dated_path(target, dt.date(2026, 12, 5))
    assert first.name == "lista-2026-12-05.xlsx"
    first.write_bytes(b"x")
    assert dated_path(target, dt.date(2026, 12, 5)).name == "lista-2026-12-05-2.xlsx"


def test_export_targets_name_every_file_an_export_writes(tmp_path):
    assert export_targets(tmp_path / "a.xlsx", "xlsx", ["A", "B"]) == [tmp_path / "a.xlsx"]
    assert export_targets(tmp_path / "out", "brevo", ["A", "B"]) == [tmp_path / "out" / "A.csv",
                                                                       tmp_path / "out" / "B.csv"]
    assert export_targets(tmp_path / "out", "xlsx", ["A"], file_per_segment=True) == [tmp_path / "out" / "A.xlsx"]
