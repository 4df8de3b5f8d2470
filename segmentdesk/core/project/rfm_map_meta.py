"""The project's RFM group map in a project file: meta ``rfm_groups``, the map's JSON
(``segmentdesk.rfm-groups/1``, :mod:`core.data.rfm_groups`).  No key: the default grid.

A meta row, not a table: the map is one small document, and a file without it (any older
format) reads as the default, so no format bump is needed.  Writes happen inside the
caller's transaction and only when the stored map differs.
"""
from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Protocol

from ..data.rfm_groups import GroupMap, group_map_loads
from ..errors import RfmMapError

KEY = "rfm_groups"


class _OpenProject(Protocol):
    """What :func:`set_rfm_map` needs of a :class:`.project_file.ProjectFile` (named so, not imported:
    the project file imports this module)."""

    @property
    def connection(self) -> sqlite3.Connection: ...

    def transaction(self) -> AbstractContextManager[None]: ...


def read_rfm_map(con: sqlite3.Connection) -> GroupMap | None:
    """The stored map, or None for the default grid; a stored map that is not one raises ValueError
    (the project is damaged: its groups cannot be known)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    if row is None:
        return None
    try:
        return group_map_loads(row[0])
    except RfmMapError as exc:
        raise ValueError(f"its RFM group map is unusable: {exc}") from None


def write_rfm_map(con: sqlite3.Connection, group_map: GroupMap | None) -> bool:
    """Store ``group_map`` (None: back to the default grid); True if the file changed."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    if group_map is None:
        if row is not None:
            con.execute("DELETE FROM meta WHERE key = ?", (KEY,))
        return row is not None
    text = group_map.check().dumps()
    if row is not None and row[0] == text:
        return False
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (KEY, text))
    return True


def set_rfm_map(pf: _OpenProject, group_map: GroupMap | None) -> bool:
    """Store the project's RFM group map (None: the default grid) in an open, writable project file as
    its own transaction, touching only its meta row; True if the file changed."""
    with pf.transaction():
        return write_rfm_map(pf.connection, group_map)
