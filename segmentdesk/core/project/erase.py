"""Erasing a person (GDPR art. 17) from a project file and from every backup of it.

In one transaction, with ``PRAGMA secure_delete=ON``: their customer rows and orders leave the
column blobs (the tables are written anew, so their values leave the lists of distinct values
too), their key leaves every snapshot's membership and every segment rule that lists it, their edits, consent records and notes leave the
customer register, audit-log details naming them are scrubbed,
their email goes onto the do-not-contact list as a salted hash (source ``erase``) and the log
records the erasure with counts only.  Then the WAL is checkpointed and truncated and the file
is VACUUMed, so no freed page keeps the old bytes.  Each backup of the project is erased the
same way (a backup that cannot be opened is deleted instead), so restoring one cannot bring the
person back.  The caller holds the project's lock.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..data.dataset import Dataset, Table
from ..errors import ProjectError, SegmentDeskError
from ..tasks import Progress
from .backups import list_backups
from .do_not_contact_table import read_list, write_list
from .person_match import PersonQuery, person_identifiers, person_orders, person_rows, text_form
from .project import AuditEntry
from .project_file import ProjectFile
from .register_table import erase_from_register
from .cluster_runs import erase_from_cluster_run
from .erase_rules import without_person
from .snapshot_members import without_keys

ERASED = "(erased)"


@dataclass
class Erasure:
    """What one erasure removed: from the project, and how many backups were erased or deleted."""

    customers: int = 0
    orders: int = 0
    snapshots: int = 0
    audit_entries: int = 0
    backups_erased: int = 0
    backups_deleted: int = 0


def erase_person(path: str | Path, query: PersonQuery, *, at: dt.datetime,
                 backup_root: Path | None = None, progress: Progress | None = None) -> Erasure:
    """Erase the person ``query`` names from the project at ``path`` and from all its backups.

    Raises :class:`ProjectError` (reason ``no_person``) when the project holds no such customer;
    then nothing is changed.  ``progress`` hears of the project and of each backup (an erasure is
    not cancelled half-way: the caller offers no Cancel).
    """
    path = Path(path)
    progress = progress or Progress()
    progress.report(0.0, "erase")
    erasure, identifiers = _erase_in_file(path, query, at=at, require=True)
    # A backup may hold the person under an older address or number: look for every one found.
    backups = list_backups(path, root=backup_root)
    for done, backup in enumerate(backups):
        progress.report(0.5 + 0.5 * done / len(backups), "backups")
        try:
            for email in sorted(identifiers["email"]) or [None]:
                for number in sorted(identifiers["customer_id"]) or [None]:
                    _erase_in_file(backup.path, PersonQuery(email, number), at=at, require=False)
            erasure.backups_erased += 1
        except (SegmentDeskError, OSError):
            for doomed in (backup.path, backup.path.with_suffix(".json")):
                doomed.unlink(missing_ok=True)
            erasure.backups_deleted += 1
    progress.report(1.0, "done")
    return erasure


def _erase_in_file(path: Path, query: PersonQuery, *, at: dt.datetime,
                   require: bool) -> tuple[Erasure, dict[str, set[str]]]:
    erasure = Erasure()
    with ProjectFile.open(path, write=True) as pf:
        project = pf.load()
        ds = project.dataset
        rows = np.zeros(0, dtype=np.int64) if ds is None else person_rows(ds, query)
        if require and not len(rows):
            raise ProjectError(f"No customer with {query.describe()} in {path}.", path=str(path), reason="no_person")
        identifiers = person_identifiers(ds, rows, query) if ds is not None else \
            {"email": {text_form(query.email)} - {None}, "customer_id": {text_form(query.customer_id)} - {None}}
        con = pf.connection
        con.execute("PRAGMA secure_delete=ON")
        with pf.transaction():
            if ds is not None and len(rows):
                orders = person_orders(ds, rows, identifiers)
                pf.write_data(_without(ds, rows, orders))
                erasure.customers, erasure.orders = len(rows), len(orders)
            erasure.snapshots = _erase_from_snapshots(con, identifiers)
            for segment in without_person(project.segments, identifiers):
                pf._put_segment(segment)                   # a frozen list no longer names them
            erase_from_cluster_run(con, identifiers)
            erasure.audit_entries = _scrub_audit(con, identifiers)
            erase_from_register(con, identifiers)
            listed = read_list(con)
            listed.add(sorted(identifiers["email"]), added_at=at.isoformat(timespec="seconds"), source="erase")
            write_list(con, listed)
            con.execute("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)",
                        (at.isoformat(timespec="seconds"), "erase",
                         json.dumps({"customers": erasure.customers, "orders": erasure.orders})))
        # The bytes themselves: fold the WAL into the file, rebuild the file without free pages, empty the WAL.
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        if con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise ProjectError(f"{path}: the person is erased, but another program is reading the file, so its "
                               f"old bytes could not be wiped while it does.", path=str(path),
                               reason="busy")
    return erasure, identifiers


def _without(ds: Dataset, rows: np.ndarray, orders: np.ndarray) -> Dataset:
    keep = np.ones(len(ds), dtype=bool)
    keep[rows] = False
    customers = Table(ds.customers.frame[keep].reset_index(drop=True), dict(ds.customers.kinds),
                      dict(ds.customers.roles), dict(ds.customers.families))
    order_table = None
    if ds.orders is not None:
        kept = np.ones(len(ds.orders.frame), dtype=bool)
        kept[orders] = False
        order_table = Table(ds.orders.frame[kept].reset_index(drop=True), dict(ds.orders.kinds),
                            dict(ds.orders.roles))
    return Dataset(customers, order_table)


def _erase_from_snapshots(con, identifiers: dict[str, set[str]]) -> int:
    changed = 0
    for snap_id, key_role, keys in con.execute("SELECT id, key_role, keys FROM snapshots").fetchall():
        drop = identifiers.get(key_role or "", set())
        if not drop:
            continue
        parts = con.execute("SELECT position, members FROM snapshot_segments WHERE snapshot_id = ? ORDER BY position",
                            (snap_id,)).fetchall()
        result = without_keys(keys, [m for _, m in parts], drop)
        if result is None:
            continue
        new_keys, members, _ = result
        con.execute("UPDATE snapshots SET keys = ? WHERE id = ?", (new_keys, snap_id))
        con.executemany("UPDATE snapshot_segments SET members = ? WHERE snapshot_id = ? AND position = ?",
                        [(m, snap_id, pos) for (pos, _), m in zip(parts, members)])
        changed += 1
    return changed


def _scrub_audit(con, identifiers: dict[str, set[str]]) -> int:
    """Replace every text in the log's details that names the person by ``(erased)``."""
    whole = {t for role in ("email", "customer_id", "phone") for t in identifiers.get(role, ())}
    names = {f"{f} {l}" for f in identifiers.get("first_name", ()) for l in identifiers.get("last_name", ())}
    inside = {t for t in whole | names if len(t) >= 5}      # long enough to look for inside other text
    changed = 0
    for row, details in con.execute("SELECT id, details FROM audit_log").fetchall():
        doc = json.loads(details)
        scrubbed = _scrub(doc, whole, inside)
        if scrubbed != doc:
            con.execute("UPDATE audit_log SET details = ? WHERE id = ?", (json.dumps(scrubbed, ensure_ascii=False),
                                                                          row))
            changed += 1
    return changed


def _scrub(value: Any, whole: set[str], inside: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, whole, inside) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, whole, inside) for v in value]
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = text_form(value)
        if text is not None and (text in whole or any(t in text for t in inside)):
            return ERASED
    return value


def audit_mentions(entry: AuditEntry, identifiers: dict[str, set[str]]) -> bool:
    """True when ``entry``'s details name the person (what an access request lists)."""
    whole = {t for role in ("email", "customer_id", "phone") for t in identifiers.get(role, ())}
    names = {f"{f} {l}" for f in identifiers.get("first_name", ()) for l in identifiers.get("last_name", ())}
    inside = {t for t in whole | names if len(t) >= 5}
    return _scrub(entry.details, whole, inside) != entry.details
