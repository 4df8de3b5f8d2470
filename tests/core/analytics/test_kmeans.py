"""k-means in NumPy: finds well-separated groups, is deterministic, and fits as well as scikit-learn."""
from __future__ import annotations

import numpy as np
import pytest

from segmentdesk.core.analytics.kmeans import fit_kmeans, refine_kmeans


def _blobs(seed: int = 3, per: int = 300, centres=((0, 0), (10, 0), (0, 10))) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.vstack([rng.normal(c, 1.0, size=(per, 2)) for c in centres])
    return x, np.repeat(np.arange(len(centres)), per)


def test_three_well_separated_groups_are_found_exactly():
    x, truth = _blobs()
    labels = fit_kmeans(x, 3, n_init=4, seed=1).labels
    # The same partition, whatever number each group got.
    assert len({(t, label) for t, label in zip(truth, labels)}) == 3


def test_the_same_seed_gives_the_same_bytes_and_another_seed_may_start_elsewhere():
    x = np.random.default_rng(0).normal(size=(2000, 4))
    first, again = fit_kmeans(x, 5, n_init=2, seed=7), fit_kmeans(x, 5, n_init=2, seed=7)
    assert first.centres.tobytes() == again.centres.tobytes()
    assert first.labels.tobytes() == again.labels.tobytes()


def test_every_point_is_labelled_with_its_nearest_centre_and_the_inertia_adds_up():
    x = np.random.default_rng(1).normal(size=(500, 3))
    fit = fit_kmeans(x, 4, n_init=1, seed=0)
    distances = ((x[:, None, :] - fit.centres[None]) ** 2).sum(axis=2)
    assert np.array_equal(fit.labels, distances.argmin(axis=1))
    assert fit.inertia == pytest.approx(distances.min(axis=1).sum())


def test_a_centre_left_without_points_moves_to_the_farthest_point():
    x = np.array([[0.0], [0.1], [0.2], [10.0]])
    fit = refine_kmeans(x, np.array([[0.1], [100.0]]))      # the second start is nobody's nearest
    assert sorted(np.bincount(fit.labels, minlength=2)) == [1, 3]
    assert sorted(fit.centres[:, 0]) == pytest.approx([0.1, 10.0])


def test_as_many_groups_as_distinct_points_puts_each_apart():
    x = np.array([[0.0, 0.0]] * 5 + [[1.0, 1.0]] * 5 + [[5.0, 5.0]] * 5)
    fit = fit_kmeans(x, 3, n_init=2, seed=0)
    assert fit.inertia == 0.0
    assert sorted(np.bincount(fit.labels)) == [5, 5, 5]


def test_k_beyond_the_number_of_points_is_refused():
    with pytest.raises(ValueError):
        fit_kmeans(np.zeros((3, 2)), 4, n_init=1, seed=0)


@pytest.mark.parametrize("k", [2, 4, 8])
def test_the_fit_is_as_good_as_scikit_learns(k):
    sklearn_cluster = pytest.importorskip("sklearn.cluster")
    rng = np.random.default_rng(k)
    x = np.vstack([rng.normal(size=(3000, 5)), rng.normal(3.0, 0.5, size=(1000, 5))])
    ours = fit_kmeans(x, k, n_init=4, seed=2026).inertia
    theirs = sklearn_cluster.KMeans(n_clusters=k, n_init=4, random_state=2026).fit(x).inertia_
    assert ours <= theirs * 1.01
