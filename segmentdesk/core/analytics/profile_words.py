"""The words of profiles, comparisons and segment checks in English and Finnish, for the window,
the command line and reports alike (the catalogue :mod:`...words` holds the field names).

A strong difference reads as a sentence: "2.3× as likely to live in Uusimaa" / "Asuu 2,3 kertaa
useammin maakunnassa Uusimaa"; a weaker one ("0.4×") as "2.5× less likely …" / "… harvemmin …",
so a reader never has to divide.  Numbers come from :mod:`...formats`.
"""
from __future__ import annotations

from ..bilingual import in_language
from ..formats import format_decimal, format_money, format_percent, format_whole
from .profile import Highlight, KeyFigure, Profile, strongest_rows

DIMENSION_LABELS: dict[str, tuple[str, str]] = {
    "age_band": ("Age", "Ikä"),
    "gender": ("Gender", "Sukupuoli"),
    "industry": ("Industry", "Toimiala"),
    "staff_band": ("Staff", "Henkilöstö"),
    "turnover_band": ("Turnover", "Liikevaihto"),
    "region": ("Region", "Maakunta"),
    "city": ("City", "Paikkakunta"),
    "interests": ("Interests", "Kiinnostuksen kohteet"),
    "categories": ("Categories bought", "Ostetut tuoteryhmät"),
}

KEY_FIGURE_LABELS: dict[str, tuple[str, str]] = {
    "size": ("Customers", "Asiakkaita"),
    "reachable": ("Reachable by email", "Tavoitettavissa sähköpostilla"),
    "revenue_share": ("Share of revenue", "Osuus liikevaihdosta"),
    "avg_order_value": ("Average order", "Keskiostos"),
    "order_frequency": ("Orders per customer", "Tilauksia asiakasta kohden"),
    "days_since_last_order": ("Days since last order (median)", "Päiviä viime tilauksesta (mediaani)"),
}

# Headings of a profile or comparison table, and its parts.
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "all": ("All customers", "Kaikki asiakkaat"),
    "index": ("Index", "Indeksi"),
    "segment": ("Segment", "Segmentti"),
    "highlights": ("What stands out", "Mikä erottuu"),
    "persona": ("Persona", "Persona"),
    "no_highlights": ("No strong differences from all customers.", "Ei selviä eroja kaikkiin asiakkaisiin."),
    "no_sure_highlights": ("None of the differences in the chart is clear enough to rule out chance.",
                           "Mikään kaavion eroista ei ole niin selvä, ettei se voisi olla sattumaa."),
    "warnings": ("Checks", "Tarkistukset"),
    "no_warnings": ("No warnings.", "Ei huomautettavaa."),
    "known": ("{n} with a value", "{n} tiedossa"),
    "defined_by": ("Left out as the segment's rule chooses by them: {keys}.",
                   "Jätetty pois, koska segmentin sääntö valitsee niiden perusteella: {keys}."),
    "index_note": ("Index: the segment's share ÷ all customers' share × 100 (100 = the same as all customers).",
                   "Indeksi: segmentin osuus ÷ kaikkien asiakkaiden osuus × 100 (100 = sama kuin kaikilla)."),
}

AGE_BAND_LABELS: dict[str, tuple[str, str]] = {
    "under_18": ("under 18", "alle 18"),
    "18_24": ("18–24", "18–24"),
    "25_34": ("25–34", "25–34"),
    "35_44": ("35–44", "35–44"),
    "45_54": ("45–54", "45–54"),
    "55_64": ("55–64", "55–64"),
    "65_plus": ("65 and over", "65 ja yli"),
}

