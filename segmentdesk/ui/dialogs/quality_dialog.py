"""The data-quality report: each kind of problem with its count, and the rows behind it.

The dialog shows at once with a busy bar; the report is made in a worker and fills the dialog when
it arrives.  Closing the dialog before then drops the report.
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QProgressBar, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...core.formats import format_date, format_whole
from ...core.importing.quality import QualityIssue, finding_headers, quality_report
from ...core.privacy.personal_columns import EMAIL, looks_like_email, personal_columns
from ...core.words import finding_label
from ..error_messages import error_text
from ..i18n import current_language
from ..session import Session
from ..widgets.wrapped_list import wrap_rows
from ..workers import TaskRunner

SHOWN_ROWS = 200


def issue_text(code: str) -> str:
    """What a quality finding's code means, in the UI's language (from the words catalogue)."""
    return finding_label(code, current_language())


class QualityDialog(QDialog):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(900, 520)
        self._session = session
        self.issues: list[QualityIssue] | None = None       # None until the worker's report arrives

        self.issue_list = QListWidget()
        wrap_rows(self.issue_list)
        self.rows = QTableWidget()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        split = QSplitter()
        split.addWidget(self.issue_list)
        split.addWidget(self.rows)
        split.setSizes([330, 570])

        self.summary = QLabel(self.tr("Checking the data…"))
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)             # no fraction to show: the bar just moves
        self.busy.setTextVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.issue_list.currentRowChanged.connect(self._on_issue_changed)

        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._on_report_ready)
        self._runner.failed.connect(self._on_report_failed)
        ds, as_of = session.dataset, session.as_of
        self._runner.start(lambda progress: quality_report(ds, as_of=as_of))

    @property
    def filled(self) -> bool:
        """The report has arrived and is shown."""
        return self.issues is not None

    def describe(self, code: str) -> str:
        return issue_text(code)

    def _on_report_ready(self, issues: list[QualityIssue]) -> None:
        self.issues = issues
        self.busy.hide()
        lang = current_language()
        for issue in issues:
            item = QListWidgetItem(f"{format_whole(issue.count, lang)}  ·  {self.describe(issue.code)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.code)
            self.issue_list.addItem(item)
        self.summary.setText(self.tr("Nothing to report: the data looks clean.") if not issues else
                             self.tr("These are reported, not changed. Correct them in the source file and import "
                                     "it again, or keep them in mind when you export."))
        if issues:
            self.issue_list.setCurrentRow(0)

    def _on_report_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.summary.setText(error_text(exc))

    def _on_issue_changed(self, index: int) -> None:
        if self.issues is not None and 0 <= index < len(self.issues):
            show_issue_rows(self.rows, self._session.dataset, self.issues[index], pseudonyms=self._session.pseudonyms())

    def done(self, result: int) -> None:
        self._runner.cancel()                # closed before the report came: it is dropped
        super().done(result)


def show_issue_rows(view: QTableWidget, ds, issue: QualityIssue, *, file_row=None, pseudonyms=None) -> None:
    """Fill ``view`` with the rows behind ``issue`` (the first SHOWN_ROWS): numbered by ``file_row(table,
    position)`` (the file's own row numbers, while importing), else not numbered; with ``pseudonyms``
    (demo mode) a customer's personal columns show their pseudonyms."""
    table = ds.customers if issue.table == "customers" else ds.orders
    frame = table.frame
    rows = list(issue.rows[:SHOWN_ROWS])
    # The columns the finding is about come first: an invalid email must not hide past the table's right edge.
    headers = finding_headers(issue, list(frame.columns), table.roles)
    view.clear()
    view.setColumnCount(len(headers))
    view.setHorizontalHeaderLabels([str(c) for c in headers])
    view.setRowCount(len(rows))
    # Numbered only by the file's own rows: after an import a customer's place is not its Excel row (a title
    # row, merged duplicates, an update), and a number one off from Excel's sends the user to the wrong person.
    view.verticalHeader().setVisible(file_row is not None)
    view.setVerticalHeaderLabels([str(file_row(issue.table, r) if file_row else r + 1) for r in rows])
    lang = current_language()
    # Demo mode: an orders file can name people too (a webshop's buyer email, billing name and address).
    in_orders = (personal_columns(frame, table.roles, table.kinds)
                 if pseudonyms is not None and issue.table != "customers" else {})
    for r, position in enumerate(rows):
        for c, header in enumerate(headers):
            value = frame[header].iat[position]
            if pseudonyms is not None and issue.table == "customers" and pseudonyms.is_personal(header):
                value = pseudonyms.column(header)[position]
            elif header in in_orders:
                value = pseudonyms.standalone(in_orders[header], value)
            elif pseudonyms is not None and issue.table != "customers" and looks_like_email(value):
                value = pseudonyms.standalone(EMAIL, value)     # e.g. an order's customer reference
            text = "" if value is None or value is pd.NA or (isinstance(value, float) and value != value) \
                or value is pd.NaT else (format_date(pd.Timestamp(value), lang)
                                         if table.kinds[header] == "date" else str(value))
            view.setItem(r, c, QTableWidgetItem(text))
    # Wide enough to read whole (an email cut to "johanna.laine…" is the one thing the finding is about).
    view.resizeColumnsToContents()
