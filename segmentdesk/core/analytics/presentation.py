"""The slides of a presentation: one overview, a segment or its profile, or the RFM grid at a time,
each in aggregates only — counts, shares, indexes and sentences about groups, never a person.

A deck is planned first (:func:`plan_deck`, cheap) and each slide made when it is shown
(:func:`make_slide`), so a big shop pays for a profile only when the presenter reaches it.  A rule
that names customers one by one (a frozen member list) is not read out: it would put addresses on
the screen.  The words are in :mod:`.presentation_words`.
"""
from __future__ import annotations

import datetime as dt
from functools import partial
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..charts.bar_charts import draw_segment_sizes
from ..charts.index_bars import draw_index_bars
from ..charts.rfm_heatmap import draw_rfm_heatmap
from ..charts.style import DrawFunction
from ..data.dataset import Dataset
from ..data.rfm_summary import rfm_available, rfm_heatmap
from ..formats import format_percent, format_whole
from ..privacy.rule_privacy import NAMING_ROLES, masked_rule, personal_fields
from ..segments.describe import describe
from ..segments.figures import segment_figures
from ..segments.model import Segment, iter_conditions
from .profile import profile_segment
from .profile_rule import rule_keys
from .profile_words import defined_note, highlight_sentence, index_chart_rows
from .presentation_words import presentation_word

SENTENCES = 4             # highlights on a slide: more do not fit large type
LABEL_LIMIT = 60          # a full screen has room for "Categories bought: Työvaatteet ja suojaimet"


@dataclass(frozen=True)
class Tile:
    """One key figure in big type: ``value`` (formatted) over ``label``, with an optional ``note``."""

    key: str              # customers, reachable, revenue_share
    value: str
    label: str
    note: str = ""


@dataclass(frozen=True)
class Slide:
    """What one screen shows.  ``kind``: overview, segment, profile or rfm; ``segment`` is the segment's
    name on segment and profile slides; ``count`` its members (None elsewhere)."""

    kind: str
    title: str
    subtitle: str = ""
    tiles: tuple[Tile, ...] = ()
    sentences: tuple[str, ...] = ()
    chart: DrawFunction | None = None
    chart_data: Any = None
    segment: str | None = None
    count: int | None = None
    note: str = ""


@dataclass(frozen=True)
class SlideSpec:
    """A slide still to make: ``kind`` and, for segment and profile slides, the segment's position."""

    kind: str
    index: int = -1
    label: str = field(default="", compare=False)


def plan_deck(ds: Dataset, segments: Sequence[Segment]) -> list[SlideSpec]:
    """Overview, then each segment followed by its profile, then the RFM grid where there are dated orders."""
    specs = [SlideSpec("overview")]
    for i, s in enumerate(segments):
        specs += [SlideSpec("segment", i, s.name), SlideSpec("profile", i, s.name)]
    if rfm_available(ds):
        specs.append(SlideSpec("rfm"))
    return specs


def make_slide(spec: SlideSpec, ds: Dataset, segments: Sequence[Segment], mask_of: Callable[[Segment], np.ndarray],
               *, as_of: dt.date, lang: str, blocked: np.ndarray | None = None) -> Slide:
    """The slide ``spec`` plans, from ``ds`` at ``as_of``; ``mask_of`` answers a segment's members and
    ``blocked`` marks the do-not-contact list (so "reachable" is what an export reaches)."""
    if spec.kind == "overview":
        return _overview(ds, segments, mask_of, lang=lang)
    if spec.kind == "rfm":
        return Slide("rfm", presentation_word("rfm_title", lang), presentation_word("rfm_subtitle", lang),
                     chart=draw_rfm_heatmap, chart_data=rfm_heatmap(ds, as_of=as_of))
    segment = segments[spec.index]
    mask = np.asarray(mask_of(segment), dtype=bool)
    defined = rule_keys(segment.rule, {s.name: s for s in segments})
    if spec.kind == "segment":
        return _segment(ds, segment, mask, as_of=as_of, lang=lang, blocked=blocked, defined=defined)
    return _profile(ds, segment, mask, as_of=as_of, lang=lang, defined=defined)