# {r}: the ratio ("2.3"), {v}: the value.  (more, less) per language.
_DIMENSION_SENTENCES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "age_band": (("{r}× as likely to be aged {v}", "{r}× less likely to be aged {v}"),
                 ("{r} kertaa useammin iältään {v}", "{r} kertaa harvemmin iältään {v}")),
    "gender": (("{r}× as likely to have gender {v}", "{r}× less likely to have gender {v}"),
               ("{r} kertaa useammin sukupuoleltaan {v}", "{r} kertaa harvemmin sukupuoleltaan {v}")),
    "industry": (("{r}× as likely to be in {v}", "{r}× less likely to be in {v}"),
                 ("Toimialalla {v} {r} kertaa useammin", "Toimialalla {v} {r} kertaa harvemmin")),
    "staff_band": (("{r}× as likely to have a staff of {v}", "{r}× less likely to have a staff of {v}"),
                   ("Henkilöstöä {v} {r} kertaa useammin", "Henkilöstöä {v} {r} kertaa harvemmin")),
    "turnover_band": (("{r}× as likely to have a turnover of {v}", "{r}× less likely to have a turnover of {v}"),
                      ("Liikevaihto {v} {r} kertaa useammin", "Liikevaihto {v} {r} kertaa harvemmin")),
    "region": (("{r}× as likely to live in {v}", "{r}× less likely to live in {v}"),
               ("Asuu {r} kertaa useammin maakunnassa {v}", "Asuu {r} kertaa harvemmin maakunnassa {v}")),
    "city": (("{r}× as likely to live in {v}", "{r}× less likely to live in {v}"),
             ("Asuu {r} kertaa useammin paikkakunnalla {v}", "Asuu {r} kertaa harvemmin paikkakunnalla {v}")),
    "interests": (("{r}× as likely to be interested in {v}", "{r}× less likely to be interested in {v}"),
                  ("Kiinnostunut {r} kertaa useammin aiheesta {v}",
                   "Kiinnostunut {r} kertaa harvemmin aiheesta {v}")),
    "categories": (("{r}× as likely to buy {v}", "{r}× less likely to buy {v}"),
                   ("Ostaa {r} kertaa useammin tuoteryhmästä {v}", "Ostaa {r} kertaa harvemmin tuoteryhmästä {v}")),
}

# {r}: the ratio, {s}/{a}: the segment's and all customers' value, formatted.
_FIGURE_SENTENCES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "avg_order_value": (("Average order {r}× that of all customers ({s} vs {a})",
                         "Average order {r}× smaller than all customers' ({s} vs {a})"),
                        ("Keskiostos {r}-kertainen kaikkiin asiakkaisiin verrattuna ({s} / {a})",
                         "Keskiostos {r} kertaa pienempi kuin kaikilla asiakkailla ({s} / {a})")),
    "order_frequency": (("Orders {r}× as often as all customers ({s} vs {a} orders each)",
                         "Orders {r}× less often than all customers ({s} vs {a} orders each)"),
                        ("Tilaa {r} kertaa useammin kuin asiakkaat keskimäärin ({s} / {a} tilausta)",
                         "Tilaa {r} kertaa harvemmin kuin asiakkaat keskimäärin ({s} / {a} tilausta)")),
    "reachable": (("{r}× as often reachable by email ({s} vs {a})",
                   "{r}× less often reachable by email ({s} vs {a})"),
                  ("Tavoitettavissa sähköpostilla {r} kertaa useammin ({s} / {a})",
                   "Tavoitettavissa sähköpostilla {r} kertaa harvemmin ({s} / {a})")),
    # Fewer days is more recent: the "more" sentence is for the longer wait; told in days, not as a ratio.
    "days_since_last_order": (("Last ordered longer ago: typically {s} days ago, all customers {a}",
                               "Last ordered more recently: typically {s} days ago, all customers {a}"),
                              ("Tilannut viimeksi kauemmin sitten: tyypillisesti {s} päivää sitten, "
                               "kaikki asiakkaat {a}",
                               "Tilannut viimeksi tuoreemmin: tyypillisesti {s} päivää sitten, kaikki asiakkaat {a}")),
}


_pick = in_language


def table_word(key: str, lang: str = "en") -> str:
    return _pick(TABLE_WORDS[key], lang)


