"""Every menu can be worked from the keyboard: each entry has an Alt letter, none used twice in one menu."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import AS_OF


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def _menus(menu_bar):
    """(path, QMenu) for the menu bar itself and every menu below it."""
    found = [("menu bar", menu_bar)]
    todo = [(a.text().replace("&", ""), a.menu()) for a in menu_bar.actions() if a.menu() is not None]
    while todo:
        path, menu = todo.pop()
        menu.aboutToShow.emit()                  # menus filled on opening (recent files, templates)
        if not menu.property("generatedEntries"):      # e.g. one entry per template
            found.append((path, menu))
        todo += [(f"{path} ▸ {a.text().replace('&', '')}", a.menu()) for a in menu.actions()
                 if isinstance(a.menu(), QMenu)]
    return found


def _problems(window) -> list[str]:
    problems = []
    for path, menu in _menus(window.menuBar()):
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            text = action.text()
            letter = _mnemonic(text)
            if letter is None:
                problems.append(f"{path}: “{text}” has no Alt letter")
            elif letter in seen:
                problems.append(f"{path}: “{text}” and “{seen[letter]}” share Alt+{letter.upper()}")
            else:
                seen[letter] = text
    return problems


@pytest.mark.parametrize("language", ["en", "fi"])
def test_every_menu_entry_has_its_own_alt_letter(qtbot, tmp_path, language):
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install(language)
    try:
        win = MainWindow(Session(as_of=AS_OF), Settings(), settings_path=tmp_path / "settings.json")
        qtbot.addWidget(win)
        assert _problems(win) == []
    finally:
        i18n.install("en")
