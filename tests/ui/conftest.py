"""Widget tests run on Qt's offscreen platform, with settings kept out of the user's folders."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_gui_thread(qapp):
    """As in the app: a worker thread must never be the one that collects dead widgets."""
    from segmentdesk.ui.gui_thread_gc import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QCoreApplication.setOrganizationName("SegmentDeskTests")
    QCoreApplication.setApplicationName("SegmentDeskTests")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Message boxes never block a test: each is recorded (title, text); questions get 'Discard' where
    offered (closing never stops at "save changes?"), else 'Yes'."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(answer):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((title, text))
            return answer
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "information", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record(QMessageBox.StandardButton.Ok))
    def question(_parent, title, text, buttons=None, *args, **kwargs):
        shown.append((title, text))
        offered = buttons if buttons is not None else QMessageBox.StandardButton.Yes
        if offered & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown


@pytest.fixture
def window(qtbot, tmp_path):
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install("en")
    session = Session(as_of=AS_OF)
    win = MainWindow(session, Settings(), settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def accept_dialogs(monkeypatch, qtbot):
    """Make modal dialogs run as a user would finish them: press their OK button, wait for the job."""
    from PySide6.QtWidgets import QDialogButtonBox

    from segmentdesk.ui.dialogs.export_dialog import ExportDialog
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    prepare = {}

    def run(dialog):
        if type(dialog) in prepare:
            prepare[type(dialog)](dialog)
        dialog.show()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), _left())
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted or dialog.isHidden(), timeout=20000)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", run)
    monkeypatch.setattr(ExportDialog, "exec", run)
    return prepare


def _left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
