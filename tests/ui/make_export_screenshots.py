"""Screenshots of the export for the README and the issue: the dialog, and the exported workbook as
LibreOffice shows it, in English and Finnish:
``xvfb-run -s '-screen 0 1400x900x24' python tests/ui/make_export_screenshots.py``.

Not a test: it opens the sample shop, ticks two segments, waits for the counts and the preview,
saves the dialog; then exports the workbook and has LibreOffice print it (PDF → PNG with pdftoppm),
so a person can judge both.  PNGs go to ``resources/screenshots/`` (or the folder given).
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def wait(app, done, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def shots(out: Path, lang: str) -> None:
    from segmentdesk.core.export.export_job import export_segments
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.files.open_sample()
    session.select_segment(2)
    suffix = "" if lang == "en" else f"-{lang}"
    dialog = ExportDialog(session, window, default_dir=Path.home() / ("Asiakkaat" if lang == "fi" else "Customers"))
    dialog.resize(900, 820)
    dialog.show()
    wait(app, lambda: dialog._audiences is not None)
    dialog._on_row_clicked(dialog.segment_list.item(0))
    wait(app, lambda: dialog.preview.rowCount() > 0)
    dialog.grab().save(str(out / f"export-dialog{suffix}.png"))
    dialog.reject()

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / ("segmentit.xlsx" if lang == "fi" else "segments.xlsx")
        project = session.snapshot()
        export_segments(project, [project.segments[0], project.segments[2]], out=book, format="xlsx",
                        as_of=session.as_of, lang=lang,
                        columns=["email", "first_name", "last_name", "phone", "postal_code", "birth_date",
                                 "total_spend", "last_order_date"])
        profile = (Path(tmp) / "lo-profile").as_uri()
        subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(book)], check=True, capture_output=True,
                       timeout=180)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(book.with_suffix(".pdf")),
                        str(Path(tmp) / "page")], check=True)
        pages = sorted(Path(tmp).glob("page*.png"))
        for page, name in zip(pages, ("workbook-summary", "workbook-sheet")):
            shutil.copy(page, out / f"{name}{suffix}.png")
    session.mark_clean()
    window.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fi"):
        shots(target, language)
