"""The project's cluster run (format 5): which fields and k made it, the clusters' names, and each
customer's cluster by the stable customer key — never by row position, which a re-import changes.

One run is kept, the latest the user saved; saving another replaces it in one transaction.  Laid
over the data on every open as the ``cluster`` field (:func:`cluster_values`): a customer whose key
the run does not hold (new since, or without a key) has no cluster.  Erasing a person takes their
key out (:func:`erase_from_cluster_run`).
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..analytics.cluster_field import with_cluster_field
from ..data.dataset import Dataset
from .snapshot_members import decode_keys, encode_keys, key_form
from .snapshots import stable_keys

CLUSTER_RUNS = """CREATE TABLE IF NOT EXISTS cluster_runs (
    id INTEGER PRIMARY KEY, made_at TEXT NOT NULL, as_of TEXT NOT NULL, fields TEXT NOT NULL,
    k INTEGER NOT NULL, names TEXT NOT NULL, key_role TEXT, keys BLOB NOT NULL, labels BLOB NOT NULL)"""


@dataclass(frozen=True)
class ClusterRun:
    """A stored clustering: ``labels[i]`` (0…k-1) is the cluster of the customer with ``keys[i]``."""

    made_at: dt.datetime
    as_of: dt.date
    fields: tuple[str, ...]
    names: tuple[str, ...]          # one per cluster, in cluster-number order
    key_role: str | None            # customer_id or email: what the keys are
    keys: tuple[str, ...]
    labels: np.ndarray              # int8 per key

    @property
    def k(self) -> int:
        return len(self.names)

    def renamed(self, names: Sequence[str]) -> ClusterRun:
        """The same run with new cluster names (blank or repeated names are refused by the caller)."""
        return ClusterRun(self.made_at, self.as_of, self.fields, tuple(names), self.key_role, self.keys, self.labels)


def cluster_run(ds: Dataset, labels: np.ndarray, *, names: Sequence[str], fields: Sequence[str],
                as_of: dt.date, made_at: dt.datetime) -> ClusterRun:
    """The run of ``labels`` (per customer row, -1 for none) keyed by the stable customer key;
    customers without a key, and later ones sharing a key, are not kept."""
    role, keys = stable_keys(ds)
    keys = keys.to_numpy(dtype=object)
    keep = (np.asarray(labels) >= 0) & pd.notna(keys)
    keep &= ~pd.Series(keys).duplicated().to_numpy()
    return ClusterRun(made_at, as_of, tuple(fields), tuple(names), role, tuple(keys[keep]),
                      np.asarray(labels)[keep].astype(np.int8))


def cluster_values(ds: Dataset, run: ClusterRun) -> pd.Series:
    """Per customer row, their cluster's name from ``run`` (None for a customer it does not hold)."""
    role, keys = stable_keys(ds)
    names = np.array([*run.names, None], dtype=object)
    if role is None or role != run.key_role:
        return pd.Series(names[np.full(len(ds), -1)], dtype=object)
    position = pd.Index(run.keys)
    found = position.get_indexer(keys.to_numpy(dtype=object))
    label = np.where(found >= 0, run.labels[np.maximum(found, 0)].astype(np.int64), -1)
    return pd.Series(names[label], dtype=object)


def write_cluster_run(con: sqlite3.Connection, run: ClusterRun | None) -> None:
    """Make ``run`` the project's run (None: no run), inside the caller's transaction."""
    con.execute(CLUSTER_RUNS)
    con.execute("DELETE FROM cluster_runs")
    if run is None:
        return
    con.execute("INSERT INTO cluster_runs (made_at, as_of, fields, k, names, key_role, keys, labels) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run.made_at.isoformat(timespec="seconds"), run.as_of.isoformat(),
                 json.dumps(list(run.fields), ensure_ascii=False), run.k,
                 json.dumps(list(run.names), ensure_ascii=False), run.key_role, encode_keys(run.keys),
                 run.labels.astype(np.int8).tobytes()))


def put_cluster_run(pf, run: ClusterRun | None) -> None:
    """Make ``run`` the cluster run of the open :class:`~.project_file.ProjectFile` ``pf`` (None: none),
    as its own transaction that writes only the run."""
    with pf.transaction():
        sync_cluster_run(pf.connection, run)


def kept_clusters(con: sqlite3.Connection, ds: Dataset | None) -> tuple[ClusterRun | None, Dataset | None]:
    """The stored run, and ``ds`` answering the ``cluster`` field from it (``ds`` itself without a run)."""
    run = read_cluster_run(con)
    if ds is None or run is None:
        return run, ds
    return run, with_cluster_field(ds, cluster_values(ds, run))


def sync_cluster_run(con: sqlite3.Connection, run: ClusterRun | None) -> None:
    """Write ``run`` unless the file holds it already (a save writes only what changed)."""
    stored = read_cluster_run(con)
    same = (stored is None and run is None) or (
        stored is not None and run is not None
        and (stored.made_at, stored.as_of, stored.fields, stored.names, stored.key_role, stored.keys)
        == (run.made_at.replace(microsecond=0), run.as_of, run.fields, run.names, run.key_role, run.keys)
        and np.array_equal(stored.labels, run.labels))
    if not same:
        write_cluster_run(con, run)


def read_cluster_run(con: sqlite3.Connection) -> ClusterRun | None:
    """The stored run; None in a file without one (or of a format before 5)."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cluster_runs'").fetchone():
        return None
    row = con.execute("SELECT made_at, as_of, fields, names, key_role, keys, labels FROM cluster_runs "
                      "ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    made_at, as_of, fields, names, role, keys, labels = row
    return ClusterRun(dt.datetime.fromisoformat(made_at), dt.date.fromisoformat(as_of), tuple(json.loads(fields)),
                      tuple(json.loads(names)), role, tuple(decode_keys(keys)),
                      np.frombuffer(labels, dtype=np.int8).copy())


def erase_from_cluster_run(con: sqlite3.Connection, identifiers: dict[str, Iterable[str]]) -> bool:
    """Take the keys in ``identifiers[key_role]`` out of the stored run; True if it held one."""
    run = read_cluster_run(con)
    if run is None:
        return False
    drop = {key_form(k) for k in identifiers.get(run.key_role or "", ())}
    keep = np.array([key_form(k) not in drop for k in run.keys], dtype=bool)
    if keep.all():
        return False
    write_cluster_run(con, ClusterRun(run.made_at, run.as_of, run.fields, run.names, run.key_role,
                                      tuple(np.array(run.keys, dtype=object)[keep]), run.labels[keep]))
    return True
