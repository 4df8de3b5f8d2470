"""Segments over time: each segment's size and revenue per snapshot, and who moved where between two.

A migration between snapshots A (older) and B (newer) matches customers by their stable key and
segments by name.  Rows are A's segments, then *in another segment*, *in no segment* (present in A,
in none of its segments) and *new* (not in A's data); columns are B's segments, then *in another
segment*, *in no segment* and *gone* (not in B's data).  Segments may overlap: a customer in two
segments is counted in each of their rows and columns, so the cells count memberships, and

- every member of a segment S at A is in exactly one cell of S's row (the row adds up to S's size
  at A), every member of T at B in exactly one cell of T's column (it adds up to T's size at B);
- S → S: in S at both.
- S → T (another segment): left S and joined T — in S and not in T at A, in T and not in S at B.
  A customer who left several segments and joined several is paired in the segments' list order
  (the first left with the first joined, …).  For segments that partition the customers (RFM
  groups) this is the usual migration matrix.
- S → in another segment: left S, joined no segment it is paired with, and is in other segments at
  B (typically ones they were in at A too); in another segment → T likewise.
- S → in no segment / gone; in no segment / new → T: as the names say.

:meth:`Migration.members` lists the customers behind a cell; :func:`top_flows` picks the largest
movements for words (:mod:`.history_words`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import numpy as np
import pandas as pd

OTHER = "__other__"     # in another segment: left (joined) this one, paired with no segment joined (left)
NONE = "__none__"       # in no segment (present in that snapshot's data)
NEW = "__new__"         # row: not in the older snapshot's data
GONE = "__gone__"       # column: not in the newer snapshot's data


# -- what is read from a project's snapshots (core/project/snapshot_history.py reads them) -------------
@dataclass(frozen=True)
class SnapshotRef:
    """Which snapshot: its id, the reference date it was evaluated at, and the role its keys come from."""

    id: int
    as_of: dt.date
    key_role: str | None        # "customer_id" or "email"


@dataclass(frozen=True)
class SnapshotFigures:
    """One segment's figures in one snapshot."""

    snapshot_id: int
    as_of: dt.date
    name: str
    count: int
    reachable: int
    revenue: float


@dataclass(frozen=True)
class SnapshotMembership:
    """Who was in which segment at one snapshot: ``members[i, j]`` is True when customer ``keys[i]``
    was in ``segments[j]``.  Customers without a stable key are left out."""

    ref: SnapshotRef
    keys: np.ndarray                # object array of stable keys (trimmed, case-folded text)
    segments: list[str]             # in the snapshot's list order
    members: np.ndarray             # bool, len(keys) × len(segments)


# -- trends ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrendPoint:
    snapshot_id: int
    as_of: dt.date              # the reference date the snapshot was evaluated at
    count: int
    revenue: float


@dataclass(frozen=True)
class SegmentTrend:
    name: str
    points: list[TrendPoint]    # oldest first; only the snapshots that held the segment


def segment_trends(figures: Iterable[SnapshotFigures], *, only: str | None = None) -> list[SegmentTrend]:
    """Each segment's points over the snapshots, segments in the order they first appear (``only``: that one)."""
    by_name: dict[str, list[TrendPoint]] = {}
    for f in sorted(figures, key=lambda f: f.snapshot_id):
        if only is None or f.name == only:
            by_name.setdefault(f.name, []).append(TrendPoint(f.snapshot_id, f.as_of, f.count, f.revenue))
    return [SegmentTrend(name, points) for name, points in by_name.items()]


@dataclass(frozen=True)
class Flow:
    source: str                 # a segment name, OTHER, NONE or NEW
    target: str                 # a segment name, OTHER, NONE or GONE
    count: int


