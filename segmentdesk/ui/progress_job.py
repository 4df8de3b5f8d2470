"""Run one long core job from a menu command: a worker, a progress dialog with Cancel, the answer back.

For commands that must finish before the window can go on (opening a project), but must not
freeze it meanwhile: the job runs in the thread pool and a local event loop keeps the window
painting until the answer arrives.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .workers import TaskRunner

SHOW_AFTER_MS = 400     # quick jobs finish before a dialog would flash
ACTIVATE_AFTER_MS = 50  # the dialog's hiding has reached the window system by then


def run_with_progress(parent: QWidget, title: str, label: str, fn: Callable[..., Any], *,
                      cancellable: bool = True) -> Any:
    """``fn(progress=…)``'s result, None when the user cancelled; re-raises what ``fn`` raised.

    ``cancellable=False`` for jobs that cannot stop half-way (writing a file): no Cancel button.
    """
    runner = TaskRunner(parent)
    dialog = QProgressDialog(label, QCoreApplication.translate("ProgressJob", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    if not cancellable:
        dialog.setCancelButton(None)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: object) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.progress.connect(lambda fraction, _stage: dialog.setValue(int(fraction * 100)))
    runner.finished.connect(finished)
    runner.failed.connect(failed)
    runner.cancelled.connect(loop.quit)
    dialog.canceled.connect(runner.cancel)
    runner.start(fn)
    loop.exec()
    dialog.canceled.disconnect(runner.cancel)
    shown = dialog.isVisible()
    dialog.close()
    if shown:
        # The window it stood in front of is active again, once the dialog has gone (without a window manager too).
        window = parent.window()
        QTimer.singleShot(ACTIVATE_AFTER_MS, window, lambda: window.activateWindow() if window.isVisible() else None)
    dialog.deleteLater()
    runner.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
