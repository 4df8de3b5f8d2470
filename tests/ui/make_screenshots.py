"""Screenshots of the real window for the README: ``xvfb-run -s '-screen 0 1400x900x24' python tests/ui/make_screenshots.py``.
With ``QT_SCALE_FACTOR=2`` the same shots at twice the pixels (``-2x`` in their names), as on a high-DPI screen.

Not a test: it opens the sample shop as a user would, builds a segment, and saves PNGs
to ``resources/screenshots/`` (or the folder given) so a person can judge them.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def main(out: Path, lang: str, *, dark: bool = False) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    if dark:
        from tests.ui.palettes import dark_palette

        app.setStyle("Fusion")              # takes the palette as it is, as on a dark Linux desktop
        app.setPalette(dark_palette())
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1320, 840)
    window.show()
    window.files.open_sample()
    session.select_segment(2)               # "Joogaajat Uudellamaalla"
    window.builder.add_condition()
    row = window.builder._rows[-1]
    row.field_combo.setCurrentIndex(row.field_combo.findData("order_count", Qt.ItemDataRole.UserRole))
    row.op_combo.setCurrentIndex(row.op_combo.findData("ge"))
    row.editor.spins[0].setValue(2)
    for _ in range(5):
        app.processEvents()
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "") + _scale_suffix()
    window.grab().save(str(out / f"main-window{suffix}.png"))
    if dark:
        from segmentdesk.ui.dialogs.overlap_dialog import OverlapDialog

        overlap = OverlapDialog(session, window)
        overlap.resize(900, 560)
        overlap.show()
        while not overlap.filled:
            app.processEvents()
        overlap.grab().save(str(out / f"overlap{suffix}.png"))
        overlap.close()
    session.mark_clean()
    window.close()
    if not dark:
        wizard_shots(app, out, suffix)


def _scale_suffix() -> str:
    """``-2x`` when run with ``QT_SCALE_FACTOR=2`` (a high-DPI screen), so those shots sit beside the others."""
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    return "" if scale in ("", "1") else f"-{scale}x"


def wizard_shots(app, out: Path, suffix: str) -> None:
    """The import wizard on the sample shop: the files step and the check step."""
    import time

    from segmentdesk.core.settings import Settings
    from segmentdesk.paths import sample_dir
    from segmentdesk.ui.dialogs.import_dialog import ImportDialog

    sample = sample_dir()
    dialog = ImportDialog(sample / "customers.xlsx", Settings(), orders_path=sample / "orders.csv",
                          as_of=dt.date(2026, 11, 1))
    dialog.resize(940, 640)
    dialog.show()
    dialog.file_tabs.setCurrentIndex(1)        # the order file: the Finnish CSV conventions found
    app.processEvents()
    dialog.grab().save(str(out / f"import-files{suffix}.png"))
    dialog._go(2)
    end = time.monotonic() + 30
    while dialog._checked is None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    dialog.grab().save(str(out / f"import-check{suffix}.png"))
    dialog.reject()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))     # tests.ui.palettes
    for language in ("en", "fi"):
        main(target, language)
    main(target, "en", dark=True)
