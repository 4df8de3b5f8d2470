"""The one rule for SegmentDesk's two languages: a word is an ``(English, Finnish)`` pair.

Every catalogue of words (the window's core words, charts, profiles, the report, the presentation, the
command line) keeps its words as such pairs and picks with :func:`in_language`.
"""
from __future__ import annotations


def in_language(pair: tuple[str, str], lang: str) -> str:
    """``pair``'s Finnish for ``lang == "fi"``, else its English (any other language gets English)."""
    return pair[1] if lang == "fi" else pair[0]
