"""A segment's profile against all customers: key figures and who its members are, each
difference as an index (segment ÷ all × 100), and the strongest differences picked out.

The chart's values (:func:`strongest_rows`) and the sentences (:attr:`Profile.highlights`) tell one
story: the sentences about who the members are are the sure differences among the chart's values,
strongest first.  What the segment's rule chooses by (``defined_by``, :mod:`.profile_rule`) is in
neither: "as likely to live in Uusimaa" of a segment chosen by region Uusimaa is no finding.

Shares are among the customers whose value is known (for tags: who have at least one), so a
column filled in for half the customers compares like with like.  A figure or dimension the data
has no column for is absent from the profile, never zero.  The words for all of it are in
:mod:`.profile_words`.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from ..data.dataset import Dataset
from ..segments.figures import SegmentFigures, segment_figures
from .profile_basis import CodedDimension, ProfileBasis, profile_basis

TOP_VALUES = 8            # values a view lists per dimension (every age band)
# A difference is "strong" at 1.3× or more either way: below that, a small shop's segments differ
# from all customers by chance about as often as not.
STRONG_RATIO = 1.3
# A value speaks for a segment only with enough people behind it: at least this many members have
# it (over-represented) or would have it at the all-customers rate (under-represented).
MIN_MEMBERS = 5
# ... and the difference must be more than chance would make: the member count so many standard
# deviations (binomial, at the all-customers rate) from what that rate expects that chance would do
# it less than once in 20 profiles even over a dimension's many values (Bonferroni: a city list of
# 300 values needs z ≥ 3.8, seven age bands 2.7).  Among the values that pass the surest come
# first, so "lives in Uusimaa" beats a village with six members.
CHANCE = 0.05
HIGHLIGHTS = 5            # sentences per profile: behaviour (key figures) first, then who they are
FIGURE_HIGHLIGHTS = 2
HIGHLIGHTS_PER_DIMENSION = 2
CHART_ROWS = 12
CHART_RATIO = 1.1         # a chart leaves out values within 10 % of all customers': no story there
KEY_FIGURES = ("size", "reachable", "revenue_share", "avg_order_value", "order_frequency",
               "days_since_last_order")


@dataclass(frozen=True)
class KeyFigure:
    """One figure of the segment beside the same over all customers.

    ``size``: customers (all: every customer; no index).  ``reachable``: share of the members
    reachable (a mailing on the consent basis reaches them: core.data.audience).  ``revenue_share``: share of all revenue (all:
    1.0, all customers bring all of it; no index: a part against its whole says nothing a share does not —
    how much the members spend against the average is the average order and orders per customer).
    ``avg_order_value`` (€), ``order_frequency`` (orders per customer), ``days_since_last_order``
    (median over customers with an order).  ``segment`` is None where the segment has nobody to
    measure it on."""

    key: str
    segment: float | None
    all: float | None
    index: float | None


@dataclass(frozen=True)
class ShareRow:
    value: str               # as written most often; an age band's key (``25_34``) for age_band
    segment_count: int
    segment_share: float     # of the members with a known value, 0…1
    all_count: int
    all_share: float
    index: float | None      # segment_share / all_share × 100
    sure: bool = False       # strong, with enough people behind it, and beyond chance: worth a sentence


@dataclass(frozen=True)
class DimensionProfile:
    """One dimension: ``rows`` every value the members have, most members first (age bands: every
    band in order); :attr:`shown` the few a view lists."""

    key: str                 # age_band gender industry staff_band turnover_band region city interests categories
    segment_known: int       # members with a value
    all_known: int
    rows: tuple[ShareRow, ...]
    ordered: bool = False

    @property
    def shown(self) -> tuple[ShareRow, ...]:
        return self.rows if self.ordered else self.rows[:TOP_VALUES]

    def row(self, value: str) -> ShareRow | None:
        folded = value.casefold()
        return next((r for r in self.rows if r.value.casefold() == folded), None)


@dataclass(frozen=True)
class Highlight:
    """A strong difference: a dimension's value (``value`` set) or a key figure (``value`` None)."""

    key: str
    value: str | None
    index: float
    segment: float | None = None
    all: float | None = None


