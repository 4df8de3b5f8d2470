"""Hidden groups: k-means over the ticked fields, k suggested by silhouette, a 2-D PCA map.

:func:`run_clusters` is the whole action the window and the command line run:

* the fields are prepared by :mod:`.cluster_input` (missing values, log scale, standardising);
* every k of :data:`K_CHOICES` is fitted on a fixed-seed sample of :data:`FIT_SAMPLE` customers and
  scored by silhouette on :data:`SILHOUETTE_SAMPLE` of them (silhouette costs the square of the
  rows); the best is suggested, and used when the user gives no k;
* the chosen k is fitted on the sample with :data:`N_INIT` starts, then refined on every customer
  from those centres;
* clusters are numbered by size, largest first (ties by centre), so the same data always gives
  the same numbers; the fixed seed makes the same data give the same clusters.

k-means itself is :mod:`.kmeans` (NumPy; scikit-learn's method without its 82 MB of SciPy).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..errors import ClusterError
from ..tasks import Progress
from .cluster_input import Features, default_fields, prepare_features
from .kmeans import fit_kmeans, refine_kmeans

SEED = 2026
N_INIT = 4
K_CHOICES = tuple(range(2, 9))
MAX_K = 20
FIT_SAMPLE = 10_000
SILHOUETTE_SAMPLE = 2_000


@dataclass(frozen=True)
class ClusterResult:
    """One clustering: the labels per customer and what describes the clusters.

    ``labels[i]`` is customer ``i``'s cluster index 0…k-1 (cluster number − 1), -1 for a customer
    left out.  ``centres`` are on the standardised scale (0 = the average clustered customer);
    ``means`` in the fields' own units (the values present, missing ones not filled).
    ``pca`` holds the clustered customers' 2-D map coordinates (rows as ``features.rows``) and
    ``pca_shares`` each axis' share of the variance.
    """

    features: Features
    k: int
    suggested_k: int                    # the k of the best silhouette among those tried
    silhouettes: dict[int, float]       # each k tried: silhouette of its fit on the sample
    silhouette: float                   # of the clusters made, scored on the same sample
    labels: np.ndarray
    centres: np.ndarray                 # k × fields, standardised
    means: np.ndarray                   # k × fields, own units (NaN: no member has a value)
    overall_means: np.ndarray           # fields, own units, every clustered customer
    sizes: tuple[int, ...]
    pca: np.ndarray                     # clustered customers × 2
    pca_shares: tuple[float, float]
    pca_axes: np.ndarray                # 2 × fields: each axis as a mix of the standardised fields

    @property
    def fields(self) -> tuple[str, ...]:
        return self.features.fields

    @property
    def missing_shares(self) -> np.ndarray:
        """k × fields: the share of each cluster's members whose value was missing (filled)."""
        return self.features.missing_shares(self.labels[self.features.rows], self.k)


def run_clusters(ds: Dataset, *, as_of: dt.date, fields: Sequence[str] | None = None, k: int | None = None,
                 progress: Progress | None = None) -> ClusterResult:
    """Cluster ``ds``'s customers on ``fields`` (default :func:`default_fields`) into ``k`` groups
    (None: suggested by silhouette).  Raises :class:`ClusterError` for fields or a k that cannot be used."""
    report = progress.report if progress is not None else (lambda fraction, stage="": None)
    report(0.0, "prepare")
    features = prepare_features(ds, list(fields) if fields else default_fields(ds, as_of=as_of), as_of=as_of)
    x = features.matrix
    rng = np.random.default_rng(SEED)
    fit_rows = _sample(rng, len(x), FIT_SAMPLE)
    score_at = _sample(rng, len(fit_rows), SILHOUETTE_SAMPLE)      # positions within the fit sample
    score_rows = fit_rows[score_at]
    distinct = len(np.unique(x[fit_rows], axis=0))
    largest = min(MAX_K, distinct)
    if largest < 2:
        raise ClusterError("Every customer has the same values: there is nothing to tell apart.",
                           reason="too_few", customers=len(x))
    if k is not None and not 2 <= k <= largest:
        raise ClusterError(f"k must be between 2 and {largest}.", reason="bad_k", k=k, largest=largest)
    distances = _distances(x[score_rows])
    silhouettes: dict[int, float] = {}
    starts: dict[int, np.ndarray] = {}
    tried = [c for c in K_CHOICES if c <= distinct]
    for i, choice in enumerate(tried):
        starts[choice], sample_labels = _fit_sample(x[fit_rows], choice)
        silhouettes[choice] = _silhouette(distances, sample_labels[score_at])
        report(0.05 + 0.65 * (i + 1) / len(tried), "k")
    suggested = max(tried, key=lambda c: (np.nan_to_num(silhouettes[c], nan=-2.0), -c))
    chosen = suggested if k is None else k
    if chosen not in starts:
        starts[chosen] = _fit_sample(x[fit_rows], chosen)[0]
    report(0.75, "fit")
    centres, labels = _refine(x, starts[chosen])
    centres, labels = _number_by_size(centres, labels)
    silhouette = _silhouette(distances, labels[score_rows])
    report(0.9, "pca")
    pca, shares, axes = principal_map(x)
    report(1.0, "pca")
    return _result(features, chosen, suggested, silhouettes, silhouette, labels, centres, (pca, shares, axes))


