"""File ▸ Client report…: ask the language and the file, write the PDF in a worker with progress and
Cancel, then offer to open it or its folder.

The report itself is core's (:func:`~segmentdesk.core.report.report_pdf.write_report`); this module only
asks, runs and tells.
"""
from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from ..build_info import build_info
from ..core.errors import SegmentDeskError
from ..core.report.report_pdf import ReportResult, write_report
from . import i18n
from .error_messages import error_text
from .progress_job import run_with_progress
from .session import Session


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level tr("…") under the empty context, so its words are looked up
    # there (under a named context they were never found: English in the Finnish UI).
    return QCoreApplication.translate("", text)


LANGUAGES = (("fi", "Suomi"), ("en", "English"))     # each language named in itself


class ReportFlow:
    """The menu command; ``last_message`` keeps the finished message (it is not modal)."""

    def __init__(self, window: QMainWindow, session: Session, *, last_folder) -> None:
        self._window, self._session, self._last_folder = window, session, last_folder
        self.last_message: QMessageBox | None = None

    def client_report(self) -> None:
        if self._session.dataset is None:
            return
        lang = self.ask_language()
        if lang is None:
            return
        out = self.ask_path(lang)
        if out is not None:
            self.write(out, lang=lang)

    def ask_language(self) -> str | None:
        """The report's language, the window's by default; None when the user cancelled."""
        names = [name for _, name in LANGUAGES]
        current = next(i for i, (code, _) in enumerate(LANGUAGES) if code == i18n.current_language())
        name, ok = QInputDialog.getItem(self._window, tr("Client report"), tr("Language of the report:"), names,
                                        current, False)
        return dict((n, c) for c, n in LANGUAGES)[name] if ok else None

    def ask_path(self, lang: str) -> Path | None:
        """Where to write the PDF (a name suggested from the project's); None when the user cancelled."""
        stem = self._session.path.stem if self._session.path else tr("customers")
        suffix = "asiakasraportti" if lang == "fi" else "client-report"
        suggested = Path(self._last_folder()) / f"{stem}-{suffix}.pdf"
        path, _ = QFileDialog.getSaveFileName(self._window, tr("Save the client report"), str(suggested),
                                              tr("PDF files (*.pdf)"))
        if not path:
            return None
        return Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")

    def write(self, out: Path, *, lang: str) -> ReportResult | None:
        """Write the report to ``out`` with progress and Cancel; None when cancelled or failed (said)."""
        s = self._session
        # The worker reads a project of its own: the segment list is copied, the data is never edited in place.
        project = dataclasses.replace(s.project, segments=[seg.copy() for seg in s.segments])
        job = partial(write_report, project, out=out, path=s.path, as_of=s.as_of, lang=lang,
                      version=build_info().version, demo=s.pseudonyms() is not None)   # the cover says so
        try:
            result = run_with_progress(self._window, tr("Client report"), tr("Writing the client report…"), job)
        except SegmentDeskError as exc:
            QMessageBox.warning(self._window, tr("Cannot write the report"), error_text(exc))
            return None
        if result is not None:
            self.last_message = show_report_finished(self._window, result)
        return result


def show_report_finished(parent: QMainWindow, result: ReportResult) -> QMessageBox:
    """Where the report is and how many pages it has; "Open" opens the PDF, "Open folder" its folder."""
    pages = i18n.formats().whole(result.pages)
    text = tr("Wrote the client report (%1 pages) to\n%2").replace("%1", pages).replace("%2", str(result.out))
    box = QMessageBox(QMessageBox.Icon.Information, tr("Report finished"), text, parent=parent)
    open_file = box.addButton(tr("Open"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.out))))
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.out.parent))))
    box.open()
    return box
