"""Rolling backups of projects in the platform's data folder (Qt-free).

Each project has its own folder, ``<data dir>/backups/<project name>-<hash of its path>``, holding
``YYYYMMDD-HHMMSS[-n].segdesk`` copies made with SQLite's backup API (a consistent copy even while
the project is open, its WAL included) and, beside each, a small ``.json`` saying what was copied
when and why.  Only the newest ``keep`` are kept.  A copy identical to the newest one (the project
file and its WAL unchanged since) is not made again, so opening a project many times does not push
its older backups out.  Nothing here reads the clock: callers pass ``at``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..atomic_file import atomic_file, write_text_atomic
from ..errors import BackupError

DEFAULT_KEEP = 5
SUFFIX = ".segdesk"
_NAME = re.compile(r"^\d{8}-\d{6}(-\d+)?$")


@dataclass(frozen=True)
class Backup:
    """One backup copy: its file, when it was made and why (``"open"``, ``"import"``, ``"before_import"``…)."""

    path: Path
    made: dt.datetime
    reason: str
    source: str


def backups_root() -> Path:
    """``backups`` in the user's data folder (platformdirs' ``user_data_dir("SegmentDesk")``)."""
    from platformdirs import user_data_dir
    return Path(user_data_dir("SegmentDesk", appauthor=False)) / "backups"


def backup_folder(project: str | Path, *, root: Path | None = None) -> Path:
    """The folder of ``project``'s backups: its name and a short hash of its full path, so two
    projects of the same name in different folders keep apart."""
    project = Path(project).absolute()
    digest = hashlib.sha256(os.path.normcase(str(project)).encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", project.stem)[:60] or "project"
    return (root or backups_root()) / f"{stem}-{digest}"


def list_backups(project: str | Path, *, root: Path | None = None) -> list[Backup]:
    """``project``'s backups, newest first."""
    folder = backup_folder(project, root=root)
    found = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        if not _NAME.match(path.stem):
            continue
        info = _read_info(path)
        made = _made_from_name(path.stem)
        found.append(Backup(path, made, str(info.get("reason", "")), str(info.get("source", ""))))
    # The counter after the time orders copies made within one second.
    return sorted(found, key=lambda b: (b.made, _counter(b.path.stem)), reverse=True)


def latest_backup(project: str | Path, *, root: Path | None = None) -> Backup | None:
    backups = list_backups(project, root=root)
    return backups[0] if backups else None


def make_backup(project: str | Path, *, at: dt.datetime, reason: str, keep: int = DEFAULT_KEEP,
                root: Path | None = None) -> Backup | None:
    """Copy ``project`` into its backup folder and drop all but the newest ``keep`` copies.

    Returns the new backup, or None when the project is unchanged since the newest backup (or does
    not exist).  Raises :class:`BackupError` when the copy cannot be made; the project is never touched.
    """
    project = Path(project).absolute()
    if not project.is_file():
        return None
    folder = backup_folder(project, root=root)
    signature = _signature(project)
    newest = latest_backup(project, root=root)
    if newest is not None and _read_info(newest.path).get("signature") == signature:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, at)
        _copy_database(project, target)
        write_text_atomic(target.with_suffix(".json"), json.dumps(
            {"source": str(project), "made": at.isoformat(timespec="seconds"), "reason": reason,
             "signature": signature}, ensure_ascii=False))
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Cannot back up {project} to {folder}: {exc}", path=str(project),
                          reason="copy") from exc
    prune_backups(project, keep=keep, root=root)
    return Backup(target, at, reason, str(project))


def prune_backups(project: str | Path, *, keep: int, root: Path | None = None) -> None:
    """Delete all but the newest ``keep`` (at least one) backups of ``project``."""
    for old in list_backups(project, root=root)[max(1, keep):]:
        for path in (old.path, old.path.with_suffix(".json")):
            try:
                path.unlink()
            except OSError:
                pass


def restore_backup(backup: Backup, project: str | Path, *, at: dt.datetime) -> Path | None:
    """Put ``backup`` in ``project``'s place (hold the project's lock while doing so).

    The file it replaces — a damaged project, most likely — is kept beside it as
    ``<name> (damaged YYYY-MM-DD HHMMSS).segdesk`` together with its ``-wal``/``-shm`` (a WAL must never
    meet another database), never deleted; returns that path, or None when there was no file.
    Raises :class:`BackupError` when the backup itself cannot be read.
    """
    project = Path(project).absolute()
    tmp = project.with_name(f".{project.name}.{uuid.uuid4().hex[:8]}.restoring")
    try:
        _copy_database(backup.path, tmp)
    except (OSError, sqlite3.Error) as exc:
        _unlink(tmp)
        raise BackupError(f"Cannot restore {backup.path}: {exc}", path=str(backup.path), reason="restore") from exc
    kept = None
    try:
        if project.exists():
            kept = project.with_name(f"{project.stem} (damaged {at:%Y-%m-%d %H%M%S}){project.suffix}")
            os.replace(project, kept)
        for side in ("-wal", "-shm"):
            companion = project.with_name(project.name + side)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + side) if kept else companion.with_suffix(".old"))
        os.replace(tmp, project)
    except OSError as exc:
        raise BackupError(f"Cannot restore {backup.path} to {project}: {exc}", path=str(project),
                          reason="restore") from exc
    finally:
        _unlink(tmp)
    return kept


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written through the shared atomic writer."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        with atomic_file(target, suffix=".part") as tmp:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
    finally:
        src.close()


def _signature(project: Path) -> list[list[int]]:
    """Size and modification time of the project file and its WAL: unchanged means nothing to back up."""
    sig = []
    for path in (project, project.with_name(project.name + "-wal")):
        try:
            st = path.stat()
            sig.append([st.st_size, st.st_mtime_ns])
        except OSError:
            sig.append([])
    return sig


def _free_name(folder: Path, at: dt.datetime) -> Path:
    base = f"{at:%Y%m%d-%H%M%S}"
    path, n = folder / f"{base}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}{SUFFIX}"
    return path


def _made_from_name(stem: str) -> dt.datetime:
    return dt.datetime.strptime(stem[:15], "%Y%m%d-%H%M%S")


def _counter(stem: str) -> int:
    return int(stem[16:]) if len(stem) > 16 else 1


def _read_info(path: Path) -> dict:
    try:
        doc = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
