"""An open ``.segdesk`` file: reads the project and writes each change as its own transaction.

Format ``segmentdesk.project/3`` (:mod:`.schema`): WAL journal, bulk data as typed column
blobs, segments and log entries as rows.  A change (a segment put, a log line, an import's
data) is one ``BEGIN IMMEDIATE … COMMIT`` that writes only its own rows, so a crash leaves
the state before or after it.  A format-1 file opens for reading as it is and is upgraded in
place, in one transaction, on its first write.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..data.dataset import Dataset
from ..errors import ImportPlanError, ProjectError, RuleError
from ..importing.plan import ImportPlan
from ..privacy.do_not_contact import DoNotContactList
from ..register.overlay import apply_register
from ..register.register import RegisterChange
from ..segments.model import Segment, segment_from_json
from . import schema
from .cluster_runs import kept_clusters, sync_cluster_run
from .column_tables import read_table, restored_dataset, write_derived, write_table
from .connection import connect as _connect
from .demo_meta import read_demo, write_demo
from .do_not_contact_table import read_list, write_list
from .file_errors import check_writable as _check_writable
from .file_errors import sqlite_error as _error
from .format1 import read_table1, segment_rows1
from .project import AuditEntry, Project
from .register_table import apply_change, read_register, write_register
from .rfm_map_meta import read_rfm_map, write_rfm_map
from .snapshots import SegmentSnapshot, SnapshotInfo, TakenSnapshot, members_of, take_snapshot

# The field family of unmapped customer columns that are not "other" (survey answers), header -> family.
FAMILIES_KEY = "column_families"


@dataclass(frozen=True)
class Stamp:
    """When a snapshot is taken (the caller's clock) and the reference date it evaluates at."""

    taken_at: dt.datetime
    as_of: dt.date


class ProjectFile:
    """One connection to a project file; use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path, con: sqlite3.Connection, *, writable: bool) -> None:
        self.path, self._con, self._writable = path, con, writable
        self.version = self._check()

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, write: bool = False) -> ProjectFile:
        """Open an existing project; ``write`` for changing it (raises ProjectError for what is no project)."""
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"No such project file: {path}", path=str(path), reason="missing")
        if write:
            _check_writable(path)
        try:
            con = _connect(path, write=write)
        except sqlite3.Error as exc:
            raise _error(path, exc) from exc
        try:
            return cls(path, con, writable=write)
        except BaseException:
            con.close()
            raise

    @classmethod
    def create(cls, path: str | Path) -> ProjectFile:
        """A new, empty format-2 project at ``path`` (which must not exist yet)."""
        path = Path(path)
        try:
            con = sqlite3.connect(path, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("BEGIN IMMEDIATE")
            for statement in schema.TABLES.split(";"):
                if statement.strip():
                    con.execute(statement)
            con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", schema.FORMAT), ("sources", "{}")])
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            raise _error(path, exc, writing=True) from exc
        return cls(path, con, writable=True)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self) -> int:
        try:
            tables = {r for (r,) in self._con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" not in tables:
                raise ProjectError(f"{self.path} is not a SegmentDesk project.", path=str(self.path),
                                   reason="not_project")
            fmt = self._meta().get("format")
        except sqlite3.Error as exc:
            raise _error(self.path, exc) from exc
        version = schema.schema_version(fmt)
        if version is None:
            raise ProjectError(f"{self.path} is not a SegmentDesk project.", path=str(self.path),
                               reason="not_project", format=fmt)
        if version > schema.SCHEMA_VERSION:
            raise ProjectError(f"{self.path} was saved by a newer SegmentDesk (format {fmt}); update the app to "
                               f"open it.", path=str(self.path), reason="format", format=fmt)
        needed = ("meta", "columns", "segments", "audit_log") if version == 1 else schema.REQUIRED
        missing = [t for t in needed if t not in tables]
        if missing:
            raise ProjectError(f"{self.path} is damaged: table {missing[0]!r} is missing.", path=str(self.path),
                               reason="damaged", table=missing[0])
        return version

    def _meta(self) -> dict[str, str]:
        return dict(self._con.execute("SELECT key, value FROM meta"))

    # -- reading ------------------------------------------------------------------------
    def load(self) -> Project:
        """The whole project in memory."""
        try:
            meta = self._meta()
            project = Project(sources=json.loads(meta.get("sources", "{}")), plan=self._plan(meta))
            read = read_table1 if self.version == 1 else read_table
            customers = read(self._con, "customers")
            if customers is not None:
                customers.families = json.loads(meta.get(FAMILIES_KEY, "{}"))
                orders = read(self._con, "orders")
                project.dataset = restored_dataset(self._con, customers, orders, meta) if self.version > 1 else None
                if project.dataset is None:
                    project.dataset = Dataset(customers, orders)
            project.register = read_register(self._con)
            if project.dataset is not None:
                # The user's edits are rows beside the blobs; the data in memory is both, as stored.
                project.dataset = apply_register(project.dataset, project.register).dataset
                # A format-1 file has no data id: its data is known, not a new import.
                project.mark_stored(meta.get("data_id", "format-1"))
            stored = project.dataset
            project.cluster_run, project.dataset = kept_clusters(self._con, stored)     # the cluster field
            project.same_stored_data(stored)
            project.use_rfm_map(read_rfm_map(self._con))      # the dataset's rfm_group follows it
            secret, project.demo_mode = read_demo(self._con)
            if secret is not None:
                project.demo_secret = secret
            texts = segment_rows1(self._con) if self.version == 1 else \
                [r for (r,) in self._con.execute("SELECT rule_json FROM segments ORDER BY position, id")]
            project.segments = [segment_from_json(json.loads(t)) for t in texts]
            for at, action, details in self._con.execute("SELECT at, action, details FROM audit_log ORDER BY id"):
                project.audit.append(AuditEntry(dt.datetime.fromisoformat(at), action, json.loads(details)))
            project.do_not_contact = read_list(self._con)
            return project
        except sqlite3.Error as exc:
            raise _error(self.path, exc) from exc
        except (RuleError, ValueError, KeyError, TypeError) as exc:
            raise ProjectError(f"{self.path} is damaged: {exc}", path=str(self.path), reason="damaged") from exc

    def _plan(self, meta: dict[str, str]) -> ImportPlan | None:
        if "import_plan" not in meta:
            return None
        try:
            return ImportPlan.loads(meta["import_plan"])
        except ImportPlanError as exc:
            # A plan this version cannot honour is refused, not dropped: saving would lose it.
            reason = "format" if exc.details.get("reason") == "newer_format" else "damaged"
            raise ProjectError(f"{self.path}: {exc}", path=str(self.path), reason=reason) from exc

    @property
    def connection(self) -> sqlite3.Connection:
        """For modules that keep their own tables (the do-not-contact list, erasure) inside :meth:`transaction`."""
        return self._con

    def change_register(self, change: RegisterChange) -> RegisterChange:
        """Write one customer-register change (an edit, note, consent record …) as its own
        transaction, touching only its rows; returns the change that undoes it."""
        with self.transaction():
            return apply_change(self._con, change)

    def segment_names(self) -> list[str]:
        return [n for (n,) in self._con.execute("SELECT name FROM segments ORDER BY position, id")]

    def log_count(self) -> int:
        return self._con.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    # -- writing: one transaction each ---------------------------------------------------
    def transaction(self) -> _Transaction:
        """``with pf.transaction():`` — several changes as one (upgrades a format-1 file first)."""
        if not self._writable:
            raise ProjectError(f"{self.path} is open read-only.", path=str(self.path), reason="read_only")
        return _Transaction(self)

    def put_segment(self, segment: Segment) -> bool:
        """Add ``segment``, or replace the one with its name (any case); True if it replaced one."""
        with self.transaction():
            return self._put_segment(segment)

    def _put_segment(self, segment: Segment, position: int | None = None) -> bool:
        text = json.dumps(segment.to_json(), ensure_ascii=False)
        row = self._segment_id(segment.name)
        if row is not None:
            self._con.execute("UPDATE segments SET name = ?, rule_json = ? WHERE id = ?", (segment.name, text, row))
            if position is not None:
                self._con.execute("UPDATE segments SET position = ? WHERE id = ?", (position, row))
            return True
        if position is None:
            position = self._con.execute("SELECT coalesce(max(position), -1) + 1 FROM segments").fetchone()[0]
        self._con.execute("INSERT INTO segments (position, name, rule_json) VALUES (?, ?, ?)",
                          (position, segment.name, text))
        return False

    def _segment_id(self, name: str) -> int | None:
        wanted = name.strip().casefold()
        for row, stored in self._con.execute("SELECT id, name FROM segments"):
            if stored.casefold() == wanted:
                return row
        return None

    def delete_segment(self, name: str) -> bool:
        """Remove the segment named ``name``; False if there was none."""
        with self.transaction():
            row = self._segment_id(name)
            if row is not None:
                self._con.execute("DELETE FROM segments WHERE id = ?", (row,))
            return row is not None

    def rename_segment(self, old: str, segment: Segment) -> None:
        """The segment named ``old`` becomes ``segment`` (its new name and rule), keeping its row and place."""
        with self.transaction():
            row = self._segment_id(old)
            if row is None:
                raise ProjectError(f"No segment named {old!r} in {self.path}.", path=str(self.path),
                                   reason="no_segment")
            self._con.execute("UPDATE segments SET name = ?, rule_json = ? WHERE id = ?",
                              (segment.name, json.dumps(segment.to_json(), ensure_ascii=False), row))

    def set_segment_order(self, names: list[str]) -> None:
        """Put the segments in the order of ``names`` (those not named keep their place after them)."""
        with self.transaction():
            for position, name in enumerate(names):
                row = self._segment_id(name)
                if row is not None:
                    self._con.execute("UPDATE segments SET position = ? WHERE id = ?", (position, row))

    def append_log(self, entry: AuditEntry) -> None:
        with self.transaction():
            self._append_log([entry])

    def _append_log(self, entries: list[AuditEntry]) -> None:
        self._con.executemany("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)", [
            (e.at.isoformat(timespec="seconds"), e.action, json.dumps(e.details, ensure_ascii=False, default=str))
            for e in entries])

    def set_plan(self, plan: ImportPlan | None) -> None:
        with self.transaction():
            self._set_plan(plan)

    def _set_plan(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self._con.execute("DELETE FROM meta WHERE key = 'import_plan'")
        else:
            self._set_meta("import_plan", plan.dumps())

    def set_sources(self, sources: dict[str, str]) -> None:
        with self.transaction():
            self._set_meta("sources", json.dumps(sources, ensure_ascii=False))

    def _set_meta(self, key: str, value: str) -> None:
        self._con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def replace_data(self, dataset: Dataset | None, *, sources: dict[str, str] | None = None,
                     plan: ImportPlan | None = None, log: AuditEntry | None = None,
                     snapshot: Stamp | None = None, listed: DoNotContactList | None = None) -> str:
        """An import: the customers and orders, with the sources, plan, log entry, an 'import'
        snapshot of the stored segments and the do-not-contact list's new entries when given,
        replaced in one transaction; the data's new id (:attr:`Project.data_id`)."""
        taken = None
        if snapshot is not None and dataset is not None:
            taken = take_snapshot(dataset, self._stored_segments(), as_of=snapshot.as_of)
        with self.transaction():
            data_id = self._replace_data(dataset)
            if taken is not None:
                self._write_snapshot(taken, reason="import", stamp=snapshot)
            if sources is not None:
                self._set_meta("sources", json.dumps(sources, ensure_ascii=False))
            if plan is not None:
                self._set_plan(plan)
            if log is not None:
                self._append_log([log])
            if listed is not None:
                write_list(self._con, listed)
        return data_id

    def write_data(self, dataset: Dataset | None) -> str:
        """Replace the customers and orders inside the caller's open :meth:`transaction`; their new id."""
        return self._replace_data(dataset)

    def _replace_data(self, dataset: Dataset | None) -> str:
        self._con.execute("DELETE FROM column_data")
        if dataset is not None:
            write_table(self._con, "customers", dataset.customers)
            if dataset.orders is not None:
                ids = dataset.orders.roles.get("order_id")
                write_table(self._con, "orders", dataset.orders,
                            codes=None if ids is None else {ids: dataset.order_codes})
            write_derived(self._con, dataset)
        data_id = uuid.uuid4().hex
        self._set_meta("data_id", data_id)
        families = {} if dataset is None else dataset.customers.families
        self._set_meta(FAMILIES_KEY, json.dumps(families, ensure_ascii=False))
        return data_id

    # -- snapshots ----------------------------------------------------------------------
    def write_snapshot(self, dataset: Dataset, segments: list[Segment], *, reason: str, stamp: Stamp) -> int:
        """Record each of ``segments``' membership and figures at ``stamp.as_of``; the snapshot's id."""
        taken = take_snapshot(dataset, segments, as_of=stamp.as_of)
        with self.transaction():
            return self._write_snapshot(taken, reason=reason, stamp=stamp)

    def _write_snapshot(self, taken: TakenSnapshot, *, reason: str, stamp: Stamp) -> int:
        row = self._con.execute(
            "INSERT INTO snapshots (taken_at, reason, as_of, key_role, keys) VALUES (?, ?, ?, ?, ?)",
            (stamp.taken_at.isoformat(timespec="seconds"), reason, stamp.as_of.isoformat(), taken.key_role,
             taken.keys)).lastrowid
        self._con.executemany("INSERT INTO snapshot_segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              [(row, i, *r) for i, r in enumerate(taken.rows)])
        return row

    def snapshots(self) -> list[SnapshotInfo]:
        """The snapshots held, oldest first."""
        return [SnapshotInfo(i, dt.datetime.fromisoformat(at), reason, dt.date.fromisoformat(as_of), role)
                for i, at, reason, as_of, role in self._con.execute(
                    "SELECT id, taken_at, reason, as_of, key_role FROM snapshots ORDER BY id")]

    def snapshot(self, snapshot_id: int) -> list[SegmentSnapshot]:
        """Each segment of snapshot ``snapshot_id`` with its figures and its members' stable keys."""
        found = self._con.execute("SELECT keys FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
        if found is None:
            raise ProjectError(f"{self.path} holds no snapshot {snapshot_id}.", path=str(self.path),
                               reason="no_snapshot")
        return [SegmentSnapshot(name, json.loads(rule), key, count, reachable, revenue, aov, freq,
                                members_of(found[0], members))
                for name, rule, key, count, reachable, revenue, aov, freq, members in self._con.execute(
                    "SELECT name, rule_json, rule_key, count, reachable, revenue, avg_order_value, order_frequency, "
                    "members FROM snapshot_segments WHERE snapshot_id = ? ORDER BY position", (snapshot_id,))]

    def copy_history_from(self, other: str | Path) -> None:
        """Copy the snapshots of project ``other`` into this one: Save As keeps the history."""
        with ProjectFile.open(other) as source:
            if source.version < 2:
                return
            infos = source._con.execute("SELECT * FROM snapshots ORDER BY id").fetchall()
            parts = source._con.execute("SELECT * FROM snapshot_segments").fetchall()
        with self.transaction():
            self._con.executemany("INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?)", infos)
            self._con.executemany("INSERT INTO snapshot_segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", parts)

    def _stored_segments(self) -> list[Segment]:
        return [segment_from_json(json.loads(t))
                for (t,) in self._con.execute("SELECT rule_json FROM segments ORDER BY position, id")]

    # -- writing the whole project ---------------------------------------------------------
    def sync(self, project: Project, *, snapshot: Stamp | None = None) -> None:
        """Make the file hold ``project``, writing only what differs: the data if it is not the
        data read from or last written to this file, changed segments, log entries not yet stored.
        With ``snapshot``, new data (an import) is recorded as an 'import' snapshot too."""
        stored_id = self._meta().get("data_id")
        new_data = stored_id is None or project.dataset is None or project.data_id != stored_id
        taken = None
        # Only data never read from or written to a file is an import to record (Save As copies history).
        if new_data and snapshot is not None and project.dataset is not None and project.data_id is None:
            taken = take_snapshot(project.dataset, project.segments, as_of=snapshot.as_of)
        with self.transaction():
            meta = self._meta()
            if new_data:
                data_id = self._replace_data(project.dataset)
            if taken is not None:
                self._write_snapshot(taken, reason="import", stamp=snapshot)
            sources = json.dumps(project.sources, ensure_ascii=False)
            if meta.get("sources") != sources:
                self._set_meta("sources", sources)
            plan = None if project.plan is None else project.plan.dumps()
            if meta.get("import_plan") != plan:
                self._set_plan(project.plan)
            self._sync_segments(project.segments)
            write_list(self._con, project.do_not_contact)
            write_register(self._con, project.register)
            sync_cluster_run(self._con, project.cluster_run)
            write_rfm_map(self._con, project.rfm_map)
            write_demo(self._con, secret=project.demo_secret, on=project.demo_mode)
            stored = self.log_count()
            if stored <= len(project.audit):
                self._append_log(project.audit[stored:])
            else:                              # entries were taken out (an erasure): write the log anew
                self._con.execute("DELETE FROM audit_log")
                self._append_log(project.audit)
        if new_data:
            project.mark_stored(data_id)           # committed: the file now holds this data

    def _sync_segments(self, segments: list[Segment]) -> None:
        stored = {name.casefold(): (row, position, text) for row, name, position, text
                  in self._con.execute("SELECT id, name, position, rule_json FROM segments")}
        wanted = {s.name.casefold() for s in segments}
        for key, (row, _, _) in stored.items():
            if key not in wanted:
                self._con.execute("DELETE FROM segments WHERE id = ?", (row,))
        for position, segment in enumerate(segments):
            text = json.dumps(segment.to_json(), ensure_ascii=False)
            old = stored.get(segment.name.casefold())
            if old is None:
                self._con.execute("INSERT INTO segments (position, name, rule_json) VALUES (?, ?, ?)",
                                  (position, segment.name, text))
            elif old[1:] != (position, text):
                self._con.execute("UPDATE segments SET name = ?, position = ?, rule_json = ? WHERE id = ?",
                                  (segment.name, position, text, old[0]))

    # -- format 1 -------------------------------------------------------------------------
    def _upgrade_from_1(self) -> None:
        """Rewrite a format-1 file as format 2 inside the open transaction."""
        con = self._con
        customers, orders = read_table1(con, "customers"), read_table1(con, "orders")
        con.execute("ALTER TABLE segments RENAME TO segments_v1")
        con.execute("ALTER TABLE audit_log RENAME TO audit_log_v1")
        for statement in schema.TABLES.split(";"):
            if statement.strip():
                con.execute(statement)
        con.execute("INSERT INTO segments (position, name, rule_json) SELECT position, name, rule_json "
                    "FROM segments_v1 ORDER BY position")
        con.execute("INSERT INTO audit_log (id, at, action, details) SELECT id, at, action, details "
                    "FROM audit_log_v1 ORDER BY id")
        for table in ("segments_v1", "audit_log_v1", *schema.FORMAT1_TABLES):
            con.execute(f"DROP TABLE IF EXISTS {table}")
        self._set_meta("format", schema.FORMAT)
        self._replace_data(None if customers is None else Dataset(customers, orders))
        self.version = schema.SCHEMA_VERSION

    def _upgrade(self) -> None:
        """Bring the file to the current format inside the open transaction: format 1 is rewritten,
        later ones take each :data:`schema.MIGRATIONS` step in turn."""
        if self.version == 1:
            self._upgrade_from_1()
            return
        for version in range(self.version, schema.SCHEMA_VERSION):
            schema.MIGRATIONS[version](self._con)
        self._set_meta("format", schema.FORMAT)
        self.version = schema.SCHEMA_VERSION


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an exception); SQLite errors become ProjectError."""

    def __init__(self, pf: ProjectFile) -> None:
        self._pf = pf

    def __enter__(self) -> None:
        pf = self._pf
        try:
            pf._con.execute("BEGIN IMMEDIATE")
            self._old_version = pf.version
            upgraded = pf.version < schema.SCHEMA_VERSION
            if upgraded:
                pf._upgrade()
        except sqlite3.Error as exc:
            if pf._con.in_transaction:
                pf._con.execute("ROLLBACK")
            pf.version = self._old_version
            raise _error(pf.path, exc, writing=True) from exc
        self._upgraded = upgraded

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: object) -> None:
        con = self._pf._con
        if kind is not None:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if self._upgraded:
                self._pf.version = self._old_version
            if isinstance(exc, sqlite3.Error):
                raise _error(self._pf.path, exc, writing=True) from exc
            return
        try:
            con.execute("COMMIT")
            if self._upgraded:           # journal mode can change only outside a transaction
                con.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise _error(self._pf.path, exc, writing=True) from exc

