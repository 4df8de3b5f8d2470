"""The customer form: a customer's fields, notes and consent history, edited through the session.

Opened from the customer table (double-click or Enter) for one customer, or from
Customer ▸ New customer… with empty fields.  OK hands what changed to the session in one undo
step (:meth:`.Session.edit_customer` / :meth:`.Session.add_customer`); a value a field cannot
hold is shown in the form and nothing changes.  In demo mode the form shows the customer's
pseudonyms, read only, and hides the notes: a pseudonym must never be saved as real data.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.errors import SegmentDeskError
from ...core.register.overlay import json_value
from ...core.register.register import CONSENT_HOWS
from .. import theme
from ..error_messages import error_text
from ..i18n import date_edit_format, formats
from ..session import Session
from ..widgets.fitted_scroll_area import FittedScrollArea

HISTORY_ROWS = (2, 5)
"""The notes and consent list shows this many rows at least and at most: the fields get the rest."""


class CustomerDialog(QDialog):
    """``position``: the customer's row in the session's data; None for a new customer."""

    def __init__(self, session: Session, position: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._position = session, position
        self._key = None if position is None else session.customer_key(position)
        customers = session.dataset.customers
        self.setWindowTitle(self.tr("New customer") if position is None else self.tr("Customer"))
        role_of = {h: r for r, h in customers.roles.items()}
        self._demo = session.pseudonyms()

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self._initial: dict[str, str] = {}
        for header in customers.frame.columns:
            value = None if position is None else json_value(customers.frame[header].iat[position],
                                                             customers.kinds[header])
            text = self._shown(value, customers.kinds[header])
            if self._demo is not None and self._demo.is_personal(header) and position is not None:
                text = self._shown(self._demo.column(header)[position], "text")
            edit = QLineEdit(text)
            edit.setReadOnly(self._demo is not None)
            edit.setAccessibleName(header)
            if header in role_of:
                edit.setToolTip(role_of[header])
            form.addRow(header, edit)
            self.fields[header], self._initial[header] = edit, text
        holder = QWidget()
        holder.setLayout(form)
        self.fields_area = scroll = FittedScrollArea()       # as tall as the fields, scrolling only past the room
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        layout = QVBoxLayout(self)
        if self._demo is not None:
            notice = QLabel(self.tr("Demo mode is on: personal data is shown as made-up values and this customer "
                                    "cannot be changed. Turn demo mode off (View ▸ Demo mode) to edit."))
            notice.setWordWrap(True)
            theme.text_colour(notice, theme.warning_text)
            layout.addWidget(notice)
        layout.addWidget(scroll, 1)      # the fields first: the history below is usually a few lines
        self.tag = QLineEdit()
        self.add_tag_button = QPushButton(self.tr("Add tag"))
        interests = customers.roles.get("interests")
        if interests is not None and self._demo is None:
            # A tag is a word in the interests field (as the command line's --tag adds it).
            self.tag.setPlaceholderText(self.tr("A tag, e.g. yoga"))
            self.tag.setAccessibleName(self.tr("Tag"))
            tag_row = QHBoxLayout()
            tag_row.addWidget(self.tag, 1)
            tag_row.addWidget(self.add_tag_button)
            layout.addLayout(tag_row)
            self.add_tag_button.clicked.connect(lambda: self._add_tag(self.fields[interests]))
            self.tag.returnPressed.connect(self.add_tag_button.click)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a note…"))
        self.consent = QComboBox()
        self.consent.addItem(self.tr("No change"), None)
        self.consent.addItem(self.tr("Consent given"), True)
        self.consent.addItem(self.tr("Consent withdrawn"), False)
        self.how = QComboBox()
        for how, words in zip(CONSENT_HOWS, (self.tr("on a form"), self.tr("by email"), self.tr("in the shop"),
                                             self.tr("other"))):
            self.how.addItem(words, how)
        self.date = QDateEdit(QDate(session.as_of))
        self.date.setDisplayFormat(date_edit_format())
        self.date.setCalendarPopup(True)
        if self._key is not None and self._demo is None:      # notes are free text: they may name people
            layout.addWidget(self._history())
            consent_row = QHBoxLayout()
            # Named, or the row reads "No change · on a form · 2026-11-01" and nobody knows what would change.
            self.consent_label = QLabel(self.tr("Marketing consent:"))
            self.consent_label.setBuddy(self.consent)
            for widget in (self.consent_label, self.consent, self.how, self.date):
                consent_row.addWidget(widget)
            layout.addLayout(consent_row)
            layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.text_colour(self.error, theme.error_text)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button = buttons.addButton(self.tr("Delete customer…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self._key is not None and self._demo is None)
        if self._demo is not None:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setVisible(False)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.delete_button.clicked.connect(self._delete)
        layout.addWidget(buttons)
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry().height() - 60
        self.resize(520, min(self.sizeHint().height(), room))

    def _shown(self, value: object, kind: str) -> str:
        """A value as the window shows it elsewhere (``24.12.1984``, ``1 234,5`` in Finnish); the
        register reads these back, and only fields the user changed are read at all."""
        if value is None:
            return ""
        if value is True or value is False:
            return self.tr("yes") if value else self.tr("no")
        if kind == "date":
            return formats().date(value)
        if kind == "number":
            return formats().decimal(value)
        return str(value)

    def _history(self) -> QGroupBox:
        """The customer's notes and consent records, oldest first."""
        _, consent, notes = self._session.project.register.of(self._key)
        box = QGroupBox(self.tr("Notes and consent"))
        self.history = QListWidget()
        how_words = {h: self.how.itemText(i) for i, h in enumerate(CONSENT_HOWS)}
        for ev in consent:
            words = self.tr("Consent given %1") if ev.given else self.tr("Consent withdrawn %1")
            self.history.addItem(f"{formats().date(ev.on)}  " + words.replace("%1", how_words.get(ev.how, ev.how)))
        for n in notes:
            self.history.addItem(f"{formats().date(n.on)}  {n.text}")
        # Its rows' height, no more: an empty list took a third of the form while the fields scrolled.
        rows = min(max(self.history.count(), HISTORY_ROWS[0]), HISTORY_ROWS[1])
        row = self.history.sizeHintForRow(0) if self.history.count() else self.history.fontMetrics().height() + 4
        self.history.setFixedHeight(rows * row + 2 * self.history.frameWidth())
        QVBoxLayout(box).addWidget(self.history)
        return box

    def _add_tag(self, field: QLineEdit) -> None:
        tag = self.tag.text().strip()
        current = field.text().strip()
        if tag and tag.casefold() not in {t.strip().casefold() for t in current.replace(";", ",").split(",")}:
            separator = "; " if ";" in current else ", "
            field.setText(f"{current}{separator}{tag}" if current else tag)
        self.tag.clear()

    def _delete(self) -> None:
        name = self._key.split(":", 1)[1]
        answer = QMessageBox.question(
            self, self.tr("Delete customer"),
            self.tr("Delete the customer %1? They stay deleted when a newer file is imported; Edit ▸ Undo "
                    "brings them back.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._session.delete_customer(self._key, initiator=self)
        super().accept()

    def changed_values(self) -> dict[str, str]:
        return {h: e.text() for h, e in self.fields.items() if e.text() != self._initial[h]}

    def accept(self) -> None:
        if self._demo is not None:        # (Enter in a field): nothing shown is real, so nothing is kept
            self.reject()
            return
        if self._position is not None and self._key is None:
            self.error.setText(self.tr("This customer has no customer number or email, so their changes could "
                                       "not be kept apart from the next import's."))
            return
        try:
            if self._key is None:
                self._session.add_customer({h: t for h, t in self.changed_values().items() if t.strip()},
                                           initiator=self)
            else:
                given = self.consent.currentData()
                consent = None if given is None else (given, self.how.currentData(),
                                                      self.date.date().toPython())
                self._session.edit_customer(self._key, self.changed_values(), note=self.note.text(),
                                            consent=consent, initiator=self)
        except SegmentDeskError as exc:
            self.error.setText(error_text(exc))      # in the user's words and language, not core's English
            return
        super().accept()
