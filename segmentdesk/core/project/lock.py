"""One writer per project: a lock file beside it says who has it open (Qt-free).

``P.segdesk.lock`` is created atomically (``O_CREAT | O_EXCL``: of two processes racing, exactly one
makes it) and holds one JSON object: ``app``, ``purpose`` (``"window"`` or ``"cli"``), ``user``,
``host``, ``pid`` and ``since``.  It is removed when the holder closes the project.

A lock left behind by a process that is gone (same computer, its process no longer running) is taken
over.  A lock of a running process, or of another computer (whose processes this one cannot see), is
respected: the window opens the project read-only, the command line stops with exit 2.  Nothing here
reads the clock: callers say when they take the lock (``since``).
"""
from __future__ import annotations

import datetime as dt
import glob
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..errors import ProjectError, ProjectLockedError

LOCK_SUFFIX = ".lock"
APP = "SegmentDesk"
# A lock file that holds no readable owner (its maker died between creating and writing it) is
# judged stale once it is this old; younger, it is most likely being written right now.
UNREADABLE_STALE_AFTER = dt.timedelta(seconds=30)
POLL_SECONDS = 0.05
# How long an unreadable lock is re-read before it is reported (where a lock is made, then written).
UNREADABLE_GRACE_SECONDS = 1.0

# Locks this process holds, so that a lock naming this very pid that is not among them (left by an
# earlier process that had the same pid) counts as stale, while a second window on a project this
# process has open does not.
_HELD: set[str] = set()


def lock_path(project: str | Path) -> Path:
    """Where the lock of ``project`` lives: ``P.segdesk.lock`` in the same folder."""
    project = Path(project)
    return project.with_name(project.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock; ``pid`` 0, empty names and ``since`` None when the lock file is unreadable."""

    user: str
    host: str
    pid: int
    since: dt.datetime | None
    purpose: str = "window"
    app: str = APP

    @classmethod
    def me(cls, *, since: dt.datetime, purpose: str) -> LockHolder:
        try:
            user = getpass.getuser()
        except Exception:           # no login name (some containers, services): still lock, say "?"
            user = "?"
        return cls(user=user, host=socket.gethostname(), pid=os.getpid(), since=since, purpose=purpose)

    @property
    def readable(self) -> bool:
        return self.pid > 0

    def to_bytes(self) -> bytes:
        return json.dumps({"app": self.app, "purpose": self.purpose, "user": self.user, "host": self.host,
                           "pid": self.pid, "since": self.since.isoformat(timespec="seconds") if self.since else None},
                          ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LockHolder:
        try:
            doc = json.loads(data.decode("utf-8"))
            since = dt.datetime.fromisoformat(doc["since"]) if doc.get("since") else None
            return cls(user=str(doc.get("user", "?")), host=str(doc.get("host", "?")), pid=int(doc["pid"]),
                       since=since, purpose=str(doc.get("purpose", "window")), app=str(doc.get("app", APP)))
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(user="", host="", pid=0, since=None)


def read_holder(project: str | Path) -> LockHolder | None:
    """Who holds the lock of ``project`` now; None when nobody does."""
    try:
        return LockHolder.from_bytes(lock_path(project).read_bytes())
    except FileNotFoundError:
        return None
    except OSError:
        return LockHolder(user="", host="", pid=0, since=None)


def process_running(pid: int) -> bool:
    """Whether a process with ``pid`` runs on this computer (True when unsure: a live lock is never broken)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)            # signal 0 only asks; on Windows os.kill would terminate, hence the branch
    except ProcessLookupError:
        return False
    except OSError:
        return True                # e.g. another user's process: it exists
    return True


def _windows_process_running(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)        # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5                  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259                             # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def is_stale(holder: LockHolder, *, lock: Path, now: dt.datetime) -> bool:
    """A lock nobody holds any more: its process on this computer is gone (or it is unreadable and old)."""
    if not holder.readable:
        try:
            made = dt.datetime.fromtimestamp(lock.stat().st_mtime)
        except OSError:
            return False
        return now - made > UNREADABLE_STALE_AFTER
    if holder.host != socket.gethostname():
        return False               # another computer's processes cannot be seen from here
    if holder.pid == os.getpid():
        return str(lock) not in _HELD
    return not process_running(holder.pid)


class ProjectLock:
    """A held lock; :meth:`release` (or leaving a ``with`` block) removes the lock file."""

    def __init__(self, project: Path, holder: LockHolder, content: bytes) -> None:
        self.project = project
        self.path = lock_path(project)
        self.holder = holder
        self._content = content
        self.held = True
        _HELD.add(str(self.path))

    def release(self) -> None:
        """Remove the lock file, if it is still ours; calling it twice is harmless."""
        if not self.held:
            return
        self.held = False
        _HELD.discard(str(self.path))
        try:
            if self.path.read_bytes() == self._content:
                self.path.unlink()
        except OSError:
            pass                   # gone already, or taken over: nothing of ours to remove

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire_lock(project: str | Path, *, since: dt.datetime, purpose: str = "window",
                 wait: float = 0.0) -> ProjectLock:
    """Take the lock of ``project`` (which need not exist yet) or raise :class:`ProjectLockedError`.

    ``since`` is now, as the caller's clock says.  ``wait``: seconds to keep trying while the lock is
    held by a command-line run (``purpose`` ``"cli"``, which finishes on its own); a lock of a window
    is refused at once.  Raises :class:`ProjectError` when the folder cannot hold a lock file.
    """
    given = Path(project)
    project = given.absolute()
    lock = lock_path(project)
    me = LockHolder.me(since=since, purpose=purpose)
    content = me.to_bytes()
    deadline = time.monotonic() + wait
    grace = time.monotonic() + UNREADABLE_GRACE_SECONDS
    try:
        project.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"Cannot use the folder of {project}: {exc.strerror or exc}", path=str(project)) from exc
    while True:
        if _create(lock, content):
            clean_leftovers(project, now=since)
            return ProjectLock(project, me, content)
        seen = _read(lock)
        if seen is None:
            continue               # removed meanwhile: try again
        holder = LockHolder.from_bytes(seen)
        if is_stale(holder, lock=lock, now=since) and _take_over(lock, seen):
            continue
        if (holder.purpose == "cli" and time.monotonic() < deadline) or \
                (not holder.readable and time.monotonic() < grace):
            time.sleep(POLL_SECONDS)
            continue
        raise ProjectLockedError(locked_message(given, holder), path=str(project), reason="locked",
                                 user=holder.user, host=holder.host, pid=holder.pid, purpose=holder.purpose,
                                 since=holder.since, lock=str(lock))


