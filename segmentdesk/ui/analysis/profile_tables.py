"""The Profiles page's tables and its checks view: read-only text tables with numbers right-aligned,
and the warnings in the palette's warning colour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme


def plain_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], *, headings: list[int] = ()) -> None:
    """Put ``rows`` of text in ``table``: numbers right-aligned, the rows in ``headings`` in bold."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in headings:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)


class ChecksView(QWidget):
    """The checks' warnings in the palette's warning colour, or one quiet line when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings = QLabel()
        self.ok = QLabel()
        for label in (self.warnings, self.ok):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setObjectName("profileWarnings")
        theme.text_colour(self.warnings, theme.warning_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warnings)
        layout.addWidget(self.ok)

    def show_lines(self, lines: list[str], ok_text: str) -> None:
        self.warnings.setText("\n".join("⚠ " + line for line in lines))
        self.warnings.setVisible(bool(lines))
        self.ok.setText(ok_text)
        self.ok.setVisible(not lines)

    def text(self) -> str:
        return self.warnings.text() if self.warnings.isVisibleTo(self) else self.ok.text()
