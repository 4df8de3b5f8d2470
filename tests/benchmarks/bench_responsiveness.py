"""Benchmark: the longest moments the window does not answer, through a whole working session on big data.

Run as a script (not collected by pytest), from the repository's root:

    .venv/bin/python tests/benchmarks/bench_responsiveness.py [--customers 100000] [--orders-per-customer 10]

It writes a generated shop (customers CSV, orders CSV) into a temporary folder, starts the real window and
drives it as a user would, step by step: import both files through the import wizard (Import clicked once
the wizard is ready), search the customer table, build a segment (a template, then a condition added and
edited in the builder), export it through the export dialog, save the project, open it again.  Each step
waits until its work has finished and the window has been quiet for ``--settle`` seconds.

A heartbeat timer on the GUI thread ticks every 10 ms; a gap between two ticks is how long a click would
have waited.  A watchdog thread samples the Python stacks while a gap lasts — the GUI thread's, and a worker's
(which may be holding the interpreter lock the GUI thread waits for) — so the table says what was running.  It prints every gap over ``--report-ms`` with its step and the most sampled frames, and the
longest gap per step; it never fails on timing.  1,000,000 orders (the default) takes a few minutes: run it
once at a time, not in a loop.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

BEAT_MS = 10
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))       # this checkout's segmentdesk, whichever checkout the venv was installed from


class Heartbeat:
    """Ticks on the GUI thread; the gaps between ticks, each with the step it fell in and stack samples."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.step = "start"
        self.gaps: list[tuple[float, str, float, collections.Counter]] = []     # (length s, step, at, frames)
        self._last = time.perf_counter()
        self._samples: collections.Counter = collections.Counter()
        self._gui = threading.get_ident()
        self._stop = False
        self._timer = QTimer(interval=BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._timer.start()
        threading.Thread(target=self._watch, daemon=True).start()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > 0.03:
            self.gaps.append((gap, self.step, self._last, self._samples))
        self._samples = collections.Counter()
        self._last = now

    def _watch(self) -> None:
        while not self._stop:
            time.sleep(0.02)
            if time.perf_counter() - self._last > 0.05:
                me = threading.get_ident()
                for ident, frame in sys._current_frames().items():
                    if ident == me:
                        continue
                    # The GUI thread's frame, and any worker running Python (the one likely to hold the GIL).
                    self._samples[("" if ident == self._gui else "worker: ") + _where(frame)] += 1

    def stop(self) -> None:
        self._stop = True
        self._timer.stop()


def _where(frame) -> str:
    """The innermost frames of our own code (and the library call they are in), as one short line."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if "segmentdesk" in f.filename and "bench_" not in f.filename]
    lines = [f"{Path(f.filename).stem}.{f.name}:{f.lineno}" for f in ours[-3:]]
    inner = stack[-1]
    if ours and inner is not ours[-1]:
        lines.append(f"[{Path(inner.filename).parent.name}/{Path(inner.filename).stem}.{inner.name}]")
    return " > ".join(lines) or f"{Path(inner.filename).stem}.{inner.name}"


def drive(window, files: tuple[Path, Path], out: Path, beat: Heartbeat, settle: float, log):
    """The user's session as a generator: each ``yield`` is a condition to wait for (checked every 20 ms)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from segmentdesk.core.segments.templates import load_templates, missing_fields

    def step(name: str) -> None:
        beat.step = name
        log(f"{time.perf_counter() - t0:7.2f}s  {name}")

    def later(action) -> None:
        QTimer.singleShot(0, action)           # a modal dialog's exec() must not run inside the driver's tick

    def modal():
        return QApplication.activeModalWidget()

    def quiet():
        """``settle`` seconds for trailing answers (counts, views), and no dialog left open."""
        until = time.perf_counter() + settle
        yield lambda: time.perf_counter() >= until and modal() is None

    t0 = time.perf_counter()
    customers, orders = files
    step("import: wizard reads the files")
    later(lambda: window.files.import_path(customers, orders))
    yield lambda: modal() is not None and type(modal()).__name__ == "ImportDialog"
    dialog = modal()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    yield lambda: ok.isEnabled() and ok.isVisible()
    step("import: building the data")
    dialog.finished.connect(lambda _result: step("import: hand-over to the window"))
    ok.click()
    yield lambda: modal() is None
    yield lambda: window.session.dataset is not None
    yield from quiet()

    for text in ("virtanen", "helsinki", "gmail.com", ""):
        step(f"search {text!r}")
        window.customers.search.setText(text)
        yield from quiet()

    step("build: segment from a template")
    ds = window.session.dataset
    template = next(t for t in load_templates() if not missing_fields(t, ds))
    window.new_from_template(template)
    yield from quiet()
    step("build: a condition added and edited")
    row = window.builder.top.add_condition()
    row.field_combo.setCurrentIndex(row.field_combo.findData("order_count", Qt.ItemDataRole.UserRole))
    yield from quiet()
    spins = getattr(row.editor, "spins", None)
    if spins:
        spins[0].setValue(3)
    yield from quiet()
    step("build: switch between segments")
    for index in (len(window.session.segments) - 1, 0):      # ends on the first: everyone, exported below
        window.session.select_segment(index)
        yield from quiet()

    step("export: dialog counts")
    later(window.export_dialog)
    yield lambda: type(modal()).__name__ == "ExportDialog"
    export = modal()
    export.path_edit.setText(str(out / "export.xlsx"))
    until = time.perf_counter() + settle       # the dialog counts and previews in workers while it stays open
    yield lambda: time.perf_counter() >= until
    step("export: writing")
    later(export.buttons.button(QDialogButtonBox.StandardButton.Ok).click)
    yield lambda: modal() is None
    yield from quiet()

    step("save")
    project = out / "bench.segdesk"
    later(lambda: window.files.save_to(project))
    yield lambda: not window.session.dirty and modal() is None
    yield from quiet()

    step("reopen")
    later(lambda: window.files.open_path(project))
    yield lambda: modal() is None
    yield from quiet()
    yield from quiet()
    step("done")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders-per-customer", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds of quiet after each step")
    parser.add_argument("--report-ms", type=float, default=100.0, help="list every gap longer than this")
    parser.add_argument("--data", type=Path, help="reuse a folder holding customers.csv and orders.csv")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory()
    os.environ["XDG_CONFIG_HOME"] = str(Path(tmp.name) / "config")
    os.environ["XDG_DATA_HOME"] = str(Path(tmp.name) / "data")
    out = Path(tmp.name)
    if args.data is not None:
        files = (args.data / "customers.csv", args.data / "orders.csv")
    else:
        from segmentdesk.tools.sample_shop import write_shop
        started = time.perf_counter()
        files = write_shop(out / "shop", args.customers, orders_per_customer=args.orders_per_customer,
                           customers_format="csv")
        print(f"generated {args.customers:,} customers in {time.perf_counter() - started:.1f} s", flush=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication([sys.argv[0]])
    from segmentdesk.app import configure_application
    from segmentdesk.core.settings import load_settings
    from segmentdesk.ui import i18n
    from segmentdesk.ui.gui_thread_gc import GuiThreadGarbageCollector
    from segmentdesk.ui.main_window import MainWindow
    from segmentdesk.ui.session import Session

    configure_application(app)
    collector = GuiThreadGarbageCollector(app)  # noqa: F841 — as the app runs
    i18n.install("en")
    window = MainWindow(Session(), load_settings())
    window.resize(1280, 800)
    window.show()
    beat = Heartbeat()
    script = drive(window, files, out, beat, args.settle, lambda line: print(line, flush=True))
    waiting = [lambda: True]
    failure: list[BaseException] = []

    def tick() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):     # a question or a notice: answered as its default button says
            print(f"  (message box: {box.text()[:100]!r})", flush=True)
            if box.defaultButton() is not None:
                box.defaultButton().click()
            else:
                box.accept()
            return
        try:
            while waiting[0]():
                waiting[0] = next(script)
        except StopIteration:
            driver.stop()
            app.quit()
        except BaseException as exc:  # noqa: BLE001 — report and end the run
            failure.append(exc)
            traceback.print_exc()
            driver.stop()
            app.quit()

    driver = QTimer(interval=20)
    driver.timeout.connect(tick)
    driver.start()
    app.exec()
    beat.stop()

    if failure:
        print("the run did not finish; figures up to the failure:")
    gaps = sorted(beat.gaps, key=lambda g: -g[0])
    print(f"\n{args.customers:,} customers, ~{args.orders_per_customer:g} orders each; heartbeat {BEAT_MS} ms")
    print(f"gaps over {args.report_ms:.0f} ms: {sum(1 for g in gaps if g[0] * 1000 > args.report_ms)}")
    for length, step, _at, samples in gaps:
        if length * 1000 <= args.report_ms:
            break
        gui = [(w, n) for w, n in samples.most_common() if not w.startswith("worker: ")][:2]
        worker = [(w, n) for w, n in samples.most_common() if w.startswith("worker: ")][:1]
        where = "; ".join(f"{w} ×{n}" for w, n in gui + worker) or "(no Python frame sampled)"
        print(f"  {length * 1000:7.0f} ms  {step:<36} {where}")
    print("\nlongest gap per step:")
    per_step: dict[str, float] = {}
    for length, step, _at, _samples in beat.gaps:
        per_step[step] = max(per_step.get(step, 0.0), length)
    for step, length in per_step.items():
        print(f"  {step:<40} {length * 1000:7.0f} ms")
    print(f"longest gap overall: {gaps[0][0] * 1000 if gaps else 0:.0f} ms")
    tmp.cleanup()
    return 1 if failure else 0


if __name__ == "__main__":
    raise SystemExit(main())
