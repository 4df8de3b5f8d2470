"""Snapshots: each segment's membership and key figures at one moment (each import, or on request).

Membership is kept by the stable customer key a re-import matches by (:data:`MATCH_ROLES`:
the customer number, else the email), trimmed and case-folded — never by row position, which
changes on re-import.  A snapshot stores its customers' keys once and each segment's members as
a bitmap over them (:mod:`.snapshot_members`, which erasing a person edits too).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.dataset import Dataset
from ..errors import SegmentDeskError
from ..importing.reimport import MATCH_ROLES
from ..segments.evaluate import Evaluator
from ..segments.figures import segment_figures
from ..segments.model import Segment
from .snapshot_members import decode_keys, decode_members, encode_keys, encode_members


@dataclass
class SnapshotInfo:
    id: int
    taken_at: dt.datetime
    reason: str                 # "import" or "manual"
    as_of: dt.date              # the reference date the segments were evaluated at
    key_role: str | None        # which stable key the membership is by: "customer_id" or "email"


@dataclass
class SegmentSnapshot:
    name: str
    rule: dict                  # the segment's JSON (segment contract) at that moment
    rule_key: str
    count: int
    reachable: int
    revenue: float
    avg_order_value: float | None   # revenue / orders of the members; None without orders
    order_frequency: float | None   # orders per member; None for an empty segment
    members: list[str]              # the members' stable keys (customers without a key are left out)


@dataclass
class TakenSnapshot:
    """A snapshot computed, ready to store: the key list and one row per segment."""

    key_role: str | None
    keys: bytes
    rows: list[tuple]   # (name, rule_json, rule_key, count, reachable, revenue, aov, frequency, members blob)


def stable_keys(ds: Dataset) -> tuple[str | None, pd.Series]:
    """Each customer's stable key (trimmed, case-folded) and the role it comes from."""
    for role in MATCH_ROLES:
        col = ds.customers.role_column(role)
        if col is not None:
            codes, uniques = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=True)
            folded = np.empty(len(uniques) + 1, dtype=object)
            folded[:-1] = [str(u).strip().casefold() or None for u in uniques]
            folded[-1] = None
            return role, pd.Series(folded[codes], dtype=object)
    return None, pd.Series([None] * len(ds), dtype=object)


def take_snapshot(ds: Dataset, segments: list[Segment], *, as_of: dt.date) -> TakenSnapshot:
    """Evaluate ``segments`` at ``as_of``; a segment whose rule cannot be evaluated is left out."""
    role, keys = stable_keys(ds)
    evaluator = Evaluator(ds, as_of=as_of, segments={s.name: s for s in segments})
    rows = []
    for segment in segments:
        try:
            mask = np.asarray(evaluator.mask(segment.rule), dtype=bool)
        except SegmentDeskError:
            continue
        f = segment_figures(ds, mask)
        rows.append((segment.name, json.dumps(segment.to_json(), ensure_ascii=False), segment.rule.key(), f.count,
                     f.reachable, f.revenue, f.avg_order_value, f.order_frequency, encode_members(mask)))
    # A customer without a key is kept as "" so the bitmap stays aligned; it is never listed as a member.
    return TakenSnapshot(role, encode_keys([k or "" for k in keys.to_numpy(dtype=object)]), rows)


def members_of(keys_blob: bytes, bitmap: bytes) -> list[str]:
    """The keys of the customers ``bitmap`` marks."""
    keys = decode_keys(keys_blob)
    mask = decode_members(bitmap, len(keys))
    return [k for k, member in zip(keys, mask) if member and k]
