"""When two customer rows are the same person: the keys the quality report and the merge share.

Two rows are the same customer when they share an email address (trimmed, case-folded) or
the same first name, last name and phone number (the phone's last nine digits; a phone
without any digit is no phone).  Each key comes as integer codes per row, -1 where the row
has no such key, so finding shared keys is counting integers.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..data import cell_types

_NON_DIGIT = re.compile(r"\D")
_ASCII = bytes(range(128))
_NOT_ASCII_DIGIT = bytes(b for b in range(256) if not 48 <= b <= 57 and b != 0)


def as_text(cells: np.ndarray) -> np.ndarray:
    """Cells as the Dataset reads text columns: ``cell_types.to_text`` (all-text columns as they are)."""
    if pd.api.types.infer_dtype(cells, skipna=True) in ("string", "empty"):
        return cells
    return cell_types.to_text(pd.Series(cells, dtype=object)).to_numpy(dtype=object)


def folded_text(cells: np.ndarray) -> np.ndarray:
    """Cells as matched: trimmed, case-folded text (numbers without ``.0``); None where empty."""
    return np.array([v.strip().casefold() or None if isinstance(v, str) else None for v in as_text(cells)],
                    dtype=object)


def key_codes(keys: np.ndarray) -> np.ndarray:
    """Equal keys get equal numbers; a missing key gets -1."""
    return pd.factorize(keys, use_na_sentinel=True)[0].astype(np.int64)


def folded_codes(cells: np.ndarray) -> np.ndarray:
    """Codes of trimmed, case-folded text (names, emails), folding each distinct value once."""
    codes, distinct = pd.factorize(cells, use_na_sentinel=True)
    return np.append(key_codes(folded_text(np.asarray(distinct, dtype=object))), -1)[codes]


def phone_codes(cells: np.ndarray) -> np.ndarray:
    """Codes of a phone's last nine digits (the quality report's key); -1 where it has no digit.

    The phones' digits, joined into one byte string and reversed, give each phone's last
    nine digits units first: a byte matrix whose rows become numbers, plus the digit count.
    """
    text = as_text(cells)
    present = np.flatnonzero(~pd.isna(text))
    out = np.full(len(text), -1, dtype=np.int64)
    phones = text[present].tolist()
    joined = "\x00".join(phones).encode("utf-8")
    beyond_ascii = joined.translate(None, _ASCII).decode("utf-8")
    if joined.count(b"\x00") != len(phones) - 1 or any(c.isdecimal() for c in set(beyond_ascii)):
        # a NUL in a cell, or digits of another script (the report's ``\D`` keeps them)
        digits = np.array([_NON_DIGIT.sub("", p)[-9:] for p in phones], dtype=object)
        keys, counts = key_codes(digits), np.array([len(d) for d in digits], dtype=np.int64)
    else:
        reversed_digits = joined.translate(None, _NOT_ASCII_DIGIT)[::-1].split(b"\x00")[::-1]
        last_nine = np.array(reversed_digits, dtype="S9").view(np.uint8).reshape(len(phones), 9)
        counts = np.zeros(len(phones), dtype=np.int64)
        keys = np.zeros(len(phones), dtype=np.int64)
        for place in range(9):
            digit = last_nine[:, place].astype(np.int64)
            counts += digit != 0
            keys += np.where(digit != 0, digit - 48, 0) * 10 ** place
        keys += counts * 1_000_000_000
    out[present] = keys
    out[present[counts == 0]] = -1      # no digits ("-", "ei ole"): no phone to share
    return out


def name_phone_codes(first: np.ndarray, last: np.ndarray, phone: np.ndarray) -> np.ndarray:
    """One code per (first name, last name, phone) as keys compare them; -1 where any is missing."""
    first, last, phones = folded_codes(first), folded_codes(last), phone_codes(phone)
    combined = np.full(len(first), -1, dtype=np.int64)
    ok = (first >= 0) & (last >= 0) & (phones >= 0)
    names, digits = key_codes(first[ok] * (int(last.max()) + 1) + last[ok]), key_codes(phones[ok])
    combined[ok] = key_codes(names * (int(digits.max(initial=0)) + 1) + digits)
    return combined


def shared(codes: np.ndarray) -> np.ndarray:
    """Rows whose key another row has too."""
    present = codes >= 0
    counts = np.bincount(codes[present], minlength=1)
    return present & (counts[np.where(present, codes, 0)] > 1)
