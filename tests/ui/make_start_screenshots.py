"""Screenshots of the start panel and the builder in English and Finnish:
``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/make_start_screenshots.py [out-folder]``.

Run from the repository root with PYTHONPATH=. so this checkout is imported. Not a test: it saves PNGs to ``resources/screenshots/`` (or the folder given) for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt
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
    window.resize(1100, 720)
    window.show()
    for _ in range(5):
        app.processEvents()
    suffix = "" if lang == "en" else f"-{lang}"
    window.grab().save(str(out / f"start-panel{suffix}.png"))
    window.files.open_sample()
    session.select_segment(2)
    window.builder.add_condition()
    row = window.builder._rows[-1]
    row.field_combo.setCurrentIndex(row.field_combo.findData("order_count", Qt.ItemDataRole.UserRole))
    row.op_combo.setCurrentIndex(row.op_combo.findData("ge"))
    row.editor.spins[0].setValue(2)
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / f"builder{suffix}.png"))
    window.hide()           # closing would ask to save the edited sample


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for language in ("en", "fi"):
        main(folder, language)
