"""The words an export writes for people: the summary sheet's name and headings, in English and Finnish.

``headings="keys"`` keeps the names scripts read (the contract's ``Summary`` and its English
keys, field names over the member columns, a field's stable keys as its values); ``headings="labels"``
(the default) writes the user's language, an RFM group or churn-risk band by its name too.  Each table maps a stable key to ``(English, Finnish)``; the order of
:data:`SUMMARY_COLUMNS` is the contract's column order, new columns only ever appended.
"""
from __future__ import annotations

import pandas as pd

from ..bilingual import in_language
from ..words import churn_risk_label, field_label, rfm_group_label, rfm_no_purchases

HEADINGS = ("labels", "keys")

SUMMARY_SHEET: dict[str, tuple[str, str]] = {"labels": ("Summary", "Yhteenveto"), "keys": ("Summary", "Summary")}

# key (as written with headings=keys) → (English label, Finnish label)
SUMMARY_COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("Segment", "Segmentti"),
    "rule": ("Rule", "Sääntö"),
    "count": ("Members", "Jäseniä"),
    "exported rows": ("Rows written", "Rivejä kirjoitettu"),
    "reachable": ("Reachable by email", "Tavoitettavissa sähköpostilla"),
    "revenue share": ("Share of revenue", "Osuus liikevaihdosta"),
    "left out: do not contact": ("Left out: do-not-contact list", "Pois: älä ota yhteyttä -lista"),
    "left out: opted out": ("Left out: said no to marketing", "Pois: kieltänyt markkinoinnin"),
    "left out: no consent": ("Left out: no marketing consent", "Pois: ei markkinointilupaa"),
    "left out: invalid email": ("Left out: no valid email", "Pois: ei kelvollista sähköpostia"),
    "left out: duplicate": ("Left out: same email earlier", "Pois: sama sähköposti jo aiemmin"),
    "written without consent": ("Written without consent on record", "Kirjoitettu ilman kirjattua lupaa"),
}


_pick = in_language


def summary_sheet_name(headings: str, lang: str) -> str:
    return _pick(SUMMARY_SHEET[headings], lang)


def summary_headings(headings: str, lang: str) -> list[str]:
    if headings == "keys":
        return list(SUMMARY_COLUMNS)
    return [_pick(pair, lang) for pair in SUMMARY_COLUMNS.values()]


def column_headings(fields: list[str], headings: str, lang: str) -> list[str]:
    """The member sheet's header row: field names (``column:`` left off) or their labels."""
    if headings == "keys":
        return [f[len("column:"):] if f.startswith("column:") else f for f in fields]
    return [field_label(f, lang) for f in fields]


KEYED_VALUES = {"rfm_group": rfm_group_label, "churn_risk": churn_risk_label}
"""Fields whose values are stable keys (``champions``, ``high``) with a name in each language."""


def column_values(field: str, values: pd.Series, headings: str, lang: str) -> pd.Series:
    """A member column's values as written: a keyed field's (:data:`KEYED_VALUES`) by their names in
    ``lang`` for people (a customer without RFM: "No purchases yet", as the RFM views say), as keys
    for scripts; other fields as they are."""
    label = KEYED_VALUES.get(field)
    if label is None or headings == "keys":
        return values
    names = {key: label(key, lang) for key in values.dropna().unique()}
    missing = rfm_no_purchases(lang) if field == "rfm_group" else None
    return values.map(names).astype(object).where(values.notna(), missing)
