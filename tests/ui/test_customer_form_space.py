"""The customer form gives its room to the fields, not to an empty notes list."""
from __future__ import annotations

import datetime as dt

from segmentdesk.ui.dialogs.customer_dialog import HISTORY_ROWS, CustomerDialog


def _shown_form(window, qtbot) -> CustomerDialog:
    dialog = CustomerDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_sample_customers_fields_are_all_shown_without_scrolling(window, qtbot):
    window.files.open_sample()
    assert len(window.session.dataset.customers.frame.columns) >= 13
    dialog = _shown_form(window, qtbot)
    assert dialog.fields_area.verticalScrollBar().maximum() == 0
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_an_empty_notes_list_is_two_rows_high(window, qtbot):
    window.files.open_sample()
    dialog = _shown_form(window, qtbot)
    assert dialog.history.count() == 0
    assert dialog.history.height() <= HISTORY_ROWS[0] * (dialog.history.fontMetrics().height() + 8)


def test_the_notes_list_grows_with_its_notes_up_to_five_rows(window, qtbot):
    window.files.open_sample()
    key = window.session.customer_key(0)
    for i in range(8):
        window.session.edit_customer(key, {}, note=f"note {i}", consent=None, initiator=None)
    dialog = _shown_form(window, qtbot)
    row = dialog.history.sizeHintForRow(0)
    assert dialog.history.count() == 8
    assert HISTORY_ROWS[1] * row <= dialog.history.height() < (HISTORY_ROWS[1] + 1) * row
