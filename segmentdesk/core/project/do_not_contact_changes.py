"""Adding addresses to a project file's do-not-contact list, as one transaction with its log line."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from .do_not_contact_table import read_list, write_list
from .project_file import ProjectFile


def add_to_do_not_contact(path: str | Path, addresses: Iterable[str], *, source: str,
                          at: dt.datetime) -> tuple[int, int]:
    """Put ``addresses`` on the list of the project at ``path``; returns (newly added, now on the list).

    The log records how many were added and from where, never the addresses.  The caller holds the lock.
    """
    stamp = at.isoformat(timespec="seconds")
    with ProjectFile.open(path, write=True) as pf:
        with pf.transaction():
            con = pf.connection
            listed = read_list(con)
            added = listed.add(addresses, added_at=stamp, source=source)
            write_list(con, listed)
            if added:
                con.execute("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)",
                            (stamp, "do_not_contact", json.dumps({"added": added, "source": source})))
            return added, len(listed)


def do_not_contact_count(path: str | Path) -> int:
    with ProjectFile.open(path) as pf:
        return len(read_list(pf.connection))
