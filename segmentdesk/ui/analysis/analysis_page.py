"""The base of analysis pages: follow the session, recompute only while shown, compute off the GUI thread.

A page says which session changes concern it (``WATCHES``) and implements :meth:`refresh`.  A
change while the page is hidden only marks it stale; it refreshes when shown again, so a page
nobody looks at costs nothing.  :meth:`compute` runs a core job (``fn(progress=…)``) on the
thread pool when it can take long (more than :data:`SYNC_LIMIT` customers) and within the click
otherwise, and hands the result to the page on the GUI thread; a newer job supersedes an older one.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.tasks import Progress
from ..session import Change, Session
from ..workers import TaskRunner

SYNC_LIMIT = 20_000
"""Below this many customers a page's figures take well under 100 ms: computed within the click."""


class AnalysisPage(QWidget):
    """A page of the analysis area; subclasses set ``WATCHES`` and implement :meth:`refresh`."""

    WATCHES: Change = Change.DATA | Change.SEGMENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._runner = TaskRunner(self)
        self._deliver: Callable[[Any], None] | None = None
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        session.changed.connect(self._on_session_changed)

    @property
    def busy(self) -> bool:
        """A job of this page is running."""
        return self._runner.busy

    def set_body(self, empty_label: QWidget, content: QWidget) -> None:
        """Lay the page out as every page is: a note for when there is nothing to show, else the content."""
        self.empty_label, self.content = empty_label, content
        layout = QVBoxLayout(self)
        layout.addWidget(empty_label)
        layout.addWidget(content, 1)

    def show_content(self, shown: bool) -> None:
        """The content when there is something to show, else the page's note."""
        self.empty_label.setVisible(not shown)
        self.content.setVisible(shown)

    def refresh(self) -> None:
        """Show the session as it is now (subclasses)."""
        raise NotImplementedError

    def compute(self, fn: Callable[..., Any], deliver: Callable[[Any], None], *, customers: int) -> None:
        """Run ``fn(progress=…)`` and pass its result to ``deliver`` on the GUI thread: in a worker when
        ``customers`` reaches :data:`SYNC_LIMIT`, else at once."""
        self._deliver = deliver
        if customers >= SYNC_LIMIT:
            self._runner.start(fn)
            return
        self._runner.cancel()
        try:
            result = fn(progress=Progress())
        except Exception as exc:  # noqa: BLE001 — shown on the page, as a worker's failure is
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.show_failure(exc)
        else:
            deliver(result)

    def show_failure(self, exc: BaseException) -> None:
        """A job failed: subclasses show it; by default the traceback goes to stderr."""
        print(getattr(exc, "__traceback_text__", repr(exc)))

    # -- following the session -------------------------------------------------------------------
    def _on_session_changed(self, change: Change, _initiator: object = None) -> None:
        if not change & self.WATCHES:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def _on_job_finished(self, result: object) -> None:
        if self._deliver is not None:
            self._deliver(result)

    def _on_job_failed(self, exc: object) -> None:
        self.show_failure(exc)  # type: ignore[arg-type]
