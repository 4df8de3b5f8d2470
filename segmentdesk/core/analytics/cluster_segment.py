"""Segments made from a cluster: its members frozen as a list, or an editable rule that approximates it.

* **Frozen members** need nothing new in the segment contract: a condition ``customer_id in [...]``
  (the email where the data has no customer number) lists the members by the stable key, so the
  segment keeps exactly these customers whatever the clusters do later.  Customers without a key
  cannot be listed and are counted.
* **An approximating rule**: a shallow decision tree (:mod:`.decision_tree`, depth :data:`DEPTH`) learns the
  cluster from the ticked fields in their own units; each of its paths to a leaf that says "in the
  cluster" becomes an ``all`` group of ``le``/``ge``/``gt`` conditions, the paths joined by ``any``.
  How well the rule reproduces the cluster is measured by evaluating it like any rule:
  precision (of the customers the rule finds, the share in the cluster) and recall (of the
  cluster, the share the rule finds).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..formats import format_percent
from ..segments.evaluate import Evaluator
from ..segments.model import Condition, Group
from .clusters import SEED, ClusterResult
from .decision_tree import DecisionTree, fit_tree

DEPTH = 3
TREE_SAMPLE = 20_000
KEY_ROLES = ("customer_id", "email")
_WORDS = {
    "quality": ("The rule finds {recall} of the cluster's customers; {precision} of the customers it finds are in "
                "the cluster.",
                "Sääntö löytää {recall} klusterin asiakkaista; sen löytämistä asiakkaista {precision} kuuluu "
                "klusteriin."),
}


@dataclass(frozen=True)
class FrozenMembers:
    rule: Group
    listed: int          # members the rule lists
    without_key: int     # members it cannot list (no customer number or email)


@dataclass(frozen=True)
class RuleApproximation:
    rule: Group
    precision: float     # of the customers the rule finds, the share in the cluster (0 when it finds none)
    recall: float        # of the cluster's customers, the share the rule finds

    def in_words(self, lang: str = "en") -> str:
        text = _WORDS["quality"][1 if lang == "fi" else 0]
        return text.format(recall=format_percent(self.recall, lang, decimals=0),
                           precision=format_percent(self.precision, lang, decimals=0))


def frozen_members(ds: Dataset, members: np.ndarray) -> FrozenMembers:
    """A rule that holds exactly the customers of the boolean mask ``members`` by their key, as written."""
    for role in KEY_ROLES:
        column = ds.customers.role_column(role)
        if column is None:
            continue
        values = column.to_numpy(dtype=object)[np.asarray(members, dtype=bool)]
        keyed = sorted({str(v).strip() for v in values if v is not None and not _is_nan(v) and str(v).strip()},
                       key=lambda v: (v.casefold(), v))
        missing = int(sum(1 for v in values if v is None or _is_nan(v) or not str(v).strip()))
        return FrozenMembers(Group("all", [Condition(role, "in", keyed)]), len(keyed), missing)
    return FrozenMembers(Group("all", [Condition("customer_id", "in", [])]), 0, int(np.sum(members)))


def approximate_rule(ds: Dataset, result: ClusterResult, cluster: int, *, as_of: dt.date) -> RuleApproximation:
    """A rule of at most :data:`DEPTH` conditions per path that approximates cluster index ``cluster``."""
    features = result.features
    rows = features.rows
    x = features.raw[rows].copy()
    for j, prep in enumerate(features.preparations):
        if prep.filled_with is not None:
            x[np.isnan(x[:, j]), j] = prep.filled_with
    target = result.labels[rows] == cluster
    sample = np.arange(len(rows))
    if len(rows) > TREE_SAMPLE:
        sample = np.sort(np.random.default_rng(SEED).choice(len(rows), size=TREE_SAMPLE, replace=False))
    tree = fit_tree(x[sample], target[sample], max_depth=DEPTH)
    whole = [bool(np.all(np.isnan(c) | (c == np.round(c)))) for c in features.raw.T]
    paths: list[Group] = []
    _collect(tree, 0, [], paths, features.fields, whole)
    rule = Group("any", paths) if len(paths) != 1 else paths[0]
    found = Evaluator(ds, as_of=as_of).mask(rule)
    inside = result.labels == cluster
    hits = int(np.sum(found & inside))
    precision = hits / int(found.sum()) if found.any() else 0.0
    recall = hits / int(inside.sum()) if inside.any() else 0.0
    return RuleApproximation(rule if isinstance(rule, Group) else Group("all", [rule]), precision, recall)


def _collect(tree: DecisionTree, node: int, path: list[Condition], out: list[Group], fields: tuple[str, ...],
             whole: list[bool]) -> None:
    if tree.is_leaf(node):                              # a leaf: kept when most of it is the cluster
        if tree.positives[node] > tree.negatives[node]:
            out.append(Group("all", _merged(path)))
        return
    left, right = tree.left[node], tree.right[node]
    field, threshold = fields[tree.feature[node]], float(tree.threshold[node])
    if whole[tree.feature[node]]:                       # x ≤ 2.5 is x ≤ 2 and x > 2.5 is x ≥ 3 for counts
        below, above = Condition(field, "le", math.floor(threshold)), Condition(field, "ge", math.floor(threshold) + 1)
    else:
        below, above = Condition(field, "le", round(threshold, 2)), Condition(field, "gt", round(threshold, 2))
    _collect(tree, left, [*path, below], out, fields, whole)
    _collect(tree, right, [*path, above], out, fields, whole)


def _merged(path: list[Condition]) -> list[Condition]:
    """A path's conditions with the tighter bound kept per field and direction (x ≤ 5 and x ≤ 3 is x ≤ 3)."""
    kept: dict[tuple[str, str], Condition] = {}
    for cond in path:
        key = (cond.field, "upper" if cond.op == "le" else "lower")
        old = kept.get(key)
        tighter = old is None or (cond.value < old.value if key[1] == "upper" else cond.value > old.value)
        if tighter:
            kept[key] = cond
    return [c for c in path if kept.get((c.field, "upper" if c.op == "le" else "lower")) is c]


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
