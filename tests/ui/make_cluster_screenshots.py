"""Screenshots of the Clusters page for a person to judge: ``xvfb-run -s '-screen 0 1400x900x24' python
tests/ui/make_cluster_screenshots.py [OUT]`` writes ``clusters.png``, ``clusters-fi.png`` and ``clusters-dark.png``.

Not a test: it opens the sample shop, finds four groups on the default fields, names one and
makes a segment from it, as a user would.
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(out: Path, lang: str, *, dark: bool = False) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    if dark:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from palettes import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1320, 840)
    window.show()
    window.files.open_sample()
    page = window.analysis.show_page("clusters")
    page.k_combo.setCurrentIndex(page.k_combo.findData(4))
    page.run_button.click()
    deadline = time.monotonic() + 60
    while (page.busy or session.project.cluster_run is None) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    page.table.item(2, 0).setText("Kanta-asiakkaat" if lang == "fi" else "Regulars")   # buy often, spend a lot
    page.table.selectRow(2)
    page.rule_button.click()
    for _ in range(10):
        app.processEvents()
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    window.grab().save(str(out / f"clusters{suffix}.png"))
    session.mark_clean()
    window.close()


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for language, dark in (("en", False), ("fi", False), ("en", True)):
        main(folder, language, dark=dark)
