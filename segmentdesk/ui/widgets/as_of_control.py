"""The builder's "Count as of" date: the reference date every count, relative date and age is measured at.

It edits the session's ``as_of`` (:meth:`~segmentdesk.ui.session.Session.set_as_of`), which holds for this run of
the app only: each start begins at today, and the project never stores it.  A date typed digit by digit passes
through dates nobody meant (2026 → 0002 → 0020 …), so a change is applied once the typing pauses; picking a day
in the calendar or pressing Today applies at once.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from ..i18n import date_edit_format
from ..session import Change, Session

APPLY_AFTER_MS = 400
"""Typing pauses this long before the new date is counted."""


class AsOfControl(QWidget):
    """A label, a date field with a calendar, and Today (enabled while another date is chosen)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.label = QLabel(self.tr("Count as of"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.date_edit.setAccessibleName(self.tr("Count as of"))
        self.date_edit.setToolTip(self.tr("Counts, ages and dates such as “in the last 30 days” are measured on "
                                          "this day. It starts at today each time SegmentDesk starts and is not "
                                          "saved in the project."))
        self.label.setBuddy(self.date_edit)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Count as of today"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.today_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_AFTER_MS)
        self._timer.timeout.connect(self.apply)
        self._show(session.as_of)
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.date_edit.calendarWidget().clicked.connect(lambda _date: self.apply())
        self.today_button.clicked.connect(self._on_today)
        session.changed.connect(self._on_session_changed)

    def _show(self, date: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(date))
        self.date_edit.blockSignals(False)
        self.today_button.setEnabled(date != self._session.today)

    def _on_session_changed(self, change: Change, initiator: object = None) -> None:
        if change & Change.AS_OF and initiator is not self:
            self._timer.stop()
            self._show(self._session.as_of)

    def _on_date_edited(self, _date: QDate) -> None:
        self._timer.start()

    def apply(self) -> None:
        """Count as of the date shown (at once; typing calls this when it pauses)."""
        self._timer.stop()
        date = self.date_edit.date().toPython()
        self.today_button.setEnabled(date != self._session.today)
        self._session.set_as_of(date, initiator=self)

    def _on_today(self) -> None:
        self._show(self._session.today)
        self.apply()
