"""The session's customer-register changes: one undo step each, saved as rows, the data re-laid."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.register.operations import RegisterError
from segmentdesk.ui.session import Change, Session

ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi", "consent_email": "Lupa"}


@pytest.fixture
def session(qapp, tmp_path):
    path = tmp_path / "rekisteri.segdesk"
    frame = pd.DataFrame([("1", "aino@example.fi", "Aino", "kyllä"), ("2", "eero@example.fi", "Eero", "ei")],
                         columns=["Nro", "Email", "Nimi", "Lupa"], dtype=object)
    save_project(Project(dataset=build_dataset(frame, ROLES)), path)
    s = Session(as_of=dt.date(2026, 5, 1))
    s.open(path)
    return s


def names(session) -> list[str]:
    return session.dataset.customers.frame["Nimi"].tolist()


def test_an_edit_changes_the_data_and_announces_it(session):
    seen = []
    session.changed.connect(lambda change, _who: seen.append(change))
    session.edit_customer("customer_id:2", {"first_name": "Eetu"})
    assert names(session) == ["Aino", "Eetu"]
    assert seen and seen[0] & Change.DATA


def test_undo_and_redo_of_an_edit(session):
    session.edit_customer("customer_id:2", {"first_name": "Eetu"}, note="Hi",
                          consent=(True, "shop", dt.date(2026, 5, 1)))
    session.undo_stack.undo()
    assert names(session) == ["Aino", "Eero"] and not session.project.register
    session.undo_stack.redo()
    assert names(session) == ["Aino", "Eetu"] and session.dataset.consent.tolist() == [True, True]


def test_add_and_delete_customers_undoably(session):
    session.add_customer({"customer_id": "3", "first_name": "Liisa"})
    session.delete_customer("customer_id:1")
    assert names(session) == ["Eero", "Liisa"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert names(session) == ["Aino", "Eero"]


def test_a_bad_value_changes_nothing(session):
    with pytest.raises(RegisterError):
        session.edit_customer("customer_id:2", {"consent_email": "maybe"})
    assert session.undo_stack.count() == 0


def test_saving_writes_the_edits_as_rows_not_the_column_data(session):
    blobs = sqlite3.connect(session.path).execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone()
    session.edit_customer("customer_id:2", {"first_name": "Eetu"})
    session.save()
    assert sqlite3.connect(session.path).execute("SELECT group_concat(hex(data) || hex(coalesce(value_list, ''))) FROM column_data").fetchone() \
        == blobs
    assert load_project(session.path).dataset.customers.frame["Nimi"].tolist() == ["Aino", "Eetu"]


def test_a_saved_snapshot_keeps_the_register(session, tmp_path):
    session.edit_customer("customer_id:2", {"first_name": "Eetu"})
    save_project(session.snapshot(), session.path, incremental=True)
    assert len(load_project(session.path).register.edits) == 1


def test_an_import_in_the_window_keeps_the_users_edits(session):
    session.edit_customer("customer_id:2", {"first_name": "Eetu"})
    frame = pd.DataFrame([("1", "aino@example.fi", "Aino", "kyllä"), ("2", "eero@example.fi", "Eerik", "ei")],
                         columns=["Nro", "Email", "Nimi", "Lupa"], dtype=object)
    session.set_dataset(build_dataset(frame, ROLES), sources={"customers": "new.csv"}, at=dt.datetime(2026, 6, 1))
    assert names(session) == ["Aino", "Eetu"]
