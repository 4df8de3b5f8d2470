"""Export segments: which segments, which columns, which format, consent.

The dialog shows at once; its member counts come from a worker and fill in when ready.
The export itself is :func:`~segmentdesk.core.export.export_job.export_segments` in a worker.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QProgressBar, QPushButton,
                               QVBoxLayout)

from ...core.data.fields import available_fields
from ...core.export.export_job import export_segments
from ...core.export.members import CONTACT_FIELDS, MemberCount, member_counts
from ...core.export.report import ExportReport
from ...core.words import field_label
from ..error_messages import error_text
from ..i18n import current_language, formats
from ..session import Session
from ..workers import TaskRunner


class ExportDialog(QDialog):
    def __init__(self, session: Session, parent=None, *, default_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export mailing lists"))
        self.resize(620, 560)
        self._session = session
        self.report: ExportReport | None = None
        self.runner = TaskRunner(self)
        self.count_runner = TaskRunner(self)
        lang = current_language()

        self.segment_list = QListWidget()
        for segment in session.segments:
            item = QListWidgetItem(segment.name)        # the counts follow from a worker
            item.setData(Qt.ItemDataRole.UserRole, segment.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.segment_list.addItem(item)
        segments_box = QGroupBox(self.tr("Segments (one sheet each)"))
        QVBoxLayout(segments_box).addWidget(self.segment_list)

        self.column_list = QListWidget()
        ds = session.dataset
        has_email = ds is not None and ds.has_role("email")
        for f in available_fields(ds) if ds is not None else []:
            if f.kind == "boolean" and f.name == "consent_email":
                continue
            item = QListWidgetItem(field_label(f.name, lang))
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if f.name in CONTACT_FIELDS else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        columns_box = QGroupBox(self.tr("Columns (contact details only by default: send no more than needed)"))
        QVBoxLayout(columns_box).addWidget(self.column_list)

        self.override = QCheckBox(self.tr("Also export customers who have not given marketing consent"))
        self.override_warning = QLabel(self.tr("Only do this for messages that need no consent, such as service "
                                               "messages. The override is written to the project's log."))
        self.override_warning.setWordWrap(True)
        self.override_warning.setVisible(False)
        self.no_email = QLabel(self.tr("This data has no email column, so the workbook cannot be a mailing list; "
                                       "it will hold the columns you choose."))
        self.no_email.setWordWrap(True)
        self.no_email.setVisible(not has_email)

        self.format_combo = QComboBox()
        for fmt, label in (("xlsx", self.tr("Excel workbook (one sheet per segment)")),
                           ("csv", self.tr("CSV files for Excel (one per segment)")),
                           ("mailchimp", "Mailchimp (CSV)"), ("brevo", "Brevo (CSV)"),
                           ("mailerlite", "MailerLite (CSV)"), ("hubspot", "HubSpot (CSV)")):
            self.format_combo.addItem(label, fmt)
        self.format_hint = QLabel()
        self.format_hint.setWordWrap(True)
        format_line = QHBoxLayout()
        format_line.addWidget(QLabel(self.tr("Format:")))
        format_line.addWidget(self.format_combo, 1)
        self._default_dir = default_dir or Path.home()
        self.path_edit = QLineEdit(str(self._default_dir / self.tr("segments.xlsx")))
        browse = QPushButton(self.tr("Browse…"))
        path_line = QHBoxLayout()
        path_line.addWidget(QLabel(self.tr("Save as:")))
        path_line.addWidget(self.path_edit, 1)
        path_line.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

        layout = QVBoxLayout(self)
        layout.addWidget(segments_box, 1)
        layout.addWidget(columns_box, 1)
        layout.addWidget(self.no_email)
        layout.addWidget(self.override)
        layout.addWidget(self.override_warning)
        layout.addLayout(format_line)
        layout.addWidget(self.format_hint)
        layout.addLayout(path_line)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.override.toggled.connect(self.override_warning.setVisible)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self._on_format_changed()
        browse.clicked.connect(self._on_browse)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self._on_cancel)
        self.runner.progress.connect(lambda f, _s: self.progress.setValue(int(f * 100)))
        self.runner.finished.connect(self._on_done)
        self.runner.failed.connect(self._on_failed)
        self.count_runner.finished.connect(self._on_counts_ready)
        self._count_members()

    def _count_members(self) -> None:
        """Count each segment's members and those with consent off the GUI thread."""
        session = self._session
        if session.dataset is None or not session.segments:
            return
        ds, segments, mask = session.dataset, [s.copy() for s in session.segments], session.mask_reader()
        blocked = session.listed_members()
        self.count_runner.start(lambda progress: member_counts(ds, segments, mask=mask, blocked=blocked,
                                                               progress=progress))

    def _on_counts_ready(self, counts: list[MemberCount | None]) -> None:
        for i, count in enumerate(counts[:self.segment_list.count()]):
            if count is not None:           # a rule the data cannot answer keeps its bare name
                item = self.segment_list.item(i)
                item.setText(self._segment_label(item.data(Qt.ItemDataRole.UserRole), count))

    def _segment_label(self, name: str, count: MemberCount) -> str:
        """"Name · 523 customers, 360 reachable by email" (the builder's number: the rows an export writes)."""
        return (self.tr("%1 · %2 customers, %3 reachable by email").replace("%1", name)
                .replace("%2", formats().whole(count.count)).replace("%3", formats().whole(count.reachable)))

    def chosen_segments(self) -> list[str]:
        return [self.segment_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.segment_list.count())
                if self.segment_list.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_columns(self) -> list[str]:
        return [self.column_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.column_list.count())
                if self.column_list.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_format(self) -> str:
        return self.format_combo.currentData()

    def _on_format_changed(self) -> None:
        fmt = self.chosen_format()
        current = Path(self.path_edit.text()).expanduser()
        folder = current.parent
        if fmt == "xlsx":
            self.path_edit.setText(str(folder / self.tr("segments.xlsx")))
            self.format_hint.setText("")
        else:
            self.path_edit.setText(str(folder / (self.tr("segments") + f"-{fmt}")))
            self.format_hint.setText(self.tr("One CSV file per segment is written into this folder. Email tools get "
                                             "only valid addresses, each once, with the column names they expect."))
        self.format_hint.setVisible(fmt != "xlsx")

    def _on_browse(self) -> None:
        if self.chosen_format() != "xlsx":
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), self.path_edit.text())
            if path:
                self.path_edit.setText(path)
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _on_export(self) -> None:
        names = self.chosen_segments()
        columns = self.chosen_columns()
        if not names:
            QMessageBox.information(self, self.tr("Nothing to export"), self.tr("Tick at least one segment."))
            return
        if not columns:
            QMessageBox.information(self, self.tr("Nothing to export"), self.tr("Tick at least one column."))
            return
        project = self._session.snapshot()      # the worker's own copy: the user may edit meanwhile
        segments = [project.segment(n) for n in names]
        path = Path(self.path_edit.text()).expanduser()
        include, fmt, as_of, lang = self.override.isChecked(), self.chosen_format(), self._session.as_of, current_language()
        self.progress.setVisible(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.runner.start(lambda progress: export_segments(
            project, segments, out=path, format=fmt, as_of=as_of, columns=columns,
            include_without_consent=include, lang=lang, progress=progress))

    def _on_done(self, report: ExportReport) -> None:
        self.report = report
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))

    def _on_cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.progress.setVisible(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            return
        self.reject()

    def done(self, result: int) -> None:
        # Closing the dialog (Escape, the title bar) cancels what still runs: an export nobody
        # sees finish would write files the project's log never hears of.
        self.runner.cancel()
        self.count_runner.cancel()
        super().done(result)
