"""WCAG 2's contrast of two colours, for chart labels and the window's text alike.

No imports: the window's theme (loaded before the first paint) and the chart code share it.
Colours are sRGB components 0…1 (``QColor.getRgbF()``, matplotlib's RGBA).
"""
from __future__ import annotations

from collections.abc import Sequence


def relative_luminance(rgb: Sequence[float]) -> float:
    """The relative luminance (0 black … 1 white) of an sRGB colour."""
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Sequence[float], b: Sequence[float]) -> float:
    """The contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
