"""A shallow yes/no decision tree (CART, Gini impurity) in NumPy, for rules a person can read.

"Make a segment from this cluster" turns a tree of depth 3 or so into conditions; it was
scikit-learn's ``DecisionTreeClassifier``, whose import pulls in most of SciPy for this one use.
The method is the one scikit-learn documents: at each node every field is tried at every cut
halfway between two neighbouring distinct values, the cut with the largest drop in weighted Gini
impurity wins (the first field, then the lowest cut, on ties), and a node becomes a leaf when it
is pure, at the depth limit or cannot be cut.  Left is ``value <= threshold``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

LEAF = -1


@dataclass
class DecisionTree:
    """The tree as parallel lists, node 0 the root; a leaf has ``left == right == LEAF``."""

    left: list[int] = field(default_factory=list)
    right: list[int] = field(default_factory=list)
    feature: list[int] = field(default_factory=list)
    threshold: list[float] = field(default_factory=list)
    negatives: list[int] = field(default_factory=list)    # training rows at the node, target False
    positives: list[int] = field(default_factory=list)    # target True

    def is_leaf(self, node: int) -> bool:
        return self.left[node] == LEAF

    def predict(self, x: np.ndarray) -> np.ndarray:
        """True where the leaf a row falls in holds more True than False training rows."""
        out = np.zeros(len(x), dtype=bool)
        stack = [(0, np.arange(len(x)))]
        while stack:
            node, rows = stack.pop()
            if self.is_leaf(node):
                out[rows] = self.positives[node] > self.negatives[node]
                continue
            below = x[rows, self.feature[node]] <= self.threshold[node]
            stack.append((self.left[node], rows[below]))
            stack.append((self.right[node], rows[~below]))
        return out


def fit_tree(x: np.ndarray, target: np.ndarray, *, max_depth: int) -> DecisionTree:
    """A tree of at most ``max_depth`` cuts per path that tells ``target`` (bool per row) from ``x``
    (rows × fields, no NaN)."""
    x = np.asarray(x, dtype=np.float64)
    target = np.asarray(target, dtype=bool)
    tree = DecisionTree()
    _grow(tree, x, target, np.arange(len(x)), max_depth)
    return tree


def _grow(tree: DecisionTree, x: np.ndarray, target: np.ndarray, rows: np.ndarray, depth_left: int) -> int:
    node = len(tree.left)
    positives = int(np.count_nonzero(target[rows]))
    for name, value in (("left", LEAF), ("right", LEAF), ("feature", LEAF), ("threshold", np.nan),
                        ("negatives", len(rows) - positives), ("positives", positives)):
        getattr(tree, name).append(value)
    if depth_left == 0 or positives in (0, len(rows)):
        return node
    cut = _best_cut(x[rows], target[rows])
    if cut is None:
        return node
    feature, threshold = cut
    below = x[rows, feature] <= threshold
    tree.feature[node], tree.threshold[node] = feature, threshold
    tree.left[node] = _grow(tree, x, target, rows[below], depth_left - 1)
    tree.right[node] = _grow(tree, x, target, rows[~below], depth_left - 1)
    return node


def _best_cut(x: np.ndarray, target: np.ndarray) -> tuple[int, float] | None:
    """The (field, threshold) with the lowest weighted Gini impurity of the two sides, None when
    no field has two distinct values."""
    n = len(target)
    total_pos = float(np.count_nonzero(target))
    best: tuple[float, int, float] | None = None
    for feature in range(x.shape[1]):
        order = np.argsort(x[:, feature], kind="stable")
        values = x[order, feature]
        pos_left = np.cumsum(target[order], dtype=np.float64)[:-1]       # cutting after row i
        can_cut = values[1:] > values[:-1]
        if not can_cut.any():
            continue
        n_left = np.arange(1, n, dtype=np.float64)
        n_right = n - n_left
        pos_right = total_pos - pos_left
        # n·Gini of a side is 2·pos·neg/size; the sum over both sides ranks cuts as the weighted mean does.
        score = (2.0 * pos_left * (n_left - pos_left) / n_left
                 + 2.0 * pos_right * (n_right - pos_right) / n_right)
        score[~can_cut] = np.inf
        at = int(np.argmin(score))
        if best is None or score[at] < best[0]:
            best = (float(score[at]), feature, float((values[at] + values[at + 1]) / 2.0))
    if best is None:
        return None
    return best[1], best[2]
