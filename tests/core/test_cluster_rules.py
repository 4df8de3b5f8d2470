"""Renaming clusters carries over to the rules that name them; a new clustering does not."""
from __future__ import annotations

import datetime as dt

import numpy as np

from segmentdesk.core.analytics.cluster_rules import renamed_clusters, with_cluster_names
from segmentdesk.core.project.cluster_runs import ClusterRun
from segmentdesk.core.segments.model import node_from_json, Segment

RUN = ClusterRun(dt.datetime(2026, 11, 1, 12), dt.date(2026, 11, 1), ("order_count",), ("Cluster 1", "Cluster 2"),
                 "customer_id", ("1", "2", "3"), np.array([0, 1, 1], dtype=np.int8))


def test_a_rename_is_told_from_a_new_clustering():
    assert renamed_clusters(RUN, RUN.renamed(["Regulars", "Cluster 2"])) == {"Cluster 1": "Regulars"}
    other = ClusterRun(RUN.made_at, RUN.as_of, RUN.fields, ("Regulars", "Cluster 2"), "customer_id", RUN.keys,
                       np.array([1, 0, 1], dtype=np.int8))
    assert renamed_clusters(RUN, other) == {}
    assert renamed_clusters(None, RUN) == {}


def test_rules_naming_a_renamed_cluster_follow_and_others_are_left_alone():
    segments = [Segment("A", node_from_json({"any": [{"field": "cluster", "op": "in", "value": ["Cluster 1", "Cluster 2"]},
                                                     {"field": "cluster", "op": "eq", "value": "Cluster 1"}]})),
                Segment("B", node_from_json({"all": [{"field": "city", "op": "in", "value": ["Cluster 1"]}]}))]
    out = with_cluster_names(segments, {"Cluster 1": "Regulars"})
    assert out[0].rule.to_json() == {"any": [{"field": "cluster", "op": "in", "value": ["Regulars", "Cluster 2"]},
                                             {"field": "cluster", "op": "eq", "value": "Regulars"}]}
    assert out[1] is segments[1]
    assert with_cluster_names(segments[1:], {"Cluster 1": "Regulars"}) is None
