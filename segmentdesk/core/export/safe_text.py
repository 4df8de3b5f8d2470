"""Keeping spreadsheet text as text: nothing a user exports may turn into a formula."""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """For CSV, where every cell is re-interpreted by the opening program: prefix a quote.

    A leading apostrophe is what spreadsheet programs show as "this is text"; email tools
    import it as part of the value, so CSV exports for them call this only for cells that
    would otherwise be a formula, which real names and emails never are.
    """
    return "'" + text if is_formula_like(text) else text


_EXCEL_NUMBER_LIKE = re.compile(r"[0-9][0-9 ]*")
EXCEL_DIGITS = 15          # Excel keeps 15 significant digits of a number


def excel_csv_text(text: str) -> str:
    """For a CSV meant to be opened in Excel: text that Excel would change keeps its text.

    Besides formula-like cells (see :func:`csv_safe`) that is text Excel would read as a
    number and lose part of: a leading zero (postal code ``00100``, phone ``040 123 4567``)
    or digits past Excel's 15.  A leading apostrophe is the only way a CSV can say "text"
    without writing a formula (``="00100"`` would be one); Excel may show the apostrophe.
    """
    if is_formula_like(text):
        return csv_safe(text)
    if _EXCEL_NUMBER_LIKE.fullmatch(text):
        digits = text.replace(" ", "")
        if (digits.startswith("0") and len(digits) > 1) or len(digits) > EXCEL_DIGITS:
            return "'" + text
    return text
