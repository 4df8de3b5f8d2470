"""Screenshots of the Profiles page: ``xvfb-run -s '-screen 0 1400x900x24' python tests/ui/make_profile_screenshots.py``.

Not a test: it opens the sample shop, profiles the yoga fans of Uusimaa, writes them a persona and
compares them with the regulars, and saves ``profiles-*.png`` (English, Finnish, English on a dark
palette) to ``resources/screenshots/`` (or the folder given) for a person to judge.
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

PERSONA = {"en": ("Yoga-loving Johanna", "38, lives in Vantaa and goes to yoga twice a week.\n"
                  "Buys mats and clothes in autumn, often as gifts; reads every newsletter about new arrivals."),
           "fi": ("Joogaava Johanna", "38-vuotias vantaalainen, joogaa kahdesti viikossa.\n"
                  "Ostaa alustoja ja vaatteita syksyisin, usein lahjaksi; lukee jokaisen uutuuskirjeen.")}


def _settle(app, page=None, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or (page is not None and page.busy):
        app.processEvents()
        time.sleep(0.02)


def main(out: Path, lang: str, *, dark: bool = False) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    if dark:
        from tests.ui.palettes import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1320, 840)
    window.show()
    window.files.open_sample()
    session.select_segment(2)               # "Joogaajat Uudellamaalla"
    page = window.analysis.show_page("profiles")
    _settle(app, page)
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    window.grab().save(str(out / f"profiles{suffix}.png"))
    page.tabs.setCurrentIndex(1)
    name, text = PERSONA[lang]
    page.persona_name.setText(name)
    page.persona_text.setPlainText(text)
    page.persona_save.click()
    _settle(app, page)
    window.grab().save(str(out / f"profiles-persona{suffix}.png"))
    page.tabs.setCurrentIndex(2)
    page.compare_list.item(0).setCheckState(Qt.CheckState.Checked)          # the regulars
    _settle(app, page)
    window.grab().save(str(out / f"profiles-compare{suffix}.png"))
    session.mark_clean()
    window.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))     # tests.ui.palettes
    for language in ("en", "fi"):
        main(target, language)
    main(target, "en", dark=True)
