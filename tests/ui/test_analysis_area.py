"""The analysis area: the segment builder first, registered pages built when first opened, missing pages skipped."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QLabel

from segmentdesk.ui.analysis.analysis_area import AnalysisArea
from segmentdesk.ui.analysis.page_registry import AnalysisPageSpec, analysis_pages
from segmentdesk.ui.session import Session

made: list[str] = []
PAGE = AnalysisPageSpec(key="probe", title=lambda: "Probe", make=lambda session: made.append("probe") or QLabel("p"))


def test_a_page_module_not_written_yet_is_skipped():
    specs = analysis_pages((__name__, "segmentdesk.ui.analysis.no_such_page"))
    assert [s.key for s in specs] == ["probe"]


def test_a_page_is_built_the_first_time_its_tab_opens(qtbot):
    made.clear()
    area = AnalysisArea(Session(), QLabel("segments"), modules=(__name__,))
    qtbot.addWidget(area)
    assert area.tabText(0) == "Segments" and area.tabText(1) == "Probe"
    assert area.page("probe") is None and made == []
    area.setCurrentIndex(1)
    assert made == ["probe"] and isinstance(area.page("probe"), QLabel)
    area.setCurrentIndex(0)
    area.setCurrentIndex(1)
    assert made == ["probe"]                    # once


def test_without_pages_the_tab_bar_hides(qtbot):
    area = AnalysisArea(Session(), QLabel("segments"), modules=())
    qtbot.addWidget(area)
    area.show()
    assert not area.tabBar().isVisible()


def test_the_main_window_has_the_overview_after_the_segments(window):
    assert window.analysis.tabText(0) == "Segments"
    assert window.analysis.keys()[0] == "overview"


def test_opening_the_window_with_data_does_not_import_matplotlib():
    script = textwrap.dedent("""
        import datetime as dt, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from segmentdesk.core.settings import Settings
        from segmentdesk.ui import i18n
        from segmentdesk.ui.main_window import MainWindow
        from segmentdesk.ui.session import Session
        i18n.install("en")
        window = MainWindow(Session(as_of=dt.date(2026, 11, 1)), Settings(), settings_path=sys.argv[1])
        window.show()
        window.files.open_sample()
        app.processEvents()
        print(sorted(m for m in ("matplotlib", "sklearn") if m in sys.modules))
        window.session.mark_clean()
        window.close()
    """)
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run([sys.executable, "-c", script, f"{folder}/settings.json"], capture_output=True,
                             text=True, timeout=120, env=_env(folder))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _env(folder: str) -> dict[str, str]:
    import os
    return {**os.environ, "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder}
