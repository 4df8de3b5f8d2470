"""Start-up shows a window before the heavy modules load, then the main window takes its place."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pandas", "numpy", "matplotlib", "sklearn", "openpyxl", "xlsxwriter", "scipy")

# Runs segmentdesk.app.main in a fresh interpreter and notes, at the first window's first paint, which
# heavy modules are loaded already; then which window comes next.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
heavy = json.loads(sys.argv[1])
seen = {}
app = QApplication([sys.argv[0]])

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
            name = type(obj.window()).__name__
            if not seen:
                seen["first"] = name
                seen["loaded_at_first_paint"] = [m for m in heavy if m in sys.modules]
            elif name != seen["first"] and "then" not in seen:
                seen["then"] = name
                seen["shell_visible"] = any(type(w).__name__ == seen["first"] and w.isVisible()
                                            for w in app.topLevelWidgets())
                QTimer.singleShot(0, finish)
        return False

def finish():
    print(json.dumps(seen), flush=True)
    os._exit(0)

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(60_000, finish)
from segmentdesk.app import main
main(["--lang", "en"])
"""


def _start(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], env=env, cwd=root, capture_output=True,
                         text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_window_paints_before_pandas_numpy_or_matplotlib_load_and_the_main_window_follows(tmp_path):
    seen = _start(tmp_path)
    assert seen["first"] == "StartShell"
    assert seen["loaded_at_first_paint"] == []
    assert seen["then"] == "MainWindow"
    assert not seen["shell_visible"], "the main window takes the shell's place"
