"""Screenshots of the presentation (F11) for a person to judge: ``python tests/ui/make_presentation_screenshots.py
[OUT]`` writes, at 1920×1080, ``presentation-segment.png`` and ``presentation-profile.png`` (the sample shop's
regulars) in English and Finnish (``-fi``), and the B2B sample's first segment and its profile at a device pixel
ratio of 2 (``presentation-b2b-*-2x.png``, 3840×2160: a 4K screen at 200 %).

Not a test.  It runs offscreen; the 2× pictures come from a second run of itself with ``QT_SCALE_FACTOR=2``
(Qt reads the factor once, when the application starts).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1920, 1080)


def shoot(out: Path, lang: str, sample: str, slides: dict[str, int], suffix: str) -> None:
    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.presentation_view import PresentationView
    from segmentdesk.ui.session import Session

    app = QApplication.instance() or QApplication([])
    i18n.install(lang)
    session = Session(as_of=dt.date(2026, 11, 1))
    window = MainWindow(session, Settings(language=lang), settings_path=out / ".settings.json")
    window.show()
    window.files.open_sample(sample)
    view = PresentationView(session, window)
    view.resize(*SIZE)
    view.show()
    for name, index in slides.items():
        view.show_slide(index)
        for _ in range(5):
            app.processEvents()
        view.grab().save(str(out / f"presentation-{name}{suffix}.png"))
    view.close()
    session.mark_clean()
    window.close()


def main(out: Path) -> None:
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        shoot(out, "en", "b2b", {"b2b-segment": 1, "b2b-profile": 2}, "-2x")
        return
    for lang in ("en", "fi"):
        shoot(out, lang, "consumer", {"segment": 1, "profile": 2}, "" if lang == "en" else f"-{lang}")
    subprocess.run([sys.executable, __file__, str(out)], env={**os.environ, "QT_SCALE_FACTOR": "2"}, check=True)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    main(folder)
