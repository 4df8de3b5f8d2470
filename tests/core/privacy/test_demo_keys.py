"""Demo mode and customer keys that name the person: a shop without customer numbers keys its customers by
email, and WooCommerce's customer report by the customer's full name; the key column is then replaced like
any name or email (its real values still key the pseudonyms), while a customer number stays as it is."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.export.export_job import export_segments
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.privacy.personal_columns import EMAIL, FULL, key_kind
from segmentdesk.core.privacy.pseudonyms import project_pseudonyms
from segmentdesk.core.project.project import Project
from segmentdesk.core.segments.model import Group, Segment

WOOCOMMERCE = Path(__file__).resolve().parents[2] / "data" / "webshops" / "woocommerce_customers.csv"
AS_OF = dt.date(2026, 12, 1)


@pytest.mark.parametrize("values, kind", [(["1001", "1002", "1003"], None), (["ABC-123", "X12"], None),
                                          (["aino.makela@example.fi", "eero@example.fi"], EMAIL),
                                          (["Aino Mäkelä", "Eero Järvinen", "Jean-Luc Picard"], FULL)])
def test_a_key_column_is_personal_when_it_holds_names_or_emails(values, kind):
    assert key_kind(pd.Series(values)) == kind


@pytest.fixture(scope="module")
def woocommerce() -> Project:
    ds = run_import(ImportPlan.for_files(WOOCOMMERCE), as_of=AS_OF).dataset
    assert ds.customers.roles["customer_id"] == "Name"          # the layout keys customers by name
    return Project(dataset=ds, segments=[Segment("Kaikki", Group("all", []))], demo_secret=bytes(range(32)))


def test_a_woocommerce_customers_name_is_replaced_on_screen_and_in_exports(woocommerce, tmp_path):
    names = [n for n in pd.read_csv(WOOCOMMERCE, dtype=str)["Name"].dropna()]
    demo = project_pseudonyms(woocommerce)
    shown = demo.customers()["Name"].to_csv()
    assert names and not [n for n in names if n in shown]
    report = export_segments(woocommerce, woocommerce.segments, out=tmp_path / "out", format="csv-utf8", as_of=AS_OF,
                             columns=["email", "customer_id"], include_without_consent=True, pseudonyms=demo)
    written = "\n".join(p.read_text(encoding="utf-8-sig") for p in report.files)
    assert report.rows and not [n for n in names if n in written]


def test_a_key_column_mixing_numbers_and_emails_keeps_its_numbers():
    assert key_kind(pd.Series(["1001", "ville.virtanen@posti.fi"])) is None
