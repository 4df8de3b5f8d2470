"""Long commands run in a worker behind a progress dialog: the answer, the error, or nothing after Cancel."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from segmentdesk.core.errors import Cancelled, ProjectError
from segmentdesk.ui.progress_job import run_with_progress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_jobs_answer_comes_back(parent):
    assert run_with_progress(parent, "t", "l", lambda progress: 42) == 42


def test_the_jobs_error_is_raised_to_the_caller(parent):
    def fail(progress):
        raise ProjectError("broken", reason="damaged")
    with pytest.raises(ProjectError):
        run_with_progress(parent, "t", "l", fail)


def test_cancel_in_the_dialog_stops_the_job_and_gives_none(parent):
    reached = []
    saw_cancel = threading.Event()
    ended = threading.Event()

    def slow(progress):
        try:
            for i in range(400):                       # four seconds unless cancelled
                time.sleep(0.01)
                progress.report(i / 400, "work")       # raises Cancelled once the user cancelled
                reached.append(i)
        except Cancelled:
            saw_cancel.set()
            raise
        finally:
            ended.set()
        return "finished"

    def press_cancel():
        for dialog in parent.findChildren(QProgressDialog):
            dialog.findChild(QPushButton).click()          # the dialog's Cancel button
    QTimer.singleShot(600, press_cancel)
    assert run_with_progress(parent, "t", "l", slow) is None
    assert ended.wait(2), "the job went on running after Cancel"
    assert saw_cancel.is_set(), "the job never heard of the cancel"
    assert len(reached) < 400
