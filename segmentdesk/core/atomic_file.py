"""Writing files so that a failure, a cancel or a crash never leaves half a file.

Every file the app writes (exports, projects, settings) goes through here: its content is
written to a temporary file in the target's own folder (so the final move stays on one file
system), flushed to disk, and moved over the target with ``os.replace``.  Until that move an
existing target is untouched; if anything goes wrong the temporary file is removed.

:class:`AtomicFiles` does the same for several files at once (one CSV per segment): the
targets change together or not at all.  A target that a later move fails on (a file open in
Excel on Windows) makes the earlier moves roll back, so an existing file keeps its old bytes
and a new one disappears again.

Errors are the ``OSError`` the system raised; callers turn them into their own messages.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_PREFIX = ".segmentdesk-"


class AtomicFiles:
    """Temporary files standing in for their targets until :meth:`commit` moves them all in place.

    Use as a context manager: leaving the block without a commit (an exception, a cancel)
    removes every temporary file and leaves the targets as they were.
    """

    def __init__(self, *, prefix: str = TEMP_PREFIX) -> None:
        self._prefix = prefix
        self._staged: list[tuple[Path, Path]] = []          # (temporary file, target)

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def new(self, target: str | Path, *, suffix: str = "") -> Path:
        """An empty temporary file beside ``target`` for the caller to write; moved onto it by :meth:`commit`."""
        target = Path(target)
        fd, tmp = tempfile.mkstemp(prefix=self._prefix, suffix=suffix, dir=target.parent)
        os.close(fd)
        self._staged.append((Path(tmp), target))
        return Path(tmp)

    def commit(self) -> None:
        """Flush every temporary file to disk, then move each onto its target; all or none.

        Raises the ``OSError`` of the first step that failed, after undoing the moves made so far.
        """
        for tmp, _target in self._staged:
            _fsync_file(tmp)
        if len(self._staged) == 1:
            tmp, target = self._staged[0]
            os.replace(tmp, target)                     # atomic by itself: nothing to roll back
        else:
            self._replace_all()
        for folder in {target.parent for _tmp, target in self._staged}:
            _fsync_folder(folder)
        self._staged.clear()

    def _replace_all(self) -> None:
        """Move every file in place, keeping a copy of each replaced target until all moves succeeded."""
        done: list[tuple[Path, Path | None]] = []       # (target, its old content's copy or None if new)
        try:
            for tmp, target in self._staged:
                backup = self._keep_old(target)
                try:
                    os.replace(tmp, target)
                except BaseException:
                    if backup is not None:
                        backup.unlink()
                    raise
                done.append((target, backup))
        except BaseException:
            for target, backup in reversed(done):
                try:
                    if backup is None:
                        target.unlink()
                    else:
                        os.replace(backup, target)
                except OSError:
                    pass            # best effort: the first error is the one to report
            raise
        for _target, backup in done:
            if backup is not None:
                backup.unlink(missing_ok=True)

    def _keep_old(self, target: Path) -> Path | None:
        """A copy of ``target``'s current content beside it (a hard link where the file system allows)."""
        if not target.exists():
            return None
        fd, name = tempfile.mkstemp(prefix=self._prefix, suffix=".old", dir=target.parent)
        os.close(fd)
        backup = Path(name)
        try:
            backup.unlink()
            try:
                os.link(target, backup)
            except OSError:
                shutil.copy2(target, backup)
        except BaseException:
            backup.unlink(missing_ok=True)
            raise
        return backup

    def discard(self) -> None:
        """Remove the temporary files not yet committed; the targets stay as they are."""
        for tmp, _target in self._staged:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        self._staged.clear()


@contextmanager
def atomic_file(target: str | Path, *, suffix: str = "", prefix: str = TEMP_PREFIX) -> Iterator[Path]:
    """A temporary path to write ``target``'s new content to; it replaces ``target`` when the block ends.

    If the block raises (or is cancelled), the temporary file is removed and ``target`` is untouched.
    The caller closes whatever it opened on the path before the block ends.
    """
    with AtomicFiles(prefix=prefix) as files:
        tmp = files.new(target, suffix=suffix)
        yield tmp
        files.commit()


def write_text_atomic(target: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text`` atomically (see :func:`atomic_file`)."""
    with atomic_file(target, suffix=".tmp") as tmp:
        tmp.write_text(text, encoding=encoding)


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows flushes a file's buffers only through a handle with write access.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
