"""A file the system asks the app to open (macOS Finder, the Dock) reaches the window's open flow."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFileOpenEvent

from segmentdesk.ui.file_open_events import FileOpenRelay


def test_file_open_event_opens_the_file(qapp, tmp_path):
    opened: list[Path] = []
    relay = FileOpenRelay(opened.append)
    qapp.installEventFilter(relay)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "shop.segdesk")))
    finally:
        qapp.removeEventFilter(relay)
    assert opened == [tmp_path / "shop.segdesk"]


def test_other_events_pass_through(qapp):
    opened: list[Path] = []
    relay = FileOpenRelay(opened.append)
    assert relay.eventFilter(qapp, QEvent(QEvent.Type.User)) is False
    assert opened == []
