"""The words on charts (axis labels, legends, messages) in English and Finnish.

Charts are drawn in core, so their words live here rather than in the window's ``.ts`` files;
each key maps to ``(English, Finnish)`` as in :mod:`segmentdesk.core.words`.
"""
from __future__ import annotations

from ..bilingual import in_language

CHART_WORDS: dict[str, tuple[str, str]] = {
    "month": ("Month", "Kuukausi"),
    "revenue": ("Revenue", "Myynti"),
    "customers": ("Customers", "Asiakkaita"),
    "segment": ("Segment", "Segmentti"),
    "snapshot_date": ("Date of import", "Tuontipäivä"),
    "revenue_by_month": ("Revenue by month", "Myynti kuukausittain"),
    "revenue_by_month_last": ("Revenue by month, the last {n} months", "Myynti kuukausittain, viimeiset {n} kuukautta"),
    "segment_sizes": ("Customers per segment", "Asiakkaita segmenteittäin"),
    "rfm_groups": ("Buyers per RFM group", "Ostajia RFM-ryhmittäin"),
    "segment_sizes_over_time": ("Segment sizes over time", "Segmenttien koot ajan mittaan"),
    "segment_revenue_over_time": ("Segment revenue over time", "Segmenttien myynti ajan mittaan"),
    "no_orders": ("No orders to chart yet.", "Ei vielä tilauksia kuvattavaksi."),
    "no_segments": ("No segments yet.", "Ei vielä segmenttejä."),
    "index_axis": ("Index: segment ÷ all customers × 100 (100 = the same)",
                   "Indeksi: segmentti ÷ kaikki asiakkaat × 100 (100 = sama)"),
    "no_differences": ("No value differs from all customers enough to show.",
                       "Mikään arvo ei poikkea kaikista asiakkaista tarpeeksi näytettäväksi."),
    "no_history": ("The history starts with the second import: each import records the segments.",
                   "Historia alkaa toisesta tuonnista: jokainen tuonti tallentaa segmentit."),
}


def chart_word(key: str, lang: str) -> str:
    """The chart word ``key`` in ``lang`` (English for any other language)."""
    return in_language(CHART_WORDS[key], lang)
