"""What counts as a mailable address, and when two addresses are the same person's.

One rule for the builder's "reachable", every export format and the snapshots: an address is
trimmed, compared without case, and valid when it matches :data:`~.roles.EMAIL_PATTERN` and
does not begin like a spreadsheet formula (an address such as ``=cmd@x.fi`` cannot be made
safe without changing it, so it is not mailable).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .roles import EMAIL_PATTERN

# What a spreadsheet may read as the start of a formula or of a DDE call, with the full-width
# forms an East Asian input method types (some spreadsheet programs read those as formulas too).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

_EMAIL = re.compile(EMAIL_PATTERN)


def mailable(address: object) -> str | None:
    """``address`` trimmed and lower-cased when it is a valid address to mail, else None."""
    if not isinstance(address, str):
        return None
    text = address.strip()
    if not text or text.startswith(FORMULA_STARTS) or not _EMAIL.match(text):
        return None
    return text.lower()


def email_codes(emails: pd.Series | None, n: int) -> np.ndarray:
    """Per customer an integer naming their address (equal codes: the same address without case
    or surrounding spaces), or -1 where the address is missing or not mailable.

    Each distinct cell is looked at once: shop files repeat few addresses, but the work is per
    distinct value either way.
    """
    if emails is None:
        return np.full(n, -1, dtype=np.int64)
    codes, uniques = pd.factorize(emails.to_numpy(dtype=object), use_na_sentinel=True)
    keys = [mailable(u) for u in uniques]
    key_codes, _ = pd.factorize(pd.Series(keys, dtype=object), use_na_sentinel=True)
    lookup = np.append(key_codes.astype(np.int64), -1)     # the sentinel -1 indexes the appended -1
    return lookup[codes]
