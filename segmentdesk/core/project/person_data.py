"""An access request (GDPR art. 15): everything a project holds about one person, as JSON or a readable page.

The record lists the customer rows (every column, as imported), their orders, the segments they
are in at the reference date, the snapshots that counted them, whether their address is on the
do-not-contact list, and the log entries that name them.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..atomic_file import write_text_atomic
from ..errors import ProjectError, SegmentDeskError
from ..privacy.person_report import person_report_html
from ..segments.evaluate import Evaluator
from .erase import audit_mentions
from .person_match import PersonQuery, person_identifiers, person_orders, person_rows
from .project_file import ProjectFile
from .register_table import person_register
from .snapshot_members import decode_keys, decode_members, key_form

FORMAT = "segmentdesk.person-data/1"


def person_record(path: str | Path, query: PersonQuery, *, as_of: dt.date) -> dict[str, Any]:
    """What the project at ``path`` holds about ``query``'s person (raises ProjectError ``no_person`` if nothing)."""
    with ProjectFile.open(path) as pf:
        project = pf.load()
        snapshots = _snapshot_rows(pf)
    ds = project.dataset
    rows = np.zeros(0, dtype=np.int64) if ds is None else person_rows(ds, query)
    listed = bool(query.email) and query.email in project.do_not_contact
    if not len(rows) and not listed:
        raise ProjectError(f"No customer with {query.describe()} in {path}.", path=str(path), reason="no_person")
    identifiers = person_identifiers(ds, rows, query) if ds is not None else {}
    record: dict[str, Any] = {"format": FORMAT, "project": Path(path).name, "as_of": as_of.isoformat(),
                              "query": {"email": query.email, "customer_id": query.customer_id},
                              "customers": [], "orders": [], "segments": [], "snapshots": []}
    if ds is not None and len(rows):
        record["customers"] = _records(ds.customers.frame.iloc[rows])
        if ds.orders is not None:
            record["orders"] = _records(ds.orders.frame.iloc[person_orders(ds, rows, identifiers)])
        record["segments"] = _segments_of(project, rows, as_of)
    record["snapshots"] = [s for s in (_in_snapshot(row, identifiers) for row in snapshots) if s]
    emails = sorted(identifiers.get("email", set()) | ({query.email} if query.email else set()))
    record["do_not_contact"] = any(e in project.do_not_contact for e in emails)
    record["register"] = person_register(project.register, identifiers)
    record["audit_log"] = [{"at": e.at.isoformat(timespec="seconds"), "action": e.action, "details": e.details}
                           for e in project.audit if identifiers and audit_mentions(e, identifiers)]
    return record


def write_person_record(record: dict[str, Any], out: str | Path, *, lang: str = "en") -> None:
    """``record`` at ``out`` (the shared atomic writer): a page the person can read, in ``lang``, when
    ``out`` ends in ``.html``/``.htm``; else indented UTF-8 JSON."""
    if Path(out).suffix.lower() in (".html", ".htm"):
        write_text_atomic(out, person_report_html(record, lang=lang))
    else:
        write_text_atomic(out, json.dumps(record, ensure_ascii=False, indent=2) + "\n")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.date)):
        return value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _segments_of(project, rows: np.ndarray, as_of: dt.date) -> list[str]:
    evaluator = Evaluator(project.dataset, as_of=as_of, segments=project.segment_map())
    found = []
    for segment in project.segments:
        try:
            if evaluator.mask(segment.rule)[rows].any():
                found.append(segment.name)
        except SegmentDeskError:           # a rule this data cannot answer holds nobody
            continue
    return found


def _snapshot_rows(pf: ProjectFile) -> list[tuple]:
    con = pf.connection
    out = []
    for snap_id, taken_at, as_of, key_role, keys in con.execute(
            "SELECT id, taken_at, as_of, key_role, keys FROM snapshots ORDER BY id").fetchall():
        parts = con.execute("SELECT name, members FROM snapshot_segments WHERE snapshot_id = ? ORDER BY position",
                            (snap_id,)).fetchall()
        out.append((taken_at, as_of, key_role, keys, parts))
    return out


def _in_snapshot(row: tuple, identifiers: dict[str, set[str]]) -> dict[str, Any] | None:
    taken_at, as_of, key_role, keys_blob, parts = row
    mine = identifiers.get(key_role or "", set())
    keys = decode_keys(keys_blob)
    at = [i for i, k in enumerate(keys) if key_form(k) in mine]
    if not at:
        return None
    names = [name for name, blob in parts if decode_members(blob, len(keys))[at].any()]
    return {"taken_at": taken_at, "as_of": as_of, "segments": names}