@dataclass(frozen=True)
class Profile:
    name: str
    as_of: dt.date
    figures: SegmentFigures
    key_figures: tuple[KeyFigure, ...]
    dimensions: tuple[DimensionProfile, ...]
    highlights: tuple[Highlight, ...]
    defined_by: tuple[str, ...] = ()    # dimension and figure keys the rule decides: no chart row, no sentence

    def key_figure(self, key: str) -> KeyFigure | None:
        return next((f for f in self.key_figures if f.key == key), None)

    def dimension(self, key: str) -> DimensionProfile | None:
        return next((d for d in self.dimensions if d.key == key), None)

    def as_json(self) -> dict:
        """Machine form (the command line's ``--json``): numbers unrounded but to 6 places."""
        def r(x: float | None) -> float | None:
            return None if x is None else round(float(x), 6)
        return {
            "name": self.name, "count": self.figures.count, "share": r(self.figures.share),
            "key_figures": {f.key: {"segment": r(f.segment), "all": r(f.all), "index": r(f.index)}
                            for f in self.key_figures},
            "dimensions": {d.key: {"known": d.segment_known, "all_known": d.all_known, "values": [
                {"value": row.value, "count": row.segment_count, "share": r(row.segment_share),
                 "all_count": row.all_count, "all_share": r(row.all_share), "index": r(row.index)}
                for row in d.shown]} for d in self.dimensions},
            "highlights": [{"key": h.key, "value": h.value, "index": r(h.index)} for h in self.highlights],
            "defined_by": list(self.defined_by),
        }


def index_of(segment: float | None, everyone: float | None) -> float | None:
    """segment ÷ all × 100; None where either is missing or all is zero."""
    if segment is None or everyone is None or everyone == 0 or math.isnan(segment) or math.isnan(everyone):
        return None
    return segment / everyone * 100.0


def profile_segment(ds: Dataset, mask: np.ndarray, *, name: str, as_of: dt.date,
                    defined_by: Collection[str] = ()) -> Profile:
    """The profile of the customers ``mask`` selects, against all customers of ``ds`` at ``as_of``;
    ``defined_by`` the keys the segment's rule decides (:func:`.profile_rule.rule_keys`), told as no finding."""
    mask = np.asarray(mask, dtype=bool)
    basis = profile_basis(ds, as_of=as_of)
    figures = segment_figures(ds, mask)
    key_figures = _key_figures(basis, figures, mask)
    dimensions = tuple(_dimension(coded, mask) for coded in basis.dimensions)
    defined = tuple(k for k in (*KEY_FIGURES, *(d.key for d in dimensions)) if k in set(defined_by))
    figure_highlights = [h for _, h in sorted(_figure_highlights(key_figures, defined), key=lambda s: -s[0])]
    per_dimension: dict[str, int] = {}
    ranked = []
    # Strongest first; of equal strength, the one with more members behind it (the surer).
    for key, row in sorted(_strongest(dimensions, defined, CHART_ROWS),
                           key=lambda p: (-round(_distance(p[1]), 9), -p[1].segment_count)):
        if row.sure and per_dimension.get(key, 0) < HIGHLIGHTS_PER_DIMENSION:
            per_dimension[key] = per_dimension.get(key, 0) + 1
            ranked.append(Highlight(key, row.value, row.index))
    highlights = (figure_highlights[:FIGURE_HIGHLIGHTS] + ranked)[:HIGHLIGHTS]
    return Profile(name, as_of, figures, tuple(key_figures), dimensions, tuple(highlights), defined)


def _median(values: np.ndarray) -> float | None:
    values = values[~np.isnan(values)]
    return float(np.median(values)) if len(values) else None


def _key_figures(basis: ProfileBasis, figures: SegmentFigures, mask: np.ndarray) -> list[KeyFigure]:
    out = [KeyFigure("size", float(figures.count), float(basis.n), None)]
    count = figures.count
    if basis.reachable is not None:
        seg = figures.reachable / count if count else None
        everyone = float(basis.reachable.sum()) / basis.n if basis.n else None
        out.append(KeyFigure("reachable", seg, everyone, index_of(seg, everyone)))
    if not basis.has_orders:
        return out
    out.append(KeyFigure("revenue_share", figures.revenue_share if count else None, 1.0, None))
    total_orders, total_spend = float(basis.orders.sum()), float(basis.spend.sum())
    aov_all = total_spend / total_orders if total_orders else None
    out.append(KeyFigure("avg_order_value", figures.avg_order_value, aov_all,
                         index_of(figures.avg_order_value, aov_all)))
    freq_all = total_orders / basis.n if basis.n else None
    out.append(KeyFigure("order_frequency", figures.order_frequency, freq_all,
                         index_of(figures.order_frequency, freq_all)))
    if basis.days_since is not None:
        seg, everyone = _median(basis.days_since[mask]), _median(basis.days_since)
        out.append(KeyFigure("days_since_last_order", seg, everyone, index_of(seg, everyone)))
    return out


