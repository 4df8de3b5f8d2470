"""Help ▸ Quick guide (five steps in the user's language) and Help ▸ Keyboard shortcuts (read from the actions)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence

from segmentdesk.ui.dialogs import help_dialogs
from segmentdesk.ui.dialogs.help_dialogs import QuickGuideDialog, ShortcutsDialog, shortcut_rows


def _help_entries(window) -> list[str]:
    help_menu = window.menuBar().actions()[-1].menu()
    return [a.text() for a in help_menu.actions() if not a.isSeparator()]


def test_help_offers_the_guide_the_tour_the_shortcuts_and_about(window):
    assert _help_entries(window) == ["&Quick guide", "&Keyboard shortcuts", "Show &me around", "&About SegmentDesk"]


def test_the_quick_guide_has_five_steps_from_import_to_export(window, qtbot):
    dialog = QuickGuideDialog(window)
    qtbot.addWidget(dialog)
    assert [title for title, _ in dialog.steps] == ["Import", "Build", "Read the count", "Check consent", "Export"]


def test_the_quick_guide_speaks_finnish_in_a_finnish_window(qtbot):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        dialog = QuickGuideDialog()
        qtbot.addWidget(dialog)
        assert dialog.steps[0][0] == "Tuo"
        assert "Tuo" in dialog.text.text()
    finally:
        i18n.install("en")


def test_help_menu_entries_open_their_dialogs(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QuickGuideDialog, "exec", lambda self: opened.append("guide"))
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append("keys"))
    help_menu = window.menuBar().actions()[-1].menu()
    for action in help_menu.actions()[:2]:
        action.trigger()
    assert opened == ["guide", "keys"]


def test_the_shortcut_list_names_the_window_actions_keys(window, qtbot):
    rows = dict(shortcut_rows(window))
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Import customers"] == QKeySequence("Ctrl+I").toString(native)
    assert rows["Export"] == QKeySequence("Ctrl+E").toString(native)
    assert "Move up" in rows          # the builder's Alt+Up too


def test_the_shortcut_list_follows_a_changed_shortcut(window, qtbot):
    window.menus.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(i, 0).text(): dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount())}
    assert shown["Export"] == QKeySequence("Ctrl+Shift+X").toString(QKeySequence.SequenceFormat.NativeText)


def test_actions_without_a_shortcut_are_not_listed(window):
    assert "Open the sample shop" not in dict(shortcut_rows(window))


@pytest.fixture
def laptop_screen(monkeypatch):
    """The dialogs open on a 1366×768 laptop (a 40 px task bar at the bottom)."""
    room = QRect(0, 0, 1366, 728).adjusted(0, 0, -40, -60)
    monkeypatch.setattr(help_dialogs, "_screen_room", lambda _widget: room)
    return room


def test_every_shortcut_is_shown_without_scrolling_on_a_laptop_screen(window, qtbot, laptop_screen):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() >= 20
    assert dialog.table.verticalScrollBar().maximum() == 0
    assert dialog.height() <= 728 - 30              # with its title bar, on the screen


def test_the_quick_guide_reads_in_lines_of_about_seventy_characters(window, qtbot, laptop_screen):
    dialog = QuickGuideDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    per_char = dialog.fontMetrics().horizontalAdvance("Only customers with marketing consent") / 37
    assert dialog.text.width() >= 60 * per_char
    assert dialog.height() <= 728 - 30
