"""A guard against PySide6 6.12's ``SignalInstance.emit()``, which hands back ``True`` without owning it.

Each ``emit()`` made from Python drops one reference to ``True`` that it never took; after a few
thousand emits CPython (before 3.12, where ``True`` is not immortal) frees ``True`` and aborts with
"bool_dealloc: deallocating True or False".  :func:`guard_true_against_emit` measures one emit and,
only if it loses a reference, gives ``True`` enough spare references for any session's lifetime.
"""
from __future__ import annotations

import ctypes
import platform
import sys

from PySide6.QtCore import QObject, Signal

SPARE_REFERENCES = 1 << 40      # a trillion emits: more than any run of the app or the test suite makes


class _Probe(QObject):
    fired = Signal()


def emit_drops_a_reference_to_true() -> bool:
    """True if this PySide6 loses a reference to ``True`` on every ``emit()``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    probe.deleteLater()
    return lost >= 8


def guard_true_against_emit() -> bool:
    """Make the lost references harmless (CPython only); True if the guard was needed and given."""
    if platform.python_implementation() != "CPython" or not emit_drops_a_reference_to_true():
        return False
    # ob_refcnt is the object's first field in every CPython build this runs on.
    ctypes.c_ssize_t.from_address(id(True)).value += SPARE_REFERENCES
    return True
