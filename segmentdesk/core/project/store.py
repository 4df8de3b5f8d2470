"""Reading and writing whole ``.segdesk`` files; :class:`.project_file.ProjectFile` writes single changes.

A complete write (a new file, Save As, a file of another format) goes to a temporary file
beside the target that is renamed over it, so a crash or a full disk never leaves a
half-written project.  Nothing is pickled.
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from ..atomic_file import AtomicFiles
from ..data.dataset import Dataset
from ..errors import ProjectError
from ..register.overlay import apply_register
from ..register.register import CustomerRegister
from .column_tables import read_table
from .file_errors import sqlite_error
from .format1 import read_table1
from .project import Project
from .project_file import FAMILIES_KEY, ProjectFile, Stamp
from .register_table import read_register
from .schema import FORMAT
from .snapshots import SegmentSnapshot, SnapshotInfo

__all__ = ["FORMAT", "Stamp", "list_snapshots", "load_customers", "load_project", "read_snapshot", "save_project",
           "write_new_project"]


def load_project(path: str | Path) -> Project:
    """Open a ``.segdesk`` file (format 1 or 2); raises :class:`ProjectError` for anything that is not one."""
    with ProjectFile.open(path) as pf:
        return pf.load()


def load_customers(path: str | Path) -> tuple[Dataset | None, CustomerRegister]:
    """The project's customers alone, with its register laid over them, and the register: no orders,
    order links, metrics, segments or log — what the register's commands need to find and show one
    customer (at a million customers and ten million orders, a fraction of :func:`load_project`).
    The Dataset is None when the project holds no customers yet."""
    with ProjectFile.open(path) as pf:
        try:
            con = pf.connection
            customers = (read_table1 if pf.version == 1 else read_table)(con, "customers")
            register = read_register(con)
            if customers is None:
                return None, register
            families = con.execute("SELECT value FROM meta WHERE key = ?", (FAMILIES_KEY,)).fetchone()
            customers.families = json.loads(families[0]) if families else {}
        except sqlite3.Error as exc:
            raise sqlite_error(pf.path, exc) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise ProjectError(f"{pf.path} is damaged: {exc}", path=str(pf.path), reason="damaged") from exc
    return apply_register(Dataset(customers), register).dataset, register


def list_snapshots(path: str | Path) -> list[SnapshotInfo]:
    """The snapshots project ``path`` holds, oldest first."""
    with ProjectFile.open(path) as pf:
        return pf.snapshots()


def read_snapshot(path: str | Path, snapshot_id: int) -> list[SegmentSnapshot]:
    """One snapshot's segments: figures and members' stable keys."""
    with ProjectFile.open(path) as pf:
        return pf.snapshot(snapshot_id)


def save_project(project: Project, path: str | Path, *, incremental: bool = False, snapshot: Stamp | None = None,
                 history_from: str | Path | None = None) -> None:
    """Make ``path`` hold ``project``.  ``incremental``: ``path`` is the file the project was read
    from or last saved to, so only what changed since is written (one transaction); otherwise,
    or when ``path`` does not exist yet, a complete new file replaces it atomically, with the
    snapshots of ``history_from`` (the project's previous file) copied.  ``snapshot``: new data
    (an import) is recorded as an 'import' snapshot stamped so."""
    path = Path(path)
    if incremental and path.is_file():
        with ProjectFile.open(path, write=True) as pf:
            pf.sync(project, snapshot=snapshot)
        return
    write_new_project(project, path, snapshot=snapshot, history_from=history_from)


def write_new_project(project: Project, path: str | Path, *, snapshot: Stamp | None = None,
                      history_from: str | Path | None = None) -> None:
    """Write ``project`` as a complete new file at ``path`` (temporary file + rename, the shared atomic writer)."""
    path = Path(path)
    files = AtomicFiles(prefix=".segdesk-")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = files.new(path, suffix=".tmp")
    except OSError as exc:
        raise ProjectError(f"Cannot save the project to {path}: {exc.strerror}", path=str(path),
                           reason="read_only" if isinstance(exc, PermissionError) else "write") from exc
    os.unlink(tmp)                 # SQLite makes the file itself; the writer only reserved a free name
    try:
        with ProjectFile.create(tmp) as pf:
            if history_from is not None and Path(history_from).is_file():
                pf.copy_history_from(history_from)
            pf.sync(project, snapshot=snapshot)
        # The old file's journal files must not outlive it: SQLite would replay them into the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
        files.commit()
    except OSError as exc:
        raise ProjectError(f"Cannot save the project to {path}: {exc}", path=str(path), reason="write") from exc
    finally:
        files.discard()            # whatever was not committed: the old project stays as it was
        for leftover in (f"{tmp}-wal", f"{tmp}-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
