"""Turning raw cells into typed columns: text, numbers, dates and yes/no.

Every parser works on the column's distinct values once and maps the answers back,
because customer files repeat values a lot (dates, cities, yes/no) and parsing is the
slow part of an import.
"""
from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

TRUE_WORDS = {"kyllä", "kylla", "k", "yes", "y", "true", "tosi", "1", "x", "ja", "on", "✓", "sallittu",
              "subscribed", "opted in", "opt-in", "accepts_marketing"}
FALSE_WORDS = {"ei", "e", "no", "n", "false", "epätosi", "0", "nej", "off", "-", "kielletty",
               "unsubscribed", "not subscribed", "opted out", "opt-out"}

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_NUMBER_JUNK = re.compile(r"[€$£%\s\u00a0\u202f]|eur\b", re.IGNORECASE)
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\S*)?$")
_ASCII_SPACES = np.frombuffer(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f", dtype=np.uint8)
TWO_DIGIT_YEAR_PIVOT = 30   # "1.2.29" is 2029, "1.2.31" is 1931
# The hash table a factorisation starts with for a column whose values repeat (dates, amounts,
# yes/no, categories, an order file's customer numbers).  pandas otherwise sizes it for one value
# a row — 256 MB beside ten million cells of a few hundred values; it grows where there are more.
REPEATS_HINT = 1 << 16


def _distinct_map(col: pd.Series, parse, *, dtype: str = "object") -> pd.Series:
    """Apply ``parse`` to each distinct non-missing value once and spread the answers by code.

    The answers are typed (``dtype``) before they are spread, so a million cells never pass
    through Python objects: only the few thousand distinct values do.
    """
    codes, uniques = pd.factorize(col, use_na_sentinel=True, size_hint=REPEATS_HINT)
    parsed = [parse(u) for u in uniques] + [None]          # the last answer is code -1: an empty cell
    if dtype == "datetime64[ns]":
        answers = pd.to_datetime(pd.Series(parsed, dtype=object), errors="coerce").to_numpy(dtype="datetime64[ns]")
    elif dtype == "float64":
        answers = np.array([np.nan if v is None else v for v in parsed], dtype="float64")
    else:
        answers = np.empty(len(parsed), dtype=object)
        answers[:] = parsed
    return pd.Series(answers[codes], index=col.index, dtype=dtype)


def needs_trim(values: np.ndarray) -> bool:
    """Whether any of the strings is empty or starts or ends with whitespace.

    The values are joined into UTF-8 bytes with NUL between them and only the bytes next to
    a NUL are looked at, so a column of a million distinct order numbers is checked in
    milliseconds instead of trimmed one by one; values whose edge byte may begin or end a
    non-ASCII space (no-break space…) are checked with ``str.strip`` one by one.
    """
    data = np.frombuffer(b"\x00" + "\x00".join(values).encode("utf-8", "surrogatepass") + b"\x00", dtype=np.uint8)
    bounds = np.flatnonzero(data == 0)
    if (np.diff(bounds) == 1).any():
        return True                                  # an empty value
    first, last = data[bounds[:-1] + 1], data[bounds[1:] - 1]
    if np.isin(first, _ASCII_SPACES).any() or np.isin(last, _ASCII_SPACES).any():
        return True
    maybe = np.flatnonzero((first >= 0x80) | (last >= 0x80))
    return any(values[i] != values[i].strip() for i in maybe)


def to_text(col: pd.Series, *, repeated: bool = False) -> pd.Series:
    """Cells as trimmed text (``None`` where empty); whole floats lose their ``.0``.

    ``repeated``: the column repeats its values many times (an order file's customer numbers),
    so each distinct text is made one shared object whatever the file's reader made of it
    (a tenth of the memory at ten orders a customer).
    """
    if pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty"):
        # All text already (every CSV column): nothing to do when one pass over the values
        # finds nothing to trim (customer and order numbers: a million distinct values);
        # else trim each distinct value once.
        values = col.to_numpy(dtype=object)
        missing = pd.isna(values)
        if not repeated and not needs_trim(values[~missing]):
            out = values.copy()
            out[missing] = None
            return pd.Series(out, index=col.index, dtype=object)
        codes, uniques = pd.factorize(col, use_na_sentinel=True, size_hint=REPEATS_HINT if repeated else None)
        uniques = np.asarray(uniques, dtype=object)
        if len(uniques) and needs_trim(uniques):
            uniques = np.array([u.strip() or None for u in uniques] or [None], dtype=object)
        if repeated:
            # New objects for the distinct values: the reader's strings (one a row) then all go, and
            # with them whole blocks of memory, instead of each kept tenth pinning its block.
            uniques = np.array([None if u is None else u.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
                                for u in uniques], dtype=object)
        return pd.Series(np.append(uniques, None)[codes], index=col.index, dtype=object)
    def parse(v: object) -> str | None:
        if isinstance(v, float):
            text = str(int(v)) if v.is_integer() else repr(v)
        elif isinstance(v, (dt.datetime, pd.Timestamp)):
            text = v.date().isoformat() if (v.hour, v.minute, v.second) == (0, 0, 0) else v.isoformat(" ")
        elif isinstance(v, dt.date):
            text = v.isoformat()
        elif isinstance(v, bool):
            text = "TRUE" if v else "FALSE"
        else:
            text = str(v).strip()
        return text or None
    return _distinct_map(col, parse).astype(object)


def _number_decimal(values: list[str]) -> str:
    """Decide the decimal mark of a column of number strings from all its values."""
    comma_decimal = dot_decimal = 0
    for v in values:
        v = _NUMBER_JUNK.sub("", v)        # "12.50 €" decides like "12.50"
        if "," in v and "." in v:
            if v.rfind(",") > v.rfind("."):
                comma_decimal += 1
            else:
                dot_decimal += 1
        elif "," in v:
            # "1,234" could be a thousand; Finnish files write that "1 234", so a lone comma is decimal
            comma_decimal += 1
        elif re.fullmatch(r"-?\d+\.\d{1,2}", v) or re.search(r"\.\d{4,}$", v):
            dot_decimal += 1
    return "," if comma_decimal >= dot_decimal else "."


def _parse_number(text: str, decimal: str) -> float:
    t = _NUMBER_JUNK.sub("", text)
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()").replace("\u2212", "-")
    if decimal == ",":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    if t.endswith("-") and t[:-1].replace(".", "", 1).isdigit():
        t = "-" + t[:-1]          # "12,50-" is how some cash registers print a refund
    try:
        value = float(t)
    except ValueError:
        return np.nan
    return -value if negative else value


def to_number(col: pd.Series) -> pd.Series:
    """Cells as float64 (NaN where empty or not a number); decimal comma or dot per column."""
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        return col.astype("float64")
    strings = [v for v in pd.unique(col.dropna().to_numpy(dtype=object)) if isinstance(v, str)]
    decimal = _number_decimal([s.strip() for s in strings[:5000]]) if strings else "."

    def parse(v: object) -> float:
        if isinstance(v, bool):
            return float(v)
        if isinstance(v, (int, float, np.integer, np.floating)):
            return float(v)
        if isinstance(v, str):
            return _parse_number(v, decimal)
        return np.nan
    return _distinct_map(col, parse, dtype="float64")


def _day_first(strings: list[str]) -> bool:
    """Slash dates: month-first only when some value cannot be day-first."""
    for s in strings:
        m = _DMY.match(s)
        if m and "/" in s:
            first, second = int(m.group(1)), int(m.group(2))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    return True


def _parse_date(v: object, day_first: bool) -> pd.Timestamp | None:
    if isinstance(v, (dt.datetime, pd.Timestamp)):
        return pd.Timestamp(v)
    if isinstance(v, dt.date):
        return pd.Timestamp(v)
    if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool):
        # An Excel serial day number; 60 is Excel's phantom 29.2.1900, serials before it are rare.
        if 1 <= v < 2_958_466:
            return _EXCEL_EPOCH + pd.Timedelta(days=float(v))
        return None
    if not isinstance(v, str):
        return None
    s = v.strip()
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hh, mm, ss = (int(g) if g else 0 for g in m.group(4, 5, 6))
    else:
        m = _DMY.match(s)
        if not m:
            return None
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d, mo = (a, b) if (day_first or "/" not in s) else (b, a)
        if len(m.group(3)) == 2:
            y += 2000 if y <= TWO_DIGIT_YEAR_PIVOT else 1900
        hh, mm, ss = (int(g) if g else 0 for g in m.group(4, 5, 6))
    try:
        return pd.Timestamp(year=y, month=mo, day=d, hour=hh, minute=mm, second=ss)
    except ValueError:
        return None


