"""Screenshots of the window in demo mode (the sample shop, pseudonyms in the table, the badge) in English
and Finnish: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/make_demo_screenshots.py [out-folder]``.

Run from the repository root with PYTHONPATH=. so this checkout is imported. Not a test: it saves PNGs to
``resources/screenshots/`` (or the folder given) for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(out: Path, lang: str) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1280, 800)
    window.show()
    window.files.open_sample()
    session.select_segment(0)
    window.menus.demo_action.trigger()
    for _ in range(20):
        app.processEvents()
    suffix = "" if lang == "en" else f"-{lang}"
    window.grab().save(str(out / f"demo-mode{suffix}.png"))
    window.hide()           # closing would ask to save


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for language in ("en", "fi"):
        main(folder, language)