class Migration:
    """Who moved between the segments of snapshot ``before`` and snapshot ``after``."""

    def __init__(self, before: SnapshotMembership, after: SnapshotMembership) -> None:
        self.before, self.after = before.ref, after.ref
        keys = np.concatenate([before.keys, after.keys])
        codes, uniques = _factorize(keys)
        n = len(uniques)
        self.keys = uniques
        self._in_a = np.zeros(n, dtype=bool)
        self._in_a[codes[: len(before.keys)]] = True
        self._in_b = np.zeros(n, dtype=bool)
        self._in_b[codes[len(before.keys):]] = True
        names = list(dict.fromkeys(before.segments + after.segments))
        self._index = {name: i for i, name in enumerate(names)}
        self._a = _spread(before, codes[: len(before.keys)], n, self._index)
        self._b = _spread(after, codes[len(before.keys):], n, self._index)
        # Who left which segment and joined which, and each one's place among the customer's own leavings
        # (joinings) in the list's order: the k-th segment left is paired with the k-th joined.
        self._left = self._a & ~self._b
        self._joined = self._b & ~self._a
        self._left_rank = _ranks(self._left, [self._index[s] for s in before.segments])
        self._joined_rank = _ranks(self._joined, [self._index[s] for s in after.segments])
        self._left_count = self._left.sum(axis=1)
        self._joined_count = self._joined.sum(axis=1)
        # Asked by every cell (a table of k segments has (k + 3)² of them): made once.
        self._in_a_some, self._in_b_some = self._a.any(axis=1), self._b.any(axis=1)
        self._in_a_none, self._in_b_none = self._in_a & ~self._in_a_some, self._in_b & ~self._in_b_some
        self.rows = before.segments + [OTHER, NONE, NEW]
        self.columns = after.segments + [OTHER, NONE, GONE]
        self.counts = np.array([[int(self.cell_mask(r, c).sum()) for c in self.columns] for r in self.rows],
                               dtype=np.int64)

    def count(self, source: str, target: str) -> int:
        return int(self.counts[self.rows.index(source), self.columns.index(target)])

    def cell_mask(self, source: str, target: str) -> np.ndarray:
        """Over :attr:`keys`: the customers behind cell (``source``, ``target``)."""
        in_a_none, in_b_none = self._in_a_none, self._in_b_none
        if source in (NEW, NONE, OTHER) and target in (NONE, GONE, OTHER):
            if source == OTHER or target == OTHER:
                return np.zeros(len(self.keys), dtype=bool)
            was = ~self._in_a if source == NEW else in_a_none
            return was & (~self._in_b if target == GONE else in_b_none)
        if source in (NEW, NONE, OTHER):
            t = self._index[target]
            if source == NEW:
                return ~self._in_a & self._b[:, t]
            if source == NONE:
                return in_a_none & self._b[:, t]
            return (self._joined[:, t] & self._in_a & self._in_a_some
                    & (self._joined_rank[:, t] >= self._left_count))
        s = self._index[source]
        if target == GONE:
            return self._a[:, s] & ~self._in_b
        if target == NONE:
            return self._a[:, s] & in_b_none
        if target == OTHER:
            return (self._left[:, s] & self._in_b & self._in_b_some
                    & (self._left_rank[:, s] >= self._joined_count))
        t = self._index[target]
        if source == target:
            return self._a[:, s] & self._b[:, s]
        return self._left[:, s] & self._joined[:, t] & (self._left_rank[:, s] == self._joined_rank[:, t])

    def members(self, source: str, target: str) -> list[str]:
        """The stable keys of the customers behind cell (``source``, ``target``), sorted."""
        return sorted(self.keys[self.cell_mask(source, target)].tolist())

    def flows(self) -> list[Flow]:
        """Every non-empty movement (not staying in a segment, not between no segment and the data's edges)."""
        out = []
        for i, source in enumerate(self.rows):
            for j, target in enumerate(self.columns):
                count = int(self.counts[i, j])
                if count and source != target and not (source in _STATES and target in _STATES):
                    out.append(Flow(source, target, count))
        return out


def top_flows(migration: Migration, *, limit: int = 5, segment: str | None = None) -> list[Flow]:
    """The ``limit`` largest movements (those into or out of ``segment`` when given), largest first;
    ties in the matrix's order."""
    flows = [f for f in migration.flows() if segment is None or segment in (f.source, f.target)]
    return sorted(flows, key=lambda f: -f.count)[:limit]


_STATES = (OTHER, NONE, NEW, GONE)


def _ranks(flags: np.ndarray, order: list[int]) -> np.ndarray:
    """Per customer and segment: how many of the customer's flagged segments come before this one in
    ``order`` (0 for the first); -1 where not flagged or not in ``order``."""
    out = np.full(flags.shape, -1, dtype=np.int64)
    if order:
        picked = flags[:, order]
        out[:, order] = np.where(picked, np.cumsum(picked, axis=1) - 1, -1)
    return out


def _factorize(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(keys)
    return codes, np.asarray(uniques, dtype=object)


def _spread(snapshot: SnapshotMembership, codes: np.ndarray, n: int, index: dict[str, int]) -> np.ndarray:
    """The snapshot's membership over all keys and all segment names (False where it has neither)."""
    out = np.zeros((n, len(index)), dtype=bool)
    for j, name in enumerate(snapshot.segments):
        out[codes, index[name]] |= snapshot.members[:, j]
    return out


class _HasId(Protocol):
    id: int


Info = TypeVar("Info", bound=_HasId)


def pick_pair(infos: Sequence[Info], *, before: int | None = None,
              after: int | None = None) -> tuple[Info, Info] | None:
    """The snapshots to compare: those with the ids given, else the last two (None with fewer than two)."""
    by_id = {i.id: i for i in infos}
    if before is not None and after is not None:
        return by_id[before], by_id[after]
    if len(infos) < 2:
        return None
    return infos[-2], infos[-1]
