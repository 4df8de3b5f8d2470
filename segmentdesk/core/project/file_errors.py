"""Why a project file cannot be opened or written, as the :class:`ProjectError` the UI and the command line word."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ..errors import ProjectError


def check_writable(path: Path) -> None:
    """Refuse before writing when the file or its folder is read-only (the folder too: WAL writes
    files beside the project).  The permission bits count even where the user could override them."""
    for target in (path, path.parent):
        mode = target.stat().st_mode
        if not os.access(target, os.W_OK) or not mode & stat.S_IWUSR:
            raise ProjectError(f"{path} cannot be changed: the {'file' if target == path else 'folder'} is "
                               f"read-only.", path=str(path), reason="read_only")


def sqlite_error(path: Path, exc: sqlite3.Error, *, writing: bool = False) -> ProjectError:
    """A SQLite error as the ProjectError the UI and the command line word."""
    text = str(exc)
    if "not a database" in text:
        reason = "not_project"
    elif "readonly" in text or "read-only" in text:
        reason = "read_only"
    elif "locked" in text or "busy" in text:
        reason = "busy"
    elif "disk is full" in text or "disk I/O" in text:
        reason = "disk"
    elif "malformed" in text or "no such table" in text or "no such column" in text:
        reason = "damaged"
    else:
        reason = "write" if writing else "damaged"
    words = {
        "not_project": f"{path} is not a SegmentDesk project.",
        "read_only": f"{path} cannot be changed: it is read-only ({text}).",
        "busy": f"{path} is busy: another program is writing to it; try again ({text}).",
        "disk": f"Cannot save to {path}: the disk is full or failing ({text}).",
        "damaged": f"{path} is damaged and cannot be opened ({text}).",
    }
    return ProjectError(words.get(reason, f"Cannot save to {path}: {text}"), path=str(path), reason=reason)
