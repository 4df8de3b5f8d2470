"""Autosave: the open project is saved every few minutes while it has unsaved changes.

It saves through the window's ordinary save (a worker with progress, the project's lock), and only
when that is safe and useful: the project has a file, is not read-only, has changes, no save or open is
running and no dialog is open (the user is in the middle of something).  A skipped turn waits for
the next one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from .project_files import ProjectFiles
from .session import Session


class Autosave(QObject):
    def __init__(self, parent: QObject, session: Session, files: ProjectFiles, *, minutes: int) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Save every ``minutes`` minutes; 0 (or less) switches autosave off."""
        self.set_interval_ms(max(0, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.stop()
        if ms > 0:
            self.timer.start(ms)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def due(self) -> bool:
        """Whether a save now would be an autosave worth making."""
        s, f = self._session, self._files
        return (s.dirty and s.path is not None and s.dataset is not None and not f.read_only
                and not f.busy and QApplication.activeModalWidget() is None)

    def _on_timer(self) -> None:
        if self.due():
            self._files.save_to(self._session.path, autosave=True)
