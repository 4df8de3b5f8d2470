"""The client report's pages: cover, the shop and its segments at a glance, each segment's profile and
persona card, RFM, clusters, history and the method, laid out by :mod:`.page_layout`.

Charts are the window's own drawing functions; words come from the report's table and the tables of
profiles, RFM groups, clusters and history, numbers from :mod:`segmentdesk.core.formats`.
"""
from __future__ import annotations

from ..analytics.history_words import flow_sentence
from ..analytics.profile_words import (defined_note, highlight_sentence, index_chart_rows, key_figure_row,
                                       no_highlights_text, table_word)
from ..analytics.validation_words import warning_sentence
from ..charts.bar_charts import draw_monthly_revenue, draw_segment_sizes
from ..charts.cluster_charts import draw_cluster_map
from ..charts.index_bars import draw_index_bars
from ..charts.line_charts import LineSeries, TrendChart, draw_segment_trends
from ..charts.rfm_heatmap import draw_rfm_heatmap
from ..charts.style import LIGHT
from ..data.rfm_summary import gap_notes
from ..formats import format_date, format_money, format_percent, format_whole
from ..words import field_label, rfm_group_description, rfm_group_label
from .page_layout import BODY, MUTED, SMALL, Document
from .report_content import ReportContent, SegmentSection
from .report_rules import rule_in_words
from .report_words import method_sections, report_word

CONTENTS_SEGMENTS = 15      # more segments than this are one "Segments" line in the contents


def build_document(content: ReportContent, *, lang: str, version: str, demo: bool) -> Document:
    """The report as a :class:`Document` of pages in ``lang``."""
    w = lambda key: report_word(key, lang)          # noqa: E731 - the one word table of these pages
    title = content.title or w("title")
    doc = Document(lang=lang, theme=LIGHT,
                   footer=lambda n, total: f"{title} · {w('page').format(n=n, total=total)}")
    _cover(doc, content, lang=lang, version=version, demo=demo)
    _shop(doc, content, lang=lang)
    for section in content.segments:
        _segment(doc, section, content, lang=lang)
    _rfm(doc, content, lang=lang)
    _clusters(doc, content, lang=lang)
    _history(doc, content, lang=lang)
    doc.new_page()
    doc.heading(w("method"), anchor="method")
    for heading, text in method_sections(lang):
        doc.heading(heading, level=2)
        doc.paragraph(text)
    return doc


def _cover(doc: Document, c: ReportContent, *, lang: str, version: str, demo: bool) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    doc.space(1.2)
    doc.heading(c.title or w("title"), level=0)
    doc.paragraph(w("subtitle") + (" · " + w("title") if c.title else ""), size=14, color=MUTED, after=0.5)
    if demo:
        doc.paragraph(w("demo"), size=12, bold=True, color="#B04A00", after=0.3)
    doc.heading(w("sources"), level=2)
    lines = []
    if "customers" in c.sources:
        lines.append(w("source_customers").format(name=c.sources["customers"]))
    if "orders" in c.sources:
        lines.append(w("source_orders").format(name=c.sources["orders"]))
    for line in lines or [w("no_sources")]:
        doc.paragraph(line, after=0.02)
    if c.imported is not None:
        doc.paragraph(w("imported").format(date=format_date(c.imported, lang)), after=0.02)
    if c.latest_order is not None:
        doc.paragraph(w("latest_order").format(date=format_date(c.latest_order, lang)), after=0.02)
    doc.paragraph(w("as_of").format(date=format_date(c.as_of, lang)), after=0.3)
    doc.heading(w("contents"), level=2)
    doc.contents(_contents(c, lang))
    doc.space(0.3)
    doc.paragraph(w("aggregates"), size=SMALL, color=MUTED)
    doc.paragraph(w("made_with").format(version=version), size=SMALL, color=MUTED)
    doc.new_page()


