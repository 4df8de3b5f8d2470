"""The data-quality dialog shows at once and fills in when the worker's report arrives."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from segmentdesk.core.importing.quality import quality_report
from segmentdesk.ui.dialogs import quality_dialog as quality_dialog_module
from segmentdesk.ui.dialogs.quality_dialog import QualityDialog


def _held_report(monkeypatch):
    """Make the report wait until the test lets it go; returns (release, calls)."""
    release = threading.Event()
    calls = []

    def report(ds, *, as_of):
        calls.append(threading.current_thread() is threading.main_thread())
        assert release.wait(10), "the test never released the report"
        return quality_report(ds, as_of=as_of)
    monkeypatch.setattr(quality_dialog_module, "quality_report", report)
    return release, calls


def test_the_dialog_is_shown_before_the_report_is_ready_then_shows_its_counts(window, qtbot, monkeypatch):
    window.files.open_sample()
    release, calls = _held_report(monkeypatch)
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.filled
    assert dialog.busy.isVisible() and dialog.issue_list.count() == 0
    release.set()
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    assert calls == [False], "the report was made on the GUI thread"
    assert not dialog.busy.isVisible()
    expected = quality_report(window.session.dataset, as_of=window.session.as_of)
    shown = [(dialog.issue_list.item(i).data(Qt.ItemDataRole.UserRole),
              dialog.issue_list.item(i).text().split("·")[0].strip().replace("\u00a0", "").replace(",", ""))
             for i in range(dialog.issue_list.count())]
    assert shown == [(issue.code, str(issue.count)) for issue in expected]


def test_closing_the_dialog_before_the_report_drops_it(window, qtbot, monkeypatch):
    window.files.open_sample()
    release, _ = _held_report(monkeypatch)
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    release.set()
    qtbot.wait(300)
    assert not dialog.filled and dialog.issue_list.count() == 0


def test_a_findings_rows_show_the_columns_it_is_about_first(window, qtbot):
    window.files.open_sample()
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    codes = [dialog.issue_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.issue_list.count())]
    dialog.issue_list.setCurrentRow(codes.index("invalid_email"))
    headers = [dialog.rows.horizontalHeaderItem(c).text() for c in range(dialog.rows.columnCount())]
    assert headers[:2] == ["Asiakasnumero", "Sähköposti"]       # not past the table's right edge
    dialog.issue_list.setCurrentRow(codes.index("duplicate_name_phone"))
    headers = [dialog.rows.horizontalHeaderItem(c).text() for c in range(dialog.rows.columnCount())]
    assert headers[:4] == ["Asiakasnumero", "Etunimi", "Sukunimi", "Puhelin"]


def test_long_findings_wrap_instead_of_scrolling_sideways(window, qtbot):
    from segmentdesk.ui import i18n

    i18n.install("fi")                      # the longest wording
    try:
        window.files.open_sample()
        dialog = QualityDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
        dialog.issue_list.setFixedWidth(240)
        qtbot.wait(50)
        lines = [dialog.issue_list.visualItemRect(dialog.issue_list.item(i)).height()
                 for i in range(dialog.issue_list.count())]
        assert dialog.issue_list.horizontalScrollBar().maximum() == 0
        assert max(lines) >= 2 * min(lines)          # a long finding took a second line, a short one did not
    finally:
        i18n.install("en")


def test_after_import_the_rows_are_not_numbered_as_if_they_were_the_files(window, qtbot):
    window.files.open_sample()
    dialog = QualityDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    assert dialog.rows.rowCount() > 0
    assert dialog.rows.verticalHeader().isHidden()         # the customer number says who each row is
