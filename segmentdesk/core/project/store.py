"""Reading and writing ``.segdesk`` files (SQLite, format ``segmentdesk.project/1``).

A save writes a complete new file beside the old one and renames it over, so a crash or
a full disk never leaves a half-written project.  Data is stored typed, column by column;
nothing is pickled.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from ..data.dataset import Dataset, Table
from ..errors import ImportPlanError, ProjectError, RuleError
from ..importing.plan import ImportPlan
from ..segments.model import segment_from_json
from .project import AuditEntry, Project

FORMAT = "segmentdesk.project/1"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE columns (tbl TEXT NOT NULL, position INTEGER NOT NULL, header TEXT NOT NULL,
                      kind TEXT NOT NULL, role TEXT, PRIMARY KEY (tbl, position));
CREATE TABLE segments (position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, rule_json TEXT NOT NULL);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL);
"""


def save_project(project: Project, path: str | Path) -> None:
    """Write the whole project to ``path`` atomically."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".segdesk-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ProjectError(f"Cannot save the project to {path}: {exc.strerror}", path=str(path)) from exc
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            with con:
                con.executescript(_SCHEMA)
                con.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("format", FORMAT), ("sources", json.dumps(project.sources, ensure_ascii=False))])
                if project.plan is not None:
                    con.execute("INSERT INTO meta VALUES (?, ?)", ("import_plan", project.plan.dumps()))
                if project.dataset is not None:
                    _write_table(con, "customers", project.dataset.customers)
                    if project.dataset.orders is not None:
                        _write_table(con, "orders", project.dataset.orders)
                con.executemany("INSERT INTO segments VALUES (?, ?, ?)", [
                    (i, s.name, json.dumps(s.to_json(), ensure_ascii=False)) for i, s in enumerate(project.segments)])
                con.executemany("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)", [
                    (e.at.isoformat(timespec="seconds"), e.action, json.dumps(e.details, ensure_ascii=False, default=str))
                    for e in project.audit])
        finally:
            con.close()
        os.replace(tmp, path)
    except (sqlite3.Error, OSError) as exc:
        raise ProjectError(f"Cannot save the project to {path}: {exc}", path=str(path)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_table(con: sqlite3.Connection, name: str, table: Table) -> None:
    role_of = {header: role for role, header in table.roles.items()}
    headers = list(table.frame.columns)
    con.executemany("INSERT INTO columns VALUES (?, ?, ?, ?, ?)", [
        (name, i, h, table.kinds[h], role_of.get(h)) for i, h in enumerate(headers)])
    cols = {f"c{i}": _storable(table.frame[h], table.kinds[h]) for i, h in enumerate(headers)}
    frame = pd.DataFrame(cols)
    con.execute(f"CREATE TABLE {name} ({', '.join(f'c{i}' for i in range(len(headers)))})")
    placeholders = ", ".join("?" * len(headers))
    con.executemany(f"INSERT INTO {name} VALUES ({placeholders})", frame.itertuples(index=False, name=None))


def _storable(col: pd.Series, kind: str) -> pd.Series:
    if kind == "date":
        return col.dt.strftime("%Y-%m-%dT%H:%M:%S").astype(object).where(col.notna(), None)
    if kind == "number":
        return col.astype(object).where(col.notna(), None)
    if kind == "boolean":
        return col.astype(object).map(lambda v: None if v is pd.NA or v is None else int(bool(v)))
    return col.astype(object).where(col.notna(), None)


def load_project(path: str | Path) -> Project:
    """Open a ``.segdesk`` file; raises :class:`ProjectError` for anything that is not one."""
    path = Path(path)
    if not path.is_file():
        raise ProjectError(f"No such project file: {path}", path=str(path), reason="missing")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"Cannot open {path}: {exc}", path=str(path)) from exc
    try:
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT:
            raise ProjectError(f"{path} is not a SegmentDesk project of a version this app reads.",
                               path=str(path), reason="format", format=meta.get("format"))
        project = Project(sources=json.loads(meta.get("sources", "{}")), plan=_plan(meta, path))
        customers = _read_table(con, "customers")
        if customers is not None:
            project.dataset = Dataset(customers, _read_table(con, "orders"))
        for (rule_json,) in con.execute("SELECT rule_json FROM segments ORDER BY position"):
            project.segments.append(segment_from_json(json.loads(rule_json)))
        for at, action, details in con.execute("SELECT at, action, details FROM audit_log ORDER BY id"):
            project.audit.append(AuditEntry(dt.datetime.fromisoformat(at), action, json.loads(details)))
        return project
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path} is not a SegmentDesk project or is damaged: {exc}",
                           path=str(path), reason="damaged") from exc
    except (RuleError, ValueError, KeyError) as exc:
        raise ProjectError(f"{path} is damaged: {exc}", path=str(path), reason="damaged") from exc
    finally:
        con.close()


def _plan(meta: dict[str, str], path: Path) -> ImportPlan | None:
    """The project's import plan; None in projects saved before plans were kept."""
    if "import_plan" not in meta:
        return None
    try:
        return ImportPlan.loads(meta["import_plan"])
    except ImportPlanError as exc:
        # A plan this version cannot honour is refused, not dropped: saving would lose it.
        reason = "format" if exc.details.get("reason") == "newer_format" else "damaged"
        raise ProjectError(f"{path}: {exc}", path=str(path), reason=reason) from exc


def _read_table(con: sqlite3.Connection, name: str) -> Table | None:
    catalogue = con.execute("SELECT position, header, kind, role FROM columns WHERE tbl = ? ORDER BY position",
                            (name,)).fetchall()
    if not catalogue:
        return None
    raw = pd.read_sql_query(f"SELECT * FROM {name}", con)
    data: dict[str, pd.Series] = {}
    kinds: dict[str, str] = {}
    roles: dict[str, str] = {}
    for position, header, kind, role in catalogue:
        col = raw[f"c{position}"]
        if kind == "date":
            col = pd.to_datetime(col, format="%Y-%m-%dT%H:%M:%S", errors="coerce").astype("datetime64[ns]")
        elif kind == "number":
            col = pd.to_numeric(col, errors="coerce").astype("float64")
        elif kind == "boolean":
            col = col.map(lambda v: pd.NA if v is None or (isinstance(v, float) and np.isnan(v)) else bool(v))
            col = col.astype("boolean")
        else:
            col = col.astype(object).where(col.notna(), None)
        data[header], kinds[header] = col, kind
        if role:
            roles[role] = header
    return Table(pd.DataFrame(data, index=pd.RangeIndex(len(raw))), kinds, roles)
