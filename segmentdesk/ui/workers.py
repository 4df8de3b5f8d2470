"""Running core jobs off the GUI thread, with progress and cancel.

A job is a plain core function that accepts ``progress=``.  :class:`TaskRunner` runs one
job at a time on Qt's thread pool and hands the result back on the GUI thread through
queued signals; starting a new job cancels the previous one (its result is dropped).
:class:`LatestJobRunner` is for answers that follow every click (live counts): it numbers
the submissions, never lets two jobs overlap, and runs only the newest one waiting.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

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
            _emit(self.signals.cancelled)
        except Exception as exc:  # noqa: BLE001 — every failure must reach the GUI, never kill the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            _emit(self.signals.failed, exc)
        else:
            _emit(self.signals.finished, result)


def _emit(signal, *args: object) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:
        pass        # the relay was deleted with its runner (a window closed while the job ran): nobody waits


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


class LatestJobRunner(QObject):
    """Runs jobs one after another, where only the newest submission matters (live counts).

    Every :meth:`submit` gets the next generation number and supersedes the older ones: the
    running job is asked to cancel (it stops at its next ``progress.report``), a job still
    waiting is replaced, and a result of an older generation that arrives late is dropped.
    Jobs never overlap, so a job may use state that is not thread-safe as long as nothing
    else touches it while a job runs.  ``finished``/``failed`` carry the generation.

    A job starts once control is back in the event loop: the rest of the click that submitted it
    runs without a worker competing for the interpreter, and several submissions within one
    click start one job, the last.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running: tuple[int, Progress, _Signals] | None = None
        self._waiting: tuple[int, Callable[..., Any]] | None = None
        self._start_soon = QTimer(self)
        self._start_soon.setSingleShot(True)
        self._start_soon.setInterval(0)
        self._start_soon.timeout.connect(self._on_start_soon)

    @property
    def generation(self) -> int:
        """The newest generation handed out."""
        return self._generation

    @property
    def busy(self) -> bool:
        """A job for the newest generation is waiting or running."""
        return (self._waiting is not None and self._waiting[0] == self._generation) or (
            self._running is not None and self._running[0] == self._generation)

    def submit(self, fn: Callable[..., Any]) -> int:
        """Run ``fn(progress=…)`` once the running job (if any) has ended; returns its generation."""
        was_busy = self.busy
        generation = self._next_generation()
        self._waiting = (generation, fn)
        if self._running is None:
            self._start_soon.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return generation

    def supersede(self) -> int:
        """Take a new generation without a job (the caller answers it itself): older jobs' answers are dropped."""
        was_busy = self.busy
        generation = self._next_generation()
        if was_busy:
            self.busy_changed.emit(False)
        return generation

    def _next_generation(self) -> int:
        self._generation += 1
        self._waiting = None
        if self._running is not None:
            self._running[1].cancel()
        return self._generation

    def _on_start_soon(self) -> None:
        if self._running is None and self._waiting is not None:
            self._start_waiting()

    def _start_waiting(self) -> None:
        generation, fn = self._waiting
        self._waiting = None
        signals = _Signals(self)                    # GUI-thread object, deleted when the job ends
        progress = Progress()
        self._running = (generation, progress, signals)
        signals.finished.connect(self._on_job_finished)
        signals.failed.connect(self._on_job_failed)
        signals.cancelled.connect(self._on_job_cancelled)
        QThreadPool.globalInstance().start(_Job(fn, progress, signals))

    def _end(self) -> int | None:
        """The ended job's generation if it is still the newest, else None; starts the waiting job."""
        sender = self.sender()
        sender.deleteLater()
        if self._running is None or sender is not self._running[2]:
            return None
        generation = self._running[0]
        self._running = None
        if self._waiting is not None:
            self._start_waiting()
        return generation if generation == self._generation else None

    def _on_job_finished(self, result: object) -> None:
        self._answer(self._end(), self.finished, result)

    def _on_job_failed(self, exc: object) -> None:
        self._answer(self._end(), self.failed, exc)

    def _on_job_cancelled(self) -> None:
        self._answer(self._end(), None, None)

    def _answer(self, generation: int | None, signal, value: object) -> None:
        if generation is None:
            return                          # superseded: its answer is stale
        if signal is not None:
            signal.emit(generation, value)
        if not self.busy:                   # (a receiver may have submitted again)
            self.busy_changed.emit(False)
