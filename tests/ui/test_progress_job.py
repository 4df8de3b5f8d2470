"""Long commands run in a worker behind a progress dialog: the answer, the error, or nothing after Cancel."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from segmentdesk.core.errors import ProjectError
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

    def slow(progress):
        for i in range(400):
            time.sleep(0.01)
            progress.report(i / 400, "work")       # raises Cancelled once the user cancelled
            reached.append(i)
        return "finished"

    def press_cancel():
        for dialog in parent.findChildren(QProgressDialog):
            dialog.findChild(QPushButton).click()          # the dialog's Cancel button
    QTimer.singleShot(600, press_cancel)
    assert run_with_progress(parent, "t", "l", slow) is None
    time.sleep(0.05)
    assert len(reached) < 400
