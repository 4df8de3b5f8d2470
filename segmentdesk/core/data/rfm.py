"""Per-customer RFM: recency, frequency and monetary scores 1–5, the score text and the group.

The definition (public, ARCHITECTURE.md and issue #11), among customers with orders only:
R = days since the last order at the reference date, F = ``order_count``, M = ``total_spend``.
Each is ranked so that better is larger (fewer days is better for R), each value takes its
smallest 1-based rank (``rank(method="min")``), and score = 1 + floor(5 × (rank_min − 1) / n)
with n the number of customers with orders.  Equal values always get equal scores and the order
of the rows never matters: spend is compared to a millionth of a euro, so sums that differ only
by the order floating point added them in are equal.

Customers without orders (``order_count`` 0, or no order date) have no RFM: every field is
missing for them; views call them "no purchases yet".  Values depend on the reference date and,
for the group, on the dataset's group map (``ds.rfm_map``, the default grid when None); they
are kept in ``ds.index`` per (date, map).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from .dataset import Dataset
from .rfm_groups import DEFAULT_MAP, GroupMap

RFM_KINDS = {"rfm_r": "number", "rfm_f": "number", "rfm_m": "number", "rfm_score": "category",
             "rfm_group": "category"}
"""The RFM fields a rule can test, with their value types."""
SPEND_DECIMALS = 6


class RfmScores(NamedTuple):
    """Per customer (by position): raw values and scores; a tuple of arrays so the cache weighs it."""

    buyers: np.ndarray       # bool: has RFM
    recency: np.ndarray      # float64 days since the last order (NaN without RFM)
    frequency: np.ndarray    # float64 order_count (NaN without RFM)
    monetary: np.ndarray     # float64 total_spend, rounded to SPEND_DECIMALS (NaN without RFM)
    r: np.ndarray            # int8 1–5, 0 without RFM
    f: np.ndarray
    m: np.ndarray


@dataclass(frozen=True)
class ScoreRange:
    """The values one score stands for: ``low``–``high`` as measured (days, orders or euros)."""

    score: int
    low: float
    high: float
    customers: int


def has_rfm(ds: Dataset) -> bool:
    """Whether the data can give RFM at all: it has orders with dates."""
    return ds.has_orders and "order_date" in ds.orders.roles


def rank_scores(values: np.ndarray) -> np.ndarray:
    """Scores 1–5 of ``values`` (better is larger): 1 + floor(5 × (rank_min − 1) / n), as int8.

    ``rank_min`` is each value's smallest 1-based rank among all of them, so ties share a score.
    """
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=np.int8)
    # The number of values below each value is its smallest rank minus one.
    below = np.searchsorted(np.sort(values, kind="stable"), values, side="left")
    return (1 + (5 * below) // n).astype(np.int8)


def rfm_scores(ds: Dataset, as_of: dt.date) -> RfmScores:
    """Every customer's RFM at ``as_of`` (kept in ``ds.index`` per date)."""
    return ds.index.values.get_or_make(("rfm", as_of), lambda: RfmScores(*_scores(ds, as_of)))


def _scores(ds: Dataset, as_of: dt.date) -> tuple[np.ndarray, ...]:
    n = len(ds)
    metrics = ds.metrics
    count = metrics["order_count"].to_numpy(dtype="float64")
    last = metrics["last_order_date"].to_numpy(dtype="datetime64[D]")
    buyers = (count > 0) & ~np.isnat(last)
    days = (np.datetime64(as_of, "D") - last[buyers]).astype(np.int64).astype("float64")
    spend = np.round(metrics["total_spend"].to_numpy(dtype="float64")[buyers], SPEND_DECIMALS)
    freq = count[buyers]
    raw = []
    scores = []
    for values, better in ((days, -days), (freq, freq), (spend, spend)):
        full = np.full(n, np.nan)
        full[buyers] = values
        raw.append(full)
        score = np.zeros(n, dtype=np.int8)
        score[buyers] = rank_scores(better)
        scores.append(score)
    return (buyers, *raw, *scores)


def rfm_values(ds: Dataset, name: str, as_of: dt.date) -> pd.Series:
    """The values of RFM field ``name`` (:data:`RFM_KINDS`) per customer, missing without RFM."""
    if name == "rfm_group":
        return rfm_groups(ds, as_of)
    if name == "rfm_score":
        return ds.index.values.get_or_make(("rfm_score", as_of), lambda: _score_text(rfm_scores(ds, as_of)))
    scores = rfm_scores(ds, as_of)
    score = {"rfm_r": scores.r, "rfm_f": scores.f, "rfm_m": scores.m}[name]
    return ds.index.values.get_or_make((name, as_of), lambda: pd.Series(
        np.where(scores.buyers, score, np.nan), dtype="float64"))


def group_map_of(ds: Dataset) -> GroupMap:
    """The group map the dataset's ``rfm_group`` uses: the project's (``ds.rfm_map``), else the default."""
    return getattr(ds, "rfm_map", None) or DEFAULT_MAP


def rfm_group_codes(ds: Dataset, as_of: dt.date) -> tuple[np.ndarray, tuple[str, ...]]:
    """``(codes, keys)``: each customer's group as an index into ``keys`` (-1 without RFM)."""
    group_map = group_map_of(ds)

    def make() -> np.ndarray:
        scores = rfm_scores(ds, as_of)
        codes = group_map.table()[scores.r, scores.f, scores.m].astype(np.int16)
        return np.where(scores.buyers, codes, -1).astype(np.int16)
    return ds.index.values.get_or_make(("rfm_group_codes", as_of, group_map.key), make), group_map.groups


def rfm_groups(ds: Dataset, as_of: dt.date) -> pd.Series:
    """Each customer's group key (None without RFM)."""
    codes, keys = rfm_group_codes(ds, as_of)

    def make() -> pd.Series:
        table = np.array([*keys, None], dtype=object)     # code -1 picks the None at the end
        return pd.Series(table[codes], dtype=object)
    return ds.index.values.get_or_make(("rfm_group", as_of, group_map_of(ds).key), make)


def _score_text(scores: RfmScores) -> pd.Series:
    # 125 possible texts: made once each and picked by the three digits.
    digits = scores.r.astype(np.int16) * 100 + scores.f * 10 + scores.m
    texts = np.array([str(i) if i >= 111 else None for i in range(556)], dtype=object)
    return pd.Series(texts[np.where(scores.buyers, digits, 0)], dtype=object)


def score_ranges(scores: RfmScores) -> dict[str, list[ScoreRange]]:
    """For ``"r"``, ``"f"`` and ``"m"``: the values each score stands for, score 1 first (scores no
    customer got are left out, e.g. F 2–3 when most customers ordered once)."""
    out: dict[str, list[ScoreRange]] = {}
    for axis, values, score in (("r", scores.recency, scores.r), ("f", scores.frequency, scores.f),
                                ("m", scores.monetary, scores.m)):
        ranges = []
        for s in range(1, 6):
            picked = values[scores.buyers & (score == s)]
            if picked.size:
                ranges.append(ScoreRange(s, float(picked.min()), float(picked.max()), int(picked.size)))
        out[axis] = ranges
    return out