def break_lock(project: str | Path, *, now: dt.datetime, force: bool = False) -> LockHolder | None:
    """Remove the lock of ``project`` that nobody holds any more, and the leftovers of locking.

    Without ``force`` only a stale lock goes (its process on this computer is gone, or it is
    unreadable and old); one of a running process or of another computer raises
    :class:`ProjectLockedError` (reason ``"locked"``, or ``"elsewhere"`` for another computer, whose
    processes this one cannot see: the user may know it is off and pass ``force``).  Returns who held
    the lock removed, None when there was none.
    """
    project = Path(project).absolute()
    lock = lock_path(project)
    clean_leftovers(project, now=now)
    seen = _read(lock)
    if seen is None:
        return None
    holder = LockHolder.from_bytes(seen)
    if not force and not is_stale(holder, lock=lock, now=now):
        elsewhere = holder.readable and holder.host != socket.gethostname()
        raise ProjectLockedError(locked_message(project, holder), path=str(project),
                                 reason="elsewhere" if elsewhere else "locked", user=holder.user,
                                 host=holder.host, pid=holder.pid, purpose=holder.purpose, since=holder.since,
                                 lock=str(lock))
    _take_over(lock, seen)
    return holder


def clean_leftovers(project: str | Path, *, now: dt.datetime) -> int:
    """Delete what killed processes left of locking beside ``project`` — ``.new`` files written for
    the lock's link and ``.stale`` ones renamed aside — once older than :data:`UNREADABLE_STALE_AFTER`
    (a live process keeps them for a moment only); how many went."""
    lock = lock_path(project)
    removed = 0
    name = glob.escape(lock.name)
    for leftover in [*lock.parent.glob(name + ".*.new"), *lock.parent.glob(name + ".*.stale")]:
        try:
            if now - dt.datetime.fromtimestamp(leftover.stat().st_mtime) > UNREADABLE_STALE_AFTER:
                leftover.unlink()
                removed += 1
        except OSError:
            pass                   # gone meanwhile, or not ours to delete
    return removed


def locked_message(project: Path, holder: LockHolder) -> str:
    """One English line for the command line and logs (the window words it itself)."""
    if not holder.readable:
        return (f"{project} is locked by {lock_path(project).name}, which cannot be read; if nobody has the "
                f"project open, delete that file and try again.")
    since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since else "?"
    if holder.purpose == "cli":
        return (f"{project} is being changed by another segmentdesk-cli run on {holder.host} by {holder.user} "
                f"since {since}; try again when it has finished.")
    return (f"{project} is open in SegmentDesk on {holder.host} by {holder.user} since {since}; "
            f"close it there or try again.")


def _create(lock: Path, content: bytes) -> bool:
    """Make the lock file holding ``content``; False when it exists already.

    The content is written to a file of our own first and hard-linked to the lock's name: the link
    is as exclusive as ``O_EXCL`` and the lock never exists empty.  Where the file system has no hard
    links (FAT, some network shares) the lock is made with ``O_CREAT | O_EXCL`` and then written;
    readers give a lock being written a moment (:data:`UNREADABLE_GRACE_SECONDS`).
    """
    own = lock.with_name(f"{lock.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.new")
    try:
        _write_new(own, content)
    except OSError:
        return _create_in_place(lock, content)
    try:
        os.link(own, lock)
        return True
    except FileExistsError:
        return False
    except OSError:
        return _create_in_place(lock, content)
    finally:
        try:
            own.unlink()
        except OSError:
            pass


def _create_in_place(lock: Path, content: bytes) -> bool:
    try:
        _write_new(lock, content)
    except FileExistsError:
        return False
    except PermissionError:
        if lock.exists():          # Windows: a lock file being deleted right now refuses to be created
            return False
        raise ProjectError(f"Cannot create the lock file {lock}: permission denied", path=str(lock)) from None
    except OSError as exc:
        raise ProjectError(f"Cannot create the lock file {lock}: {exc.strerror or exc}", path=str(lock)) from exc
    return True


def _write_new(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)


def _read(lock: Path) -> bytes | None:
    try:
        return lock.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def _take_over(lock: Path, seen: bytes) -> bool:
    """Remove the stale lock whose content was ``seen``; True when the caller should try again.

    The lock is first renamed aside (atomic: of two processes taking over, one succeeds) and checked:
    had another process replaced it with a fresh lock meanwhile, that one is put back.
    """
    aside = lock.with_name(f"{lock.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.stale")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if aside.read_bytes() != seen:
            try:
                os.link(aside, lock)       # put the fresh lock back; fails harmlessly if a newer one exists
            except OSError:
                pass
    except OSError:
        pass
    finally:
        try:
            aside.unlink()
        except OSError:
            pass
    return True
