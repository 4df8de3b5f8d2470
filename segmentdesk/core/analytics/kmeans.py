"""k-means in NumPy: k-means++ starts and Lloyd's iterations, deterministic for a seed.

The app clusters a few standardised fields (rarely more than eight) of at most some hundred
thousand customers into 2–20 groups, so every step is a handful of vectorised passes over an
``n × k`` array.  It was scikit-learn's ``KMeans``; scikit-learn's import pulls in most of SciPy
(768 modules, 82 MB of the installed bundle) for these ~100 lines, so the app has its own and the
tests hold it against scikit-learn's results where scikit-learn is installed.

The method is the textbook one scikit-learn also follows:

* **starts**: greedy k-means++ — the first centre a random customer, each next one the best of
  ``2 + ⌊ln k⌋`` candidates drawn with probability proportional to the squared distance to the
  nearest centre so far (best: the lowest total squared distance);
* **iterations**: assign every point to its nearest centre, move each centre to its points' mean;
  a centre left without points moves to the point farthest from its own centre; stop when the
  assignment no longer changes, when the centres move less than :data:`TOLERANCE` × the mean
  variance of the fields (in squared distance summed over centres), or after :data:`MAX_ITER`;
* ``n_init`` starts, the fit with the lowest inertia (total squared distance) kept, the first on ties.

Distances come from one matrix product per pass (|x|² − 2x·c + |c|²); BLAS splits a product by
rows and columns, never along the few fields, so the same data gives the same bytes on any number
of threads.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_ITER = 300
TOLERANCE = 1e-4


@dataclass(frozen=True)
class KMeansFit:
    centres: np.ndarray       # k × fields
    labels: np.ndarray        # each point's centre index, int64
    inertia: float            # the total squared distance of the points to their centres


def fit_kmeans(x: np.ndarray, k: int, *, n_init: int, seed: int) -> KMeansFit:
    """The best of ``n_init`` k-means++-started fits of ``x`` (points × fields, no NaN) into ``k`` groups."""
    x = np.ascontiguousarray(x, dtype=np.float64)
    if not 1 <= k <= len(x):
        raise ValueError(f"k must be between 1 and the number of points ({len(x)}), not {k}")
    rng = np.random.default_rng(seed)
    best: KMeansFit | None = None
    for _ in range(n_init):
        fit = refine_kmeans(x, _plus_plus(x, k, rng))
        if best is None or fit.inertia < best.inertia:
            best = fit
    assert best is not None
    return best


def refine_kmeans(x: np.ndarray, start: np.ndarray) -> KMeansFit:
    """Lloyd's iterations on ``x`` from the centres ``start`` (k × fields) until they settle."""
    x = np.ascontiguousarray(x, dtype=np.float64)
    centres = np.array(start, dtype=np.float64, copy=True)
    tolerance = TOLERANCE * float(np.mean(np.var(x, axis=0))) if len(x) else 0.0
    labels = np.full(len(x), -1, dtype=np.int64)
    for _ in range(MAX_ITER):
        new_labels = nearest_centres(x, centres)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
        moved = _means(x, labels, centres)
        shift = float(np.sum((moved - centres) ** 2))
        centres = moved
        if shift <= tolerance:
            labels = nearest_centres(x, centres)
            break
    nearest = np.einsum("ij,ij->i", x - centres[labels], x - centres[labels])
    return KMeansFit(centres, labels, float(np.sum(nearest)))


def nearest_centres(x: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Each point's nearest centre (the first on ties).  |x|² is the same for every centre, so
    |c|² − 2c·x ranks them; a pass per centre over contiguous rows is twice as fast as
    ``argmin`` across a narrow array."""
    scores = centres @ x.T                                   # centres × points
    scores *= -2.0
    scores += np.einsum("ij,ij->i", centres, centres)[:, None]
    labels = np.zeros(len(x), dtype=np.int64)
    best = scores[0].copy()
    for c in range(1, len(centres)):
        np.putmask(labels, scores[c] < best, c)
        np.minimum(best, scores[c], out=best)
    return labels


def squared_distances(x: np.ndarray, centres: np.ndarray, x_norms: np.ndarray | None = None) -> np.ndarray:
    """``n × k``: each point's squared Euclidean distance to each centre, as |x|² − 2x·c + |c|²
    (``x_norms``: the points' |x|², when the caller has them), never below zero."""
    if x_norms is None:
        x_norms = np.einsum("ij,ij->i", x, x)
    out = x @ centres.T
    out *= -2.0
    out += x_norms[:, None]
    out += np.einsum("ij,ij->i", centres, centres)[None, :]
    np.maximum(out, 0.0, out=out)
    return out


def _means(x: np.ndarray, labels: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Each centre moved to its points' mean; an empty one to the point farthest from its centre
    (a different point for each empty centre, the farthest first)."""
    k = len(centres)
    counts = np.bincount(labels, minlength=k)
    moved = np.empty_like(centres)
    for j in range(x.shape[1]):
        moved[:, j] = np.bincount(labels, weights=x[:, j], minlength=k)
    filled = counts > 0
    moved[filled] /= counts[filled, None]
    empty = np.flatnonzero(~filled)
    if len(empty):
        apart = x - centres[labels]
        own = np.einsum("ij,ij->i", apart, apart)
        moved[empty] = x[np.argsort(-own, kind="stable")[: len(empty)]]
    return moved


def _plus_plus(x: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++ starting centres for ``x``."""
    n = len(x)
    trials = 2 + int(math.log(k))
    centres = np.empty((k, x.shape[1]), dtype=np.float64)
    norms = np.einsum("ij,ij->i", x, x)
    centres[0] = x[rng.integers(n)]
    closest = squared_distances(x, centres[:1], norms)[:, 0]
    for c in range(1, k):
        total = float(closest.sum())
        if total <= 0.0:
            # Every point sits on a centre already: any point will do, the assignment sorts it out.
            candidates = rng.integers(n, size=trials)
        else:
            candidates = np.searchsorted(np.cumsum(closest), rng.random(trials) * total, side="right")
            candidates = np.minimum(candidates, n - 1)
        to_candidates = squared_distances(x, x[candidates], norms)     # n × trials
        potentials = np.minimum(closest[:, None], to_candidates).sum(axis=0)
        best = int(np.argmin(potentials))
        centres[c] = x[candidates[best]]
        closest = np.minimum(closest, to_candidates[:, best])
    return centres
