"""Segment rules that name clusters, kept in step when the user renames the clusters.

A rule ``cluster in ["Cluster 2"]`` answers from the kept run's names; renaming cluster 2 to
"Weekend shoppers" would leave the rule naming a cluster that no longer exists (0 customers).
:func:`renamed_clusters` tells a rename from a new clustering (same customers in the same clusters),
and :func:`with_cluster_names` rewrites the rules.
"""
from __future__ import annotations

import numpy as np

from ..project.cluster_runs import ClusterRun
from ..segments.model import Condition, Segment, map_conditions
from .cluster_field import FIELD


def renamed_clusters(before: ClusterRun | None, after: ClusterRun | None) -> dict[str, str]:
    """Old name → new name when ``after`` is ``before`` with clusters renamed (same customers,
    same clusters); empty when it is another clustering or nothing was renamed."""
    if before is None or after is None or before.k != after.k or before.keys != after.keys \
            or not np.array_equal(before.labels, after.labels):
        return {}
    return {old: new for old, new in zip(before.names, after.names) if old != new}


def with_cluster_names(segments: list[Segment], renames: dict[str, str]) -> list[Segment] | None:
    """``segments`` with every ``cluster`` condition's names renamed (copies), or None when no rule
    names a renamed cluster."""
    def rename(cond: Condition) -> Condition | None:
        if cond.field != FIELD:
            return None
        if isinstance(cond.value, list):
            values = [renames.get(v, v) if isinstance(v, str) else v for v in cond.value]
            return Condition(cond.field, cond.op, values) if values != cond.value else None
        if isinstance(cond.value, str) and cond.value in renames:
            return Condition(cond.field, cond.op, renames[cond.value])
        return None

    if not renames:
        return None
    rules = [map_conditions(s.rule, rename) for s in segments]
    if all(r is None for r in rules):
        return None
    return [s if r is None else s.with_rule(r) for s, r in zip(segments, rules)]
