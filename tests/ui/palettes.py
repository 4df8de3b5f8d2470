"""A dark palette like a dark desktop's, for tests and screenshots (Fusion style takes it as it is)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    p = QPalette()
    for r, c in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1f1f1f"),
                 (role.AlternateBase, "#262626"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                 (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d7bd9"), (role.HighlightedText, "#ffffff"),
                 (role.Link, "#7fb2ff"), (role.PlaceholderText, "#8c8c8c"), (role.ToolTipBase, "#353535"),
                 (role.ToolTipText, "#e6e6e6"), (role.Mid, "#4a4a4a"), (role.Light, "#505050"),
                 (role.Dark, "#1a1a1a"), (role.Shadow, "#000000"), (role.BrightText, "#ffffff")):
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    return p


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1–21; body text wants ≥ 4.5)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b_ = (channel(x) for x in c.getRgbF()[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
