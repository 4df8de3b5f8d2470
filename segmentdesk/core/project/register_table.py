"""The customer register's tables in a project file (format 3): one row per edit, consent record and note.

Writes happen inside the caller's :meth:`.project_file.ProjectFile.transaction`.  A change is
rows added and rows removed; applying it returns its inverse (the rows it added removed, the
rows it removed put back with their ids), which is how the window and scripts undo.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..register.register import (CONSENT_HOWS, KEY_ROLES, ConsentEvent, CustomerNote, CustomerRegister, FieldEdit,
                                 RegisterChange, customer_key)

_HOWS = ", ".join(f"'{h}'" for h in CONSENT_HOWS)
REGISTER_TABLES = f"""
CREATE TABLE IF NOT EXISTS customer_edits (
    id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL, field TEXT NOT NULL, value_json TEXT NOT NULL,
    at TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS customer_edits_key ON customer_edits (customer_key);
CREATE TABLE IF NOT EXISTS consent_events (
    id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL, given INTEGER NOT NULL, on_date TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ({_HOWS})), at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS consent_events_key ON consent_events (customer_key);
CREATE TABLE IF NOT EXISTS customer_notes (
    id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL, on_date TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS customer_notes_key ON customer_notes (customer_key);
"""
COLUMNS = {
    "customer_edits": ("id", "customer_key", "field", "value_json", "at", "source"),
    "consent_events": ("id", "customer_key", "given", "on_date", "how", "at"),
    "customer_notes": ("id", "customer_key", "on_date", "text"),
}


def create_tables(con: sqlite3.Connection) -> None:
    for statement in REGISTER_TABLES.split(";"):
        if statement.strip():
            con.execute(statement)


def apply_change(con: sqlite3.Connection, change: RegisterChange) -> RegisterChange:
    """Write ``change``; returns the change that undoes it."""
    undo_remove: list[tuple[str, int]] = []
    undo_add: list[tuple[str, dict[str, Any]]] = []
    for table, row_id in change.remove:
        cols = COLUMNS[table]
        row = con.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is not None:
            con.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            undo_add.append((table, dict(zip(cols, row))))
    for table, values in change.add:
        cols = [c for c in COLUMNS[table] if c in values and (c != "id" or values[c] is not None)]
        cur = con.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                          [values[c] for c in cols])
        undo_remove.append((table, cur.lastrowid))
    return RegisterChange(add=tuple(reversed(undo_add)), remove=tuple(reversed(undo_remove)))


def has_tables(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_edits'").fetchone() \
        is not None


def read_register(con: sqlite3.Connection, *, key: str | None = None) -> CustomerRegister:
    """The stored register (one customer's part with ``key``); empty for a file from before format 3."""
    register = CustomerRegister()
    if not has_tables(con):
        return register
    where, args = (" WHERE customer_key = ?", (key,)) if key is not None else ("", ())
    for row_id, k, fld, value, at, source in con.execute(
            f"SELECT id, customer_key, field, value_json, at, source FROM customer_edits{where} ORDER BY id", args):
        register.edits.append(FieldEdit(row_id, k, fld, json.loads(value), at, source))
    for row_id, k, given, on, how, at in con.execute(
            f"SELECT id, customer_key, given, on_date, how, at FROM consent_events{where} ORDER BY id", args):
        register.consent.append(ConsentEvent(row_id, k, bool(given), on, how, at))
    for row_id, k, on, text in con.execute(
            f"SELECT id, customer_key, on_date, text FROM customer_notes{where} ORDER BY id", args):
        register.notes.append(CustomerNote(row_id, k, on, text))
    return register


def write_register(con: sqlite3.Connection, register: CustomerRegister) -> None:
    """Make the tables hold ``register`` (a project saved to another file); unchanged tables are not touched."""
    if read_register(con) == register:
        return
    for table in COLUMNS:
        con.execute(f"DELETE FROM {table}")
    con.executemany("INSERT INTO customer_edits VALUES (?, ?, ?, ?, ?, ?)", [
        (e.id, e.key, e.field, _json(e.value), e.at, e.source) for e in register.edits])
    con.executemany("INSERT INTO consent_events VALUES (?, ?, ?, ?, ?, ?)", [
        (c.id, c.key, int(c.given), c.on, c.how, c.at) for c in register.consent])
    con.executemany("INSERT INTO customer_notes VALUES (?, ?, ?, ?)", [
        (n.id, n.key, n.on, n.text) for n in register.notes])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def person_keys(identifiers: dict[str, set[str]]) -> list[str]:
    """The register keys a person may be stored under, from their numbers and emails (folded)."""
    return sorted(key for role in KEY_ROLES for value in identifiers.get(role, ())
                  if (key := customer_key(role, value)) is not None)


def erase_from_register(con: sqlite3.Connection, identifiers: dict[str, set[str]]) -> int:
    """Delete every edit, consent record and note of the person (erasure); returns how many rows went."""
    if not has_tables(con):
        return 0
    keys = person_keys(identifiers)
    gone = 0
    for table in COLUMNS:
        for key in keys:
            gone += con.execute(f"DELETE FROM {table} WHERE customer_key = ?", (key,)).rowcount
    return gone


def person_register(register: CustomerRegister, identifiers: dict[str, set[str]]) -> dict[str, Any]:
    """The person's part of the register, for an access request."""
    keys = set(person_keys(identifiers))
    return {"edits": [{"field": e.field, "value": e.value, "at": e.at, "source": e.source}
                      for e in register.edits if e.key in keys],
            "consent": [{"date": c.on, "given": c.given, "how": c.how, "recorded": c.at}
                        for c in register.consent if c.key in keys],
            "notes": [{"date": n.on, "text": n.text} for n in register.notes if n.key in keys]}