def rule_sentence(segment: Segment, lang: str, personal: Collection[str] = ()) -> str:
    """The rule in words, or a plain note where it lists customers by name, address or number; a
    condition on another personal field (a street, a contact person, notes — ``personal`` adds those
    the data shows, :func:`..privacy.rule_privacy.personal_fields`) is said without its value."""
    # A rule on a field that names a person or a firm is a list of customers, not said aloud.
    if any(c.field in NAMING_ROLES for c in iter_conditions(segment.rule)):
        return presentation_word("listed_customers", lang)
    masked = masked_rule(segment.rule, personal=personal, one=presentation_word("a_value", lang),
                         many=lambda n: presentation_word("values_of", lang).format(n=format_whole(n, lang)))
    text = describe(masked, lang)
    return text[:1].upper() + text[1:]


def _overview(ds: Dataset, segments: Sequence[Segment], mask_of: Callable[[Segment], np.ndarray], *,
              lang: str) -> Slide:
    sizes = [(s.name, int(np.asarray(mask_of(s), dtype=bool).sum())) for s in segments]
    tiles = (Tile("customers", format_whole(len(ds), lang), presentation_word("customers", lang)),
             Tile("segments", format_whole(len(segments), lang), presentation_word("segments", lang)))
    return Slide("overview", presentation_word("overview_title", lang), presentation_word("overview_subtitle", lang),
                 tiles=tiles, chart=draw_segment_sizes, chart_data=sizes)


def _segment(ds: Dataset, segment: Segment, mask: np.ndarray, *, as_of: dt.date, lang: str,
             blocked: np.ndarray | None, defined: Collection[str]) -> Slide:
    figures = segment_figures(ds, mask, blocked=blocked)
    count = figures.count
    tiles = [Tile("customers", format_whole(count, lang), presentation_word("customers", lang),
                  presentation_word("of_all", lang).format(share=format_percent(figures.share, lang)))]
    if "email" in ds.customers.roles:
        tiles.append(Tile("reachable", format_whole(figures.reachable, lang), presentation_word("reachable", lang),
                          presentation_word("of_members", lang).format(
                              share=format_percent(figures.reachable / count if count else 0.0, lang))))
    if ds.has_orders:
        tiles.append(Tile("revenue_share", format_percent(figures.revenue_share, lang),
                          presentation_word("revenue_share", lang)))
    sentences: list[str] = []
    if segment.persona:
        sentences.append(" — ".join(p for p in (segment.persona.name, segment.persona.text) if p))
    if count:
        profile = profile_segment(ds, mask, name=segment.name, as_of=as_of, defined_by=defined)
        sentences += [highlight_sentence(h, lang) for h in profile.highlights]
    return Slide("segment", segment.name, rule_sentence(segment, lang, personal_fields(ds)), tuple(tiles),
                 tuple(sentences[:SENTENCES]), segment=segment.name, count=count)


def _profile(ds: Dataset, segment: Segment, mask: np.ndarray, *, as_of: dt.date, lang: str,
             defined: Collection[str]) -> Slide:
    count = int(mask.sum())
    if not count:
        return Slide("profile", segment.name, presentation_word("empty", lang), segment=segment.name, count=0)
    profile = profile_segment(ds, mask, name=segment.name, as_of=as_of, defined_by=defined)
    sentences = tuple(highlight_sentence(h, lang) for h in profile.highlights[:SENTENCES])
    note = " ".join(t for t in (presentation_word("index_note", lang), defined_note(profile, lang)) if t)
    return Slide("profile", segment.name, presentation_word("profile_subtitle", lang), sentences=sentences,
                 chart=partial(draw_index_bars, label_limit=LABEL_LIMIT), chart_data=index_chart_rows(profile, lang),
                 segment=segment.name, count=count, note=note)


def slide_texts(slide: Slide) -> list[str]:
    """Every text a slide shows (for checks that no personal data reaches the screen)."""
    texts = [slide.title, slide.subtitle, slide.note, *slide.sentences]
    for t in slide.tiles:
        texts += [t.value, t.label, t.note]
    if slide.kind in ("overview", "profile") and slide.chart_data:
        texts += [str(label) for label, _ in slide.chart_data]
    return [t for t in texts if t]

