"""Benchmark: how soon the window is shown and responsive, against a bare PySide6 window in the same run.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_startup.py [--repeat 5] [--json]

Each start is a fresh child process; the clock starts just before the child is spawned (the parent and
the child read the same system-wide monotonic clock).  Three kinds of start, interleaved round by round so
that a busy moment on the machine hits them alike:
  - ``bare``: ``QApplication`` + an empty ``QMainWindow`` shown (the floor Python and Qt set);
  - ``app``: ``segmentdesk.app.main([])``, the window as a user starts it;
  - ``app --sample``: ``main(["--sample"])``, the window opening the bundled sample shop.
For each it records when the first window paints, when the event loop then answers a zero timer
("responsive": the window system's clicks, moves and repaints are handled), when the full main window
answers (the app shows a start shell first while its modules load), with ``--sample`` when the customer
table holds rows, and the GUI thread's longest silence after the first paint (a 10 ms heartbeat).
It prints the medians and each one's ratio to the bare window; it never fails on timing.

Settings and recent files come from a temporary folder (``XDG_CONFIG_HOME``/``XDG_DATA_HOME``), so a run
is not shaped by the machine's own recent projects.  Without a display it uses the offscreen platform;
under ``xvfb-run`` or a desktop it uses the real one.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, os, sys, time
started = float(sys.argv[1])
kind = sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

marks = {"longest_gap": 0.0}
app = QApplication([sys.argv[0]])

def mark(name):
    marks.setdefault(name, time.monotonic() - started)

def finish():
    print(json.dumps(marks), flush=True)
    os._exit(0)

def main_window():
    return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
                 and type(w).__name__ != "StartShell"), None)

def responsive():
    mark("responsive")

def window_responsive():
    mark("window")
    if kind != "sample":
        finish()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
            if "painted" not in marks:
                mark("painted")
                QTimer.singleShot(0, responsive)
            if "window_painted" not in marks and type(obj.window()).__name__ != "StartShell":
                mark("window_painted")
                QTimer.singleShot(0, window_responsive)
        return False

last_beat = [None]

def beat():
    now = time.monotonic()
    if last_beat[0] is not None and "painted" in marks:
        marks["longest_gap"] = max(marks["longest_gap"], now - last_beat[0])
    last_beat[0] = now

def poll_table():
    window = main_window()
    if window is None or "window" not in marks:
        return
    if any(t.model() is not None and t.model().rowCount() > 0 and t.isVisible() for t in window.findChildren(QTableView)):
        mark("data")
        finish()

watch = FirstPaint()
app.installEventFilter(watch)
heartbeat = QTimer(interval=10)
heartbeat.timeout.connect(beat)
heartbeat.start()
poller = QTimer(interval=5)
poller.timeout.connect(poll_table)
poller.start()
QTimer.singleShot(60_000, finish)      # a start that never paints still ends
if kind == "bare":
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    from segmentdesk.app import main
    main(["--sample"] if kind == "sample" else [])
"""

KINDS = {"bare": "bare window", "app": "app", "sample": "app --sample"}


def one_start(kind: str, env: dict[str, str]) -> dict[str, float]:
    started = time.monotonic()
    # Run in the checkout's root: ``-c`` puts the working folder first on the path, so this checkout's code runs.
    out = subprocess.run([sys.executable, "-c", CHILD, repr(started), kind], env=env, capture_output=True,
                         text=True, timeout=120, check=True, cwd=Path(__file__).resolve().parents[2])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds (each starts all three kinds once)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"))
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        one_start("app", env)          # warm the disk cache and write the first-run settings once
        runs: dict[str, list[dict[str, float]]] = {k: [] for k in KINDS}
        for _ in range(args.repeat):
            for kind in KINDS:
                runs[kind].append(one_start(kind, env))

    def median(kind: str, mark: str) -> float | None:
        values = [r[mark] for r in runs[kind] if mark in r]
        return statistics.median(values) if values else None

    bare = median("bare", "responsive") or float("nan")
    print(f"platform {env.get('QT_QPA_PLATFORM') or 'native'}, {args.repeat} rounds, medians in seconds "
          f"from spawning the process")
    print("  first paint / responsive: the first window on screen paints / then answers a zero timer;")
    print("  main window: the full main window answers; gap: the GUI thread's longest silence after the first paint")
    print(f"{'start':<14}{'first paint':>12}{'responsive':>12}{'× bare':>8}{'main window':>13}{'data shown':>12}"
          f"{'gap ms':>8}")
    figures = {}
    cell = (lambda v, w=12: f"{v:>{w}.3f}" if v is not None else f"{'—':>{w}}")
    for kind, label in KINDS.items():
        painted, ready, window, data, gap = (median(kind, m) for m in
                                             ("painted", "responsive", "window", "data", "longest_gap"))
        figures[kind] = {"painted": painted, "responsive": ready, "window": window, "data": data,
                         "longest_gap": gap, "all_responsive": [r.get("responsive") for r in runs[kind]]}
        print(f"{label:<14}{cell(painted)}{cell(ready)}{(ready or 0) / bare:>8.2f}{cell(window, 13)}{cell(data)}"
              f"{(gap or 0) * 1000:>8.0f}")
    if args.json:
        print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
