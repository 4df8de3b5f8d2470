"""The builder's "Count as of" date: counts, relative dates and ages are measured on it; it holds for this run."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from segmentdesk.core.segments.templates import load_templates
from segmentdesk.ui import live_counts

JUNE = dt.date(2026, 6, 1)


def _digits(text: str) -> int:
    return int("".join(c for c in text if c.isdigit()))


def _new_customers(window) -> None:
    """The sample shop with a segment whose rule is a relative date: first order within the last 30 days."""
    window.files.open_sample()
    window.new_from_template(next(t for t in load_templates() if t.id == "new_customers"))


def _count_at(window, date: dt.date) -> int:
    from segmentdesk.core.segments.evaluate import Evaluator
    rule = window.session.current_segment.rule
    return int(Evaluator(window.session.dataset, as_of=date).mask(rule).sum())


def test_the_date_starts_at_the_sessions_date_with_today_not_needed(window):
    _new_customers(window)
    control = window.builder.as_of_control
    assert control.date_edit.date().toPython() == window.session.as_of
    assert not control.today_button.isEnabled()
    assert control.isVisible()


def test_changing_the_date_recounts_a_rule_with_a_relative_date(window, qtbot):
    _new_customers(window)
    before = _digits(window.builder.count_label.text())
    assert before == _count_at(window, window.session.as_of)
    control = window.builder.as_of_control
    control.date_edit.setDate(QDate(JUNE))
    control.apply()
    assert window.session.as_of == JUNE
    after = _digits(window.builder.count_label.text())
    assert after == _count_at(window, JUNE) and after != before


def test_typing_a_date_is_counted_once_the_typing_pauses(window, qtbot):
    _new_customers(window)
    control = window.builder.as_of_control
    control.date_edit.setDate(QDate(JUNE))
    assert window.session.as_of != JUNE, "not while the user may still be typing"
    qtbot.waitUntil(lambda: window.session.as_of == JUNE, timeout=3000)


def test_today_goes_back_to_the_starting_date(window, qtbot):
    _new_customers(window)
    start = window.session.as_of
    control = window.builder.as_of_control
    control.date_edit.setDate(QDate(JUNE))
    control.apply()
    assert control.today_button.isEnabled()
    qtbot.mouseClick(control.today_button, Qt.MouseButton.LeftButton)
    assert window.session.as_of == start and control.date_edit.date().toPython() == start
    assert _digits(window.builder.count_label.text()) == _count_at(window, start)


def test_the_date_is_not_a_project_change(window):
    _new_customers(window)
    window.session.mark_clean()
    window.session.set_as_of(JUNE)
    assert not window.session.dirty
    assert window.builder.as_of_control.date_edit.date().toPython() == JUNE


def test_the_status_bar_names_the_date_counted_at(window):
    _new_customers(window)
    window.session.set_as_of(JUNE)
    assert window.status_data.text().endswith("dates measured on 2026-06-01")


def test_the_date_stays_editable_while_a_big_shop_is_counted(window, qtbot, monkeypatch):
    _new_customers(window)
    monkeypatch.setattr(live_counts, "SYNC_LIMIT", 0)
    control = window.builder.as_of_control
    control.date_edit.setDate(QDate(JUNE))
    control.apply()
    qtbot.waitUntil(lambda: window.builder.counting_label.isVisible() or not window.session.live_counts.pending,
                    timeout=5000)
    assert control.date_edit.isEnabled()
    qtbot.waitUntil(lambda: not window.session.live_counts.pending, timeout=10000)
    qtbot.waitUntil(lambda: _digits(window.builder.count_label.text()) == _count_at(window, JUNE), timeout=5000)


def test_the_date_shows_in_the_finnish_way_in_finnish(qtbot, tmp_path):
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install("fi")
    try:
        window = MainWindow(Session(as_of=dt.date(2026, 11, 1)), Settings(), settings_path=tmp_path / "s.json")
        qtbot.addWidget(window)
        control = window.builder.as_of_control
        assert control.date_edit.text() == "1.11.2026" and control.label.text() == "Tilanne päivänä"
    finally:
        i18n.install("en")


def test_the_rfm_page_follows_the_date(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("rfm")
    qtbot.waitUntil(lambda: not page.busy and "2026-11-01" in page.summary_label.text(), timeout=20000)
    window.session.set_as_of(JUNE)
    qtbot.waitUntil(lambda: not page.busy and "2026-06-01" in page.summary_label.text(), timeout=20000)
