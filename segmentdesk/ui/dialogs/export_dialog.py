"""Export segments: which segments, which columns, which format, who is written, and where.

Nothing is ticked until the user chooses (the selected segment excepted); a click anywhere on a
row ticks or unticks it.  Counts (who will be written, who is left out and why) and a preview of
the first rows exactly as written come from workers and fill in when ready.  The export itself is
:func:`~segmentdesk.core.export.export_job.export_segments` in a worker with progress and Cancel.
An existing target is never replaced without asking (or a dated name is used); a file another
program holds open is named and can be retried.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

import numpy as np

from ...core.data.audience import CONSENT, EXISTING_CUSTOMERS, WITHOUT_CONSENT, Audience, audience
from ...core.data.fields import available_fields
from ...core.errors import ExportError
from ...core.export.combined_list import COMBINED_FORMATS
from ...core.export.destination import dated_path
from ...core.export.export_job import WORKBOOK, export_segments, export_targets
from ...core.export.members import CONTACT_FIELDS, segment_audiences
from ...core.export.presets import AD_PLATFORMS, FINNISH_EXCEL
from ...core.export.preview import preview_table
from ...core.export.report import ExportReport
from ...core.words import field_label
from ..error_messages import error_text
from ..i18n import current_language, formats
from ..session import Session
from ..widgets.wrapped_list import wrap_rows
from ..workers import TaskRunner
from .export_finished import left_out_text
from .export_questions import ask_overwrite, ask_retry

NAME = Qt.ItemDataRole.UserRole
FORMATS = ("xlsx", "csv", "csv-utf8", "mailchimp", "brevo", "mailerlite", "hubspot", "activecampaign", "meta",
           "google-ads")


class ExportDialog(QDialog):
    def __init__(self, session: Session, parent=None, *, default_dir: Path | None = None,
                 remembered: dict[str, Any] | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export mailing lists"))
        self.resize(760, 760)
        self._session = session
        self._today = today or dt.date.today()
        self.report: ExportReport | None = None
        self.runner = TaskRunner(self)
        self.count_runner = TaskRunner(self)
        self.union_runner = TaskRunner(self)       # a combined file's people: the chosen segments' union
        self.preview_runner = TaskRunner(self)
        self._audiences: list[Audience | None] | None = None
        self._pending: dict[str, Any] | None = None
        remembered = remembered or {}
        lang = current_language()

        self.segment_list = QListWidget()
        wrap_rows(self.segment_list)
        self.segment_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        current = session.current_segment
        for segment in session.segments:
            item = QListWidgetItem(segment.name)        # the counts follow from a worker
            item.setData(NAME, segment.name)
            # Not user-checkable: a click anywhere on the row toggles it (_on_row_clicked), the box included.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if segment is current else Qt.CheckState.Unchecked)
            self.segment_list.addItem(item)
        self.segments_box = QGroupBox()
        QVBoxLayout(self.segments_box).addWidget(self.segment_list)

        self.column_list = QListWidget()
        ds = session.dataset
        has_email = ds is not None and ds.has_role("email")
        wanted = remembered.get("columns") or [f for f in CONTACT_FIELDS]
        for f in available_fields(ds) if ds is not None else []:
            if f.kind == "boolean" and f.name == "consent_email":
                continue
            item = QListWidgetItem(field_label(f.name, lang))
            item.setData(NAME, f.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if f.name in wanted else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        columns_box = QGroupBox(self.tr("Columns (contact details only by default: send no more than needed)"))
        QVBoxLayout(columns_box).addWidget(self.column_list)

        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("Only customers who gave marketing consent"), CONSENT)
        self.basis_combo.addItem(self.tr("Also existing customers without an answer (existing-customer exception)"),
                                 EXISTING_CUSTOMERS)
        self.basis_combo.addItem(self.tr("Also customers without an answer (service messages only)"), WITHOUT_CONSENT)
        self.basis_note = QLabel()
        self.basis_note.setWordWrap(True)
        self.no_email = QLabel(self.tr("This data has no email column, so the workbook cannot be a mailing list; "
                                       "it will hold the columns you choose."))
        self.no_email.setWordWrap(True)
        self.no_email.setVisible(not has_email)

        self.format_combo = QComboBox()
        labels = {"xlsx": self.tr("Excel workbook (.xlsx)"), "csv": self.tr("CSV for Excel in Finland (semicolons)"),
                  "csv-utf8": self.tr("CSV, UTF-8 with commas (other programs)"),
                  "mailchimp": "Mailchimp (CSV)", "brevo": "Brevo (CSV)", "mailerlite": "MailerLite (CSV)",
                  "hubspot": "HubSpot (CSV)", "activecampaign": "ActiveCampaign (CSV)",
                  "meta": self.tr("Meta Custom Audience (Facebook, Instagram)"),
                  "google-ads": self.tr("Google Ads Customer Match")}
        for fmt in FORMATS:
            self.format_combo.addItem(labels[fmt], fmt)
        self.per_file_box = QCheckBox(self.tr("One workbook per segment"))
        self.per_file_box.setChecked(bool(remembered.get("file_per_segment")))
        self.combined_box = QCheckBox(self.tr("One file for the whole audience: each person once, the segments "
                                              "they are in as tags"))
        self.combined_box.setChecked(bool(remembered.get("combined", True)))
        self.hash_box = QCheckBox(self.tr("Hash emails, phones and names here (SHA-256) before they leave this computer"))
        self.hash_box.setChecked(bool(remembered.get("hashed")))
        self.format_hint = QLabel()
        self.format_hint.setWordWrap(True)
        self.demo_note = QLabel(self.tr("Demo mode is on: names, emails, phone numbers and street addresses are "
                                        "written as made-up ones (the same person, the same made-up one); who is "
                                        "written and the counts are the real ones."))
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(session.pseudonyms() is not None)
        self._default_dir = Path(remembered.get("folder") or default_dir or Path.home())
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))

        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setMinimumHeight(150)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

        lists = QHBoxLayout()
        lists.addWidget(self.segments_box, 1)
        lists.addWidget(columns_box, 1)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Format:")), 0, 0)
        form.addWidget(self.format_combo, 0, 1, 1, 2)
        form.addWidget(QLabel(self.tr("Who:")), 1, 0)
        form.addWidget(self.basis_combo, 1, 1, 1, 2)
        form.addWidget(self.path_label, 2, 0)
        form.addWidget(self.path_edit, 2, 1)
        form.addWidget(browse, 2, 2)
        form.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(self.no_email)
        layout.addLayout(form)
        layout.addWidget(self.basis_note)
        layout.addWidget(self.per_file_box)
        layout.addWidget(self.combined_box)
        layout.addWidget(self.hash_box)
        layout.addWidget(self.format_hint)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.segment_list.itemClicked.connect(self._on_row_clicked)
        self.segment_list.itemActivated.connect(self._on_row_clicked)
        self.column_list.itemChanged.connect(self._on_choice_changed)
        self.basis_combo.currentIndexChanged.connect(self._on_basis_changed)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.per_file_box.toggled.connect(self._on_format_changed)
        self.combined_box.toggled.connect(self._on_format_changed)
        self.hash_box.toggled.connect(self._on_choice_changed)
        browse.clicked.connect(self._on_browse)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self._on_cancel)
        self.runner.progress.connect(lambda f, _s: self.progress.setValue(int(f * 100)))
        self.runner.finished.connect(self._on_done)
        self.runner.failed.connect(self._on_failed)
        self.count_runner.finished.connect(self._on_counts_ready)
        self.union_runner.finished.connect(lambda union: self.counts_label.setText(self._counts_text([union], True)))
        self.preview_runner.finished.connect(self._on_preview_ready)
        self.preview_runner.failed.connect(lambda exc: self.preview_label.setText(error_text(exc)))

        start = self.format_combo.findData(remembered.get("format", WORKBOOK))
        self.format_combo.setCurrentIndex(max(start, 0))
        self._on_format_changed()
        self._on_basis_changed()

    # -- choices -------------------------------------------------------------------------------
    def chosen_segments(self) -> list[str]:
        return [self.segment_list.item(i).data(NAME) for i in range(self.segment_list.count())
                if self.segment_list.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_columns(self) -> list[str]:
        return [self.column_list.item(i).data(NAME) for i in range(self.column_list.count())
                if self.column_list.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_format(self) -> str:
        return self.format_combo.currentData()

    def chosen_basis(self) -> str:
        return self.basis_combo.currentData()

    def _file_per_segment(self) -> bool:
        return self.chosen_format() == WORKBOOK and self.per_file_box.isChecked()

    def _combined(self) -> bool:
        return self.chosen_format() in COMBINED_FORMATS and self.combined_box.isChecked()

    def _writes_folder(self) -> bool:
        return (self.chosen_format() != WORKBOOK and not self._combined()) or self._file_per_segment()

    def choices(self) -> dict[str, Any]:
        """What to offer next time for this project (never the consent basis)."""
        path = Path(self.path_edit.text()).expanduser()
        return {"format": self.chosen_format(), "columns": self.chosen_columns(),
                "folder": str(path if self._writes_folder() else path.parent),
                "file_per_segment": self.per_file_box.isChecked(), "hashed": self.hash_box.isChecked(),
                "combined": self.combined_box.isChecked()}

    def _on_row_clicked(self, item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._on_choice_changed()

    def _on_basis_changed(self) -> None:
        notes = {CONSENT: self.tr("Customers who said no, addresses on the do-not-contact list, invalid and repeated "
                                  "addresses are always left out."),
                 EXISTING_CUSTOMERS: self.tr("Finnish law allows email marketing of similar products to existing "
                                             "customers who were offered a way to refuse and did not; every message "
                                             "must offer an easy opt-out. The choice is written to the project's log "
                                             "with the date, the segments and how many it added."),
                 WITHOUT_CONSENT: self.tr("Only for messages that need no consent, such as service messages. The "
                                          "choice is written to the project's log. Customers who said no are still "
                                          "left out.")}
        self.basis_note.setText(notes[self.chosen_basis()])
        self._count_members()

    def _on_format_changed(self) -> None:
        fmt = self.chosen_format()
        is_book = fmt == WORKBOOK
        self.per_file_box.setVisible(is_book)
        self.combined_box.setVisible(fmt in COMBINED_FORMATS)
        self.hash_box.setVisible(fmt in AD_PLATFORMS)
        if is_book:
            self.segments_box.setTitle(self.tr("Segments (one workbook each)") if self._file_per_segment()
                                       else self.tr("Segments (one sheet each)"))
        elif self._combined():
            self.segments_box.setTitle(self.tr("Segments (tags in one file)"))
        else:
            self.segments_box.setTitle(self.tr("Segments (one file each)"))
        current = Path(self.path_edit.text()).expanduser() if self.path_edit.text() else None
        folder = self._default_dir if current is None else (current if current.suffix == "" else current.parent)
        if self._writes_folder():
            self.path_label.setText(self.tr("Save into folder:"))
            name = self.tr("segments") + ("" if is_book else f"-{fmt}")
            self.path_edit.setText(str(folder if current is None and folder != Path.home() and not is_book
                                       else folder / name))
        else:
            self.path_label.setText(self.tr("Save as:"))
            self.path_edit.setText(str(folder / (self.tr("segments.xlsx") if is_book else
                                                 self.tr("segments") + f"-{fmt}.csv")))
        hints = {WORKBOOK: self.tr("Headings in your language; dates, amounts and codes kept as Excel shows them."),
                 FINNISH_EXCEL: self.tr("One file per segment in this folder. Codes with leading zeros (postal code "
                                        "00100) are written as they are, but Excel shows them without the zeros: "
                                        "use the Excel workbook when you need them shown."),
                 "meta": self.tr("Only the columns Meta matches people by, in its format. Upload the files in Ads "
                                 "Manager as a customer list."),
                 "google-ads": self.tr("Only the columns Google Ads matches people by, in its format. Upload the files "
                                       "as a Customer Match list.")}
        if self._combined():
            hints[fmt] = self.tr("One file for your Mailchimp audience: each person once, the segments they are "
                                 "in as tags. Import it once; Mailchimp makes the tags.")
        self.format_hint.setText(hints.get(fmt, self.tr("One file per segment in this folder, with the column names "
                                                        "the tool expects: import each into its own list.")))
        self._on_choice_changed()

    def _on_choice_changed(self, *_args: object) -> None:
        self._show_counts()
        self._update_preview()

    def _on_browse(self) -> None:
        if self._writes_folder():
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), self.path_edit.text())
            if path:
                self.path_edit.setText(path)
            return
        suffix = ".xlsx" if self.chosen_format() == WORKBOOK else ".csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx"
                                              else self.tr("CSV file (*.csv)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(suffix) else path + suffix)

    # -- counts and preview ----------------------------------------------------------------------
    def _count_members(self) -> None:
        """Who each segment's export would write on the chosen basis, off the GUI thread."""
        session = self._session
        if session.dataset is None or not session.segments:
            return
        ds, segments, mask = session.dataset, [s.copy() for s in session.segments], session.mask_reader()
        listed, basis = session.listed_lookup(), self.chosen_basis()     # the list is matched in the worker
        self.count_runner.start(lambda progress: segment_audiences(ds, segments, mask=mask, basis=basis,
                                                                   blocked=listed(), progress=progress))

    def _on_counts_ready(self, audiences: list[Audience | None]) -> None:
        self._audiences = audiences
        fmt = formats()
        for i, reached in enumerate(audiences[:self.segment_list.count()]):
            if reached is None:             # a rule the data cannot answer keeps its bare name
                continue
            item = self.segment_list.item(i)
            name = item.data(NAME)
            if reached.count == 0:
                item.setText(self.tr("%1 · empty: nothing to export").replace("%1", name))
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.NoItemFlags)          # shown, greyed, never written
            else:
                item.setText(self.tr("%1 · %2 customers, %3 reachable by email").replace("%1", name)
                             .replace("%2", fmt.whole(reached.count)).replace("%3", fmt.whole(reached.reachable)))
        self._show_counts()

    def _show_counts(self) -> None:
        names = set(self.chosen_segments())
        if not names:
            self.counts_label.setText(self.tr("Tick the segments to export: click a row."))
            return
        if self._audiences is None:
            self.counts_label.setText(self.tr("Counting…"))
            return
        if self._combined():
            self.counts_label.setText(self.tr("Counting…"))
            ds, mask, basis = self._session.dataset, self._session.mask_reader(), self.chosen_basis()
            listed, segments = self._session.listed_lookup(), self._chosen_copies()
            self.union_runner.start(lambda progress: audience(
                ds, np.logical_or.reduce([mask(s) for s in segments]), basis=basis, blocked=listed()))
            return
        chosen = [a for i, a in enumerate(self._audiences)
                  if a is not None and i < self.segment_list.count() and self.segment_list.item(i).data(NAME) in names]
        self.counts_label.setText(self._counts_text(chosen, False))

    def _counts_text(self, chosen: list[Audience], people: bool) -> str:
        """Who will be written and who left out, in words; ``people``: one combined file (each once)."""
        fmt = formats()
        total = lambda attr: sum(getattr(a, attr) for a in chosen)  # noqa: E731
        text = (self.tr("Will write %1 people, each once.") if people
                else self.tr("Will write %1 rows.")).replace("%1", fmt.whole(total("reachable")))
        left_out = left_out_text(total, done=False)
        if left_out:
            text += " " + left_out
        by_exception = total("by_exception")
        if by_exception:
            text += " " + self.tr("%1 of the rows without consent on record.").replace("%1", fmt.whole(by_exception))
        return text

    def _chosen_copies(self) -> list:
        names = set(self.chosen_segments())
        return [s.copy() for s in self._session.segments if s.name in names]

    def _update_preview(self) -> None:
        """The first rows of the first ticked segment exactly as written, off the GUI thread."""
        names = self.chosen_segments()
        session = self._session
        if not names or session.dataset is None:
            self.preview_label.setText(self.tr("Preview: tick a segment to see its first rows as they will be written."))
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        segment = next(s for s in session.segments if s.name == names[0]).copy()
        ds, mask, listed = session.dataset, session.mask_reader(), session.listed_lookup()
        options = dict(format=self.chosen_format(), as_of=session.as_of, columns=self.chosen_columns() or None,
                       basis=self.chosen_basis(), lang=current_language(),
                       hashed=self.hash_box.isChecked(), segment_name=segment.name, pseudonyms=session.pseudonyms())
        if self._combined():
            segments = self._chosen_copies()
            self.preview_label.setText(self.tr("Preview of the combined file as it will be written:"))
            self.preview_runner.start(lambda progress: preview_table(
                ds, None, combined=[(s.name, mask(s)) for s in segments], blocked=listed(), **options))
            return
        self.preview_label.setText(self.tr("Preview of “%1” as it will be written:").replace("%1", segment.name))
        self.preview_runner.start(lambda progress: preview_table(ds, mask(segment), blocked=listed(), **options))

    def _on_preview_ready(self, table: list[list[str]]) -> None:
        header, rows = (table[0], table[1:]) if table else ([], [])
        self.preview.setColumnCount(len(header))
        self.preview.setHorizontalHeaderLabels(header)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value[:200]))
        self.preview.resizeColumnsToContents()

    # -- export -----------------------------------------------------------------------------------
    def _on_export(self) -> None:
        names = self.chosen_segments()
        columns = self.chosen_columns()
        if not names:
            QMessageBox.information(self, self.tr("Nothing to export"), self.tr("Tick at least one segment."))
            return
        if not columns:
            QMessageBox.information(self, self.tr("Nothing to export"), self.tr("Tick at least one column."))
            return
        path = Path(self.path_edit.text()).expanduser()
        fmt, per_file = self.chosen_format(), self._file_per_segment()
        combined = self._combined()
        existing = [p for p in export_targets(path, fmt, names, file_per_segment=per_file, combined=combined)
                    if p.exists()]
        if existing:
            answer = ask_overwrite(self, existing)
            if answer == "cancel":
                return
            if answer == "dated":
                path = dated_path(path, self._today)
                self.path_edit.setText(str(path))
        project = self._session.snapshot()      # the worker's own copy: the user may edit meanwhile
        self._pending = dict(project=project, segments=[project.segment(n) for n in names], out=path, format=fmt,
                             as_of=self._session.as_of, columns=columns, basis=self.chosen_basis(),
                             lang=current_language(), file_per_segment=per_file, hashed=self.hash_box.isChecked(),
                             combined=combined, pseudonyms=self._session.pseudonyms())
        self._start()

    def _start(self) -> None:
        pending = dict(self._pending or {})
        project, segments = pending.pop("project"), pending.pop("segments")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.runner.start(lambda progress: export_segments(project, segments, progress=progress, **pending))

    def _on_done(self, report: ExportReport) -> None:
        self.report = report
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        details = exc.details if isinstance(exc, ExportError) else {}
        if details.get("reason") == "locked":
            if ask_retry(self, str(details.get("path", ""))):
                self._start()
            return
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
        self.union_runner.cancel()
        self.preview_runner.cancel()
        super().done(result)
