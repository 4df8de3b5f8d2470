"""Screenshots of the window's RFM page: ``xvfb-run -s '-screen 0 1400x900x24' python tests/ui/make_rfm_screenshots.py``.

Not a test: it opens the sample shop, shows the RFM page with revenue per cell, picks the fullest
cell as a click would and saves ``rfm.png``, ``rfm-fi.png`` and ``rfm-dark.png`` to
``resources/screenshots/`` (or the folder given) so a person can judge them.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QApplication


def main(out: Path, lang: str, *, dark: bool = False) -> None:
    from segmentdesk.core.data.rfm_summary import rfm_grid
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
    page = window.analysis.show_page("rfm")
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("revenue"))
    while page.busy or page.heatmap.figure is None:
        app.processEvents()
    grid = rfm_grid(session.dataset, as_of=session.as_of)
    r, f = np.unravel_index(int(np.argmax(grid)), grid.shape)
    page.choose_cell(int(r) + 1, int(f) + 1)
    for _ in range(10):
        app.processEvents()
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    window.grab().save(str(out / f"rfm{suffix}.png"))
    session.mark_clean()
    window.close()


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    main(folder, "en")
    main(folder, "fi")
    main(folder, "en", dark=True)
