"""The overlap dialog shows at once and fills in from a worker; closing it stops the work."""
from __future__ import annotations

import threading

import pytest

from segmentdesk.ui.dialogs.overlap_dialog import OverlapDialog


def _number(item) -> int:
    return int(item.text().split("(")[0].strip().replace("\u00a0", "").replace(",", ""))


def _held_masks(window, monkeypatch):
    """Make each segment's members wait until the test lets them go; returns (release, threads asked from)."""
    release = threading.Event()
    asked = []
    real_reader = window.session.mask_reader

    def reader():
        real_mask = real_reader()

        def mask(segment):
            asked.append(threading.current_thread() is threading.main_thread())
            assert release.wait(10), "the test never released the count"
            return real_mask(segment)
        return mask
    monkeypatch.setattr(window.session, "mask_reader", reader)
    return release, asked


def test_the_dialog_is_shown_before_the_counts_are_ready_then_shows_them(window, qtbot, monkeypatch):
    window.files.open_sample()
    session = window.session
    expected = [int(session.mask(s).sum()) for s in session.segments]
    release, asked = _held_masks(window, monkeypatch)
    dialog = OverlapDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.filled and dialog.busy.isVisible()
    assert dialog.matrix.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    assert asked and not any(asked), "members were counted on the GUI thread"
    assert not dialog.busy.isVisible()
    assert [_number(dialog.matrix.item(i, i)) for i in range(dialog.matrix.rowCount())] == expected
    assert sum(_number(dialog.exclusive.item(r, 2)) for r in range(len(expected) + 1)) == len(session.dataset)


def test_closing_the_dialog_stops_the_counting(window, qtbot, monkeypatch):
    window.files.open_sample()
    release, asked = _held_masks(window, monkeypatch)
    dialog = OverlapDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    dialog.reject()
    release.set()
    qtbot.wait(300)
    assert len(asked) == 1, "the worker went on counting after the dialog closed"
    assert not dialog.filled


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_one_mailing_each_and_the_tab_titles_are_never_clipped(window, qtbot, lang):
    """#13 item 7: the 'One mailing each' heading was cut in both languages."""
    from PySide6.QtWidgets import QTabWidget

    from segmentdesk.ui import i18n

    window.files.open_sample()
    i18n.install(lang)
    try:
        dialog = OverlapDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
        header = dialog.exclusive.horizontalHeader()
        metrics = header.fontMetrics()
        for column in (1, 2):
            heading = dialog.exclusive.horizontalHeaderItem(column).text()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(heading), heading
        tabs = dialog.findChild(QTabWidget)
        bar = tabs.tabBar()
        for i in range(tabs.count()):
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(tabs.tabText(i)), tabs.tabText(i)
    finally:
        i18n.install("en")


def test_the_matrix_fills_the_dialog_with_no_empty_band_right_or_below(window, qtbot):
    window.files.open_sample()
    dialog = OverlapDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    qtbot.wait(50)
    matrix = dialog.matrix
    assert matrix.horizontalScrollBar().maximum() == 0 and matrix.verticalScrollBar().maximum() == 0
    columns = matrix.horizontalHeader().length()
    rows = matrix.verticalHeader().length()
    assert matrix.viewport().width() - columns < matrix.columnCount(), "empty space right of the cells"
    # at most the row the other tab has more ("In no segment")
    assert matrix.viewport().height() - rows <= matrix.verticalHeader().defaultSectionSize(), "empty rows below"


def test_the_one_mailing_table_shows_every_row_too(window, qtbot):
    window.files.open_sample()
    dialog = OverlapDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    dialog.tabs.setCurrentWidget(dialog.exclusive)
    qtbot.wait(50)
    assert dialog.exclusive.verticalScrollBar().maximum() == 0
