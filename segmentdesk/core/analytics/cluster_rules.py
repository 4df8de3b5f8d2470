"""Segment rules that name clusters, kept in step when the user renames the clusters.

A rule ``cluster in ["Cluster 2"]`` answers from the kept run's names; renaming cluster 2 to
"Weekend shoppers" would leave the rule naming a cluster that no longer exists (0 customers).
:func:`renamed_clusters` tells a rename from a new clustering (same customers in the same clusters),
and :func:`with_cluster_names` rewrites the rules.
"""
from __future__ import annotations

import numpy as np

from ..project.cluster_runs import ClusterRun
from ..segments.model import Condition, Group, Node, Segment
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
    if not renames:
        return None
    out, touched = [], False
    for segment in segments:
        rule, hit = _renamed(segment.rule, renames)
        out.append(segment.with_rule(rule) if hit else segment)
        touched |= hit
    return out if touched else None


def _renamed(node: Node, renames: dict[str, str]) -> tuple[Node, bool]:
    if isinstance(node, Group):
        children, touched = [], False
        for child in node.children:
            new, hit = _renamed(child, renames)
            children.append(new)
            touched |= hit
        return (Group(node.kind, children), True) if touched else (node, False)
    if node.field != FIELD:
        return node, False
    if isinstance(node.value, list):
        values = [renames.get(v, v) if isinstance(v, str) else v for v in node.value]
        return (Condition(node.field, node.op, values), True) if values != node.value else (node, False)
    if isinstance(node.value, str) and node.value in renames:
        return Condition(node.field, node.op, renames[node.value]), True
    return node, False
