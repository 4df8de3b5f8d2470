"""Everything the client report shows, worked out once: the shop, each segment's figures and profile,
RFM, the kept clusters and the history — aggregates only, with the same definitions as the window.

:func:`report_content` is the slow part of writing a report (profiles and checks over every segment);
it reports progress and stops at a cancel like every long core job.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..analytics.cluster_words import default_cluster_name, describe_centre
from ..analytics.clusters import SEED, principal_map
from ..analytics.cluster_input import prepare_features
from ..analytics.comparison import Comparison
from ..analytics.history import Flow, Migration, SegmentTrend, pick_pair, segment_trends, top_flows
from ..analytics.overview import Overview, shop_overview
from ..analytics.profile import Profile
from ..analytics.profile_report import profile_report
from ..charts.cluster_charts import MAP_POINTS, ClusterMapData
from ..data.rfm import has_rfm
from ..data.rfm_summary import RfmHeatmap, RfmSummary, rfm_heatmap, rfm_summary
from ..errors import ClusterError, SegmentDeskError
from ..export.members import listed_members
from ..privacy.rule_privacy import personal_fields
from ..project.cluster_runs import ClusterRun
from ..project.project import Project
from ..project.snapshot_history import read_snapshot_figures, read_snapshot_membership
from ..project.snapshots import SnapshotInfo, stable_keys
from ..segments.evaluate import Evaluator
from ..segments.figures import SegmentFigures, segment_figures
from ..segments.judging import Warning_
from ..segments.model import Segment
from ..tasks import Progress

FLOWS = 8           # the largest movements between the last two imports, in sentences


@dataclass(frozen=True)
class SegmentSection:
    """One segment: its figures and profile, or why its rule cannot be answered (``problem``)."""

    segment: Segment
    figures: SegmentFigures | None
    profile: Profile | None
    problem: str | None = None


@dataclass(frozen=True)
class ClusterSection:
    """The project's kept clusters as they lie over today's customers."""

    run: ClusterRun
    names: tuple[str, ...]             # as the user named them; a default name in the report's language
    sizes: tuple[int, ...]
    descriptions: tuple[str, ...]
    outside: int                       # customers in no cluster (new since, or no values)
    map: ClusterMapData | None


@dataclass(frozen=True)
class HistorySection:
    snapshots: list[SnapshotInfo]
    trends: list[SegmentTrend]
    pair: tuple[SnapshotInfo, SnapshotInfo] | None
    flows: list[Flow]


@dataclass(frozen=True)
class ReportContent:
    title: str                          # the project's name
    sources: dict[str, str]             # customers / orders → file name
    as_of: dt.date
    imported: dt.datetime | None        # the last import's moment, from the project's log
    latest_order: dt.date | None
    overview: Overview
    segments: tuple[SegmentSection, ...]
    comparison: Comparison | None
    warnings: tuple[Warning_, ...]
    rfm: RfmSummary | None
    heatmap: RfmHeatmap | None
    clusters: ClusterSection | None
    history: HistorySection | None
    personal: frozenset[str] = frozenset()    # fields whose values name a person: rules never show them


def report_content(project: Project, *, path: str | Path | None, as_of: dt.date, lang: str,
                   progress: Progress | None = None) -> ReportContent:
    """The report's figures for ``project`` (whose file ``path`` holds its snapshots; None: no history)
    at ``as_of``; cluster descriptions in ``lang``.  Raises :class:`SegmentDeskError` without data."""
    progress = progress or Progress()
    ds = project.dataset
    if ds is None:
        raise SegmentDeskError("The project holds no customer data yet.")
    progress.report(0.0, "overview")
    overview = shop_overview(ds, as_of=as_of)
    blocked = listed_members(ds, project.do_not_contact)
    evaluator = Evaluator(ds, as_of=as_of, segments=project.segment_map())
    masks: dict[str, np.ndarray] = {}
    problems: dict[str, str] = {}
    for segment in project.segments:
        try:
            masks[segment.name] = np.asarray(evaluator.mask(segment.rule), dtype=bool)
        except SegmentDeskError as exc:
            problems[segment.name] = str(exc)
    progress.report(0.1, "segments")
    answered = [s.name for s in project.segments if s.name in masks]
    profiles = profile_report(ds, masks, answered, as_of=as_of, progress=_scaled(progress, 0.1, 0.7),
                              segments=project.segment_map()) if answered else None
    by_name = {p.name: p for p in profiles.profiles} if profiles else {}
    sections = tuple(SegmentSection(s, segment_figures(ds, masks[s.name], blocked=blocked) if s.name in masks else None,
                                    by_name.get(s.name), problems.get(s.name)) for s in project.segments)
    progress.report(0.75, "rfm")
    rfm = heatmap = None
    if has_rfm(ds):
        rfm, heatmap = rfm_summary(ds, as_of=as_of), rfm_heatmap(ds, as_of=as_of)
    progress.report(0.8, "clusters")
    clusters = _clusters(project, lang)
    progress.report(0.9, "history")
    history = _history(path) if path is not None and Path(path).exists() else None
    progress.report(1.0, "history")
    return ReportContent(
        title=Path(path).stem if path else "", sources=dict(project.sources), as_of=as_of,
        imported=next((e.at for e in reversed(project.audit) if e.action == "import"), None),
        latest_order=_latest_order(ds, as_of), overview=overview, segments=sections,
        comparison=profiles.comparison if profiles else None,
        warnings=profiles.warnings if profiles else (), rfm=rfm, heatmap=heatmap, clusters=clusters, history=history,
        personal=personal_fields(ds))


def _scaled(outer: Progress, start: float, end: float) -> Progress:
    """A part ``start``…``end`` of ``outer``'s progress; a cancel of ``outer`` stops it at its next report."""
    return Progress(lambda fraction, stage: outer.report(start + (end - start) * fraction, stage))


