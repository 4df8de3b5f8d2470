"""The window as one writer: it holds the open project's lock, opens a project held elsewhere
read-only, warns when the project lies in a synced folder, keeps rolling backups and offers the
latest one when a project is damaged.

Strings keep the "MainWindow" translation context of the file flows they belong to.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import ProjectError, ProjectLockedError, SegmentDeskError
from ..core.project.backups import latest_backup, make_backup, restore_backup
from ..core.project.lock import LockHolder, ProjectLock, acquire_lock
from ..core.project.synced_folder import SyncedFolder, synced_folder
from ..core.settings import Settings
from .error_messages import error_text
from .i18n import formats

# Project errors for which an older copy helps; a newer format or a missing file is not damage.
_NOT_DAMAGE = {"format", "missing", "locked", "read_only", "write"}
FOLDER = "folder"       # the purpose of the stand-in holder when the folder cannot hold a lock file


translate = QCoreApplication.translate


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def blocked_text(path: Path, holder: LockHolder) -> str:
    """Why ``path`` cannot be written now: open elsewhere, or its folder refuses a lock file."""
    if holder.purpose == FOLDER:
        return translate("MainWindow", "The folder of %1 cannot be written. Save the project somewhere else.") \
            .replace("%1", path.name)
    if holder.purpose == "cli" and holder.readable:
        return translate("MainWindow", "%1 is being changed by a command-line run %2. Try again when it has "
                         "finished, or save under another name.").replace("%1", path.name) \
            .replace("%2", holder_text(holder))
    return translate("MainWindow", "%1 is open in SegmentDesk %2. Save the project under another name.") \
        .replace("%1", path.name).replace("%2", holder_text(holder))


def holder_text(holder: LockHolder) -> str:
    """“on HOST by USER since TIME”, or that the lock cannot be read."""
    if not holder.readable or holder.since is None:
        return translate("MainWindow", "by someone whose lock file SegmentDesk cannot read")
    fmt = formats()
    return (translate("MainWindow", "on %1 by %2 since %3").replace("%1", holder.host).replace("%2", holder.user)
            .replace("%3", f"{fmt.date(holder.since.date())} {holder.since:%H:%M}"))


class ProjectGuard(QObject):
    """The lock of the open project (None while it is untitled or read-only) and its read-only state.

    Opening or saving elsewhere first :meth:`take` s the new path's lock alongside the current one;
    :meth:`keep` makes it the project's (releasing the old), :meth:`drop` gives it back.
    """

    def __init__(self, parent: QObject, settings: Settings) -> None:
        super().__init__(parent)
        self._settings = settings
        self.lock: ProjectLock | None = None
        self._pending: ProjectLock | None = None
        self.read_only = False
        self.holder: LockHolder | None = None       # who holds the lock when read-only

    def take(self, path: Path) -> LockHolder | None:
        """Take ``path``'s lock (already ours: nothing to do); returns who holds it when it is taken."""
        self.drop()                 # one left by a flow that failed unexpectedly must not lock us out
        if self.lock is not None and self.lock.project == path.absolute():
            return None
        try:
            # Never waited for here, on the GUI thread: a command-line run's lock is tried again from a
            # timer by the caller (ProjectFiles), the window usable meanwhile.
            self._pending = acquire_lock(path, since=_now(), purpose="window")
        except ProjectLockedError as exc:
            d = exc.details
            return LockHolder(user=d["user"], host=d["host"], pid=d["pid"], since=d["since"], purpose=d["purpose"])
        except ProjectError:
            # No lock file can be made there (a read-only share, a CD): nobody can write the project there
            # either, so it opens read-only.
            return LockHolder(user="", host="", pid=0, since=None, purpose=FOLDER)
        return None

    def keep(self, *, read_only_holder: LockHolder | None = None) -> None:
        """The path last taken is now the project's (read-only when its lock was held elsewhere)."""
        if self._pending is not None:
            if self.lock is not None:
                self.lock.release()
            self.lock, self._pending = self._pending, None
        elif read_only_holder is not None and self.lock is not None:
            self.lock.release()
            self.lock = None
        self.read_only = read_only_holder is not None
        self.holder = read_only_holder

    def drop(self) -> None:
        """Give back the lock last taken (the open or save did not happen)."""
        if self._pending is not None:
            self._pending.release()
            self._pending = None

    def release(self) -> None:
        """No project open any more (a new one, the sample, the window closing)."""
        self.drop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.read_only, self.holder = False, None

    # -- backups ---------------------------------------------------------------------------------
    def back_up(self, path: Path, *, reason: str) -> str | None:
        """A rolling backup of ``path`` as the settings say (call from a worker); the error's text
        when none could be made — a backup failing never stops the work."""
        if not self._settings.backups_enabled:
            return None
        try:
            make_backup(path, at=_now(), reason=reason, keep=max(1, int(self._settings.backup_count)))
        except SegmentDeskError as exc:
            return str(exc)
        return None

    def offer_backup(self, window: QWidget, path: Path, exc: SegmentDeskError) -> bool | None:
        """After ``path`` failed to open: if it is damaged, its lock is ours and a backup exists, offer
        to put the latest backup in its place (the damaged file is kept beside it).  True: restored;
        False: offered and declined (or failed, said so); None: nothing to offer."""
        if exc.code != "project" or exc.details.get("reason") in _NOT_DAMAGE or self._pending is None:
            return None
        backup = latest_backup(path)
        if backup is None:
            return None
        fmt = formats()
        made = f"{fmt.date(backup.made.date())} {backup.made:%H:%M}"
        answer = QMessageBox.question(
            window, translate("MainWindow", "Cannot open the project"),
            error_text(exc) + "\n\n" + translate(
                "MainWindow", "SegmentDesk has a backup of this project from %1. Open the latest backup? "
                "The damaged file is kept beside it.").replace("%1", made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            kept = restore_backup(backup, path, at=_now())
        except SegmentDeskError as failed:
            QMessageBox.warning(window, translate("MainWindow", "Cannot open the backup"), error_text(failed))
            return False
        if kept is not None:
            QMessageBox.information(
                window, translate("MainWindow", "Backup opened"),
                translate("MainWindow", "The damaged file was kept as %1.").replace("%1", kept.name))
        return True

    # -- notices -----------------------------------------------------------------------------------
    def read_only_notice(self, window: QWidget, path: Path) -> None:
        if self.holder is not None and self.holder.purpose == FOLDER:
            QMessageBox.information(
                window, translate("MainWindow", "Opened read-only"),
                translate("MainWindow", "The folder of %1 cannot be written, so the project opens read-only: "
                          "keep your own copy with File ▸ Save As.").replace("%1", path.name))
            return
        QMessageBox.information(
            window, translate("MainWindow", "Opened read-only"),
            translate("MainWindow", "%1 is open in SegmentDesk %2.\n\nIt opens read-only, so that neither of "
                      "you loses changes: you can look and export, and keep your own copy with File ▸ Save As.")
            .replace("%1", path.name).replace("%2", holder_text(self.holder)))


def synced_warning(path: Path | None) -> tuple[str, str] | None:
    """(short text, explanation) when ``path`` lies in a folder a sync service copies, else None."""
    found: SyncedFolder | None = synced_folder(path) if path is not None else None
    if found is None:
        return None
    text = translate("MainWindow", "⚠ In a %1 folder: open it on one computer at a time").replace("%1", found.service)
    why = translate("MainWindow", "This project lies in a folder %1 copies between computers. If it is opened on "
                    "two computers at once, both may write to it and one computer's changes can be lost or the "
                    "file damaged: SegmentDesk's lock cannot see the other computer until %1 has synced. Open it "
                    "on one computer at a time, or keep it in a folder that is not synced.")
    why = why.replace("%1", found.service)
    return text, why