def dimension_label(key: str, lang: str = "en") -> str:
    return _pick(DIMENSION_LABELS.get(key, (key, key)), lang)


def key_figure_label(key: str, lang: str = "en") -> str:
    return _pick(KEY_FIGURE_LABELS.get(key, (key, key)), lang)


def value_label(dimension: str, value: str, lang: str = "en") -> str:
    """A dimension's value for people: an age band's key in words, anything else as written."""
    if dimension == "age_band":
        return _pick(AGE_BAND_LABELS.get(value, (value, value)), lang)
    return value


def ratio_words(index: float, lang: str = "en") -> tuple[str, bool]:
    """The index as a ratio a reader does not have to divide: ``("2.3", True)`` for 230,
    ``("2.5", False)`` for 40 (2.5× less)."""
    more = index >= 100
    ratio = index / 100 if more else 100 / index
    return format_decimal(ratio, lang, decimals=1), more


def figure_value(key: str, value: float | None, lang: str = "en") -> str:
    """A key figure's value formatted for its kind (money, a share, a count, days)."""
    if value is None:
        return "–"
    if key == "avg_order_value":
        return format_money(value, lang)
    if key in ("reachable", "revenue_share"):
        return format_percent(value, lang)
    if key == "order_frequency":
        return format_decimal(value, lang, decimals=1)
    return format_whole(value, lang)


def index_words(index: float | None, lang: str = "en") -> str:
    """An index as shown in tables: ``230``; a dash where there is none."""
    return "–" if index is None else format_whole(index, lang)


def highlight_sentence(h: Highlight, lang: str = "en") -> str:
    """One strong difference in words (see the module's docstring)."""
    r, more = ratio_words(h.index, lang)
    fi = lang == "fi"
    if h.value is not None:
        templates = _DIMENSION_SENTENCES.get(h.key)
        if templates is None:
            return f"{dimension_label(h.key, lang)}: {h.value} ({index_words(h.index, lang)})"
        text = templates[1 if fi else 0][0 if more else 1]
        return text.format(r=r, v=value_label(h.key, h.value, lang))
    templates = _FIGURE_SENTENCES[h.key]
    text = templates[1 if fi else 0][0 if more else 1]
    return text.format(r=r, s=figure_value(h.key, h.segment, lang), a=figure_value(h.key, h.all, lang))


def key_figure_row(f: KeyFigure, lang: str = "en") -> tuple[str, str, str, str]:
    """(label, segment, all customers, index) as text, for tables; ``size`` shows counts and no index."""
    return (key_figure_label(f.key, lang), figure_value(f.key, f.segment, lang),
            figure_value(f.key, f.all, lang), index_words(f.index, lang))


def no_highlights_text(profile: Profile, lang: str = "en") -> str:
    """What to say where a profile has no sentence: beside a chart of differences, that none of them is
    sure (rather than "no strong differences" under bars of 300), else that there are none."""
    return table_word("no_sure_highlights" if strongest_rows(profile) else "no_highlights", lang)


def defined_note(profile: Profile, lang: str = "en") -> str:
    """What the profile leaves out of its sentences and chart because the rule decides it, in a
    sentence ("" when nothing): the reader should not wonder where "lives in Uusimaa" went."""
    if not profile.defined_by:
        return ""
    labels = [(dimension_label(k, lang) if k in DIMENSION_LABELS else key_figure_label(k, lang))
              for k in profile.defined_by]
    return table_word("defined_by", lang).format(keys=", ".join(t[:1].lower() + t[1:] for t in labels))


def index_chart_rows(profile: Profile, lang: str = "en") -> list[tuple[str, float]]:
    """The values that differ most (:func:`.profile.strongest_rows`) as ``("Region: Uusimaa", 275)``."""
    return [(f"{dimension_label(key, lang)}: {value_label(key, row.value, lang)}", row.index)
            for key, row in strongest_rows(profile)]