def to_date(col: pd.Series) -> pd.Series:
    """Cells as datetime64 (NaT where empty or not a date)."""
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return col.dt.tz_localize(None).astype("datetime64[ns]") if col.dt.tz is not None \
            else col.astype("datetime64[ns]")
    strings = [v.strip() for v in pd.unique(col.dropna().to_numpy(dtype=object))[:5000] if isinstance(v, str)]
    day_first = _day_first(strings)
    return _distinct_map(col, lambda v: _parse_date(v, day_first), dtype="datetime64[ns]")


def to_bool(col: pd.Series) -> pd.Series:
    """Cells as a nullable boolean: yes-words True, no-words False, anything else missing."""
    def parse(v: object) -> bool | None:
        if isinstance(v, bool):
            return v
        if isinstance(v, (int, float, np.integer, np.floating)):
            return bool(v) if v in (0, 1) else None
        if isinstance(v, (dt.date, dt.datetime)):
            return True   # a consent date means consent was given
        word = str(v).strip().casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        return None
    codes, uniques = pd.factorize(col, use_na_sentinel=True, size_hint=REPEATS_HINT)
    answers = [parse(u) for u in uniques] + [None]          # the last answer is code -1: an empty cell
    known = np.array([a is not None for a in answers])[codes]
    truth = np.array([bool(a) for a in answers])[codes]
    return pd.Series(pd.arrays.BooleanArray(truth, ~known), index=col.index)


def share_parsed(raw: pd.Series, typed: pd.Series) -> float:
    """Share of the non-empty raw cells that the typed column could represent."""
    present = raw.notna().sum()
    return 1.0 if present == 0 else float(typed.notna().sum()) / float(present)


def infer_kind(col: pd.Series) -> str:
    """Best type for an unmapped column: "number", "date", "boolean" or "text".

    Text that only looks like a number (leading zeros, a leading ``+``) stays text.
    """
    present = col.dropna()
    if present.empty:
        return "text"
    sample = present.iloc[:: max(1, len(present) // 2000)]
    strings = [v.strip() for v in sample if isinstance(v, str)]
    if any(re.match(r"^(\+|0\d[\d\s()\-]*$)", s) for s in strings):   # "00100", "040 123"; not "03.07.2025"
        return "text"
    if share_parsed(sample, to_bool(sample)) == 1.0 and sample.nunique() <= 3 and \
            not all(isinstance(v, (int, float)) for v in sample):
        return "boolean"
    if share_parsed(sample, to_number(sample)) >= 0.98:
        return "number"
    if share_parsed(sample, to_date(sample)) >= 0.98 and (strings or any(
            isinstance(v, (dt.date, dt.datetime)) for v in sample)):
        return "date"
    return "text"
