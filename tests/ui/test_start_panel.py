"""With no data open the window greets with a start panel; a new, empty segment points to the templates."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from segmentdesk.paths import sample_dir

SAMPLE = sample_dir()


def _left():
    return Qt.MouseButton.LeftButton


def test_an_empty_window_shows_the_start_panel_not_the_work_area(window):
    assert window.start_panel.isVisible()
    assert not window.segment_panel.isVisible()


def test_the_import_button_runs_the_import(window, qtbot, accept_dialogs, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(SAMPLE / "customers.xlsx"), "")))
    qtbot.mouseClick(window.start_panel.import_button, _left())
    assert window.session.dataset is not None and len(window.session.dataset) == 2000


def test_the_sample_button_opens_the_sample_shop(window, qtbot):
    qtbot.mouseClick(window.start_panel.sample_button, _left())
    assert len(window.session.dataset) == 2000
    assert window.session.segments


def test_the_start_panel_gives_way_once_data_is_open(window, qtbot):
    window.files.open_sample()
    assert not window.start_panel.isVisible()
    assert window.builder.isVisible()


def test_the_start_panel_comes_back_when_the_project_is_emptied(window):
    window.files.open_sample()
    window.session.new()
    assert window.start_panel.isVisible()


def test_a_recent_project_opens_from_the_start_panel(window, qtbot, tmp_path):
    window.files.open_sample()
    path = tmp_path / "recent.segdesk"
    assert window.files.save_to(path)
    window.session.new()
    [button] = window.start_panel.recent_buttons
    assert button.text() == "recent.segdesk" and button.isVisible()
    qtbot.mouseClick(button, _left())
    assert window.session.path == path


def test_without_recent_projects_no_recent_heading_is_shown(window):
    assert not window.start_panel.recent_heading.isVisible()


def test_an_empty_segment_after_import_points_to_the_templates(window, qtbot, accept_dialogs):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")
    assert window.builder.template_button.isVisible()


def test_the_template_pointer_goes_once_the_segment_has_a_condition(window, qtbot, accept_dialogs):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")
    window.builder.add_condition()
    assert not window.builder.template_button.isVisible()