def _sample(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """Sorted positions of a fixed-seed sample (all of them when there are few)."""
    if n <= size:
        return np.arange(n)
    return np.sort(rng.choice(n, size=size, replace=False))


def _fit_sample(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    fit = fit_kmeans(x, k, n_init=N_INIT, seed=SEED)
    return fit.centres, fit.labels


def _refine(x: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    fit = refine_kmeans(x, start)
    return fit.centres, fit.labels


def _silhouette(distances: np.ndarray, labels: np.ndarray) -> float:
    """The mean silhouette of ``labels`` over the points of the square ``distances`` matrix, as
    scikit-learn's ``silhouette_score`` defines it (a point alone in its cluster scores 0).

    Worked out from one distance matrix shared by every k tried: per point the summed distance to
    each cluster is one matrix product, so scoring seven k costs little more than scoring one.
    """
    k = int(labels.max()) + 1
    sizes = np.bincount(labels, minlength=k)
    if np.count_nonzero(sizes) < 2 or np.count_nonzero(sizes) >= len(labels):
        return float("nan")
    one_hot = np.zeros((len(labels), k))
    one_hot[np.arange(len(labels)), labels] = 1.0
    sums = distances @ one_hot                                   # point × cluster: summed distance
    own = sizes[labels]
    inside = sums[np.arange(len(labels)), labels] / np.maximum(own - 1, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        means = sums / sizes
    means[np.arange(len(labels)), labels] = np.inf
    means[:, sizes == 0] = np.inf
    nearest = means.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(own > 1, (nearest - inside) / np.maximum(inside, nearest), 0.0)
    return float(np.nan_to_num(scores).mean())


def _distances(x: np.ndarray) -> np.ndarray:
    """Euclidean distances between every two rows of ``x``."""
    squared = np.einsum("ij,ij->i", x, x)
    d2 = squared[:, None] + squared[None, :] - 2.0 * (x @ x.T)
    np.fill_diagonal(d2, 0.0)
    return np.sqrt(np.clip(d2, 0.0, None))


def _number_by_size(centres: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Clusters renumbered largest first (ties: by centre), so numbering never depends on the fit's."""
    sizes = np.bincount(labels, minlength=len(centres))
    order = sorted(range(len(centres)), key=lambda c: (-sizes[c], *np.round(centres[c], 9)))
    new_of = np.empty(len(centres), dtype=np.int64)
    new_of[order] = np.arange(len(centres))
    return centres[order], new_of[labels]


def principal_map(x: np.ndarray) -> tuple[np.ndarray, tuple[float, float], np.ndarray]:
    """The first two principal components of the standardised ``x``: coordinates, each axis' share
    of the variance and the axes (each signed so that its largest weight is positive)."""
    centred = x - x.mean(axis=0)
    covariance = np.atleast_2d(np.cov(centred, rowvar=False))
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0, None), vectors[:, order]
    axes = np.zeros((2, x.shape[1]))
    for i in range(min(2, x.shape[1])):
        axis = vectors[:, i]
        axes[i] = axis if axis[np.argmax(np.abs(axis))] > 0 else -axis
    total = float(values.sum())
    shares = [float(values[i] / total) if total > 0 and i < len(values) else 0.0 for i in range(2)]
    return centred @ axes.T, (shares[0], shares[1]), axes


def _result(features: Features, k: int, suggested: int, silhouettes: dict[int, float], silhouette: float,
            labels: np.ndarray, centres: np.ndarray,
            pca: tuple[np.ndarray, tuple[float, float], np.ndarray]) -> ClusterResult:
    everyone = np.full(features.customers, -1, dtype=np.int64)
    everyone[features.rows] = labels
    raw = features.raw[features.rows]
    with np.errstate(invalid="ignore"):
        means = np.array([_nanmean(raw[labels == c]) for c in range(k)]).reshape(k, len(features.fields))
    sizes = tuple(int(n) for n in np.bincount(labels, minlength=k))
    return ClusterResult(features, k, suggested, dict(sorted(silhouettes.items())), silhouette, everyone, centres,
                         means, _nanmean(raw), sizes, *pca)


def _nanmean(values: np.ndarray) -> np.ndarray:
    present = ~np.isnan(values)
    counts = present.sum(axis=0)
    sums = np.where(present, values, 0.0).sum(axis=0)
    return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
