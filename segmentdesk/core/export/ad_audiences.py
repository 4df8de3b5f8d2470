"""Customer lists for ad platforms (Meta Custom Audience, Google Ads Customer Match): normalised, optionally hashed here.

The platforms match people by their contact details after normalising them their own way
(:mod:`.presets` cites their pages): emails trimmed and lower-cased, phones with the country code
(Google E.164 ``+358401234567``; Meta its digits ``358401234567``), names trimmed and lower-cased,
countries as two-letter ISO codes (a Finnish shop's customer without one is in Finland).  With
``hashed`` each identifier is replaced here by the SHA-256 hex digest of its normalised form, so no
address leaves the computer readable; Google wants Country and Zip unhashed.
"""
from __future__ import annotations

import hashlib
import re

import pandas as pd

from .phone_numbers import international_phone
from .presets import CsvLayout
from .safe_text import clean_text, csv_safe

DEFAULT_COUNTRY = "fi"
# Country names a Finnish shop's file may hold, by their two-letter ISO 3166-1 code.
_COUNTRY_NAMES = {
    "fi": ("suomi", "finland", "fin"), "se": ("ruotsi", "sweden", "sverige", "swe"),
    "ee": ("viro", "eesti", "estonia", "est"), "no": ("norja", "norway", "norge", "nor"),
    "dk": ("tanska", "denmark", "danmark", "dnk"), "de": ("saksa", "germany", "deutschland", "deu"),
    "gb": ("iso-britannia", "united kingdom", "uk", "gbr"), "us": ("yhdysvallat", "united states", "usa"),
}
_BY_NAME = {name: code for code, names in _COUNTRY_NAMES.items() for name in names}
_NOT_CITY_LETTERS = re.compile(r"[\W\d_]+")
UNHASHED = {"google-ads": ("country", "postal_code")}


def country_code(value: object) -> str:
    """A country as its lower-case two-letter code: missing is :data:`DEFAULT_COUNTRY`, unknown is empty."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return DEFAULT_COUNTRY
    text = str(value).strip().lower()
    if not text:
        return DEFAULT_COUNTRY
    if len(text) == 2 and text.isalpha():
        return text
    return _BY_NAME.get(text, "")


def normalised(field: str, value: object, layout: CsvLayout) -> str:
    """``value`` of ``field`` as ``layout``'s platform matches it (empty when it cannot be used)."""
    if field == "country":
        return country_code(value)
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    text = clean_text(str(value)).strip()
    if field == "phone":
        e164 = international_phone(text)
        if e164 is None:
            return ""
        return e164 if layout.tool == "google-ads" else e164[1:]
    if field == "city":
        return _NOT_CITY_LETTERS.sub("", text.lower())
    if field == "postal_code":
        return text.replace(" ", "").lower()
    return text.lower()                       # email (already trimmed and lower-cased), first and last name


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else ""


def ad_fields(layout: CsvLayout, available: list[str]) -> list[str]:
    """The identifier fields a file of ``layout`` carries: its headers' fields the data has (country always)."""
    return [f for f in layout.contact_headers if f in available or f == "country"]


def ad_table(frame: pd.DataFrame, layout: CsvLayout, *, hashed: bool) -> list[list[str]]:
    """The header and rows of an ad platform's file from :func:`.members.select_rows`'s ``frame``."""
    fields = ad_fields(layout, list(frame.columns))
    keep_plain = UNHASHED.get(layout.tool, ())
    columns = []
    for f in fields:
        values = frame[f] if f in frame.columns else pd.Series([None] * len(frame), dtype=object)
        texts = [normalised(f, v, layout) for v in values]
        if hashed and f not in keep_plain:
            texts = [sha256(t) for t in texts]
        columns.append([csv_safe(t) for t in texts])
    return [[layout.contact_headers[f] for f in fields], *(list(row) for row in zip(*columns))]
