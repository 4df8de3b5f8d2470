"""Screenshots of the first-run tour in English, Finnish and a dark palette:
``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/make_tour_screenshots.py [out-folder]``.

Not a test: it starts the tour over an empty window (the first step, pointing at the start panel's import button),
opens the sample shop from the tour, and grabs the count and consent steps and the last one.  PNGs go to
``resources/screenshots/`` (or the folder given) for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, out: Path, lang: str, *, dark: bool = False) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install(lang)
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1100, 720)
    window.show()
    settle(app)
    window.show_tour()
    settle(app)
    window.grab().save(str(out / f"tour-1-import{suffix}.png"))
    window.tour.extra_button.click()            # Try the sample shop: the next steps have a segment to point at
    settle(app)
    window.tour.next()
    settle(app)
    window.grab().save(str(out / f"tour-3-count{suffix}.png"))
    window.tour.next()
    settle(app)
    window.grab().save(str(out / f"tour-4-consent{suffix}.png"))
    window.tour.next()
    settle(app)
    window.grab().save(str(out / f"tour-5-export{suffix}.png"))
    window.tour.skip()
    window.hide()


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    application = QApplication.instance() or QApplication([])
    application.setStyle("Fusion")
    for language in ("en", "fi"):
        shoot(application, folder, language)
    from tests.ui.palettes import dark_palette
    application.setPalette(dark_palette())
    shoot(application, folder, "en", dark=True)
