"""The reader of format ``segmentdesk.project/1``: every column stored as rows of text.

Kept so that projects saved by earlier versions open; :class:`.project_file.ProjectFile`
rewrites such a file as format 2 on its first write.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from ..data.dataset import Table


def read_table1(con: sqlite3.Connection, name: str) -> Table | None:
    """Table ``name`` ("customers"/"orders") of a format-1 file, typed; None if it holds none."""
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


def segment_rows1(con: sqlite3.Connection) -> list[str]:
    """The segments' JSON texts in their order."""
    return [r for (r,) in con.execute("SELECT rule_json FROM segments ORDER BY position")]
