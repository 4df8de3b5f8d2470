"""What adding survey answers did: responses matched and not, and how each question was read."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.importing.survey import SurveyJoin
from ..i18n import formats


class SurveySummaryDialog(QDialog):
    """The join's figures, a table of the questions (field, kind, answers) and the unmatched responses."""

    def __init__(self, joined: SurveyJoin, file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survey answers added"))
        f = formats()
        tool = f" ({joined.tool})" if joined.tool else ""
        self.summary = QLabel(
            self.tr("%1%2: %3 of %4 responses matched a customer by email; %5 matched no customer.")
            .replace("%1", file).replace("%2", tool).replace("%3", f.whole(joined.matched))
            .replace("%4", f.whole(joined.responses)).replace("%5", f.whole(len(joined.unmatched))))
        self.summary.setWordWrap(True)
        kinds = {"number": self.tr("Number"), "tags": self.tr("Tags"), "text": self.tr("Text")}
        self.questions = QTableWidget(len(joined.questions), 3)
        self.questions.setHorizontalHeaderLabels([self.tr("Question (a psychographic field)"), self.tr("Read as"),
                                                  self.tr("Answers")])
        for row, q in enumerate(joined.questions):
            for col, text in enumerate((q.column, kinds[q.kind], f.whole(q.answered))):
                self.questions.setItem(row, col, QTableWidgetItem(text))
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.questions.verticalHeader().setVisible(False)
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.unmatched = QPlainTextEdit("\n".join(
            self.tr("Row %1: %2").replace("%1", str(u.row)).replace("%2", u.email or self.tr("(no email)"))
            for u in joined.unmatched))
        self.unmatched.setReadOnly(True)
        self.unmatched.setMaximumHeight(110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.questions, 1)
        note = QLabel(self.tr("Likert answers are numbers (1 = strongly disagree … 5 = strongly agree), choices are "
                              "tags, anything else text. Segments find them among the psychographic fields."))
        note.setWordWrap(True)
        layout.addWidget(note)
        if joined.unmatched:
            layout.addWidget(QLabel(self.tr("Responses that matched no customer (not saved):")))
            layout.addWidget(self.unmatched)
        layout.addWidget(buttons)
        self.resize(640, 420)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
