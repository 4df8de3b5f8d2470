"""The import plan: its JSON, and run_import carrying it out on this month's and next month's files."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from segmentdesk.core.errors import ImportPlanError, ProjectError
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import FORMAT, FilePlan, ImportPlan, read_plan_file
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project

AS_OF = dt.date(2025, 7, 1)


def full_plan() -> ImportPlan:
    return ImportPlan(FilePlan("/shop/asiakkaat.xlsx", sheet="Asiakkaat", header_row=2, layout=None,
                               roles={"email": "Sähköposti", "customer_id": "Nro"},
                               headers=("Nro", "Sähköposti", "Muuta")),
                      FilePlan("/shop/tilaukset.csv", encoding="cp1252", delimiter=";", layout="Shopify"),
                      fixes=("merge_duplicates", "trim_spaces"), on_existing="replace")


def write_csv(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plan_survives_its_json_unchanged():
    plan = full_plan()
    assert ImportPlan.loads(plan.dumps()) == plan


def test_the_json_names_its_format_and_counts_heading_rows_from_one():
    doc = full_plan().to_json()
    assert doc["format"] == FORMAT == "segmentdesk.import-plan/1"
    assert doc["customers"]["read"]["header_row"] == 3
    assert doc["fixes"] == ["trim_spaces", "merge_duplicates"]       # in the order the fixes run


def test_a_plan_of_a_newer_format_is_refused():
    doc = full_plan().to_json() | {"format": "segmentdesk.import-plan/2"}
    with pytest.raises(ImportPlanError) as caught:
        ImportPlan.from_json(doc)
    assert caught.value.details["reason"] == "newer_format"


@pytest.mark.parametrize("doc", [{"format": "segmentdesk.segment/1"}, [], {"customers": {"path": "a.csv"}}])
def test_something_else_is_not_taken_for_a_plan(doc):
    with pytest.raises(ImportPlanError) as caught:
        ImportPlan.from_json(doc)
    assert caught.value.details["reason"] == "not_a_plan"


def test_a_plan_naming_an_unknown_role_is_refused():
    doc = full_plan().to_json()
    doc["customers"]["roles"]["shoe_size"] = "Muuta"
    with pytest.raises(ImportPlanError) as caught:
        ImportPlan.from_json(doc)
    assert caught.value.details == {"reason": "unknown_role", "role": "shoe_size", "table": "customers"}


def test_a_plan_file_that_is_not_json_is_refused(tmp_path):
    path = write_csv(tmp_path / "plan.json", "not json")
    with pytest.raises(ImportPlanError):
        read_plan_file(path)


def test_run_import_returns_the_plan_it_carried_out(data_dir):
    result = run_import(ImportPlan.for_files(data_dir / "customers_fi.csv"), as_of=AS_OF)
    customers = result.plan.customers
    assert customers.roles == result.dataset.customers.roles
    assert customers.headers == tuple(result.customers_raw.columns)
    assert customers.layout is None


def test_a_plans_roles_are_used_for_next_months_file(tmp_path):
    first = write_csv(tmp_path / "a.csv", "Nro;Posti;Puhelin\n1;a@x.fi;040 1\n2;b@x.fi;040 2\n")
    plan = run_import(ImportPlan.for_files(first), as_of=AS_OF).plan
    chosen = ImportPlan(FilePlan(str(first), roles={"customer_id": "Nro", "email": "Posti"},   # phone left out
                                 headers=plan.customers.headers))
    second = write_csv(tmp_path / "b.csv", "Nro;Posti;Puhelin\n3;c@x.fi;040 3\n")
    result = run_import(chosen.with_files(second), as_of=AS_OF)
    assert result.dataset.customers.roles == {"customer_id": "Nro", "email": "Posti"}
    assert not result.customer_choice.drifted


def test_a_renamed_column_is_guessed_and_reported(tmp_path):
    plan = ImportPlan(FilePlan("a.csv", roles={"customer_id": "Nro", "email": "Posti"}, headers=("Nro", "Posti")))
    second = write_csv(tmp_path / "b.csv", "Nro;Sähköposti\n3;c@x.fi\n")
    result = run_import(plan.with_files(second), as_of=AS_OF)
    choice = result.customer_choice
    assert choice.missing == {"email": "Posti"}
    assert choice.guessed == {"email": "Sähköposti"}
    assert result.dataset.customers.roles == {"customer_id": "Nro", "email": "Sähköposti"}


def test_a_plans_fixes_are_applied(tmp_path):
    path = write_csv(tmp_path / "a.csv", "Nro;Sähköposti\n1;AINO@X.FI\n2;eero@x.fi\n")
    plan = ImportPlan(FilePlan(str(path)), fixes=("lowercase_emails",))
    result = run_import(plan, as_of=AS_OF)
    assert result.dataset.customers.role_column("email").tolist() == ["aino@x.fi", "eero@x.fi"]
    assert result.fixes_done["lowercase_emails"].count == 1


def test_a_plan_saying_replace_does_not_merge_into_the_previous_data(tmp_path):
    first = write_csv(tmp_path / "a.csv", "Nro;Sähköposti\n1;a@x.fi\n2;b@x.fi\n")
    previous = run_import(ImportPlan.for_files(first), as_of=AS_OF).dataset
    second = write_csv(tmp_path / "b.csv", "Nro;Sähköposti\n3;c@x.fi\n")
    merged = run_import(ImportPlan.for_files(second), as_of=AS_OF, previous=previous)
    replaced = run_import(ImportPlan(FilePlan(str(second)), on_existing="replace"), as_of=AS_OF, previous=previous)
    assert (len(merged.dataset), merged.replaced) == (3, False)
    assert (len(replaced.dataset), replaced.replaced, replaced.reimport) == (1, True, None)


def test_roles_remembered_for_the_same_headers_are_used_for_a_new_file(tmp_path):
    path = write_csv(tmp_path / "a.csv", "Nro;Posti;Puhelin\n1;a@x.fi;040 1\n")
    remembered = {"nro|posti|puhelin": {"customer_id": "Nro", "email": "Posti"}}
    result = run_import(ImportPlan.for_files(path), as_of=AS_OF, remembered=remembered)
    assert result.dataset.customers.roles == {"customer_id": "Nro", "email": "Posti"}


# -- kept in the project -----------------------------------------------------------------------------
def test_a_project_keeps_its_plan(tmp_path):
    project = Project(plan=full_plan())
    save_project(project, tmp_path / "p.segdesk")
    assert load_project(tmp_path / "p.segdesk").plan == full_plan()


def test_a_project_saved_before_plans_opens_without_one(tmp_path):
    path = tmp_path / "old.segdesk"
    save_project(Project(plan=full_plan()), path)
    with sqlite3.connect(path) as con:             # as the app wrote it before plans were kept
        con.execute("DELETE FROM meta WHERE key = 'import_plan'")
    con.close()
    assert load_project(path).plan is None


def test_a_project_whose_plan_is_of_a_newer_format_is_refused_not_stripped(tmp_path):
    path = tmp_path / "new.segdesk"
    save_project(Project(plan=full_plan()), path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = 'import_plan'",
                    (json.dumps(full_plan().to_json() | {"format": "segmentdesk.import-plan/9"}),))
    con.close()
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert caught.value.details["reason"] == "format"


def test_a_file_with_none_of_the_plans_headers_is_mapped_as_a_new_file(data_dir):
    plan = ImportPlan(FilePlan("a.csv", roles={"customer_id": "Nro", "email": "Posti"}, headers=("Nro", "Posti"),
                               layout="Shopify"))
    shopify = data_dir / "webshops" / "shopify_customers.csv"
    result = run_import(plan.with_files(shopify), as_of=AS_OF)
    assert result.customer_layout == "Shopify"
    assert result.dataset.customers.roles["email"] == "Email"
    assert not result.customer_choice.drifted