def _dimension(coded: CodedDimension, mask: np.ndarray) -> DimensionProfile:
    all_counts = coded.counts()
    seg_counts = coded.counts(mask)
    all_known, seg_known = int(coded.known.sum()), int((coded.known & mask).sum())
    min_z = NormalDist().inv_cdf(1 - CHANCE / (2 * max(1, len(coded.labels))))
    rows = []
    for code in range(len(coded.labels)):
        all_share = all_counts[code] / all_known if all_known else 0.0
        seg_share = seg_counts[code] / seg_known if seg_known else 0.0
        index = index_of(seg_share, all_share) if seg_known else None
        rows.append(ShareRow(coded.labels[code], int(seg_counts[code]), seg_share, int(all_counts[code]), all_share,
                             index, _sure(index, int(seg_counts[code]), all_share, seg_known, min_z)))
    if not coded.ordered:
        rows = sorted((r for r in rows if r.segment_count), key=lambda r: (-r.segment_count, -r.all_count,
                                                                            r.value.casefold()))
    else:
        rows = [r for r in rows if r.all_count]
    return DimensionProfile(coded.key, seg_known, all_known, tuple(rows), coded.ordered)


def _sure(index: float | None, count: int, all_share: float, known: int, min_z: float) -> bool:
    """A difference worth a sentence: at least :data:`STRONG_RATIO` either way, :data:`MIN_MEMBERS`
    behind it, and ``min_z`` standard deviations from what the all-customers rate expects."""
    if index is None or count == 0 or all_share >= 1:
        return False         # nobody has it ("0× as likely" says nothing usable), or everybody does
    ratio = index / 100.0
    expected = all_share * known
    supported = count >= MIN_MEMBERS if ratio >= 1 else expected >= MIN_MEMBERS
    z = (count - expected) / math.sqrt(expected * (1 - all_share))
    return supported and abs(z) >= min_z and (ratio >= STRONG_RATIO or ratio <= 1 / STRONG_RATIO)


def _figure_highlights(key_figures: list[KeyFigure], defined: Collection[str]) -> list[tuple[float, Highlight]]:
    out = []
    for f in key_figures:
        # Size and revenue share have no index; a figure the rule decides is no finding.
        if f.key in ("size", "revenue_share") or f.key in defined or f.index is None or f.index <= 0:
            continue
        ratio = f.index / 100.0
        if ratio >= STRONG_RATIO or ratio <= 1 / STRONG_RATIO:
            out.append((abs(math.log(ratio)), Highlight(f.key, None, f.index, f.segment, f.all)))
    return out


def strongest_rows(profile: Profile, *, limit: int = CHART_ROWS) -> list[tuple[str, ShareRow]]:
    """The (dimension, value) rows that differ most from all customers — furthest from 100 on a log
    scale, either way, and at least :data:`CHART_RATIO` from it — among values with :data:`MIN_MEMBERS`
    members (or as many expected at the all-customers rate), but for the dimensions the rule decides;
    most over-represented first, for a chart."""
    return _strongest(profile.dimensions, profile.defined_by, limit)


def _distance(row: ShareRow) -> float:
    return abs(math.log(row.index / 100.0))


def _strongest(dimensions: Iterable[DimensionProfile], defined: Collection[str],
               limit: int) -> list[tuple[str, ShareRow]]:
    picked = []
    for d in dimensions:
        if d.key in defined:
            continue
        for row in d.rows:
            expected = row.all_share * d.segment_known
            if row.index is None or row.index <= 0 or max(row.segment_count, expected) < MIN_MEMBERS:
                continue
            distance = _distance(row)
            if distance >= math.log(CHART_RATIO):
                picked.append((distance, d.key, row))
    picked.sort(key=lambda p: (-p[0], p[1], p[2].value))
    return sorted(((key, row) for _, key, row in picked[:limit]), key=lambda p: -p[1].index)
