"""Demo mode in a project file: the pseudonyms' secret (meta ``demo_secret``, 64 hex digits) and
whether the project shows pseudonyms (meta ``demo_mode`` = ``on``; no row: off).

Meta rows, not a table (as the RFM map, :mod:`.rfm_map_meta`): a file without them — any older
one — reads as demo mode off with no secret yet; the project in memory then has a fresh secret
(:class:`.project.Project`), which the next save writes, so an older format needs no bump and an
older app simply ignores the rows.  Writes happen inside the caller's transaction and only when
the stored value differs.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Protocol

SECRET_KEY = "demo_secret"
MODE_KEY = "demo_mode"
ON = "on"


class _OpenProject(Protocol):
    @property
    def connection(self) -> sqlite3.Connection: ...

    def transaction(self) -> AbstractContextManager[None]: ...


def read_demo(con: sqlite3.Connection) -> tuple[bytes | None, bool]:
    """The stored secret (None: none yet) and whether demo mode is on; a secret that is not hex
    raises ValueError (the project is damaged: its pseudonyms cannot be known)."""
    rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (SECRET_KEY, MODE_KEY)))
    secret = rows.get(SECRET_KEY)
    try:
        key = bytes.fromhex(secret) if secret is not None else None
    except ValueError:
        raise ValueError("its demo-mode secret is unreadable") from None
    if key is not None and not key:
        raise ValueError("its demo-mode secret is empty")
    return key, rows.get(MODE_KEY) == ON


def write_demo(con: sqlite3.Connection, *, secret: bytes, on: bool) -> bool:
    """Store the secret and the switch; True if the file changed."""
    stored_secret, stored_on = read_demo(con)
    changed = False
    if stored_secret != secret:
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (SECRET_KEY, secret.hex()))
        changed = True
    if stored_on != on:
        if on:
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (MODE_KEY, ON))
        else:
            con.execute("DELETE FROM meta WHERE key = ?", (MODE_KEY,))
        changed = True
    return changed


def set_demo(pf: _OpenProject, *, secret: bytes, on: bool) -> bool:
    """Store demo mode in an open, writable project file as its own transaction; True if it changed."""
    with pf.transaction():
        return write_demo(pf.connection, secret=secret, on=on)
