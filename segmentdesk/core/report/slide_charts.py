"""The report's charts one per figure, 16:9, for slides: the same drawing functions and data as the pages."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..analytics.profile_words import index_chart_rows
from ..charts.bar_charts import draw_monthly_revenue, draw_rfm_groups, draw_segment_sizes
from ..charts.cluster_charts import draw_cluster_map
from ..charts.index_bars import draw_index_bars
from ..charts.line_charts import LineSeries, TrendChart, draw_segment_trends
from ..charts.rfm_heatmap import draw_rfm_heatmap
from ..charts.style import LIGHT
from ..words import rfm_group_label
from .report_content import ReportContent

SLIDE = (10.0, 5.625)        # inches: 1500 × 844 pixels at 150 dpi


def file_stem(text: str) -> str:
    """``text`` as a safe file-name part: letters, digits and dashes (Finnish letters kept)."""
    stem = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-_")
    return stem[:40] or "chart"


def slide_charts(content: ReportContent, *, lang: str) -> Iterator[tuple[str, Any]]:
    """(file stem, Figure) for each chart of the report, in the report's order."""
    def figure(draw, data, **extra) -> Any:
        from matplotlib.figure import Figure

        fig = Figure(figsize=SLIDE)
        draw(fig, data, lang=lang, theme=LIGHT, **extra)
        return fig

    o = content.overview
    if o.revenue_by_month:
        yield "revenue-by-month", figure(draw_monthly_revenue, o.revenue_by_month)
    sizes = [(s.segment.name, s.figures.count) for s in content.segments if s.figures is not None]
    if sizes:
        yield "segment-sizes", figure(draw_segment_sizes, sizes)
    for s in content.segments:
        if s.profile is not None and index_chart_rows(s.profile, lang):
            yield f"profile-{file_stem(s.segment.name)}", figure(draw_index_bars, index_chart_rows(s.profile, lang),
                                                                 title=s.segment.name)
    if content.heatmap is not None and content.rfm is not None:
        yield "rfm-grid", figure(draw_rfm_heatmap, content.heatmap)
        yield "rfm-groups", figure(draw_rfm_groups, [(rfm_group_label(g.key, lang), g.count)
                                                     for g in reversed(content.rfm.groups)])
    if content.clusters is not None and content.clusters.map is not None:
        yield "clusters", figure(draw_cluster_map, content.clusters.map)
    history = content.history
    if history is not None and len(history.snapshots) > 1:
        series = [LineSeries(t.name, [(p.as_of, float(p.count)) for p in t.points]) for t in history.trends]
        if len({d for line in series for d, _ in line.points}) > 1:
                yield "segment-sizes-over-time", figure(draw_segment_trends, TrendChart(series, "count"))
