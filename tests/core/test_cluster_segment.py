"""Segments from a cluster: its members frozen by key, and an editable rule with how well it fits."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from segmentdesk.core.analytics.cluster_segment import approximate_rule, frozen_members
from segmentdesk.core.analytics.clusters import run_clusters
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, iter_conditions

AS_OF = dt.date(2026, 11, 1)


def two_groups(per: int = 80):
    rng = np.random.default_rng(4)
    orders = np.concatenate([rng.integers(1, 3, per), rng.integers(8, 15, per)]).astype(float)
    age = np.concatenate([rng.normal(30, 3, per), rng.normal(60, 3, per)])
    frame = pd.DataFrame({"Nro": [f"A{i}" for i in range(2 * per)], "Orders": orders, "Age": age})
    return build_dataset(frame, {"customer_id": "Nro"})


def test_frozen_members_list_the_cluster_by_customer_number_and_keep_exactly_them():
    ds = two_groups()
    members = np.zeros(len(ds), dtype=bool)
    members[[3, 5, 150]] = True
    frozen = frozen_members(ds, members)
    assert frozen.rule.to_json() == {"all": [{"field": "customer_id", "op": "in", "value": ["A150", "A3", "A5"]}]}
    assert Evaluator(ds, as_of=AS_OF).mask(frozen.rule).tolist() == members.tolist()
    assert (frozen.listed, frozen.without_key) == (3, 0)


def test_members_without_a_key_are_counted_not_listed():
    ds = two_groups()
    ds.customers.frame.loc[3, "Nro"] = None
    members = np.zeros(len(ds), dtype=bool)
    members[[3, 5]] = True
    assert (frozen_members(ds, members).listed, frozen_members(ds, members).without_key) == (1, 1)


def test_a_cluster_of_clear_thresholds_gets_a_rule_that_reproduces_it():
    ds = two_groups()
    result = run_clusters(ds, as_of=AS_OF, fields=["column:Orders", "column:Age"], k=2)
    approx = approximate_rule(ds, result, 0, as_of=AS_OF)
    assert approx.precision == approx.recall == 1.0
    assert all(isinstance(c, Condition) and c.field in ("column:Orders", "column:Age")
               for c in iter_conditions(approx.rule))
    assert approx.in_words("en") == ("The rule finds 100% of the cluster's customers; 100% of the customers it "
                                     "finds are in the cluster.")
    assert approx.in_words("fi").startswith("Sääntö löytää 100\u00a0% klusterin asiakkaista")


def test_counts_get_whole_number_bounds():
    ds = two_groups()
    result = run_clusters(ds, as_of=AS_OF, fields=["column:Orders"], k=2)
    approx = approximate_rule(ds, result, 0, as_of=AS_OF)
    values = [c.value for c in iter_conditions(approx.rule)]
    assert values and all(float(v).is_integer() for v in values)
