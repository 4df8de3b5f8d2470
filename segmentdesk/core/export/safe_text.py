"""Keeping spreadsheet text as text: nothing a user exports may turn into a formula."""
from __future__ import annotations

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
