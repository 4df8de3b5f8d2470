"""Screenshots of the template gallery and of a segment made from a template, in English, Finnish and a dark
palette: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/make_gallery_screenshots.py [out-folder]``.

Not a test: it opens the sample shop, grabs the gallery (its top, and all of it for a shop whose file has no
orders, so the order templates say which column they need), the builder after one template was used, and the
builder counting "New customers" as of another day.  PNGs go
to ``resources/screenshots/`` (or the folder given) for a person to look at.
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
    from segmentdesk.core.importing.pipeline import run_import
    from segmentdesk.core.importing.plan import ImportPlan
    from segmentdesk.core.segments.templates import load_templates
    from segmentdesk.core.settings import Settings
    from segmentdesk.paths import sample_dir
    from segmentdesk.ui import i18n
    from segmentdesk.ui.dialogs.template_gallery import TemplateGalleryDialog
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install(lang)
    suffix = ("" if lang == "en" else f"-{lang}") + ("-dark" if dark else "")
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.resize(1100, 720)
    window.show()
    window.files.open_sample()
    dialog = TemplateGalleryDialog(session, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / f"template-gallery{suffix}.png"))
    dialog.reject()
    window.new_from_template(next(t for t in load_templates() if t.id == "lapsed_6m"))
    settle(app)
    window.grab().save(str(out / f"builder-from-template{suffix}.png"))
    window.new_from_template(next(t for t in load_templates() if t.id == "new_customers"))
    session.set_as_of(dt.date(2026, 6, 1))          # Count as of another day: the count and Today follow
    settle(app)
    window.grab().save(str(out / f"builder-count-as-of{suffix}.png"))
    session.set_as_of(session.today)
    if not dark:
        customers_only = run_import(ImportPlan.for_files(sample_dir() / "customers.xlsx"), as_of=session.as_of,
                                    warm=False, count_problems=False).dataset
        session.new()
        session.set_dataset(customers_only, sources={"customers": "customers.xlsx"}, at=dt.datetime(2026, 11, 1))
        dialog = TemplateGalleryDialog(session, window)
        dialog.show()
        settle(app)
        content = dialog.scroll.widget()
        content.resize(content.width(), content.sizeHint().height())
        content.grab().save(str(out / f"template-gallery-without-orders{suffix}.png"))
        dialog.reject()
    window.hide()           # closing would ask to save


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    application = QApplication.instance() or QApplication([])
    application.setStyle("Fusion")
    for language in ("en", "fi"):
        shoot(application, folder, language)
    from tests.ui.palettes import dark_palette
    application.setPalette(dark_palette())
    shoot(application, folder, "en", dark=True)
