"""The do-not-contact list in a project file: table ``do_not_contact`` and the salt in meta ``dnc_salt``.

Writes happen inside the caller's transaction (:meth:`.project_file.ProjectFile.transaction`).
Entries are only added; a list with another salt than the file's replaces the file's list
(its hashes could not be compared), which happens only when a project is saved over another file.
"""
from __future__ import annotations

import sqlite3

from ..privacy.do_not_contact import DoNotContactList, ListEntry

SALT_KEY = "dnc_salt"


def read_list(con: sqlite3.Connection) -> DoNotContactList:
    """The file's list; an empty one with a fresh salt when the file has none (format 2, or nothing added yet)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (SALT_KEY,)).fetchone()
    if row is None:
        return DoNotContactList()
    listed = DoNotContactList(salt=row[0])
    if _has_table(con):
        for digest, added_at, source in con.execute("SELECT hash, added_at, source FROM do_not_contact"):
            listed.entries[digest] = ListEntry(added_at, source)
    return listed


def write_list(con: sqlite3.Connection, listed: DoNotContactList) -> int:
    """Store the entries of ``listed`` the file does not hold yet; returns how many were written."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (SALT_KEY,)).fetchone()
    if row is not None and row[0] != listed.salt:
        con.execute("DELETE FROM do_not_contact")
    if row is None or row[0] != listed.salt:
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (SALT_KEY, listed.salt))
    stored = {h for (h,) in con.execute("SELECT hash FROM do_not_contact")}
    new = [(h, e.added_at, e.source) for h, e in listed.entries.items() if h not in stored]
    con.executemany("INSERT INTO do_not_contact (hash, added_at, source) VALUES (?, ?, ?)", new)
    return len(new)


def _has_table(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'do_not_contact'").fetchone() \
        is not None