def _contents(c: ReportContent, lang: str) -> list[tuple[str, str]]:
    """The cover's contents: every section, each segment by name while the list stays short."""
    w = lambda key: report_word(key, lang)          # noqa: E731
    entries = [(w("shop"), "shop"), (w("overview"), "overview")]
    if len(c.segments) <= CONTENTS_SEGMENTS:
        entries += [(w("segment").format(name=s.segment.name), f"segment:{s.segment.name}") for s in c.segments]
    elif c.segments:
        entries.append((w("segments"), f"segment:{c.segments[0].segment.name}"))
    entries += [(w("rfm"), "rfm"), (w("clusters"), "clusters")]
    if c.history is not None:
        entries.append((w("history"), "history"))
    return entries + [(w("method"), "method")]


def _shop(doc: Document, c: ReportContent, *, lang: str) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    o = c.overview
    doc.heading(w("shop"), anchor="shop")
    rows = [[w("customers"), format_whole(o.customers, lang)],
            [w("buyers"), format_whole(o.buyers, lang)],
            [w("reachable"), format_whole(o.reachable, lang)],
            [w("orders"), format_whole(o.orders, lang)],
            [w("revenue"), format_money(o.revenue, lang, decimals=0)]]
    if o.avg_order_value is not None:
        rows.append([w("avg_order"), format_money(o.avg_order_value, lang)])
    doc.table(None, rows, widths=[3, 2], right=[False, True])
    if o.revenue_by_month:
        doc.chart(draw_monthly_revenue, o.revenue_by_month, height=2.5)
    doc.space(0.2)
    doc.heading(w("overview"), anchor="overview")
    if not c.segments:
        doc.paragraph(w("no_segments"))
        return
    rows = []
    for s in c.segments:
        f = s.figures
        if f is None:
            rows.append([s.segment.name, "–", "–", "–", "–"])
            continue
        rows.append([s.segment.name, format_whole(f.count, lang), format_percent(f.share, lang),
                     format_whole(f.reachable, lang), format_percent(f.revenue_share, lang)])
    doc.table([w("col_segment"), w("col_customers"), w("col_share"), w("col_reachable"), w("col_revenue_share")],
              rows, widths=[2.5, 1.4, 1.5, 1.8, 1.9], right=[False, True, True, True, True])
    doc.paragraph(w("overlap_note"), size=SMALL, color=MUTED)
    sizes = [(s.segment.name, s.figures.count) for s in c.segments if s.figures is not None]
    if sizes:
        doc.chart(draw_segment_sizes, sizes, height=min(4.2, 1.0 + 0.3 * len(sizes)))
    overall = [x for x in c.warnings if x.segment is None]
    if overall:
        doc.heading(table_word("warnings", lang), level=2)
        for x in overall:
            doc.paragraph("• " + warning_sentence(x, lang))


def _segment(doc: Document, s: SegmentSection, c: ReportContent, *, lang: str) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    doc.new_page()
    doc.heading(w("segment").format(name=s.segment.name), anchor=f"segment:{s.segment.name}")
    doc.heading(w("rule"), level=2)
    doc.paragraph(rule_in_words(s.segment.rule, lang, c.personal))
    if s.profile is None:
        doc.paragraph(w("unanswerable").format(reason=s.problem or ""), color="#B00020")
        return
    p = s.profile
    doc.heading(w("key_figures"), level=2)
    rows = [list(key_figure_row(f, lang)) for f in p.key_figures]
    doc.table(["", s.segment.name, table_word("all", lang), table_word("index", lang)], rows,
              widths=[3.2, 1.6, 1.6, 0.9], right=[False, True, True, True])
    persona = s.segment.persona
    if persona:                         # its figures are the table's above: the card holds the user's words
        doc.heading(w("persona"), level=2)
        doc.card(persona.name or s.segment.name, persona.text.splitlines())
    doc.heading(table_word("highlights", lang), level=2)
    sentences = [highlight_sentence(h, lang) for h in p.highlights]
    for line in sentences or [no_highlights_text(p, lang)]:
        doc.paragraph(("• " + line) if sentences else line)
    defined = defined_note(p, lang)
    if defined:
        doc.paragraph(defined, size=SMALL, color=MUTED)
    chart_rows = index_chart_rows(p, lang)
    if chart_rows:
        doc.heading(w("differences"), level=2)
        doc.paragraph(table_word("index_note", lang), size=SMALL, color=MUTED, keep_with_next=True)
        doc.chart(lambda fig, rows, *, lang, theme: draw_index_bars(fig, rows, lang=lang, theme=theme,
                                                                    title=w("differences_title")),
                  chart_rows, height=min(3.3, 1.0 + 0.2 * len(chart_rows)),
                  least=min(2.4, 0.9 + 0.13 * len(chart_rows)))
    checks = [x for x in c.warnings if x.segment is not None and s.segment.name in (x.segment, x.other)]
    if checks:
        doc.heading(table_word("warnings", lang), level=2)
        for x in checks:
            doc.paragraph("• " + warning_sentence(x, lang, current=s.segment.name))


