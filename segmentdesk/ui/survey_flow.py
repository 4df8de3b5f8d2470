"""File ▸ Add survey answers…: join a survey's response export to the open customers by email."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..core.errors import SegmentDeskError
from ..core.importing.survey import SurveyJoin, join_survey
from ..core.io.read import read_table
from .dialogs.import_dialog import file_filter
from .dialogs.survey_dialog import SurveySummaryDialog
from .error_messages import error_text
from .progress_job import run_with_progress
from .session import Session


class SurveyFlow:
    """The menu command: pick a file, join it in a worker, adopt the answers, show what was done."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        self._window, self._session = window, session
        self.last_summary: SurveySummaryDialog | None = None

    def add_survey_answers(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, QCoreApplication.translate("SurveyFlow", "Add survey answers"), "", file_filter())
        if path:
            self.add_from(Path(path))

    def add_from(self, path: Path) -> SurveyJoin | None:
        """Join ``path``'s responses; None when there are no customers, it failed or was cancelled."""
        base = self._session.survey_base()
        if self._session.pseudonyms() is not None:   # its summary lists the responses no customer matched
            QMessageBox.information(self._window, QCoreApplication.translate("SurveyFlow", "Add survey answers"),
                                    QCoreApplication.translate("SurveyFlow", "Demo mode is on: turn it off "
                                                               "(View ▸ Demo mode) to add survey answers."))
            return None
        if base is None or not len(base):
            QMessageBox.information(self._window, QCoreApplication.translate("SurveyFlow", "Add survey answers"),
                                    QCoreApplication.translate("SurveyFlow", "Import customers first: survey answers "
                                                               "are joined to them by email."))
            return None
        try:
            joined = run_with_progress(
                self._window, QCoreApplication.translate("SurveyFlow", "Add survey answers"),
                QCoreApplication.translate("SurveyFlow", "Matching the responses to customers…"),
                lambda progress: join_survey(base, read_table(path)))
        except SegmentDeskError as exc:
            QMessageBox.warning(self._window, QCoreApplication.translate("SurveyFlow", "Cannot add these answers"),
                                error_text(exc))
            return None
        if joined is None:
            return None
        self._session.add_survey_answers(joined, file=path.name)
        self.last_summary = SurveySummaryDialog(joined, path.name, self._window)
        self.last_summary.exec()
        return joined
