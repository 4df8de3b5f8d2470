"""RFM for a whole shop at a date: each group's size and revenue share, the values each score
stands for, and the R×F grid of customers, revenue or average spend (what the ``rfm`` command
prints and the window's heatmap draws)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..bilingual import in_language
from ..formats import format_money, format_whole
from .dataset import Dataset
from .rfm import ScoreRange, group_map_of, has_rfm, rfm_group_codes, rfm_scores, score_ranges
from .rfm_groups import GroupMap

GRID_MEASURES = ("customers", "revenue", "avg_spend")


@dataclass(frozen=True)
class GroupFigures:
    """One group: ``key`` (as in ``rfm_group``), its customers, their spend and its share of all spend."""

    key: str
    count: int
    revenue: float
    revenue_share: float     # of all customers' total spend, 0…1 (as segment figures count it)


@dataclass(frozen=True)
class RfmSummary:
    as_of: dt.date
    customers: int
    buyers: int
    no_purchases: int        # customers without RFM: shown as "no purchases yet"
    no_purchases_revenue_share: float   # returns-only customers' (negative) spend, usually 0
    groups: list[GroupFigures]          # in the map's order, groups without customers included
    ranges: dict[str, list[ScoreRange]]  # "r" (days), "f" (orders), "m" (euros): score 1 first
    group_map: GroupMap

    def to_json(self, *, names: dict[str, str] | None = None) -> dict[str, Any]:
        """The ``rfm --json`` document; ``names`` adds each group's name (key → name)."""
        def group(g: GroupFigures) -> dict[str, Any]:
            out: dict[str, Any] = {"key": g.key}
            if names is not None:
                out["name"] = names.get(g.key, g.key)
            out.update(count=g.count, revenue=round(g.revenue, 2), revenue_share=round(g.revenue_share, 6))
            return out
        return {
            "as_of": self.as_of.isoformat(), "customers": self.customers, "buyers": self.buyers,
            "no_purchases": self.no_purchases, "groups": [group(g) for g in self.groups],
            "thresholds": {axis: [{"score": r.score, "low": r.low, "high": r.high, "customers": r.customers}
                                  for r in ranges] for axis, ranges in self.ranges.items()},
            "map": self.group_map.to_json(),
        }


def rfm_summary(ds: Dataset, *, as_of: dt.date) -> RfmSummary:
    """The shop's RFM at ``as_of`` with the dataset's group map (the data must have dated orders)."""
    scores = rfm_scores(ds, as_of)
    codes, keys = rfm_group_codes(ds, as_of)
    spend = ds.metrics["total_spend"].to_numpy(dtype="float64")
    total = float(spend.sum())
    has = codes >= 0
    counts = np.bincount(codes[has], minlength=len(keys))
    revenue = np.bincount(codes[has], weights=spend[has], minlength=len(keys))
    groups = [GroupFigures(k, int(c), float(r), float(r) / total if total else 0.0)
              for k, c, r in zip(keys, counts, revenue)]
    rest = float(spend[~scores.buyers].sum())
    return RfmSummary(as_of, len(ds), int(scores.buyers.sum()), int((~scores.buyers).sum()),
                      rest / total if total else 0.0, groups, score_ranges(scores), group_map_of(ds))


def rfm_grid(ds: Dataset, *, as_of: dt.date, measure: str = "customers") -> np.ndarray:
    """5×5 floats: ``grid[r - 1, f - 1]`` is the cell's customers, their total spend, or their
    average spend (NaN for an empty cell), by ``measure`` (one of :data:`GRID_MEASURES`)."""
    if measure not in GRID_MEASURES:
        raise ValueError(f"measure is one of {GRID_MEASURES}, not {measure!r}")
    scores = rfm_scores(ds, as_of)
    b = scores.buyers
    cell = (scores.r[b].astype(np.int64) - 1) * 5 + (scores.f[b].astype(np.int64) - 1)
    counts = np.bincount(cell, minlength=25).astype("float64")
    if measure == "customers":
        return counts.reshape(5, 5)
    spend = np.bincount(cell, weights=ds.metrics["total_spend"].to_numpy(dtype="float64")[b], minlength=25)
    if measure == "revenue":
        return spend.reshape(5, 5)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, spend / counts, np.nan).reshape(5, 5)


