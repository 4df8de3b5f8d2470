"""One rule for making names unique everywhere: headers, sheets, files and segments."""
from __future__ import annotations


def numbered_unique(base: str, taken: set[str], *, max_len: int | None = None) -> str:
    """``base``, else ``base (2)``, ``base (3)``… — the first whose case-folded form is not in ``taken``.

    The chosen name's case-folded form is added to ``taken``.  With ``max_len`` the base is
    shortened so that the number still fits (Excel's 31-character sheet names).
    """
    candidate, n = base[:max_len] if max_len else base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = (base[:max_len - len(suffix)] if max_len else base) + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate
