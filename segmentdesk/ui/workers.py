"""Running core jobs off the GUI thread, with progress and cancel.

A job is a plain core function that accepts ``progress=``.  :class:`TaskRunner` runs one
job at a time on Qt's thread pool and hands the result back on the GUI thread through
queued signals; starting a new job cancels the previous one (its result is dropped).
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import Cancelled
from ..core.tasks import Progress


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.progress, self.signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(progress=self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 — every failure must reach the GUI, never kill the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """One job at a time for one panel or dialog."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: tuple[Progress, _Signals] | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, fn: Callable[..., Any]) -> None:
        """Run ``fn(progress=…)`` in the thread pool; results arrive as signals."""
        self.cancel()
        # Parented to this GUI-thread object, so the C++ side is never deleted from the worker
        # thread when the job lets go of its Python reference; it is deleted in _finish.
        signals = _Signals(self)
        progress = Progress(signals.progress.emit)
        self._current = (progress, signals)
        # Bound methods of this GUI-thread object: the worker's emits are queued to the GUI thread.
        signals.progress.connect(self._on_job_progress)
        signals.finished.connect(self._on_job_finished)
        signals.failed.connect(self._on_job_failed)
        signals.cancelled.connect(self._on_job_cancelled)
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Job(fn, progress, signals))

    def cancel(self) -> None:
        if self._current is not None:
            progress, _ = self._current
            progress.cancel()
            self._current = None
            self.busy_changed.emit(False)
            self.cancelled.emit()

    def _is_current(self) -> bool:
        return self._current is not None and self.sender() is self._current[1]

    def _on_job_progress(self, fraction: float, stage: str) -> None:
        if self._is_current():
            self.progress.emit(fraction, stage)

    def _finish(self) -> bool:
        current = self._is_current()
        self.sender().deleteLater()       # the job's last signal: its relay object can go
        if not current:
            return False      # a superseded or cancelled job: its answer is stale
        self._current = None
        self.busy_changed.emit(False)
        return True

    def _on_job_finished(self, result: object) -> None:
        if self._finish():
            self.finished.emit(result)

    def _on_job_failed(self, exc: object) -> None:
        if self._finish():
            self.failed.emit(exc)

    def _on_job_cancelled(self) -> None:
        if self._finish():
            self.cancelled.emit()
