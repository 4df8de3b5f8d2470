"""Starting SegmentDesk again (after a language change): the same program, the project reopened."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess


def restart_command(project: Path | None) -> tuple[str, list[str]]:
    """Program and arguments that start this SegmentDesk again: a bundle runs itself, a checkout its
    Python with ``-m segmentdesk``; the saved project opens again."""
    args = [str(project)] if project is not None else []
    if getattr(sys, "frozen", False):            # a PyInstaller bundle: the executable is the app
        return sys.executable, args
    return sys.executable, ["-m", "segmentdesk", *args]


def start_again(project: Path | None) -> bool:
    """Start a new SegmentDesk process, detached from this one; False if it could not be started."""
    program, args = restart_command(project)
    started = QProcess.startDetached(program, args)
    return bool(started[0] if isinstance(started, tuple) else started)
