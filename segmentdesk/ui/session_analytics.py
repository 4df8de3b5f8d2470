"""The session's analytics choices that change what fields answer: the kept cluster run (the
``cluster`` field) and the project's RFM group map (the ``rfm_group`` field).

A mixin of :class:`~segmentdesk.ui.session.Session`: it uses the session's project, evaluator and
change announcement.  Each choice hands the project a new Dataset object, because the live counts
and the mask caches know a dataset by identity and must not answer with the old values.
"""
from __future__ import annotations

from ..core.analytics.cluster_field import with_cluster_field
from ..core.analytics.cluster_rules import renamed_clusters, with_cluster_names
from ..core.data.dataset import Dataset
from ..core.data.rfm_groups import GroupMap
from ..core.project.cluster_runs import ClusterRun, cluster_values
from .session_changes import Change


class AnalyticsChoices:
    """``set_cluster_run`` and ``set_rfm_map`` for the Session."""

    def set_cluster_run(self, run: ClusterRun | None, *, initiator: object = None) -> None:
        """Keep ``run`` (new clusters, or the kept ones renamed) as the project's ``cluster`` field.
        A rename carries over to the segment rules that name the clusters (not an undo step of its
        own, as the rename itself is not)."""
        renamed = with_cluster_names(self.project.segments, renamed_clusters(self.project.cluster_run, run))
        self.project.cluster_run = run
        if renamed is not None:
            self.project.segments = renamed
        if self.project.dataset is not None:
            before = self.project.dataset
            self.project.dataset = self._with_clusters(before)
            self.project.same_stored_data(before)
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS, initiator)

    def set_rfm_map(self, group_map: GroupMap | None, *, initiator: object = None) -> None:
        """Make ``group_map`` (None: the default grid) the project's RFM groups; the ``rfm_group``
        field, its segments and the RFM views follow.  Raises RfmMapError for a gap or an overlap."""
        def same(m: GroupMap | None) -> tuple | None:
            return None if m is None else (m.key, m.preset)
        if same(group_map) == same(self.project.rfm_map):
            return
        before = self.project.dataset
        if before is not None:
            # A new Dataset object: the live counts and mask caches must not answer with the old groups.
            self.project.dataset = before.renewed()
            self.project.same_stored_data(before)
        self.project.use_rfm_map(group_map)
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS, initiator)

    def _with_clusters(self, ds: Dataset) -> Dataset:
        """``ds`` answering the ``cluster`` field from the kept run (by stable key), if there is one."""
        run = self.project.cluster_run
        if run is None:
            return ds if "cluster" not in ds.metrics.columns else with_cluster_field(ds, None)
        return with_cluster_field(ds, cluster_values(ds, run))

