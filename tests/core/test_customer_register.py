"""The customer register: the user's edits, notes, consent records and deletions, stored row by row."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.register import operations as ops
from segmentdesk.core.register.operations import RegisterError
from segmentdesk.core.register.register import apply_to_register

AT = dt.datetime(2026, 5, 1, 12, 0)
ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi", "consent_email": "Lupa",
         "interests": "Tagit"}
ROWS = [("1", "aino@example.fi", "Aino", "kyllä", "jooga"),
        ("2", "eero@example.fi", "Eero", "ei", ""),
        ("3", "sanna@example.fi", "Sanna", "kyllä", "kahvi")]


def frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["Nro", "Email", "Nimi", "Lupa", "Tagit"], dtype=object)


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "rekisteri.segdesk"
    save_project(Project(dataset=build_dataset(frame(ROWS), ROLES)), target)
    return target


def change(path, make):
    """Write the change ``make(dataset)`` returns, as the app or the command line does; returns its undo."""
    dataset = load_project(path).dataset
    with ProjectFile.open(path, write=True) as pf:
        return pf.change_register(make(dataset))


def names(path) -> list[str]:
    return load_project(path).dataset.customers.frame["Nimi"].tolist()


def test_an_edit_survives_closing_and_opening_the_project(path):
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"first_name": "Eetu"}, at=AT))
    assert names(path) == ["Aino", "Eetu", "Sanna"]


def test_a_field_is_named_by_role_or_by_column_header_in_any_case(path):
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"nimi": "Eetu"}, at=AT))
    assert names(path)[1] == "Eetu"


def test_an_edit_writes_its_row_and_leaves_the_column_blobs_alone(path):
    before = sqlite3.connect(path).execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone()
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"first_name": "Eetu"}, at=AT))
    con = sqlite3.connect(path)
    assert con.execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone() == before
    assert con.execute("SELECT customer_key, field, value_json FROM customer_edits").fetchall() == [
        ("customer_id:2", "role:first_name", '"Eetu"')]


def test_undoing_an_edit_brings_the_old_value_back_and_redo_the_new(path):
    undo = change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"first_name": "Eetu"}, at=AT))
    with ProjectFile.open(path, write=True) as pf:
        redo = pf.change_register(undo)
    assert names(path)[1] == "Eero"
    with ProjectFile.open(path, write=True) as pf:
        pf.change_register(redo)
    assert names(path)[1] == "Eetu"


def test_an_unknown_field_or_a_bad_value_is_refused(path):
    dataset = load_project(path).dataset
    with pytest.raises(RegisterError):
        ops.edit_fields(dataset, "customer_id:2", {"shoe size": "42"}, at=AT)
    with pytest.raises(RegisterError):
        ops.edit_fields(dataset, "customer_id:2", {"consent_email": "maybe"}, at=AT)


def test_an_added_customer_is_in_the_data_after_opening(path):
    key, made = ops.add_customer(load_project(path).dataset, {"customer_id": "4", "first_name": "Liisa",
                                                              "email": "liisa@example.fi"}, at=AT)
    with ProjectFile.open(path, write=True) as pf:
        pf.change_register(made)
    assert key == "customer_id:4"
    assert names(path) == ["Aino", "Eero", "Sanna", "Liisa"]


def test_a_new_customer_needs_the_key_field(path):
    with pytest.raises(RegisterError):
        ops.add_customer(load_project(path).dataset, {"first_name": "Liisa"}, at=AT)


def test_a_deleted_customer_is_gone_and_undo_brings_them_back(path):
    undo = change(path, lambda ds: ops.delete_customer("customer_id:1", at=AT))
    assert names(path) == ["Eero", "Sanna"]
    with ProjectFile.open(path, write=True) as pf:
        pf.change_register(undo)
    assert names(path) == ["Aino", "Eero", "Sanna"]


def test_the_latest_consent_record_by_date_decides_and_the_history_is_kept(path):
    for given, on in ((True, dt.date(2026, 3, 1)), (False, dt.date(2026, 4, 1)), (True, dt.date(2026, 2, 1))):
        change(path, lambda ds, g=given, d=on: ops.record_consent("customer_id:1", given=g, how="shop", on=d,
                                                                   at=AT))
    project = load_project(path)
    _, history, _ = project.register.of("customer_id:1")
    assert [(e.on, e.given) for e in history] == [("2026-02-01", True), ("2026-03-01", True),
                                                  ("2026-04-01", False)]
    assert project.dataset.consent.tolist() == [False, False, True]


def test_consent_is_recorded_only_as_given_by_a_known_way(path):
    with pytest.raises(RegisterError):
        ops.record_consent("customer_id:1", given=True, how="telepathy", on=dt.date(2026, 1, 1), at=AT)


def test_notes_are_kept_in_order_with_their_dates(path):
    change(path, lambda ds: ops.add_note("customer_id:3", "Asks for gluten-free", on=dt.date(2026, 1, 2)))
    change(path, lambda ds: ops.add_note("customer_id:3", "Moved to Tampere", on=dt.date(2026, 2, 3)))
    _, _, notes = load_project(path).register.of("customer_id:3")
    assert [(n.on, n.text) for n in notes] == [("2026-01-02", "Asks for gluten-free"),
                                               ("2026-02-03", "Moved to Tampere")]


def test_the_register_is_copied_when_the_project_is_saved_as_another_file(path, tmp_path):
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"first_name": "Eetu"}, at=AT))
    copy = tmp_path / "kopio.segdesk"
    save_project(load_project(path), copy)
    assert names(copy)[1] == "Eetu"
    assert len(load_project(copy).register.edits) == 1


def test_a_format_2_project_is_upgraded_on_its_first_edit(path):
    con = sqlite3.connect(path)
    for table in ("customer_edits", "consent_events", "customer_notes"):
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE meta SET value = 'segmentdesk.project/2' WHERE key = 'format'")
    con.commit()
    con.close()
    assert load_project(path).register.edits == []
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"first_name": "Eetu"}, at=AT))
    assert names(path)[1] == "Eetu"


def test_a_reimport_keeps_the_users_edit_and_reports_the_conflict(path, tmp_path):
    change(path, lambda ds: ops.edit_fields(ds, "customer_id:2", {"email": "eero.uusi@example.fi"}, at=AT))
    change(path, lambda ds: ops.delete_customer("customer_id:3", at=AT))
    newer = tmp_path / "asiakkaat.csv"
    frame([("1", "aino@example.fi", "Aino Maria", "kyllä", "jooga"), *ROWS[1:]]).to_csv(newer, sep=";",
                                                                                       index=False)
    project = load_project(path)
    base = ImportPlan.for_files(newer)
    plan = dataclasses.replace(base, customers=dataclasses.replace(base.customers, roles=dict(ROLES)))
    result = run_import(plan, as_of=dt.date(2026, 6, 1), previous=project.dataset, register=project.register,
                        warm=False, count_problems=False)
    customers = result.dataset.customers.frame
    assert customers["Email"].tolist() == ["aino@example.fi", "eero.uusi@example.fi"]   # 3 stays deleted
    assert customers["Nimi"].tolist() == ["Aino Maria", "Eero"]                          # the file's new value
    assert [(c.key, c.field, c.data_value, c.user_value) for c in result.conflicts] == [
        ("customer_id:2", "role:email", "eero@example.fi", "eero.uusi@example.fi")]
    assert result.reimport.counts()["new"] == 0


def test_a_change_applied_in_memory_matches_the_file_and_undoes(path):
    project = load_project(path)
    made = ops.combined(ops.edit_fields(project.dataset, "customer_id:2", {"first_name": "Eetu"}, at=AT),
                        ops.add_note("customer_id:2", "Hi", on=AT.date()))
    undo = apply_to_register(project.register, made)
    with ProjectFile.open(path, write=True) as pf:
        pf.change_register(made)
    assert project.register == load_project(path).register
    apply_to_register(project.register, undo)
    assert not project.register
