"""The tables of a ``.segdesk`` file, format ``segmentdesk.project/5``, and the version bumps.

One SQLite file in WAL mode.  Bulk data is one row per column (:mod:`.columns`); what the
user edits is one row per thing (a segment, a log entry, a snapshot), so a change writes only
itself.  The next versions add row-level tables beside these (a customer's edited fields keyed
by the stable customer key, a do-not-contact list of salted hashes) with a migration each:
``MIGRATIONS[n]`` takes a file of schema ``n`` to ``n + 1`` inside one transaction.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .cluster_runs import CLUSTER_RUNS
from .register_table import REGISTER_TABLES, create_tables

FORMAT = "segmentdesk.project/5"
FORMAT_PREFIX = "segmentdesk.project/"
SCHEMA_VERSION = 5

# Format 3: the do-not-contact list, salted one-way hashes of addresses (salt in meta ``dnc_salt``).
DO_NOT_CONTACT = """CREATE TABLE IF NOT EXISTS do_not_contact (
    hash TEXT PRIMARY KEY, added_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('import', 'app', 'erase')))"""

TABLES = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS column_data (
    tbl TEXT NOT NULL, position INTEGER NOT NULL, header TEXT NOT NULL, kind TEXT NOT NULL, role TEXT,
    dtype TEXT NOT NULL, rows INTEGER NOT NULL, codec TEXT NOT NULL, data BLOB NOT NULL, value_list BLOB,
    PRIMARY KEY (tbl, position));
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, rule_json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY, taken_at TEXT NOT NULL, reason TEXT NOT NULL CHECK (reason IN ('import', 'manual')),
    as_of TEXT NOT NULL, key_role TEXT, keys BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS snapshot_segments (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    name TEXT NOT NULL, rule_json TEXT NOT NULL, rule_key TEXT NOT NULL, count INTEGER NOT NULL,
    reachable INTEGER NOT NULL, revenue REAL NOT NULL, avg_order_value REAL, order_frequency REAL,
    members BLOB NOT NULL, PRIMARY KEY (snapshot_id, position));
{DO_NOT_CONTACT};
{CLUSTER_RUNS};
""" + REGISTER_TABLES
REQUIRED = ("meta", "column_data", "segments", "audit_log", "snapshots", "snapshot_segments")
# Tables of format 1 (every column as rows of text), read by :mod:`.format1` and dropped on upgrade.
FORMAT1_TABLES = ("columns", "customers", "orders")


def schema_version(format_text: str | None) -> int | None:
    """1, 2, … for ``segmentdesk.project/N``; None for anything else."""
    if not format_text or not format_text.startswith(FORMAT_PREFIX):
        return None
    tail = format_text[len(FORMAT_PREFIX):]
    return int(tail) if tail.isdigit() else None


# Upgrades that need only SQL.  Format 1 → 2 also rewrites the data (text rows → column blobs),
# which :meth:`ProjectFile._upgrade_from_1` does with the format-1 reader.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: lambda con: con.execute(DO_NOT_CONTACT),
    3: create_tables,                  # format 4: the customer register (edits, consent records, notes)
    4: lambda con: con.execute(CLUSTER_RUNS),     # format 5: the cluster run, by stable customer key
}
