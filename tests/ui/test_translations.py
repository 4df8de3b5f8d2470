"""Finnish and English are both complete, compiled, and actually shown."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from segmentdesk.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_ui_string_has_a_finished_translation(lang):
    root = ET.parse(TRANSLATIONS / f"segmentdesk_{lang}.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not ("".join(m.find("translation").itertext()).strip())]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_compiled_translation_is_what_its_source_compiles_to(lang, tmp_path):
    """By content, not file times: a checkout or rebase that rewrites only the .ts (line numbers)
    leaves the .qm older without making it stale."""
    ts, qm = TRANSLATIONS / f"segmentdesk_{lang}.ts", TRANSLATIONS / f"segmentdesk_{lang}.qm"
    assert qm.exists() and qm.stat().st_size > 0
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(lrelease).exists():
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 2        # no compiler here: the old check
        return
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes()


def test_finnish_window_speaks_finnish_with_plural_forms(qtbot, tmp_path):
    import datetime as dt

    from segmentdesk.core.settings import Settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    i18n.install("fi")
    try:
        session = Session(as_of=dt.date(2026, 11, 1))
        window = MainWindow(session, Settings(language="fi"), settings_path=tmp_path / "s.json")
        qtbot.addWidget(window)
        window.files.open_sample()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&Tiedosto" and "&Segmentti" in menus
        assert window.builder.count_label.text().endswith("asiakasta")
        assert "kaikista" in window.builder.detail_label.text()
        assert window.builder.rule_label.text().startswith("Tilausten määrä on vähintään 5")
    finally:
        i18n.install("en")


def test_the_kept_edits_sentence_takes_the_finnish_plural_and_the_windows_numbers(qapp):
    from types import SimpleNamespace

    from segmentdesk.ui import i18n
    from segmentdesk.ui.project_files import ProjectFiles

    def said(n: int) -> str:
        conflicts = [SimpleNamespace(key=f"customer_id:{i}", header="Etunimi") for i in range(n)]
        return ProjectFiles._kept_edits(SimpleNamespace(tr=lambda *a: ProjectFiles.tr(*a)), conflicts)

    i18n.install("fi")
    try:
        assert said(1).strip().startswith("1 SegmentDeskissä muokattu arvo säilytettiin")
        assert said(1200).strip().startswith("1\u00a0200 SegmentDeskissä muokattua arvoa säilytettiin")
    finally:
        i18n.install("en")


def test_qts_own_buttons_are_finnish_in_the_finnish_ui(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from segmentdesk.ui import i18n

    try:
        i18n.install("fi")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"     # Qt's own Finnish
    finally:
        i18n.install("en")


def _messages(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source"), m.get("numerus") == "yes")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_lupdate_finds_every_string_the_translations_hold(tmp_path):
    """The README's lupdate command must keep every message as it is: a string lupdate cannot see
    (pyside6-lupdate skips ``QCoreApplication.translate(ctx, text, None, obj.count)``) is dropped by
    ``-no-obsolete`` on the next run, and a plural it misreads loses its forms."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed here")
    package = Path(__file__).resolve().parents[2] / "segmentdesk" / "ui"
    fresh = tmp_path / "segmentdesk_fi.ts"
    shutil.copy(TRANSLATIONS / "segmentdesk_fi.ts", fresh)
    sources = sorted(str(p) for p in package.rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert _messages(fresh) == _messages(TRANSLATIONS / "segmentdesk_fi.ts")


def test_the_export_and_report_messages_are_finnish_in_the_finnish_ui(qapp):
    from segmentdesk.ui import i18n, report_flow
    from segmentdesk.ui.dialogs import export_finished

    i18n.install("fi")
    try:
        assert export_finished.tr("Export finished") == "Vienti valmis"
        assert export_finished.tr("Open folder") == "Avaa kansio"
        assert report_flow.tr("Client report") == "Asiakasraportti"
    finally:
        i18n.install("en")