def _latest_order(ds, as_of: dt.date) -> dt.date | None:
    if not ds.has_orders:
        return None
    dates = ds.orders.role_column("order_date")
    if dates is None:
        return None
    days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    days = days[~np.isnat(days) & (days <= np.datetime64(as_of, "D"))]
    return days.max().item() if len(days) else None


def _clusters(project: Project, lang: str) -> ClusterSection | None:
    """The kept run laid over today's customers: sizes, each centre in words, and the map (no refit:
    the run's labels are the clusters; the map is the principal axes of the same prepared fields)."""
    run, ds = project.cluster_run, project.dataset
    if run is None or ds is None:
        return None
    labels = _cluster_labels(ds, run)
    names = tuple(default_cluster_name(i + 1, lang)
                  if name in (default_cluster_name(i + 1, "en"), default_cluster_name(i + 1, "fi")) else name
                  for i, name in enumerate(run.names))
    sizes = tuple(int(n) for n in np.bincount(labels[labels >= 0], minlength=run.k))
    try:
        features = prepare_features(ds, run.fields, as_of=run.as_of)
    except ClusterError:
        return ClusterSection(run, names, sizes, tuple("" for _ in names), int((labels < 0).sum()), None)
    member = labels[features.rows]
    missing = features.missing_shares(member, run.k)
    inside = member >= 0
    x, member = features.matrix[inside], member[inside]
    centres = np.array([x[member == c].mean(axis=0) if np.any(member == c) else np.zeros(x.shape[1])
                        for c in range(run.k)])
    words = tuple(describe_centre(run.fields, list(c), lang, missing[i]) for i, c in enumerate(centres))
    cluster_map = None
    if len(x) >= 3:
        points, shares, _axes = principal_map(x)
        map_centres = np.array([points[member == c].mean(axis=0) if np.any(member == c) else [np.nan, np.nan]
                                for c in range(run.k)])
        shown = np.arange(len(points))
        if len(shown) > MAP_POINTS:
            shown = np.sort(np.random.default_rng(SEED).choice(len(points), size=MAP_POINTS, replace=False))
        cluster_map = ClusterMapData(points[shown], member[shown], names, map_centres, shares)
    return ClusterSection(run, names, sizes, words, int((labels < 0).sum()), cluster_map)


def _cluster_labels(ds, run: ClusterRun) -> np.ndarray:
    """Each customer's cluster index in ``run`` (-1: the run does not hold them), matched by stable key."""
    role, keys = stable_keys(ds)
    if role is None or role != run.key_role:
        return np.full(len(ds), -1, dtype=np.int64)
    found = pd.Index(run.keys).get_indexer(keys.to_numpy(dtype=object))
    return np.where(found >= 0, run.labels[np.maximum(found, 0)].astype(np.int64), -1)


def _history(path: str | Path) -> HistorySection | None:
    infos, figures = read_snapshot_figures(path)
    if not infos:
        return None
    pair = pick_pair(infos)
    flows: list[Flow] = []
    if pair is not None:
        migration = Migration(read_snapshot_membership(path, pair[0].id), read_snapshot_membership(path, pair[1].id))
        flows = top_flows(migration, limit=FLOWS)
    return HistorySection(infos, segment_trends(figures), pair, flows)
