"""Screenshots of the analysis pages (Overview, History) in English, Finnish and a dark palette:
``QT_QPA_PLATFORM=offscreen python tests/ui/make_analysis_screenshots.py [FOLDER]``.

Not a test: it opens the sample shop (the Overview) and a sample project with four imports'
snapshots (the History, a cell of its matrix chosen) and saves PNGs to ``resources/screenshots/``
(or the folder given) so a person can judge them.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def shoot(app: QApplication, out: Path, lang: str, *, dark: bool = False) -> None:
    from sample_history import make_sample_history

    from segmentdesk.core.analytics.history import NEW
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install(lang)
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    folder = Path(tempfile.mkdtemp())
    for key in ("overview", "history"):
        window = MainWindow(Session(as_of=dt.date(2026, 11, 1)), Settings(language=lang),
                            settings_path=folder / "settings.json")
        window.resize(1320, 840)
        window.show()
        if key == "history":
            path = make_sample_history(folder / f"history-{lang}.segdesk")
            window.files.open_path(path)
            _wait(app, lambda: window.session.path == path)
        else:
            window.files.open_sample()
        page = window.analysis.show_page(key)
        _wait(app, lambda: not page.busy)
        if key == "history" and page._migration is not None:
            m = page._migration
            page.matrix.setCurrentCell(m.rows.index(NEW), len(m.columns) - 3)     # the new customers who joined the last segment
            _wait(app, lambda: not page.busy)
        window.grab().save(str(out / f"{key}{suffix}.png"))
        window.session.mark_clean()
        window.close()


def _wait(app: QApplication, done, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "resources" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    sys.path[:0] = [str(HERE), str(HERE.parents[1])]        # sample_history; tests.ui.palettes
    application = QApplication.instance() or QApplication([])
    shoot(application, target, "en")
    shoot(application, target, "fi")
    from tests.ui.palettes import dark_palette

    application.setStyle("Fusion")
    application.setPalette(dark_palette())
    shoot(application, target, "en", dark=True)
