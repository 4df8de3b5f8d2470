"""Erasing a person: gone from the project's bytes, its WAL and every backup; everyone else intact."""
from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

import numpy as np
import pytest

from segmentdesk.core.data.dataset import Dataset, type_table
from segmentdesk.core.errors import ProjectError
from segmentdesk.core.project.backups import list_backups, make_backup
from segmentdesk.core.project.erase import erase_person
from segmentdesk.core.project.person_match import PersonQuery
from segmentdesk.core.project.project import AuditEntry, Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.snapshot_members import decode_keys, decode_members, encode_keys, encode_members
from segmentdesk.core.project.store import load_project, write_new_project
from segmentdesk.core.segments.model import Segment, node_from_json
import pandas as pd

AT = dt.datetime(2026, 5, 1, 12, 0)
EMAIL, FIRST, LAST, PHONE = "anna.virtanen@example.fi", "Annukka", "Virtasalo", "+358 40 987 6543"
OTHERS = [("C-1", "pekka@example.fi", "Pekka", "Puupää", "+358 50 111 2222"),
          ("C-3", "liisa@example.fi", "Liisa", "Laine", "+358 44 333 4444")]


def _dataset() -> Dataset:
    people = [OTHERS[0], ("C-2", EMAIL, FIRST, LAST, PHONE), OTHERS[1]]
    customers = pd.DataFrame(people, columns=["Asiakasnumero", "Sähköposti", "Etunimi", "Sukunimi", "Puhelin"])
    customers["Lupa"] = ["kyllä", "kyllä", "kyllä"]
    roles = {"customer_id": "Asiakasnumero", "email": "Sähköposti", "first_name": "Etunimi",
             "last_name": "Sukunimi", "phone": "Puhelin", "consent_email": "Lupa"}
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3", "T4"], "Asiakas": ["C-1", "C-2", "C-2", "C-3"],
                           "Summa": ["10", "20", "30", "40"], "Pvm": ["2025-01-01"] * 4})
    order_roles = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa", "order_date": "Pvm"}
    return Dataset(type_table(customers, roles), type_table(orders, order_roles))


def _add_snapshot(pf: ProjectFile, keys: list[str]) -> None:
    with pf.transaction():
        con = pf.connection
        cur = con.execute("INSERT INTO snapshots (taken_at, reason, as_of, key_role, keys) VALUES (?, ?, ?, ?, ?)",
                          (AT.isoformat(), "manual", "2026-05-01", "customer_id", encode_keys(keys)))
        con.execute("INSERT INTO snapshot_segments VALUES (?, 0, 'Kaikki', '{}', 'k', 3, 3, 100, 25, 1.3, ?)",
                    (cur.lastrowid, encode_members(np.array([True, True, True]))))


@pytest.fixture
def project(tmp_path) -> Path:
    """A project with the person in its data, a snapshot, the log, a backup and an open WAL."""
    path = tmp_path / "kauppa.segdesk"
    write_new_project(Project(dataset=_dataset(), segments=[Segment("Kaikki", node_from_json({"all": []}))]), path)
    make_backup(path, at=AT, reason="import")
    with ProjectFile.open(path, write=True) as pf:
        _add_snapshot(pf, ["C-1", "C-2", "C-3"])
        pf.append_log(AuditEntry(AT, "note", {"about": EMAIL, "who": f"{FIRST} {LAST}", "phone": PHONE}))
        # A long text naming the person (a few pages): scrubbing it frees pages that held their name.
        story = " ".join(f"{FIRST} {LAST} called about order {n}." for n in range(600))
        pf.append_log(AuditEntry(AT, "note", {"text": story}))
    make_backup(path, at=AT + dt.timedelta(seconds=5), reason="open")
    return path


def _files(path: Path) -> list[Path]:
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    for backup in list_backups(path):
        files += [p for p in (backup.path, Path(f"{backup.path}-wal"), backup.path.with_suffix(".json"))
                  if p.exists()]
    return files


def _inflated(raw: bytes) -> bytes:
    """Every zlib stream in ``raw`` inflated (the column blobs' lists of values are zlib-compressed)."""
    out, start = [], 0
    while (i := raw.find(b"\x78\x01", start)) >= 0:
        try:
            out.append(zlib.decompressobj().decompress(raw[i:]))
        except zlib.error:
            pass
        start = i + 1
    return b"".join(out)


def _hits(files: list[Path]) -> list[str]:
    needles = [EMAIL, FIRST, LAST, PHONE, "+358409876543"]
    found = []
    for file in files:
        raw = file.read_bytes()
        for text in (raw, _inflated(raw)):
            for needle in needles:
                if needle.encode("utf-8") in text or needle.encode("utf-8").lower() in text.lower():
                    found.append(f"{file.name}: {needle}")
    return found


