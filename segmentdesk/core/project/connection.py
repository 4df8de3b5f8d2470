"""Opening a project's SQLite file: writers wait for each other; readers of a read-only folder still read."""
from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path, *, write: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit); read-only unless ``write``."""
    if write:
        return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                              timeout=BUSY_TIMEOUT_MS / 1000)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL file in a read-only folder cannot get its shared-memory file: read it as it lies.
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return con