def _rfm(doc: Document, c: ReportContent, *, lang: str) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    doc.new_page()
    doc.heading(w("rfm"), anchor="rfm")
    if c.rfm is None or c.heatmap is None:
        doc.paragraph(w("rfm_none"))
        return
    rows = [[rfm_group_label(g.key, lang), format_whole(g.count, lang), format_percent(g.revenue_share, lang),
             rfm_group_description(g.key, lang)] for g in reversed(c.rfm.groups)]
    rows.append([w("no_purchases"), format_whole(c.rfm.no_purchases, lang),
                 format_percent(c.rfm.no_purchases_revenue_share, lang), ""])
    doc.table([w("col_group"), w("col_customers"), w("col_revenue_share"), w("col_what")], rows,
              widths=[1.9, 1.3, 1.6, 4.6], right=[False, True, True, False], size=8.0)
    doc.chart(draw_rfm_heatmap, c.heatmap, height=4.6)
    for note in gap_notes(c.rfm, lang):        # an empty row or column of the grid is no mistake
        doc.paragraph(note, size=SMALL, color=MUTED)


def _clusters(doc: Document, c: ReportContent, *, lang: str) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    doc.new_page()
    doc.heading(w("clusters"), anchor="clusters")
    k = c.clusters
    if k is None:
        doc.paragraph(w("clusters_none"))
        return
    fields = ", ".join(field_label(f, lang) for f in k.run.fields)
    doc.paragraph(w("clusters_made").format(k=k.run.k, date=format_date(k.run.made_at, lang), fields=fields))
    total = sum(k.sizes)
    rows = [[str(i + 1), name, format_whole(size, lang), format_percent(size / total if total else 0, lang), words]
            for i, (name, size, words) in enumerate(zip(k.names, k.sizes, k.descriptions))]
    doc.table(["#", w("col_cluster"), w("col_customers"), w("col_share"), w("col_described")], rows,
              widths=[0.4, 2.0, 1.4, 1.3, 4.3], right=[True, False, True, True, False])
    if k.outside:
        doc.paragraph(w("clusters_outside").format(n=format_whole(k.outside, lang)), size=SMALL, color=MUTED)
    if k.map is not None:
        doc.chart(draw_cluster_map, k.map, height=5.0)


def _history(doc: Document, c: ReportContent, *, lang: str) -> None:
    w = lambda key: report_word(key, lang)          # noqa: E731
    h = c.history
    if h is None:
        return
    if len(h.snapshots) < 2:            # one line: it follows the clusters rather than taking a page
        doc.space(0.3)
        doc.heading(w("history"), anchor="history")
        doc.paragraph(w("history_one"))
        return
    doc.new_page()
    doc.heading(w("history"), anchor="history")
    series = [LineSeries(t.name, [(p.as_of, float(p.count)) for p in t.points]) for t in h.trends]
    if len({d for line in series for d, _ in line.points}) > 1:      # else the chart would only say so
        doc.chart(draw_segment_trends, TrendChart(series, "count"), height=3.4)
    if h.pair is not None:
        a, b = (format_date(i.as_of, lang) for i in h.pair)
        doc.heading(w("history_moves").format(a=a, b=b), level=2)
        for line in [flow_sentence(f, lang) for f in h.flows] or [w("nobody_moved")]:
            doc.paragraph("• " + line, size=BODY)
