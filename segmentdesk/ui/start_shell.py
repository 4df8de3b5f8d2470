"""The window's first moments: a shell shown at once while the rest of the app loads behind it.

The main window needs most of the app's modules, and they need pandas and NumPy: loading them is most of
a start.  So ``segmentdesk.app`` first shows :class:`StartShell` — the window's title, icon and place on
the screen, saying it is starting — and loads those modules in a thread (:class:`ModuleLoader`) while the
shell answers the window system (repaints, moves, closes).  Once they are loaded the main window is built
on the GUI thread and takes the shell's place.  This module imports PySide6 and nothing heavier.
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

POLL_MS = 15


class StartShell(QMainWindow):
    """An empty window where the main window will be: same title, size and saved place."""

    def __init__(self) -> None:
        super().__init__()
        self.closed_by_user = False
        self.setWindowTitle("SegmentDesk")
        self.resize(1280, 800)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        note = QLabel(self.tr("Starting SegmentDesk…"))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setEnabled(False)          # drawn in the palette's disabled (muted) text colour
        self.setCentralWidget(note)

    def hand_over(self, window: QMainWindow) -> None:
        """Show ``window`` where the shell is, and close the shell."""
        window.setGeometry(self.geometry())
        if self.isMaximized():
            window.showMaximized()
        else:
            window.show()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_by_user = True          # the user gave up waiting: no main window follows
        event.accept()


class ModuleLoader(QObject):
    """Imports ``modules`` in a thread; ``ready`` (called on the GUI thread) once they are all loaded.

    The GUI thread only polls a flag: the thread never touches Qt.  An import error is raised again on
    the GUI thread when it imports the same module itself, so it is reported as a start without a shell is.
    """

    def __init__(self, modules: Sequence[str], ready: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = tuple(modules)
        self._ready = ready
        self._thread = threading.Thread(target=self._load, name="segmentdesk-start", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def _load(self) -> None:
        for name in self._modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 — the GUI thread's own import raises it where it is reported
                continue

    def _on_poll(self) -> None:
        if self._thread.is_alive():
            return
        self._timer.stop()
        self._ready()
