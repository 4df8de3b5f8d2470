"""The PySide6 we run on must not lose references when a signal is emitted.

PySide6-Essentials 6.12.0 drops a reference to ``True`` on every ``emit()`` made from Python;
CPython 3.11 then aborts ("bool_dealloc") after a few thousand emits — the app mid-session.
pyproject.toml keeps PySide6 below 6.12 for that; this test says when a release is safe again.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        fired = Signal(object)
        bare = Signal()

    emitter = Emitter()
    emitter.fired.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit(None)
        emitter.bare.emit()
    print(sys.getrefcount(True) - before)
""")


def test_emitting_signals_a_thousand_times_keeps_true_alive():
    # In a child process: on a broken release the interpreter aborts, which must fail this test, not the suite.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, f"the interpreter died after emits: {result.stderr[-300:]}"
    assert abs(int(result.stdout.strip())) < 10, f"emit() leaks or drops references to True: {result.stdout}"
