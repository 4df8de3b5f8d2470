"""Files the operating system asks the running app to open.

On macOS a project double-clicked in Finder, or dropped on the Dock icon, reaches the app as a
QFileOpenEvent on the application object, not as a command-line argument (the .app's Info.plist
declares the .segdesk type, installer/macos_plist.py).  Other systems pass the file on the command
line, which app.py handles; there this filter never sees such an event.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenRelay(QObject):
    """An event filter for the QApplication that hands each requested file to ``open_path``."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self._open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
