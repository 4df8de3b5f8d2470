"""Help ▸ Quick guide and Help ▸ Keyboard shortcuts.

The shortcuts are read from the window's actions when the dialog opens, so the list names exactly the keys
the window answers to, in the user's language and the platform's key names.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class QuickGuideDialog(QDialog):
    """Five steps from a customer file to a mailing list, in the user's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick guide"))
        self.steps = [
            (self.tr("Import"), self.tr("File ▸ Import customers… (or drop the file on the window) reads your "
                                        "customer file and, if you have one, your order file. The sample shop "
                                        "lets you try everything first.")),
            (self.tr("Build"), self.tr("Give the segment a name and add conditions: who bought in the last "
                                       "year, who lives in Uusimaa, who spent over 200 €. Segment ▸ New from "
                                       "template gives a ready-made start.")),
            (self.tr("Read the count"), self.tr("Below the conditions you see at once how many customers match, "
                                                "their share of all customers and of revenue.")),
            (self.tr("Check consent"), self.tr("Only customers with marketing consent and a valid email address "
                                               "are reachable; the count says how many. Customers on the "
                                               "do-not-contact list are never exported.")),
            (self.tr("Export"), self.tr("File ▸ Export… writes the segments to an Excel workbook or a CSV file "
                                        "for your mailing service.")),
        ]
        items = "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in self.steps)
        self.text = QLabel(f"<ol>{items}</ol>")
        self.text.setWordWrap(True)
        # Lines of about 70 characters of these very steps (a readable measure), not a narrow column.
        self.text.setMinimumWidth(min(line_width(self, self.steps, chars=70), _screen_room(self).width()))
        buttons = _close_buttons(self)
        # The same five steps shown on the window itself (the first-run tour).
        self.tour_requested = False
        self.tour_button = buttons.addButton(self.tr("Show me around"), QDialogButtonBox.ButtonRole.ActionRole)
        self.tour_button.clicked.connect(self._on_tour)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _on_tour(self) -> None:
        self.tour_requested = True
        self.accept()


def _screen_room(widget: QWidget):
    """The room on the screen a dialog of ``widget`` opens on, its frame and a margin left out."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().adjusted(0, 0, -40, -60)


def line_width(widget: QWidget, steps: list[tuple[str, str]], *, chars: int) -> int:
    """Pixels for ``chars`` characters of the steps' text in ``widget``'s font (plus the list's indent)."""
    sample = " ".join(f"{title}. {text}" for title, text in steps)
    return round(widget.fontMetrics().horizontalAdvance(sample) / len(sample) * chars) + 40


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(command, keys) for every action of ``window`` that has a shortcut, in the order they were made."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
        if not name or name in seen:
            continue
        seen.add(name)
        rows.append((name, ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)))
    return rows


class ShortcutsDialog(QDialog):
    """The window's keyboard shortcuts as a two-column table."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for i, (name, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Rows a line of text high (not Fusion's roomy 30 px), so the whole list fits a laptop screen.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(_close_buttons(self))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Tall enough for every row, up to the screen's room (past it, the table scrolls)."""
        table = self.table
        rows = table.verticalHeader().defaultSectionSize() * table.rowCount()
        wanted = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        room = _screen_room(self)
        chrome = self.layout().sizeHint().height() - table.sizeHint().height()
        table.setMinimumSize(520, min(wanted, room.height() - chrome))
