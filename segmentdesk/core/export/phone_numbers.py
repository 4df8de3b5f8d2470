"""Phone numbers in international form (E.164: ``+`` country code and digits, no spaces).

Email tools that also send text messages (Brevo's ``SMS`` attribute, Mailchimp's SMS
phone field) take a number only with its country code and without separators.  Shop
files write Finnish numbers the Finnish way (``040 123 4567``, ``(09) 123 456``), so a
number with a national trunk ``0`` is read as Finnish unless told otherwise.
"""
from __future__ import annotations

import re

FINLAND = "358"
_SEPARATORS = re.compile(r"[\s\u00a0\u202f\-./()]")
_DIGITS = re.compile(r"[0-9]+")
MIN_DIGITS, MAX_DIGITS = 8, 15      # country code included; E.164 allows at most 15


def international_phone(text: str | None, *, country_code: str = FINLAND) -> str | None:
    """``text`` as ``+<country code><number>``, or None when it is not a phone number we can read.

    ``+358 40 123 4567``, ``00358 40 123 4567`` and ``040 123 4567`` all give ``+358401234567``;
    a ``(0)`` after the country code (``+358 (0)40 …``) is dropped.  A number that starts with
    neither ``+``, ``00`` nor ``0`` is ambiguous (a lost leading zero? a foreign number without
    its plus?) and gives None rather than a guess.
    """
    if text is None:
        return None
    compact = _SEPARATORS.sub("", str(text).strip().replace("(0)", ""))
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif compact.startswith("0"):
        digits = country_code + compact[1:]
    else:
        return None
    if not _DIGITS.fullmatch(digits):
        return None
    if digits.startswith(FINLAND + "0"):        # "+358 040 …": the trunk zero kept by mistake
        digits = FINLAND + digits[len(FINLAND) + 1:]
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    return "+" + digits
