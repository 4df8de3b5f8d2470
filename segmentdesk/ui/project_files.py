"""The window's file flows: open a project or the sample shop, import customers, save, and recent files.

Each flow asks the user what it must (a file name, "save changes first?", update or replace) and then
hands the result to the session; long reads and writes run behind a progress dialog.  Strings keep the
"MainWindow" translation context they had when these flows lived in the window.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..core.data.dataset import MISSING_FLAG
from ..core.errors import SegmentDeskError
from ..core.importing.pipeline import run_import
from ..core.importing.survey import carry_answers
from ..core.importing.plan import ImportPlan
from ..core.io.read import SUPPORTED_SUFFIXES
from ..core.project.store import Stamp, load_project, save_project
from ..core.privacy.demo_ready import ready_pseudonyms
from ..core.segments.evaluate import warm_up
from ..core.segments.model import load_segment_file
from ..core.settings import Settings
from ..paths import sample_dir
from .dialogs.import_dialog import ImportDialog, file_filter
from .error_messages import error_text
from .progress_job import run_with_progress
from .project_guard import ProjectGuard, blocked_text
from .session import Session
from .i18n import formats

PROJECT_SUFFIX = ".segdesk"
MAX_RECENT = 8
# A project a command-line run is changing opens once the run has finished (they take a second or
# two): the lock is tried again every CLI_RETRY_MS from a timer, the window usable meanwhile, and
# after CLI_WAIT_SECONDS the project opens read-only as when another window holds it.
CLI_RETRY_MS = 250
CLI_WAIT_SECONDS = 10.0


class ProjectFiles(QObject):
    """Opening, importing and saving for one window; ``recent_changed`` when the recent list changed."""

    recent_changed = Signal()

    def __init__(self, window: QMainWindow, session: Session, settings: Settings, *,
                 save_settings: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._save_settings = save_settings
        # The open project's lock, read-only state and backups.
        self.guard = ProjectGuard(self, settings)
        self.busy = False
        self._backup_due = False          # an import waits for its save to be backed up
        self._waiting_for: Path | None = None     # a project to open once a command-line run lets it go

    @property
    def read_only(self) -> bool:
        """The open project is held by another window or computer: saving goes to Save As."""
        return self.guard.read_only

    def _status(self, text: str, ms: int) -> None:
        self._window.statusBar().showMessage(text, ms)

    # -- opening ---------------------------------------------------------------------------
    def open_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in (PROJECT_SUFFIX,) + SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self._window, QCoreApplication.translate("MainWindow", "Open"), self.last_folder(),
            QCoreApplication.translate("MainWindow", "SegmentDesk projects and customer files (%1)")
            .replace("%1", patterns))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """A project opens; a spreadsheet or CSV starts an import."""
        self._waiting_for = None          # the user chose something else: no earlier open is waited for
        if path.suffix.lower() != PROJECT_SUFFIX:
            self.import_path(path)
            return
        if not self.maybe_save():
            return
        self._open_project(path)

    def _open_project(self, path: Path, *, waited: float = 0.0) -> None:
        # The lock first: read before it, the project could change under us before the first save.
        holder = self.guard.take(path)
        if holder is not None and holder.purpose == "cli" and waited < CLI_WAIT_SECONDS:
            if not waited:
                self._status(QCoreApplication.translate(
                    "MainWindow", "%1 is being changed by a command-line run; it opens when the run has finished…")
                    .replace("%1", path.name), int(CLI_WAIT_SECONDS * 1000))
            self._waiting_for = path
            QTimer.singleShot(CLI_RETRY_MS, self, lambda: self._retry_open(path, waited + CLI_RETRY_MS / 1000))
            return
        self._waiting_for = None
        as_of = self._session.as_of
        backup_failed: list[str] = []

        def load(progress):
            project = load_project(path)
            if project.dataset is not None:
                warm_up(project.dataset, as_of=as_of, progress=progress)
                if project.demo_mode:       # saved in demo mode: its made-up values are built here, not by the views
                    ready_pseudonyms(project)
            if holder is None:      # backed up once it opened well, before this window writes to it
                backup_failed.extend(filter(None, [self.guard.back_up(path, reason="open")]))
            return project

        self.busy = True              # no autosave of the project being left while this one loads
        try:
            project = run_with_progress(self._window, QCoreApplication.translate("MainWindow", "Opening"),
                                        QCoreApplication.translate("MainWindow", "Opening %1…")
                                        .replace("%1", path.name), load)
        except SegmentDeskError as exc:
            self.busy = False
            restored = self.guard.offer_backup(self._window, path, exc)
            self.guard.drop()
            if restored:
                self._open_project(path)
            elif restored is None:
                QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Cannot open the project"),
                                    error_text(exc))
            return
        finally:
            self.busy = False
        if project is None:
            self.guard.drop()
            return                      # cancelled: the open project stays as it was
        self.guard.keep(read_only_holder=holder)
        self._session.adopt(project, path)
        self.remember(path)
        self._status(QCoreApplication.translate("MainWindow", "Opened %1").replace("%1", path.name), 5000)
        if holder is not None:
            self.guard.read_only_notice(self._window, path)
        elif backup_failed:
            self._status(QCoreApplication.translate("MainWindow", "No backup was made: %1")
                         .replace("%1", backup_failed[0]), 15000)

    def _kept_edits(self, conflicts: list) -> str:
        """The sentence saying which values the user edited in the app stayed though the file differs."""
        if not conflicts:
            return ""
        shown = ", ".join(f"{c.key.split(':', 1)[1]} {c.header}" for c in conflicts[:5]) + \
            (", …" if len(conflicts) > 5 else "")
        n = len(conflicts)
        # %n picks the plural (Finnish "1 arvo" / "2 arvoa"); the number itself is written as the window writes numbers.
        text = self.tr("%n value(s) you edited in SegmentDesk were kept where the new file says otherwise: %1", "", n)
        return "\n\n" + text.replace(str(n), formats().whole(n), 1).replace("%1", shown)

    def stop_waiting(self) -> None:
        """Open no project a command-line run holds once it finishes (the window is closing)."""
        self._waiting_for = None

    def _retry_open(self, path: Path, waited: float) -> None:
        if self._waiting_for == path:     # still wanted: nothing else was opened, imported or closed meanwhile
            self._open_project(path, waited=waited)

    def open_sample(self, kind: str = "consumer") -> None:
        """Load a bundled sample shop (``consumer`` or ``b2b``) with its example segments (an unsaved project)."""
        self._waiting_for = None
        if not self.maybe_save():
            return
        sample = sample_dir(kind)
        plan = ImportPlan.for_files(sample / "customers.xlsx", orders=sample / "orders.csv")
        as_of = self._session.as_of
        # Read in a worker: the window keeps painting (at start-up with --sample it is shown before the data).
        self.busy = True
        try:
            result = run_with_progress(
                self._window, QCoreApplication.translate("MainWindow", "Opening"),
                QCoreApplication.translate("MainWindow", "Opening the sample shop…"),
                lambda progress: run_import(plan, as_of=as_of, count_problems=False, progress=progress))
        except SegmentDeskError as exc:
            QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Cannot open the sample shop"),
                                error_text(exc))
            return
        finally:
            self.busy = False
        if result is None:
            return                      # cancelled: the open project stays as it was
        self.guard.release()
        s = self._session
        s.new()
        s.set_dataset(result.dataset, sources={"customers": "customers.xlsx", "orders": "orders.csv"},
                      at=dt.datetime.now().replace(microsecond=0), sample=kind)
        for path in sorted((sample / "segments").glob("*.segment.json")):
            s.add_segment(load_segment_file(path))
        s.select_segment(0)
        s.undo_stack.clear()       # the sample's own segments are not the user's edits
        s.mark_clean()

    # -- importing -------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, QCoreApplication.translate("MainWindow", "Import customers"),
                                              self.last_folder(), file_filter())
        if path:
            self.import_path(Path(path))

    def import_path(self, customers: Path, orders: Path | None = None) -> bool:
        self._waiting_for = None
        s = self._session
        if s.pseudonyms() is not None:       # the import shows the file's own rows: not on a demo screen
            QMessageBox.information(self._window, QCoreApplication.translate("MainWindow", "Demo mode is on"),
                                    QCoreApplication.translate("MainWindow", "Importing shows the file's own rows, "
                                                               "names and addresses included. Turn demo mode off "
                                                               "(View ▸ Demo mode) to import."))
            return False
        previous, replacing = None, False
        if s.dataset is not None and len(s.dataset):
            answer = QMessageBox.question(
                self._window, QCoreApplication.translate("MainWindow", "Update or replace?"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The project already has %1 customers. Is this file a newer export of the same list?\n\n"
                    "Yes: update them — customers are matched by customer number or email, new ones are "
                    "added and missing ones kept and flagged.\nNo: replace them with the file's customers.")
                .replace("%1", formats().whole(len(s.dataset))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            previous = s.dataset if answer == QMessageBox.StandardButton.Yes else None
            replacing = previous is None
        try:
            dialog = ImportDialog(customers, self._settings, self._window, orders_path=orders, as_of=s.as_of,
                                  previous=previous, replacing=replacing, plan=s.project.plan,
                                  register=s.project.register)
        except SegmentDeskError as exc:
            QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Cannot import this file"),
                                error_text(exc))
            return False
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.dataset is None:
            return False
        dataset = dialog.dataset
        if replacing and s.survey_base() is not None:
            dataset = carry_answers(s.survey_base(), dataset)    # survey answers outlive a replacing import
        self._apply_import(dataset, dialog.sources(), dialog)
        self._save_settings()
        QSettings().setValue("recent/folder", str(customers.parent))
        return True

    def _apply_import(self, dataset, sources: dict[str, str], dialog: ImportDialog | None = None) -> None:
        s = self._session
        at = dt.datetime.now().replace(microsecond=0)
        # The plan is kept so that next month's file imports the same way, in the app or the CLI.
        s.set_dataset(dataset, sources=sources, at=at, plan=dialog.plan if dialog is not None else None)
        self._backup_due = True
        if dialog is not None and dialog.do_not_contact:
            s.add_do_not_contact(list(dialog.do_not_contact), source="import", at=at)
        if dialog is not None and (dialog.fixes_done or dialog.reimport is not None):
            details = {f"fixed_{fix}": preview.count for fix, preview in dialog.fixes_done.items()}
            if dialog.reimport is not None:
                details.update(dialog.reimport.counts())
            s.log("import_details", at=at, **details)
        if not s.segments:
            s.add_segment()
        message = QCoreApplication.translate("MainWindow", "Imported %1").replace("%1", ", ".join(sources.values()))
        if dialog is not None and dialog.do_not_contact:
            message += " · " + QCoreApplication.translate(
                "MainWindow", "%1 unsubscribed or bounced addresses on the do-not-contact list").replace(
                "%1", formats().whole(len(dialog.do_not_contact)))
        problems = dialog.problem_count if dialog is not None else 0
        if problems:
            message += " · " + QCoreApplication.translate(
                "MainWindow", "%1 data-quality notes: File ▸ Data quality…").replace("%1", formats().whole(problems))
        self._status(message, 15000)
        if dialog is not None and dialog.reimport is not None:
            counts = {k: formats().whole(v) for k, v in dialog.reimport.counts().items()}
            QMessageBox.information(
                self._window, QCoreApplication.translate("MainWindow", "Customers updated"),
                QCoreApplication.translate(
                    "MainWindow",
                    "%1 new, %2 changed, %3 unchanged, %4 missing from the new file. The missing ones are "
                    "kept and marked in the field “%5”, so a segment can find them.")
                .replace("%1", counts["new"]).replace("%2", counts["changed"]).replace("%3", counts["unchanged"])
                .replace("%4", counts["missing"]).replace("%5", MISSING_FLAG) + self._kept_edits(dialog.conflicts))
        elif dialog is not None and dialog.replaced_previous:
            QMessageBox.information(
                self._window, QCoreApplication.translate("MainWindow", "Customers replaced"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The new file and the project share no customer number or email column, so the "
                    "customers could not be matched; the project now holds the new file's customers."))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self._session.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self._session.path)

    def save_as(self) -> bool:
        suggested = self._session.path or Path(self.last_folder()) / QCoreApplication.translate(
            "MainWindow", "customers.segdesk")
        path, _ = QFileDialog.getSaveFileName(self._window, QCoreApplication.translate("MainWindow", "Save project"),
                                              str(suggested),
                                              QCoreApplication.translate("MainWindow", "SegmentDesk project (*.segdesk)"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path, *, autosave: bool = False) -> bool:
        """Save the project to ``path``, holding its lock; ``autosave``: say so, and report a failure
        in the status line instead of a dialog."""
        if self.busy:
            return False
        holder = self.guard.take(path)
        if holder is not None:
            QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Cannot save"),
                                blocked_text(path, holder))
            return False
        s = self._session
        snapshot = s.snapshot()
        edits = s.edit_count
        # Saving to the file the project came from writes only what changed; Save As writes a whole new file.
        incremental = s.path is not None and Path(path) == s.path
        backup_due = self._backup_due

        # New data (an import since the last save) is recorded as an 'import' snapshot of the segments;
        # Save As carries the previous file's snapshots over.
        stamp = Stamp(taken_at=dt.datetime.now().replace(microsecond=0), as_of=s.as_of)
        history = None if incremental else s.path

        def write(progress):
            save_project(snapshot, path, incremental=incremental, snapshot=stamp, history_from=history)
            return self.guard.back_up(path, reason="import") if backup_due else None

        self.busy = True
        try:
            backup_failed = run_with_progress(
                self._window, QCoreApplication.translate("MainWindow", "Saving"),
                QCoreApplication.translate("MainWindow", "Saving %1…").replace("%1", path.name), write,
                cancellable=False)
            self.guard.keep()
            s.mark_saved(path, changes_since=s.edit_count - edits, saved=snapshot)
        except SegmentDeskError as exc:
            self.guard.drop()
            if autosave:
                self._status(QCoreApplication.translate("MainWindow", "Autosave failed: %1")
                             .replace("%1", error_text(exc)), 30000)
            else:
                QMessageBox.warning(self._window, QCoreApplication.translate("MainWindow", "Cannot save"),
                                    error_text(exc))
            return False
        finally:
            self.busy = False
        if backup_due:
            self._backup_due = False
        self.remember(path)
        text = QCoreApplication.translate("MainWindow", "Autosaved %1") if autosave else \
            QCoreApplication.translate("MainWindow", "Saved %1")
        self._status(text.replace("%1", path.name), 5000)
        if backup_failed:
            self._status(QCoreApplication.translate("MainWindow", "No backup was made: %1")
                         .replace("%1", backup_failed), 15000)
        return True

    def maybe_save(self) -> bool:
        """Ask before unsaved work is dropped; False if the user cancels (or the save failed)."""
        if not self._session.dirty or self._session.dataset is None:
            return True
        answer = QMessageBox.question(
            self._window, QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate("MainWindow", "Save the changes to this project first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files ------------------------------------------------------------------------
    def last_folder(self) -> str:
        return str(QSettings().value("recent/folder", str(Path.home())))

    def recent(self) -> list[str]:
        value = QSettings().value("recent/projects", [])
        return [value] if isinstance(value, str) else list(value or [])

    def remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent() if p != str(path)]
        QSettings().setValue("recent/projects", recent[:MAX_RECENT])
        QSettings().setValue("recent/folder", str(path.parent))
        self.recent_changed.emit()
