"""View ▸ Presentation (F11): one slide at a time, stepped with the keys, left with Esc or F11."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def shown(window, qtbot):
    window.files.open_sample("b2b")
    window.session.select_segment(1)
    window.menus.presentation_action.trigger()
    view = window.presentation_view
    qtbot.waitExposed(view)
    return window, view


def test_f11_opens_the_presentation_full_screen_on_the_selected_segment(shown):
    window, view = shown
    assert window.menus.presentation_action.shortcut().toString() == "F11"
    assert view.isFullScreen()
    segment = window.session.segments[1]
    assert view.slide.kind == "segment" and view.slide.segment == segment.name
    assert view.title_label.text() == segment.name


def test_the_slide_shows_the_segments_count(shown):
    window, view = shown
    count = window.session.figures(window.session.segments[1]).count
    assert view.tiles[0].value_label.text() == str(count) and view.tiles[0].isVisible()


@pytest.mark.parametrize("forward, back", [(Qt.Key.Key_Right, Qt.Key.Key_Left),
                                           (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp),
                                           (Qt.Key.Key_Space, Qt.Key.Key_Backspace)])
def test_keys_step_forward_and_back(shown, qtbot, forward, back):
    _window, view = shown
    start = view.index
    qtbot.keyClick(view, forward)
    assert view.index == start + 1 and view.slide.kind == "profile" and view.chart.isVisible()
    qtbot.keyClick(view, back)
    qtbot.keyClick(view, back)
    assert view.index == start - 1


def test_stepping_stops_at_either_end(shown, qtbot):
    _window, view = shown
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.index == 0 and view.slide.kind == "overview"
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == len(view.specs) - 1 and view.slide.kind == "rfm"


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_esc_or_f11_leaves(shown, qtbot, key):
    window, view = shown
    with qtbot.waitSignal(view.left, timeout=2000):
        qtbot.keyClick(view, key)
    assert window.presentation_view is None


def test_the_position_and_the_keys_are_said_in_finnish(window, qtbot):
    from segmentdesk.ui import i18n
    from segmentdesk.ui.presentation_view import PresentationView

    window.files.open_sample("b2b")
    i18n.install("fi")
    try:
        view = PresentationView(window.session, window, start_segment=0)
        qtbot.addWidget(view)
        assert view.position_label.text() == f"2 / {len(view.specs)}"
        assert "Esc" in view.hint_label.text() and view.hint_label.text() != "→ Space: next   ← : back   Esc: leave"
        assert view.tiles[0].label_label.text() == "asiakasta"
    finally:
        i18n.install("en")


def test_the_action_waits_for_data(window):
    assert not window.menus.presentation_action.isEnabled()
    window.files.open_sample("b2b")
    assert window.menus.presentation_action.isEnabled()


def test_a_big_shops_slides_are_made_in_a_worker_and_quick_steps_end_on_the_last(window, qtbot, monkeypatch):
    # At 100,000 customers a first profile takes about a second: the window must not freeze for it.
    import threading

    from segmentdesk.ui import presentation_view

    monkeypatch.setattr(presentation_view, "SYNC_LIMIT", 0)
    made_on, real = [], presentation_view.make_slide

    def recording(*args, **kwargs):
        made_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(presentation_view, "make_slide", recording)
    window.files.open_sample()
    window.session.select_segment(0)
    window.menus.presentation_action.trigger()
    view = window.presentation_view
    qtbot.waitUntil(lambda: view.slide is not None, timeout=10000)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.position_label.text().startswith(f"{view.index + 1} /")      # the position moved at once
    target = view.specs[view.index]
    wanted = window.session.segments[target.index].name if target.index >= 0 else None
    qtbot.waitUntil(lambda: (view.slide.kind, view.slide.segment) == (target.kind, wanted), timeout=10000)
    assert made_on and all(t is not threading.main_thread() for t in made_on)
    view.close()
