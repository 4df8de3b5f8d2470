"""Dates and numbers for people, in the UI's language: one formatter for the window, the command
line's human output and rules in words.

Finnish: ``24.12.1984``, ``2 000``, ``1 234,50 €``, ``12,5 %``.  English: ``1984-12-24``,
``2,000``, ``€1,234.50``, ``12.5%``.  English dates are ISO because the English UI is used by
British and American readers alike, for whom ``04/05/2026`` means different days, and because
segment files and ``--as-of`` already write dates that way.

The Finnish thousands separator is the no-break space U+00A0 (:data:`FI_GROUP`): it is what Qt's
Finnish locale writes (so ``%Ln`` plurals agree), every font has it, and a spreadsheet set to
Finnish reads ``1 234,50`` back as a number.  For the same reason negatives use the plain
hyphen-minus in both languages, not U+2212.  A missing value (None, NaN, ``pd.NA``, ``NaT``)
is the empty string everywhere.  Machine output (JSON, CSV and workbook cells) is never
formatted here.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

FI_GROUP = "\u00a0"           # no-break space: between thousands, before € and %

_SEPARATORS = {"fi": (FI_GROUP, ","), "en": (",", ".")}


def is_missing(value: Any) -> bool:
    """True for None, NaN, ``pd.NA`` and ``NaT`` (without importing pandas)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(value != value)          # NaN-likes, NaT
    except (TypeError, ValueError):           # pd.NA refuses bool(); it is the only one that does here
        return type(value).__name__ == "NAType"


def _lang(lang: str) -> str:
    return lang if lang in _SEPARATORS else "en"


def _grouped(number: float, lang: str, decimals: int) -> str:
    """``number`` with ``decimals`` places, thousands grouped, without a sign."""
    if not math.isfinite(number):
        return "∞"
    group, point = _SEPARATORS[_lang(lang)]
    text = f"{abs(number):,.{decimals}f}"            # "1,234.50": swap in the language's marks
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def _signed(number: float, body: str, text: str | None = None) -> str:
    """``text`` (default ``body``) with a minus when ``number`` is negative and does not round to zero."""
    text = body if text is None else text
    return f"-{text}" if number < 0 and any(c in "123456789∞" for c in body) else text


def format_whole(value: Any, lang: str) -> str:
    """A whole number: ``2 000`` / ``2,000``; a float is rounded half to even like Python's round()."""
    if is_missing(value):
        return ""
    number = float(value)
    return _signed(number, _grouped(round(number) if math.isfinite(number) else number, lang, 0))


def format_decimal(value: Any, lang: str, *, decimals: int | None = None) -> str:
    """A number with ``decimals`` places, or as many as it needs (up to 6) when ``decimals`` is None:
    ``1 234,5`` / ``1,234.5``; a whole float reads as a whole number."""
    if is_missing(value):
        return ""
    number = float(value)
    if decimals is None:
        places = f"{abs(number):.6f}".rstrip("0").split(".")[1]
        decimals = len(places)
    return _signed(number, _grouped(number, lang, decimals))


def format_money(value: Any, lang: str, *, decimals: int = 2) -> str:
    """Euros: ``1 234,50 €`` / ``€1,234.50``; negatives ``-1 234,50 €`` / ``-€1,234.50``."""
    if is_missing(value):
        return ""
    number = float(value)
    body = _grouped(number, lang, decimals)
    text = f"{body}{FI_GROUP}€" if _lang(lang) == "fi" else f"€{body}"
    return _signed(number, body, text)


def format_percent(share: Any, lang: str, *, decimals: int = 1) -> str:
    """A share 0…1 as a percentage: 0.125 → ``12,5 %`` / ``12.5%``."""
    if is_missing(share):
        return ""
    text = format_decimal(float(share) * 100, lang, decimals=decimals)
    return f"{text}{FI_GROUP}%" if _lang(lang) == "fi" else f"{text}%"


def format_date(value: Any, lang: str) -> str:
    """A date: ``24.12.1984`` / ``1984-12-24``; a time of day is dropped.  Takes dates, datetimes,
    pandas Timestamps, numpy datetime64 and ISO ``YYYY-MM-DD`` text (other text is returned as it is)."""
    if is_missing(value):
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    if isinstance(value, np.datetime64):
        value = value.astype("datetime64[D]").item()
    day = value.date() if isinstance(value, dt.datetime) else value     # Timestamp is a datetime
    if _lang(lang) == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


@dataclass(frozen=True)
class Formats:
    """The formatter bound to one language, for callers that format many values."""

    lang: str

    def whole(self, value: Any) -> str:
        return format_whole(value, self.lang)

    def decimal(self, value: Any, *, decimals: int | None = None) -> str:
        return format_decimal(value, self.lang, decimals=decimals)

    def money(self, value: Any, *, decimals: int = 2) -> str:
        return format_money(value, self.lang, decimals=decimals)

    def percent(self, share: Any, *, decimals: int = 1) -> str:
        return format_percent(share, self.lang, decimals=decimals)

    def date(self, value: Any) -> str:
        return format_date(value, self.lang)