def missing_scores(summary: RfmSummary) -> dict[str, list[int]]:
    """Per axis (``r f m``) the scores 1–5 nobody got: equal values always get equal scores, so when many
    customers tie (most have one order) a score is skipped.  Axes without a gap are left out."""
    out = {}
    for axis, ranges in summary.ranges.items():
        given = {r.score for r in ranges}
        if given:
            gaps = [s for s in range(1, 6) if s not in given]
            if gaps:
                out[axis] = gaps
    return out


# Why a row or column of the grid is empty, in words: (English, Finnish).
_GAP_WORDS: dict[str, tuple[str, str]] = {
    "note": ("Nobody has {axis} score {gaps}: equal values get equal scores, and the {n} customers with "
             "{axis} {score} ({covers}) are more than a fifth of the buyers.",
             "Kenelläkään ei ole {axis}-pistemäärää {gaps}: samat arvot saavat aina saman pistemäärän, ja {n} "
             "asiakasta, joiden {axis} on {score} ({covers}), on yli viidennes ostaneista."),
    "range": ("{low} to {high}", "{low}–{high}"),
    "r1": ("1 day", "1 päivä"), "r": ("{n} days", "{n} päivää"),
    "f1": ("1 order", "1 tilaus"), "f": ("{n} orders", "{n} tilausta"),
}


def gap_notes(summary: RfmSummary, lang: str = "en") -> list[str]:
    """Per axis with a score nobody got (:func:`missing_scores`) a sentence saying so and the ties that
    skipped it — "Nobody has F score 2: … the 832 customers with F 1 (1 order) are more than a fifth of
    the buyers." — for the window's RFM page and the client report alike."""
    def show(axis: str, value: float) -> str:
        if axis == "m":
            return format_money(value, lang)
        if value == 1:
            return in_language(_GAP_WORDS[axis + "1"], lang)
        return in_language(_GAP_WORDS[axis], lang).format(n=format_whole(value, lang))

    notes = []
    for axis, gaps in missing_scores(summary).items():
        below = [r for r in summary.ranges[axis] if r.score < gaps[0]]
        if not below:
            continue
        r = below[-1]
        covers = show(axis, r.low) if r.low == r.high else in_language(_GAP_WORDS["range"], lang).format(
            low=show(axis, r.low), high=show(axis, r.high))
        notes.append(in_language(_GAP_WORDS["note"], lang).format(
            axis=axis.upper(), gaps=", ".join(str(g) for g in gaps), n=format_whole(r.customers, lang),
            score=r.score, covers=covers))
    return notes


@dataclass(frozen=True)
class RfmHeatmap:
    """What the R×F heatmap draws: ``values[r - 1, f - 1]`` by ``measure``, the cell's customers, and
    the cell's group key where the map gives the whole cell one group (None where M splits it), and
    the cell the user chose."""

    measure: str
    values: np.ndarray
    counts: np.ndarray
    cell_groups: tuple[tuple[str | None, ...], ...]
    selected: tuple[int, int] | None = None     # (r, f) of a cell to outline (the one clicked)


def rfm_heatmap(ds: Dataset, *, as_of: dt.date, measure: str = "customers") -> RfmHeatmap:
    """The heatmap's data at ``as_of`` with the dataset's group map."""
    group_map = group_map_of(ds)
    table = group_map.table()
    groups = group_map.groups
    cells = tuple(tuple(groups[int(table[r, f, 1])] if len(set(table[r, f, 1:])) == 1 else None
                        for f in range(1, 6)) for r in range(1, 6))
    return RfmHeatmap(measure, rfm_grid(ds, as_of=as_of, measure=measure),
                      rfm_grid(ds, as_of=as_of, measure="customers"), cells)


def cell_mask(ds: Dataset, *, as_of: dt.date, r: int, f: int) -> np.ndarray:
    """The customers of one R×F cell (a heatmap click)."""
    scores = rfm_scores(ds, as_of)
    return scores.buyers & (scores.r == r) & (scores.f == f)


def rfm_available(ds: Dataset | None) -> bool:
    """Whether RFM can be shown for ``ds`` (dated orders)."""
    return ds is not None and has_rfm(ds)
