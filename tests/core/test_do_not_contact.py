"""The do-not-contact list: salted hashes, matching, and its table in format 3 (and the upgrade from 2)."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd

from segmentdesk.core.privacy.do_not_contact import DoNotContactList, email_hash
from segmentdesk.core.project.do_not_contact_changes import add_to_do_not_contact, do_not_contact_count
from segmentdesk.core.project.project import AuditEntry, Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.schema import SCHEMA_VERSION
from segmentdesk.core.project.store import load_project, write_new_project

AT = dt.datetime(2026, 5, 1, 12, 0)


def test_addresses_match_whatever_their_case_and_surrounding_spaces():
    listed = DoNotContactList(salt="s")
    listed.add(["  Aino@Example.FI"], added_at="2026-05-01T12:00:00", source="app")
    assert "aino@example.fi " in listed
    assert listed.blocked(pd.Series(["AINO@example.fi", "eero@example.fi", None], dtype=object)).tolist() == \
        [True, False, False]


def test_the_same_address_hashes_differently_under_another_salt():
    assert email_hash("a", "aino@example.fi") != email_hash("b", "aino@example.fi")


def test_a_format_2_file_gets_the_list_table_on_its_first_write(tmp_path):
    path = tmp_path / "p.segdesk"
    write_new_project(Project(), path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE do_not_contact")
    con.execute("UPDATE meta SET value = 'segmentdesk.project/2' WHERE key = 'format'")
    con.commit()
    con.close()
    assert do_not_contact_count(path) == 0                     # readable as it is
    with ProjectFile.open(path, write=True) as pf:
        assert pf.version == 2
        pf.append_log(AuditEntry(AT, "note", {}))
        assert pf.version == SCHEMA_VERSION                  # every migration taken
    assert add_to_do_not_contact(path, ["aino@example.fi"], source="app", at=AT) == (1, 1)
    assert "aino@example.fi" in load_project(path).do_not_contact


def test_saving_a_project_keeps_its_list_and_its_salt(tmp_path):
    project = Project()
    project.do_not_contact.add(["aino@example.fi"], added_at="2026-05-01T12:00:00", source="app")
    write_new_project(project, tmp_path / "p.segdesk")
    loaded = load_project(tmp_path / "p.segdesk")
    assert loaded.do_not_contact.salt == project.do_not_contact.salt
    assert "aino@example.fi" in loaded.do_not_contact
