"""Getting an export's files onto disk: folders made first, every file written atomically, errors worded once.

All files of one export are staged in one :class:`~segmentdesk.core.atomic_file.AtomicFiles`
and move into place together at the end, so a failed or cancelled export (one file or one CSV
per segment) leaves no new file and every existing one as it was.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..atomic_file import AtomicFiles
from ..errors import ExportError


def cannot_write(path: Path, exc: OSError) -> ExportError:
    """The export error for ``exc`` while writing ``path``; a locked file is usually open in Excel."""
    if isinstance(exc, PermissionError):
        return ExportError(f"Cannot write {path}: is it open in Excel?", reason="locked", path=str(path))
    return ExportError(f"Cannot write {path}: {exc.strerror or exc}", reason="os", path=str(path))


def dated_path(path: Path, on: dt.date) -> Path:
    """``path`` with ``on``'s date before its suffix (``lista-2026-12-05.xlsx``), numbered on when that
    exists too: the choice that never overwrites."""
    path = Path(path)
    candidate = path.with_name(f"{path.stem}-{on.isoformat()}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{on.isoformat()}-{n}{path.suffix}")
        n += 1
    return candidate


def make_folders(paths: Iterable[Path]) -> None:
    """Create the folders the files go to; a bad destination fails before anything is built."""
    for folder in sorted({Path(p).parent for p in paths}):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"Cannot write {folder}: {exc.strerror or exc}", reason="os",
                              path=str(folder)) from exc


class ExportFiles(AtomicFiles):
    """:class:`AtomicFiles` whose failures are :class:`ExportError`\\ s naming the file (else ``out``)."""

    def __init__(self, out: str | Path) -> None:
        super().__init__()
        self._out = Path(out)

    def new(self, target: str | Path, *, suffix: str = "") -> Path:
        try:
            return super().new(target, suffix=suffix)
        except OSError as exc:
            raise cannot_write(Path(target), exc) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except OSError as exc:
            failed = exc.filename2 or exc.filename
            raise cannot_write(Path(failed) if failed else self._out, exc) from exc
