"""How much memory reading a file may take: a share of what the machine has free right now.

Reading must never push the computer into swapping, so every reader estimates its peak
before it starts and refuses a file whose estimate exceeds :func:`read_budget`.
Tests make the budget small by monkeypatching :func:`available_memory`.
"""
from __future__ import annotations

import os
import sys

from ..errors import FileTooLargeError

# Reading takes at most half of the memory that is free when it starts: the other half is
# for the rest of the import (typing columns, building the dataset), the app and whatever
# else the shop's computer runs.  The estimates below are rough (within ~2x), so the margin
# is wide on purpose.
MEMORY_SHARE = 0.5

# When the operating system does not tell what is free, assume this much (a small laptop).
FALLBACK_AVAILABLE = 2 * 1024**3


def available_memory() -> int:
    """Bytes of memory available to a new allocation without swapping, best known estimate.

    Linux: ``MemAvailable`` from ``/proc/meminfo``; Windows: ``GlobalMemoryStatusEx``;
    other POSIX systems: free pages from ``os.sysconf``; else :data:`FALLBACK_AVAILABLE`.
    """
    found = _from_proc_meminfo()
    if found is None and sys.platform == "win32":
        found = _from_windows()
    if found is None:
        found = _from_sysconf()
    return found if found is not None and found > 0 else FALLBACK_AVAILABLE


def read_budget() -> int:
    """Bytes one file read may use at its peak."""
    return int(available_memory() * MEMORY_SHARE)


def ensure_fits(needed: int, **details: object) -> None:
    """Raise :class:`FileTooLargeError` (reason ``"memory"``) when ``needed`` bytes exceed the budget."""
    budget = read_budget()
    if needed > budget:
        raise FileTooLargeError(
            f"Reading this file would need about {_mib(needed)} MiB of memory; "
            f"{_mib(budget)} MiB can be spared now.",
            reason="memory", needed=int(needed), available=budget, **details)


def _mib(n: int) -> int:
    return max(1, round(n / 1024**2))


def _from_proc_meminfo(path: str = "/proc/meminfo") -> int | None:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    parts = line.split()
                    return int(parts[1]) * (1024 if parts[2:3] == ["kB"] else 1)
    except (OSError, ValueError, IndexError):
        return None
    return None


def _from_sysconf() -> int | None:
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def _from_windows() -> int | None:   # pragma: no cover - exercised on Windows only
    import ctypes

    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                    ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                    ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                    ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                    ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    try:
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullAvailPhys)
    except (AttributeError, OSError):
        return None
    return None


def give_back_freed_memory() -> None:
    """Hand the memory freed since the last call back to the system, where the C allocator keeps it.

    glibc keeps the freed middle of its heap for later allocations, and a process that just let go
    of a few hundred megabytes of parsed cells still counts them; the big arrays that follow (ten
    million order links) are mapped afresh, so they cannot reuse it.  Elsewhere a no-op.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):      # not glibc (musl): nothing to trim
        pass
