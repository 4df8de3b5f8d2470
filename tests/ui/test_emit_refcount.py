"""PySide6 6.12's emit() loses a reference to True each call; the guard keeps True alive regardless."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from segmentdesk.ui.emit_refcount import guard_true_against_emit

    app = QCoreApplication([])
    emits = 3 * sys.getrefcount(True)       # enough emits to free an unguarded True
    if {guard}:
        guard_true_against_emit()

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    emitter.fired.connect(lambda value: None)
    for _ in range(emits):
        emitter.fired.emit(None)
    print("survived")
""")


def _run(guard: bool) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          cwd=str(Path(__file__).resolve().parents[2]))


def test_many_emits_with_the_guard_leave_true_alive():
    result = _run(guard=True)
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-500:]


def test_the_guard_is_given_exactly_where_emit_loses_references():
    from segmentdesk.ui.emit_refcount import emit_drops_a_reference_to_true

    unguarded = _run(guard=False)
    assert (unguarded.returncode != 0) == emit_drops_a_reference_to_true(), unguarded.stderr[-500:]
