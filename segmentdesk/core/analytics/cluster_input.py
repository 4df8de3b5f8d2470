"""What k-means clusters on: the ticked number fields, made comparable, with every step stated.

The rules, in the order they run (the window and the command line say the same):

1. **Missing values.**  A customer with no value in any ticked field is left out (no cluster).
   Otherwise a field's missing values are filled with that field's median; how many, and the
   value used, are reported per field.
2. **Heavily skewed fields are log-scaled.**  A field whose skewness (of the values present) is
   above :data:`SKEW_LIMIT` becomes ``log(1 + value − smallest value)``: a few big spenders then no
   longer stretch the scale that everyone else shares.
3. **Standardised.**  Each field minus its mean, divided by its standard deviation (a field with one
   value throughout stays at 0), so that days, counts and euros weigh alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..data.fields import available_fields, field_values, find_field
from ..errors import ClusterError, RuleError

# The fields ticked when the user ticks none: recency, frequency, money and age, where the data has them.
DEFAULT_FIELDS = ("days_since_last_order", "order_count", "total_spend", "age")
SKEW_LIMIT = 1.0
# Fields that are answers of the analytics themselves, never their input.
_NOT_INPUT = ("cluster",)


@dataclass(frozen=True)
class FieldPreparation:
    """How one field was made ready: what was missing and filled, whether it was log-scaled."""

    field: str
    missing: int                 # clustered customers without a value (filled)
    filled_with: float | None    # the median filled in; None when nothing was missing
    skewness: float              # of the values present, before any scaling
    log_scaled: bool
    shift: float                 # the smallest value, subtracted before log(1 + …)
    mean: float                  # of the (scaled) values: what standardising subtracts
    scale: float                 # their standard deviation (1.0 for a field with one value)


@dataclass(frozen=True)
class Features:
    """The standardised matrix k-means sees, and how it was made.

    ``rows`` are the positions of the customers clustered (ascending); ``matrix[i]`` is customer
    ``rows[i]``.  ``raw`` holds every customer's values as they are (NaN where missing), for
    describing clusters in the field's own units.
    """

    fields: tuple[str, ...]
    matrix: np.ndarray
    rows: np.ndarray
    raw: np.ndarray
    customers: int
    preparations: tuple[FieldPreparation, ...]

    @property
    def left_out(self) -> int:
        """Customers without a value in any ticked field."""
        return self.customers - len(self.rows)

    def missing_shares(self, labels: np.ndarray, k: int) -> np.ndarray:
        """k × fields: the share of each cluster's members who had no value in a field (it was
        filled), where ``labels[i]`` is the cluster index of the clustered customer ``rows[i]``
        (-1: in none).  A cluster's centre says nothing of these members' real values."""
        missing = np.isnan(self.raw[self.rows])
        shares = np.zeros((k, len(self.fields)))
        for c in range(k):
            members = labels == c
            if members.any():
                shares[c] = missing[members].mean(axis=0)
        return shares


def clusterable_fields(ds: Dataset) -> list[str]:
    """The number fields offered for clustering, in the builder's order."""
    return [f.name for f in available_fields(ds) if f.kind == "number" and f.name not in _NOT_INPUT]


def default_fields(ds: Dataset, *, as_of: dt.date) -> list[str]:
    """:data:`DEFAULT_FIELDS` that this data has and that tell customers apart (not one value throughout)."""
    offered = set(clusterable_fields(ds))
    chosen = []
    for name in DEFAULT_FIELDS:
        if name not in offered:
            continue
        values = _numbers(ds, name, as_of)
        present = values[~np.isnan(values)]
        if len(present) and present.min() != present.max():
            chosen.append(name)
    return chosen


def prepare_features(ds: Dataset, fields: list[str] | tuple[str, ...], *, as_of: dt.date) -> Features:
    """The matrix for ``fields`` (names of the segment contract) at ``as_of``, by the module's rules.

    Raises :class:`ClusterError` for no fields, a field that is not a number or has no values, or
    fewer than three customers with values.
    """
    fields = tuple(dict.fromkeys(fields))
    if not fields:
        raise ClusterError("Tick at least one field to cluster on.", reason="no_fields")
    raw = np.empty((len(ds), len(fields)), dtype=np.float64)
    for j, name in enumerate(fields):
        try:
            kind = find_field(ds, name).kind
        except RuleError as exc:
            raise ClusterError(str(exc), reason="not_number", field=name) from exc
        if kind != "number" or name in _NOT_INPUT:
            raise ClusterError(f"Field {name!r} is not a number; only number fields can be clustered.",
                               reason="not_number", field=name)
        raw[:, j] = _numbers(ds, name, as_of)
    present = ~np.isnan(raw)
    for j, name in enumerate(fields):
        if not present[:, j].any():
            raise ClusterError(f"No customer has a value for {name!r}.", reason="no_values", field=name)
    rows = np.flatnonzero(present.any(axis=1))
    if len(rows) < 3:
        raise ClusterError("Clusters need at least three customers with values.", reason="too_few",
                           customers=int(len(rows)))
    matrix = raw[rows].copy()
    preparations = []
    for j, name in enumerate(fields):
        matrix[:, j], prep = _prepare_column(name, matrix[:, j])
        preparations.append(prep)
    return Features(fields, matrix, rows, raw, len(ds), tuple(preparations))


def _numbers(ds: Dataset, name: str, as_of: dt.date) -> np.ndarray:
    values = field_values(ds, find_field(ds, name), as_of)
    return values.to_numpy(dtype="float64", na_value=np.nan)


def _prepare_column(name: str, column: np.ndarray) -> tuple[np.ndarray, FieldPreparation]:
    missing = np.isnan(column)
    present = column[~missing]
    skew = skewness(present)
    filled_with = None
    if missing.any():
        filled_with = float(np.median(present))
        column = np.where(missing, filled_with, column)
    shift = float(present.min())
    log_scaled = skew > SKEW_LIMIT
    if log_scaled:
        column = np.log1p(column - shift)
    mean, scale = float(column.mean()), float(column.std())
    if not scale > 0:
        scale = 1.0
    prep = FieldPreparation(name, int(missing.sum()), filled_with, skew, bool(log_scaled), shift, mean, scale)
    return (column - mean) / scale, prep


def skewness(values: np.ndarray) -> float:
    """The (population) skewness: the mean cubed deviation over the cubed standard deviation; 0 for
    fewer than three values or a single value throughout."""
    if len(values) < 3:
        return 0.0
    deviation = values - values.mean()
    variance = float(np.mean(deviation ** 2))
    if not variance > 0:
        return 0.0
    return float(np.mean(deviation ** 3) / variance ** 1.5)
