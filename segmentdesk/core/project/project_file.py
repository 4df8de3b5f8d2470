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
import weakref
from pathlib import Path

import numpy as np
import pandas as pd

from ..data.dataset import METRIC_KINDS, Dataset, Table
from ..errors import ImportPlanError, ProjectError, RuleError
from ..importing.plan import ImportPlan
from ..register.overlay import apply_register
from ..register.register import RegisterChange
from ..segments.model import Segment, segment_from_json
from . import schema
from .columns import EncodedColumn, decode_column, encode_column
from .do_not_contact_table import read_list, write_list
from .file_errors import check_writable as _check_writable
from .file_errors import sqlite_error as _error
from .format1 import read_table1, segment_rows1
from .project import AuditEntry, Project
from .register_table import apply_change, read_register, write_register

BUSY_TIMEOUT_MS = 10_000
# Bump when the Dataset derives its order links or metrics differently: files with another
# version (or none) have them derived again on opening instead of read.
DERIVED_VERSION = "1"
# Which stored data each Dataset in memory is (meta ``data_id``), so a save knows whether the
# data changed since it was read or written without comparing it; datasets are replaced, never edited.
_DATA_IDS: weakref.WeakKeyDictionary[Dataset, str] = weakref.WeakKeyDictionary()


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
            read = read_table1 if self.version == 1 else self._read_table
            customers = read(self._con, "customers")
            if customers is not None:
                orders = read(self._con, "orders")
                project.dataset = self._restored(customers, orders, meta) if self.version > 1 else None
                if project.dataset is None:
                    project.dataset = Dataset(customers, orders)
            project.register = read_register(self._con)
            if project.dataset is not None:
                # The user's edits are rows beside the blobs; the data in memory is both, as stored.
                project.dataset = apply_register(project.dataset, project.register).dataset
                if "data_id" in meta:
                    _DATA_IDS[project.dataset] = meta["data_id"]
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

    def _restored(self, customers: Table, orders: Table | None, meta: dict[str, str]) -> Dataset | None:
        """The Dataset with its stored order links and metrics; None when they are not stored as this
        version derives them (then they are derived again)."""
        if meta.get("derived_version") != DERIVED_VERSION:
            return None
        metrics = self._read_table(self._con, "metrics")
        if metrics is None or set(metrics.frame.columns) != set(METRIC_KINDS):
            return None
        links = self._read_table(self._con, "links")
        n_orders = 0 if orders is None else len(orders.frame)
        if links is None:
            pos, codes = np.full(0, -1, dtype=np.int64), None
        else:
            pos, codes = links.frame["order_customer_pos"].to_numpy(), links.frame["order_codes"].to_numpy()
        if len(pos) != n_orders or len(metrics.frame) != len(customers.frame):
            return None
        link_by = meta.get("link_by") or None
        return Dataset.restored(customers, orders, link_by=link_by, order_customer_pos=pos,
                                metrics=metrics.frame, order_codes=codes)

    @staticmethod
    def _read_table(con: sqlite3.Connection, name: str) -> Table | None:
        rows = con.execute("SELECT header, kind, role, dtype, rows, codec, data, value_list FROM column_data "
                           "WHERE tbl = ? ORDER BY position", (name,)).fetchall()
        if not rows:
            return None
        data, kinds, roles = {}, {}, {}
        for header, kind, role, dtype, n, codec, blob, values in rows:
            data[header] = decode_column(EncodedColumn(dtype, n, blob, values, codec))
            kinds[header] = kind
            if role:
                roles[role] = header
        return Table(pd.DataFrame(data, copy=False), kinds, roles)

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
                     plan: ImportPlan | None = None, log: AuditEntry | None = None) -> None:
        """An import: the customers and orders, with the sources, plan and log entry when given,
        replaced in one transaction."""
        with self.transaction():
            self._replace_data(dataset)
            if sources is not None:
                self._set_meta("sources", json.dumps(sources, ensure_ascii=False))
            if plan is not None:
                self._set_plan(plan)
            if log is not None:
                self._append_log([log])

    def write_data(self, dataset: Dataset | None) -> None:
        """Replace the customers and orders inside the caller's open :meth:`transaction`."""
        self._replace_data(dataset)

    def _replace_data(self, dataset: Dataset | None) -> None:
        self._con.execute("DELETE FROM column_data")
        if dataset is not None:
            self._write_table("customers", dataset.customers)
            if dataset.orders is not None:
                self._write_table("orders", dataset.orders)
            self._write_derived(dataset)
        data_id = uuid.uuid4().hex
        self._set_meta("data_id", data_id)
        if dataset is not None:
            _DATA_IDS[dataset] = data_id

    def _write_derived(self, dataset: Dataset) -> None:
        """The order links and metrics, so that opening need not derive them again."""
        self._write_table("metrics", Table(dataset.metrics, dict(METRIC_KINDS)))
        if dataset.orders is not None:
            links = pd.DataFrame({"order_customer_pos": dataset.order_customer_pos.astype(np.int64),
                                  "order_codes": dataset.order_codes.astype(np.int64)})
            self._write_table("links", Table(links, {"order_customer_pos": "int", "order_codes": "int"}))
        self._set_meta("link_by", dataset.link_by or "")
        self._set_meta("derived_version", DERIVED_VERSION)

    def _write_table(self, name: str, table: Table) -> None:
        role_of = {header: role for role, header in table.roles.items()}
        for position, header in enumerate(table.frame.columns):
            kind = table.kinds[header]
            enc = encode_column(table.frame[header], kind)
            self._con.execute("INSERT INTO column_data VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (name, position, header, kind, role_of.get(header), enc.dtype, enc.rows, enc.codec,
                               enc.data, enc.values))

    # -- writing the whole project ---------------------------------------------------------
    def sync(self, project: Project) -> None:
        """Make the file hold ``project``, writing only what differs: the data if it is not the
        data read from or last written to this file, changed segments, log entries not yet stored."""
        with self.transaction():
            meta = self._meta()
            stored_id = meta.get("data_id")
            if stored_id is None or project.dataset is None or _DATA_IDS.get(project.dataset) != stored_id:
                self._replace_data(project.dataset)
            sources = json.dumps(project.sources, ensure_ascii=False)
            if meta.get("sources") != sources:
                self._set_meta("sources", sources)
            plan = None if project.plan is None else project.plan.dumps()
            if meta.get("import_plan") != plan:
                self._set_plan(project.plan)
            self._sync_segments(project.segments)
            write_list(self._con, project.do_not_contact)
            write_register(self._con, project.register)
            stored = self.log_count()
            if stored <= len(project.audit):
                self._append_log(project.audit[stored:])
            else:                              # entries were taken out (an erasure): write the log anew
                self._con.execute("DELETE FROM audit_log")
                self._append_log(project.audit)

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


def _connect(path: Path, *, write: bool) -> sqlite3.Connection:
    if write:
        con = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                  timeout=BUSY_TIMEOUT_MS / 1000)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL file in a read-only folder cannot get its shared-memory file: read it as it lies.
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return con
