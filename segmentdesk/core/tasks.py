"""Progress reporting and cancellation for long core jobs.

A long job is a plain function taking ``progress: Progress`` as a keyword.  It calls
``progress.report(fraction, stage)`` now and then; ``report`` raises
:class:`~segmentdesk.core.errors.Cancelled` once the caller asked to cancel, so the job
stops at the next report without touching any shared state.
"""
from __future__ import annotations

import threading
from typing import Callable

from .errors import Cancelled


class Progress:
    """Thread-safe progress sink; the UI subclasses nothing, it passes ``on_report``."""

    def __init__(self, on_report: Callable[[float, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, fraction: float, stage: str = "") -> None:
        """Tell how far the job is (0…1); raises ``Cancelled`` if cancel was asked."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_report is not None:
            self._on_report(max(0.0, min(1.0, fraction)), stage)


