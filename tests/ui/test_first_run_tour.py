"""The first-run tour: five steps over the real widgets, shown once at the first start, again from Help."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QToolBar

from segmentdesk.core.settings import load_settings
from segmentdesk.ui.dialogs.help_dialogs import QuickGuideDialog
from segmentdesk.ui.widgets.tour_overlay import TourOverlay, rect_in


def _tour(window) -> TourOverlay:
    assert isinstance(window.tour, TourOverlay) and window.tour.isVisible()
    return window.tour


def _toolbar_button(window, action):
    return window.findChild(QToolBar, "mainToolbar").widgetForAction(action)


def test_the_tour_shows_on_the_first_start_and_the_settings_remember_it(window, tmp_path):
    assert window.show_tour_once()
    tour = _tour(window)
    assert [s.title for s in tour.steps] == ["Import your customers", "Build a segment", "Read the count",
                                             "Check consent", "Export"]
    assert window.settings.tour_seen
    assert load_settings(tmp_path / "settings.json").tour_seen, "written, so the next start knows"


def test_the_tour_does_not_show_again_once_seen(window):
    window.show_tour_once()
    window.tour.skip()
    window.tour = None
    assert not window.show_tour_once()
    assert window.tour is None


def test_help_brings_the_tour_back(window):
    window.settings.tour_seen = True
    window.menus.tour_action.trigger()
    assert _tour(window).index == 0


def test_the_quick_guide_offers_the_tour(window, qtbot, monkeypatch):
    def press_tour(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.tour_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(QuickGuideDialog, "exec", press_tour)
    window.quick_guide()
    assert _tour(window).index == 0


def test_next_back_and_skip(window, qtbot):
    window.show_tour()
    tour = _tour(window)
    assert not tour.back_button.isEnabled()
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.index == 1 and tour.step_label.text() == "Step 2 of 5"
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.index == 0
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible()


def test_escape_skips_and_the_last_step_says_done(window, qtbot):
    window.show_tour()
    tour = _tour(window)
    for _ in range(4):
        tour.next()
    assert tour.next_button.text() == "Done"
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible()


def test_before_data_the_first_step_points_at_the_import_button_and_offers_the_sample(window, qtbot):
    window.show_tour()
    tour = _tour(window)
    assert tour.target_rect() == rect_in(window, window.start_panel.import_button)
    assert tour.extra_button.isVisible() and tour.extra_button.text() == "Try the sample shop"
    qtbot.mouseClick(tour.extra_button, Qt.MouseButton.LeftButton)
    assert window.session.dataset is not None and tour.index == 1 and tour.isVisible()
    assert tour.target_rect() == rect_in(window, window.builder.editor_box)


def test_with_data_open_each_step_points_at_its_real_widget(window):
    window.files.open_sample()
    window.show_tour()
    tour = _tour(window)
    assert not tour.extra_button.isVisible()
    expected = [_toolbar_button(window, window.menus.import_action), window.builder.editor_box,
                window.builder.figures_box, window.builder.detail_label,
                _toolbar_button(window, window.menus.export_action)]
    for i, widget in enumerate(expected):
        assert tour.index == i
        rect = tour.target_rect()
        assert isinstance(rect, QRect) and rect == rect_in(window, widget), tour.steps[i].title
        assert not tour.bubble.geometry().intersects(rect), "the bubble never hides what it points at"
        tour.next()
    assert not tour.isVisible()


def test_the_tour_speaks_finnish_in_a_finnish_window(window):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        window.show_tour()
        tour = _tour(window)
        assert tour.title_label.text() == "Tuo asiakkaasi"
        assert tour.skip_button.text() == "Ohita" and tour.step_label.text() == "Vaihe 1/5"
    finally:
        i18n.install("en")
