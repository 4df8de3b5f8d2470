"""Finnish business IDs (Y-tunnus): seven digits, a hyphen and a check digit, e.g. ``0737546-2``.

The check digit is the Finnish Tax Administration's modulus 11 rule: the seven digits are
multiplied by 7, 9, 10, 5, 8, 4 and 2 and summed; a remainder of 0 gives 0, a remainder of 1
is never issued, any other remainder r gives 11 − r.  A six-digit body is an ID whose leading
zero a spreadsheet dropped (``112038-9``); a zero completes it.
"""
from __future__ import annotations

import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
BUSINESS_ID_PATTERN = r"^\d{6,7}-\d$"


def check_digit(digits: str) -> int | None:
    """The check digit of seven digits; None when no ID is issued with them (remainder 1)."""
    if not re.fullmatch(r"\d{7}", digits):
        raise ValueError(f"a business ID's body is seven digits, not {digits!r}")
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def normalise_business_id(text: str) -> str | None:
    """``1234567-8`` from a cell as written (spaces trimmed, a six-digit body zero-padded);
    None when the text is not shaped like a business ID."""
    value = str(text).strip()
    if not re.fullmatch(BUSINESS_ID_PATTERN, value):
        return None
    return value.zfill(9)


def is_valid_business_id(text: str) -> bool:
    """Whether ``text`` is a well-formed business ID whose check digit is right."""
    value = normalise_business_id(text)
    if value is None:
        return False
    expected = check_digit(value[:7])
    return expected is not None and int(value[8]) == expected


def business_id(digits: str) -> str | None:
    """The full ID ``digits-check`` for a seven-digit body; None when none is issued with it."""
    check = check_digit(digits)
    return None if check is None else f"{digits}-{check}"
