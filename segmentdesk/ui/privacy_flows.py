"""The Customer menu's privacy commands: erase a person, export a person's data, the do-not-contact list.

Erasing and the access request work on the saved project file (backups included), so both ask
for a saved project first.  Every change goes through the session.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QMainWindow,
                               QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..core.errors import SegmentDeskError
from ..core.privacy.address_file import read_addresses
from ..core.project.person_data import person_record, write_person_record
from ..core.project.person_match import PersonQuery
from .error_messages import error_text
from .i18n import current_language
from .progress_job import run_with_progress
from .session import Session


class PrivacyFlows:
    """Slots for the Customer menu; ``window`` parents the dialogs."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        self._window, self._session = window, session

    def _saved(self) -> bool:
        if self._session.path is None or self._session.dirty:
            QMessageBox.information(
                self._window, QCoreApplication.translate("PrivacyFlows", "Save first"),
                QCoreApplication.translate("PrivacyFlows", "Save the project first: this works on the saved project file."))
            return False
        return True

    def _ask_person(self, title: str) -> PersonQuery | None:
        text, ok = QInputDialog.getText(self._window, title,
                                        QCoreApplication.translate("PrivacyFlows", "Email address or customer number:"))
        text = text.strip()
        if not ok or not text:
            return None
        return PersonQuery(email=text) if "@" in text else PersonQuery(customer_id=text)

    def erase_person(self) -> None:
        if not self._saved():
            return
        query = self._ask_person(QCoreApplication.translate("PrivacyFlows", "Erase person"))
        if query is None:
            return
        sure = QMessageBox.question(
            self._window, QCoreApplication.translate("PrivacyFlows", "Erase person"),
            QCoreApplication.translate("PrivacyFlows", 
                "Erase %1 for good from this project, its snapshots, its log and all its backups? "
                "Their address goes on the do-not-contact list. This cannot be undone.")
            .replace("%1", query.email or query.customer_id or ""))
        if sure != QMessageBox.StandardButton.Yes:
            return
        title = QCoreApplication.translate("PrivacyFlows", "Erase person")
        try:
            # In a worker: the project, then every backup, is rewritten and VACUUMed (seconds at 100,000
            # customers); the window paints and shows how far it is, with no Cancel half-way.
            done, project = run_with_progress(
                self._window, title, QCoreApplication.translate("PrivacyFlows", "Erasing %1…")
                .replace("%1", query.email or query.customer_id or ""), self._session.erasure_job(query),
                cancellable=False)
        except SegmentDeskError as exc:
            QMessageBox.warning(self._window, title, error_text(exc))
            return
        self._session.adopt(project, self._session.path)
        QMessageBox.information(self._window, QCoreApplication.translate("PrivacyFlows", "Erase person"),
                                QCoreApplication.translate("PrivacyFlows", 
                                    "Erased %1 customer(s) and %2 order(s); %3 backup(s) erased too.")
                                .replace("%1", str(done.customers)).replace("%2", str(done.orders))
                                .replace("%3", str(done.backups_erased)))

    def export_person_data(self) -> None:
        if not self._saved():
            return
        query = self._ask_person(QCoreApplication.translate("PrivacyFlows", "Export person's data"))
        if query is None:
            return
        page = QCoreApplication.translate("PrivacyFlows", "Page for the person (*.html)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("PrivacyFlows", "Export person's data"), "",
            ";;".join([page, QCoreApplication.translate("PrivacyFlows", "JSON file (*.json)")]), page)
        if not path:
            return
        if not Path(path).suffix:
            path += ".html" if chosen == page else ".json"
        try:
            # The page is in the window's language: the person reads it; the JSON is for machines.
            write_person_record(person_record(self._session.path, query, as_of=self._session.as_of), path,
                                lang=current_language())
        except (SegmentDeskError, OSError) as exc:
            QMessageBox.warning(self._window, QCoreApplication.translate("PrivacyFlows", "Export person's data"),
                                error_text(exc))
            return
        self._window.statusBar().showMessage(
            QCoreApplication.translate("PrivacyFlows", "Wrote %1.").replace("%1", Path(path).name), 5000)

    def do_not_contact(self) -> None:
        dialog = DoNotContactDialog(len(self._session.project.do_not_contact), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = self._session.add_do_not_contact(dialog.addresses(), source="app")
        if dialog.imported:
            added += self._session.add_do_not_contact(dialog.imported, source="import")
        self._window.statusBar().showMessage(
            QCoreApplication.translate("PrivacyFlows", "%1 address(es) added to the do-not-contact list.")
            .replace("%1", str(added)), 5000)


class DoNotContactDialog(QDialog):
    """Addresses to add, typed one per line or read from an email tool's unsubscribe/bounce file."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Do-not-contact list"))
        self.imported: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 addresses are on the list. Their owners are never exported again; "
                                        "the list keeps only a one-way hash of each.").replace("%1", str(count))))
        layout.addWidget(QLabel(self.tr("Add addresses, one per line:")))
        self.text = QPlainTextEdit()
        layout.addWidget(self.text)
        self.import_button = QPushButton(self.tr("Import a file of addresses…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        layout.addWidget(self.import_button)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def addresses(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if "@" in line]

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file of addresses"), "",
                                              self.tr("Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods)"))
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        try:
            found = read_addresses(path)
        except SegmentDeskError as exc:
            self.status.setText(error_text(exc))
            return
        self.imported += found.addresses
        self.status.setText(self.tr("%1 addresses read from column %2.").replace("%1", str(len(found.addresses)))
                            .replace("%2", found.column))
