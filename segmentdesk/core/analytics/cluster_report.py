"""A clustering as a JSON document (``segmentdesk.clusters/1``), the same bytes for the same data.

The command line's ``clusters --json`` prints it; the window reads the same figures.  Numbers are
rounded to :data:`DIGITS` decimals so that the last bits of floating-point sums never show, and a
value that does not exist (a mean without values, an undefined silhouette) is ``null``.
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from .cluster_words import default_cluster_name, describe_centre
from .clusters import ClusterResult

FORMAT = "segmentdesk.clusters/1"
DIGITS = 6


def cluster_names(result: ClusterResult, names: Sequence[str] | None = None, lang: str = "en") -> list[str]:
    """The clusters' names: ``names`` where given (and not blank), else "Cluster 1", "Cluster 2" …"""
    given = list(names or [])
    return [given[i].strip() if i < len(given) and given[i].strip() else default_cluster_name(i + 1, lang)
            for i in range(result.k)]


def clusters_json(result: ClusterResult, *, names: Sequence[str] | None = None, lang: str = "en") -> dict[str, Any]:
    """The clustering as a JSON-ready dict: fields and how each was prepared, k, silhouettes, the
    PCA map's axes and variance shares, and per cluster its number, name, size, share, words,
    means in the fields' own units and position relative to all customers (standardised)."""
    features = result.features
    fields = list(result.fields)
    clustered = len(features.rows)
    named = cluster_names(result, names, lang)
    missing = result.missing_shares
    return {
        "format": FORMAT,
        "fields": fields,
        "customers": features.customers,
        "clustered": clustered,
        "left_out": features.left_out,
        "preparation": [{"field": p.field, "missing": p.missing, "filled_with": _number(p.filled_with),
                         "skewness": _number(p.skewness), "log_scaled": p.log_scaled}
                        for p in features.preparations],
        "k": result.k,
        "suggested_k": result.suggested_k,
        "silhouette": _number(result.silhouette),
        "silhouette_by_k": {str(k): _number(v) for k, v in result.silhouettes.items()},
        "pca": {"variance_share": [_number(s) for s in result.pca_shares],
                "axes": [{f: _number(w) for f, w in zip(fields, axis)} for axis in result.pca_axes]},
        "clusters": [{
            "number": i + 1,
            "name": named[i],
            "size": result.sizes[i],
            "share": _number(result.sizes[i] / clustered),
            "description": describe_centre(fields, list(result.centres[i]), lang, missing[i]),
            "means": {f: _number(v) for f, v in zip(fields, result.means[i])},
            "relative": {f: _number(v) for f, v in zip(fields, result.centres[i])},
            "missing": {f: _number(v) for f, v in zip(fields, missing[i])},
        } for i in range(result.k)],
    }


def dumps_clusters(doc: dict[str, Any]) -> str:
    """The document as text: fixed key order, two-space indent, non-ASCII kept, newline at the end."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _number(value: float | None) -> float | None:
    if value is None or not math.isfinite(float(value)):
        return None
    rounded = round(float(value), DIGITS)
    return 0.0 if rounded == 0 else rounded          # never "-0.0"
