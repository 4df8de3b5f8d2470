"""The shallow decision tree: clean cuts, depth limit, and the same cuts scikit-learn makes."""
from __future__ import annotations

import numpy as np
import pytest

from segmentdesk.core.analytics.decision_tree import fit_tree


def test_one_clean_threshold_is_found_halfway_between_the_values():
    x = np.array([[1.0], [2.0], [3.0], [7.0], [8.0]])
    tree = fit_tree(x, np.array([False, False, False, True, True]), max_depth=3)
    assert (tree.feature[0], tree.threshold[0]) == (0, 5.0)
    assert tree.is_leaf(tree.left[0]) and tree.is_leaf(tree.right[0])
    assert tree.predict(np.array([[4.9], [5.1]])).tolist() == [False, True]


def test_the_field_that_separates_is_chosen_over_noise():
    rng = np.random.default_rng(0)
    x = np.column_stack([rng.normal(size=400), rng.uniform(0, 100, size=400)])
    target = x[:, 1] > 60
    tree = fit_tree(x, target, max_depth=2)
    assert tree.feature[0] == 1
    assert np.array_equal(tree.predict(x), target)


def test_no_path_is_longer_than_the_depth_limit():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(500, 3))
    tree = fit_tree(x, rng.random(500) > 0.5, max_depth=3)

    def depth(node: int) -> int:
        return 0 if tree.is_leaf(node) else 1 + max(depth(tree.left[node]), depth(tree.right[node]))
    assert depth(0) == 3


def test_a_pure_node_or_a_constant_field_is_a_leaf():
    assert fit_tree(np.array([[1.0], [2.0]]), np.array([True, True]), max_depth=3).is_leaf(0)
    assert fit_tree(np.array([[1.0], [1.0]]), np.array([True, False]), max_depth=3).is_leaf(0)


def test_the_tree_classifies_as_well_as_scikit_learns():
    tree_module = pytest.importorskip("sklearn.tree")
    rng = np.random.default_rng(2)
    x = np.round(rng.normal(size=(3000, 4)) * 10) / 10
    target = (x[:, 0] > 0.3) & (x[:, 2] < 0.5) | (x[:, 1] > 1.5)
    ours = fit_tree(x, target, max_depth=3).predict(x)
    theirs = tree_module.DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, target).predict(x)
    assert np.mean(ours == target) == pytest.approx(np.mean(theirs == target))