def test_the_check_finds_the_person_before_the_erasure(project):
    # Keeps the byte search honest: it must see the person where they are.
    with ProjectFile.open(project, write=True):          # an open connection keeps the WAL
        hits = _hits(_files(project))
    assert any(FIRST in h for h in hits) and any(EMAIL in h for h in hits)
    assert any(h.startswith(list_backups(project)[-1].path.name) for h in hits)


def test_an_erased_person_leaves_no_bytes_in_the_project_its_wal_or_any_backup(project):
    with ProjectFile.open(project, write=True) as other:     # a window's connection: the WAL stays meanwhile
        other.append_log(AuditEntry(AT, "note", {"text": "the WAL now holds pages naming the person"}))
        assert Path(f"{project}-wal").stat().st_size > 0
        erasure = erase_person(project, PersonQuery(email="  Anna.Virtanen@EXAMPLE.fi "), at=AT)
        assert (erasure.customers, erasure.orders, erasure.backups_erased) == (1, 2, 2)
        assert _hits(_files(project)) == []
    assert _hits(_files(project)) == []


def test_an_erasure_leaves_no_free_pages_behind(project):
    erase_person(project, PersonQuery(email=EMAIL), at=AT)
    for file in (project, *(b.path for b in list_backups(project))):
        with ProjectFile.open(file) as pf:
            assert pf.connection.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_the_other_customers_and_their_orders_are_intact_after_an_erasure(project):
    erase_person(project, PersonQuery(customer_id="c-2"), at=AT)
    ds = load_project(project).dataset
    assert ds.customers.role_column("customer_id").tolist() == ["C-1", "C-3"]
    assert ds.orders.role_column("order_id").tolist() == ["T1", "T4"]
    assert ds.metrics["total_spend"].tolist() == [10.0, 40.0]
    for backup in list_backups(project):
        assert load_project(backup.path).dataset.customers.role_column("customer_id").tolist() == ["C-1", "C-3"]


def test_an_erasure_takes_the_person_out_of_every_snapshot(project):
    erase_person(project, PersonQuery(email=EMAIL), at=AT)
    with ProjectFile.open(project) as pf:
        keys = decode_keys(pf.connection.execute("SELECT keys FROM snapshots").fetchone()[0])
        members = pf.connection.execute("SELECT members FROM snapshot_segments").fetchone()[0]
    assert keys == ["C-1", "C-3"]
    assert decode_members(members, 2).tolist() == [True, True]


def test_an_erasure_is_logged_with_counts_only_and_puts_the_address_on_the_list(project):
    erase_person(project, PersonQuery(email=EMAIL), at=AT)
    loaded = load_project(project)
    assert loaded.audit[-1].action == "erase"
    assert loaded.audit[-1].details == {"customers": 1, "orders": 2}
    assert EMAIL in loaded.do_not_contact
    assert loaded.do_not_contact.entries[next(iter(loaded.do_not_contact.entries))].source == "erase"
    assert EMAIL not in json.dumps([e.details for e in loaded.audit])


def test_erasing_someone_the_project_does_not_hold_changes_nothing(project):
    before = project.read_bytes()
    with pytest.raises(ProjectError) as caught:
        erase_person(project, PersonQuery(email="nobody@example.fi"), at=AT)
    assert caught.value.details["reason"] == "no_person"
    assert project.read_bytes() == before


def test_an_erasure_takes_the_person_out_of_segments_that_list_them(tmp_path):
    path = tmp_path / "listat.segdesk"
    frozen = [Segment("Klusteri 1", node_from_json({"all": [{"field": "customer_id", "op": "in", "value": ["C-1", "C-2"]}]})),
              Segment("Osoitteet", node_from_json({"any": [{"field": "email", "op": "in", "value": [EMAIL.upper(), "liisa@example.fi"]},
                                                           {"field": "email", "op": "eq", "value": EMAIL}]})),
              Segment("Muut", node_from_json({"all": [{"field": "customer_id", "op": "ne", "value": "C-2"}]})),
              Segment("Kaikki", node_from_json({"all": []}))]
    write_new_project(Project(dataset=_dataset(), segments=frozen), path)
    erase_person(path, PersonQuery(email=EMAIL), at=AT)
    rules = {s.name: s.rule.to_json() for s in load_project(path).segments}
    assert rules["Klusteri 1"] == {"all": [{"field": "customer_id", "op": "in", "value": ["C-1"]}]}
    assert rules["Osoitteet"] == {"any": [{"field": "email", "op": "in", "value": ["liisa@example.fi"]},
                                          {"field": "email", "op": "in", "value": []}]}
    assert rules["Muut"] == {"all": [{"field": "customer_id", "op": "not_in", "value": []}]}
    assert rules["Kaikki"] == {"all": []}
    assert _hits([path]) == []
