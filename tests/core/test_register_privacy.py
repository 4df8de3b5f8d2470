"""The customer register and GDPR requests: an erasure removes a person's edits, consent records and
notes; an access request lists them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.project.erase import erase_person
from segmentdesk.core.project.person_data import person_record
from segmentdesk.core.project.person_match import PersonQuery
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.register import operations as ops

AT = dt.datetime(2026, 5, 1, 12, 0)
NOTE = "Tilasi kakun Kirsikkatorin myymälästä"
ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi", "consent_email": "Lupa"}


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "rekisteri.segdesk"
    frame = pd.DataFrame([("1", "aino@example.fi", "Aino", "kyllä"), ("2", "eero@example.fi", "Eero", "ei")],
                         columns=["Nro", "Email", "Nimi", "Lupa"], dtype=object)
    save_project(Project(dataset=build_dataset(frame, ROLES)), path)
    dataset = load_project(path).dataset
    with ProjectFile.open(path, write=True) as pf:
        pf.change_register(ops.combined(
            ops.edit_fields(dataset, "customer_id:2", {"first_name": "Eerikki"}, at=AT),
            ops.add_note("customer_id:2", NOTE, on=AT.date()),
            ops.record_consent("customer_id:2", given=True, how="shop", on=AT.date(), at=AT),
            ops.add_note("customer_id:1", "Aino's note", on=AT.date())))
    return path


def test_an_access_request_lists_the_persons_edits_consent_and_notes(project):
    record = person_record(project, PersonQuery(email="eero@example.fi"), as_of=AT.date())
    assert [n["text"] for n in record["register"]["notes"]] == [NOTE]
    assert record["register"]["consent"][0]["how"] == "shop"
    assert record["register"]["edits"][0]["value"] == "Eerikki"


def test_an_erasure_removes_the_persons_register_rows_and_their_bytes(project, tmp_path):
    erase_person(project, PersonQuery(email="eero@example.fi"), at=AT, backup_root=tmp_path / "backups")
    register = load_project(project).register
    assert {e.key for e in register.edits} | {n.key for n in register.notes} | {c.key for c in register.consent} \
        == {"customer_id:1"}
    raw = b"".join(p.read_bytes() for p in (project, Path(f"{project}-wal")) if p.exists())
    assert NOTE.encode("utf-8") not in raw and b"Eerikki" not in raw
