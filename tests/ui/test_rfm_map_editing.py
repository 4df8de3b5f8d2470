"""Choosing and editing the RFM groups in the window: the preset combo, the grid editor, and the
project keeping its map through a save from the window."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from segmentdesk.core.data.fields import field_values, find_field
from segmentdesk.core.data.rfm_groups import PRESETS
from segmentdesk.core.project.store import load_project
from segmentdesk.core.segments.model import Condition, Group, Segment


def _rfm_page(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("rfm")
    qtbot.waitUntil(lambda: not page.busy and page.groups_table.rowCount() > 0, timeout=10000)
    return page


def _group_count(window, key: str) -> int:
    ds = window.session.dataset
    return int((field_values(ds, find_field(ds, "rfm_group"), window.session.as_of) == key).sum())


def _table_count(page, key: str) -> str:
    for row in range(page.groups_table.rowCount()):
        item = page.groups_table.item(row, 0)
        if item.data(0x0100) == key:                   # Qt.UserRole
            return page.groups_table.item(row, 1).text()
    return "0"


def test_choosing_the_preset_with_spend_regroups_customers_and_the_segments_follow(window, qtbot):
    page = _rfm_page(window, qtbot)
    window.session.add_segment(Segment("Can't lose", Group("all", [Condition("rfm_group", "in", ["cant_lose"])])))
    before = _group_count(window, "cant_lose")
    page.map_combo.setCurrentIndex(page.map_combo.findData("with_spend"))
    page.map_combo.activated.emit(page.map_combo.currentIndex())
    after = _group_count(window, "cant_lose")
    assert window.session.project.rfm_map.preset == "with_spend"
    assert after != before
    index = len(window.session.segments) - 1
    assert int(window.session.mask(window.session.segments[index]).sum()) == after
    assert window.session.dirty


def test_the_grid_editor_moves_a_cell_to_another_group(window, qtbot, monkeypatch):
    page = _rfm_page(window, qtbot)
    from segmentdesk.ui.dialogs import rfm_map_dialog

    def edit_and_accept(dialog):
        dialog.set_cell(5, 1, "promising")            # new customers are treated as promising
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(rfm_map_dialog.RfmMapDialog, "exec", edit_and_accept)
    new_before = _group_count(window, "new")
    promising_before = _group_count(window, "promising")
    page.edit_groups()
    assert window.session.project.rfm_map.preset == "custom"
    assert _group_count(window, "new") == 0
    assert _group_count(window, "promising") == promising_before + new_before
    assert page.map_combo.currentData() == "custom"
    qtbot.waitUntil(lambda: not page.busy and _table_count(page, "new") == "0", timeout=10000)


def test_the_default_grid_button_puts_every_cell_back(window, qtbot):
    from segmentdesk.ui.dialogs.rfm_map_dialog import RfmMapDialog

    dialog = RfmMapDialog(PRESETS["with_spend"])
    qtbot.addWidget(dialog)
    dialog.set_cell(3, 3, "champions")
    assert dialog.group_map() is not None
    dialog.reset_button.click()
    assert dialog.group_map() is None                  # the default grid: the project keeps no map of its own


def test_cancelling_the_editor_changes_nothing(window, qtbot, monkeypatch):
    page = _rfm_page(window, qtbot)
    from segmentdesk.ui.dialogs import rfm_map_dialog

    def edit_and_cancel(dialog):
        dialog.set_cell(5, 1, "promising")
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(rfm_map_dialog.RfmMapDialog, "exec", edit_and_cancel)
    page.edit_groups()
    assert window.session.project.rfm_map is None
    assert not window.session.dirty


def test_a_map_survives_saving_the_project_from_the_window(window, qtbot, tmp_path):
    _rfm_page(window, qtbot)
    window.session.set_rfm_map(PRESETS["with_spend"])
    path = tmp_path / "shop.segdesk"
    assert window.files.save_to(path)
    window.session.add_segment(Segment("Later", Group("all", [])))
    assert window.files.save_to(path)                  # the incremental save of the same file
    assert load_project(path).rfm_map.preset == "with_spend"
