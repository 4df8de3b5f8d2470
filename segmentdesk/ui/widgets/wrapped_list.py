"""Lists whose long rows wrap onto more lines, so a row is read whole without scrolling sideways."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView


def wrap_rows(view: QListView) -> None:
    """Make ``view`` wrap each row at word breaks to its width (Finnish findings and segment names with
    their counts are often wider than the list) and never scroll sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)     # rows are laid out again when the list's width changes
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
