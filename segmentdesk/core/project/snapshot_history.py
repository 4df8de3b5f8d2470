"""Reading a project's snapshots for the history: every segment's figures at once, and one snapshot's
membership as a matrix over its customers' keys.

:meth:`ProjectFile.snapshot` decodes the key list once per segment, which is right for one
segment's members; the history needs the figures of every snapshot (no members at all) and, for a
migration, each segment's members of two snapshots over one key list.  The types are the history's
(:mod:`segmentdesk.core.analytics.history`), which sits below ``project`` and never reads a file.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..analytics.history import SnapshotFigures, SnapshotMembership, SnapshotRef
from ..errors import ProjectError
from .project_file import ProjectFile
from .snapshot_members import decode_keys, decode_members
from .snapshots import SnapshotInfo


def read_snapshot_figures(path: str | Path) -> tuple[list[SnapshotInfo], list[SnapshotFigures]]:
    """The snapshots of project ``path`` (oldest first) and each of their segments' figures."""
    with ProjectFile.open(path) as pf:
        infos = pf.snapshots()
        as_of = {i.id: i.as_of for i in infos}
        rows = pf.connection.execute(
            "SELECT snapshot_id, name, count, reachable, revenue FROM snapshot_segments "
            "ORDER BY snapshot_id, position").fetchall()
    return infos, [SnapshotFigures(sid, as_of[sid], name, int(count), int(reachable), float(revenue))
                   for sid, name, count, reachable, revenue in rows if sid in as_of]


def read_snapshot_membership(path: str | Path, snapshot_id: int) -> SnapshotMembership:
    """Snapshot ``snapshot_id`` of project ``path`` as a membership matrix (raises ProjectError
    ``no_snapshot`` if there is no such snapshot)."""
    with ProjectFile.open(path) as pf:
        info = next((i for i in pf.snapshots() if i.id == snapshot_id), None)
        found = pf.connection.execute("SELECT keys FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        if info is None or found is None:
            raise ProjectError(f"{path} holds no snapshot {snapshot_id}.", path=str(path), reason="no_snapshot")
        parts = pf.connection.execute("SELECT name, members FROM snapshot_segments WHERE snapshot_id = ? "
                                      "ORDER BY position", (snapshot_id,)).fetchall()
    keys = np.array(decode_keys(found[0]), dtype=object)
    members = np.zeros((len(keys), len(parts)), dtype=bool)
    for j, (_name, blob) in enumerate(parts):
        members[:, j] = decode_members(blob, len(keys))
    keyed = keys != ""                  # a customer without a key was kept only to align the bits
    return SnapshotMembership(SnapshotRef(info.id, info.as_of, info.key_role), keys[keyed], [name for name, _ in parts], members[keyed])
