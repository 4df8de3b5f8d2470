"""Keeping spreadsheet text as text: nothing a user exports may turn into a formula or break a file.

The rules every format shares (the export contract in ARCHITECTURE.md):

* xlsx: text is written as string cells, so ``=1+1`` is the text it is; control characters an
  xlsx file cannot hold are removed (:func:`clean_text`); a cell holds at most
  :data:`XLSX_CELL_MAX` characters, the rest is cut (Excel's own limit).
* CSV: every program re-reads each cell, so text that begins with ``=``, ``+``, ``-``, ``@``,
  a tab, CR, LF or a full-width ``＝ ＋ － ＠`` gets a leading apostrophe — except a real
  number (``-2``, ``-1.5``), a phone in international form (``+358401234567``) and a valid
  email address, which need the sign and cannot become a formula.  A code with leading zeros
  (``00100``) is written as its plain text: an apostrophe would be read back as part of it.
"""
from __future__ import annotations

import re

from ..data.contact_email import FORMULA_STARTS

XLSX_CELL_MAX = 32_767
# XML 1.0, the text of an xlsx file, cannot hold C0 controls other than tab, LF and CR, nor
# U+FFFE/U+FFFF; a lone surrogate cannot be encoded as UTF-8 at all.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NUMBER = re.compile(r"-\d+(?:[.,]\d+)?")
_E164 = re.compile(r"\+[1-9]\d{6,14}")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """``text`` without the control characters an xlsx file cannot hold (the same in every format,
    so a value reads back alike from each)."""
    return _UNWRITABLE.sub("", text) if _UNWRITABLE.search(text) else text


def has_unwritable(texts: list[str]) -> bool:
    """Whether any of ``texts`` holds a character :func:`clean_text` removes (one search over all)."""
    return _UNWRITABLE.search("".join(texts)) is not None


def csv_safe(text: str) -> str:
    """``text`` as a CSV cell: a leading apostrophe when a spreadsheet would read a formula.

    A valid email never needs one: an address that starts like a formula is not mailable
    (:mod:`~segmentdesk.core.data.contact_email`), so it is never written as an email.
    """
    if is_formula_like(text) and not _NUMBER.fullmatch(text) and not _E164.fullmatch(text):
        return "'" + text
    return text
