"""The main window: segments on the left, the builder and the customers on the right."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QStyle, QToolBar)

from ..core.errors import SegmentDeskError
from ..core.importing.pipeline import run_import
from ..core.io.read import SUPPORTED_SUFFIXES
from ..core.data.dataset import MISSING_FLAG
from ..core.project.store import load_project, save_project
from ..core.segments.evaluate import Evaluator, warm_up
from ..core.segments.model import load_segment_file, save_segment_file
from ..core.segments.templates import instantiate, load_templates, missing_fields
from ..core.words import field_label
from ..core.settings import Settings, save_settings
from ..paths import sample_dir
from . import i18n
from .dialogs.export_dialog import ExportDialog
from .dialogs.import_dialog import ImportDialog, file_filter
from .dialogs.overlap_dialog import OverlapDialog
from .dialogs.quality_dialog import QualityDialog
from .error_messages import error_text
from .progress_job import run_with_progress
from .session import Change, Session
from .widgets.customers_panel import CustomersPanel
from .widgets.segment_builder import SegmentBuilderPanel
from .widgets.segment_list_panel import SegmentListPanel

PROJECT_SUFFIX = ".segdesk"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings, *, settings_path: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self._settings_path = settings_path
        session.small_segment_threshold = settings.small_segment_threshold
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.segment_panel = SegmentListPanel(session)
        self.builder = SegmentBuilderPanel(session)
        self.customers = CustomersPanel(session)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.builder)
        right.addWidget(self.customers)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        right.setSizes([470, 330])          # the builder needs room for nested groups
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.segment_panel)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 1000])
        self.setCentralWidget(split)

        self.status_data = QLabel()
        self.statusBar().addPermanentWidget(self.status_data)
        self._make_actions()
        self._make_menus()
        self.segment_panel.delete_requested.connect(self._on_delete_segment)
        session.changed.connect(self._on_session_changed)
        self._on_session_changed(Change.DATA | Change.FILE)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- actions and menus ------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                        sp.SP_DialogOpenButton)
        self.import_action = self._action(self.tr("&Import customers…"), self.import_dialog, "Ctrl+I",
                                          sp.SP_FileDialogNewFolder)
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save,
                                        sp.SP_DialogSaveButton)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E", sp.SP_ArrowRight)
        self.sample_action = self._action(self.tr("Open the &sample shop"), self.open_sample)
        self.sample_action.setToolTip(self.tr("2,000 made-up customers of a small Finnish shop, to try things out"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.open_action.setToolTip(self.tr("Open a project or a customer file (Ctrl+O)"))
        self.import_action.setToolTip(self.tr("Import a customer file and an order file (Ctrl+I)"))
        self.export_action.setToolTip(self.tr("Export segments to an Excel workbook (Ctrl+E)"))

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.sample_action)
        self.quality_action = self._action(self.tr("Data &quality…"), self.quality_dialog, "Ctrl+Shift+Q")
        file_menu.addAction(self.quality_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        segment_menu = self.menuBar().addMenu(self.tr("&Segment"))
        for action in (self.segment_panel.new_action, self.segment_panel.duplicate_action,
                       self.segment_panel.rename_action, self.segment_panel.delete_action,
                       self.segment_panel.up_action, self.segment_panel.down_action):
            segment_menu.addAction(action)
        segment_menu.addAction(self._action(self.tr("&Import segment file…"), self.import_segment_file))
        self.export_segment_action = self._action(self.tr("E&xport segment file…"), self.export_segment_file)
        segment_menu.addAction(self.export_segment_action)
        self.template_menu = segment_menu.addMenu(self.tr("New from &template"))
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        segment_menu.addSeparator()
        self.overlap_action = self._action(self.tr("&Overlap between segments…"), self.overlap_dialog, "Ctrl+Shift+O")
        segment_menu.addAction(self.overlap_action)
        segment_menu.addSeparator()
        add = self._action(self.tr("Add &condition"), self.builder.add_condition, "Ctrl+Shift+N")
        segment_menu.addAction(add)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("Smallest useful segment…"), self._ask_small_segment_threshold))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("system", self.tr("System default")), ("en", "English"), ("fi", "Suomi")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About SegmentDesk"), self._about))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.open_action, self.import_action, self.save_action, self.export_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- state shown -----------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        s = self.session
        if change & (Change.FILE | Change.DATA):
            name = s.path.name if s.path else self.tr("Untitled")
            self.setWindowTitle(f"{name}[*] — SegmentDesk")
        self.setWindowModified(s.dirty)
        ds = s.dataset
        self.export_action.setEnabled(ds is not None and bool(s.segments))
        self.overlap_action.setEnabled(ds is not None and len(s.segments) > 1)
        self.export_segment_action.setEnabled(s.current_segment is not None)
        self.save_action.setEnabled(ds is not None)
        self.quality_action.setEnabled(ds is not None)
        self.save_as_action.setEnabled(ds is not None)
        if ds is None:
            self.status_data.setText(self.tr("No data yet: File ▸ Import customers… (Ctrl+I)"))
        else:
            orders = 0 if ds.orders is None else len(ds.orders.frame)
            self.status_data.setText(self.tr("%1 customers · %2 orders · dates measured on %3")
                                     .replace("%1", f"{len(ds):,}".replace(",", "\u00a0"))
                                     .replace("%2", f"{orders:,}".replace(",", "\u00a0"))
                                     .replace("%3", f"{s.as_of.day}.{s.as_of.month}.{s.as_of.year}"
                                              if i18n.current_language() == "fi" else s.as_of.isoformat()))

    # -- opening and importing ---------------------------------------------------------------
    def open_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in (PROJECT_SUFFIX,) + SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), self._last_folder(),
                                              self.tr("SegmentDesk projects and customer files (%1)").replace("%1", patterns))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """A project opens; a spreadsheet or CSV starts an import."""
        if path.suffix.lower() == PROJECT_SUFFIX:
            if not self._maybe_save():
                return
            as_of = self.session.as_of

            def load(progress):
                project = load_project(path)
                if project.dataset is not None:
                    warm_up(project.dataset, as_of=as_of, progress=progress)
                return project

            try:
                project = run_with_progress(self, self.tr("Opening"),
                                            self.tr("Opening %1…").replace("%1", path.name), load)
            except SegmentDeskError as exc:
                QMessageBox.warning(self, self.tr("Cannot open the project"), error_text(exc))
                return
            if project is None:
                return                      # cancelled: the open project stays as it was
            self.session.adopt(project, path)
            self._remember(path)
            self.statusBar().showMessage(self.tr("Opened %1").replace("%1", path.name), 5000)
        else:
            self.import_path(path)

    def open_sample(self) -> None:
        """Load the bundled sample shop with its example segments (an unsaved project)."""
        if not self._maybe_save():
            return
        sample = sample_dir()
        try:
            result = run_import(sample / "customers.xlsx", orders=sample / "orders.csv")
        except SegmentDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the sample shop"), error_text(exc))
            return
        self.session.new()
        self.session.set_dataset(result.dataset, sources={"customers": "customers.xlsx", "orders": "orders.csv"},
                                 at=dt.datetime.now().replace(microsecond=0))
        for path in sorted((sample / "segments").glob("*.segment.json")):
            self.session.add_segment(load_segment_file(path))
        self.session.select_segment(0)
        self.session.undo_stack.clear()       # the sample's own segments are not the user's edits
        self.session.mark_clean()

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import customers"), self._last_folder(), file_filter())
        if path:
            self.import_path(Path(path))

    def import_path(self, customers: Path, orders: Path | None = None) -> bool:
        previous = None
        if self.session.dataset is not None and len(self.session.dataset):
            answer = QMessageBox.question(
                self, self.tr("Update or replace?"),
                self.tr("The project already has %1 customers. Is this file a newer export of the same list?\n\n"
                        "Yes: update them — customers are matched by customer number or email, new ones are "
                        "added and missing ones kept and flagged.\nNo: replace them with the file's customers.")
                .replace("%1", QLocale().toString(len(self.session.dataset))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            previous = self.session.dataset if answer == QMessageBox.StandardButton.Yes else None
        try:
            dialog = ImportDialog(customers, self.settings, self, orders_path=orders, as_of=self.session.as_of,
                                  previous=previous)
        except SegmentDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot import this file"), error_text(exc))
            return False
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.dataset is None:
            return False
        self._apply_import(dialog.dataset, dialog.sources(), dialog)
        self._save_settings()
        QSettings().setValue("recent/folder", str(customers.parent))
        return True

    def _apply_import(self, dataset, sources: dict[str, str], dialog: ImportDialog | None = None) -> None:
        at = dt.datetime.now().replace(microsecond=0)
        self.session.set_dataset(dataset, sources=sources, at=at)
        if dialog is not None and (dialog.fixes_done or dialog.reimport is not None):
            details = {f"fixed_{fix}": preview.count for fix, preview in dialog.fixes_done.items()}
            if dialog.reimport is not None:
                details.update(dialog.reimport.counts())
            self.session.project.log("import_details", at=at, **details)
        if not self.session.segments:
            self.session.add_segment()
        message = self.tr("Imported %1").replace("%1", ", ".join(sources.values()))
        problems = dialog.problem_count if dialog is not None else 0
        if problems:
            message += " · " + self.tr("%1 data-quality notes: File ▸ Data quality…").replace("%1", str(problems))
        self.statusBar().showMessage(message, 15000)
        if dialog is not None and dialog.reimport is not None:
            counts = {k: QLocale().toString(v) for k, v in dialog.reimport.counts().items()}
            QMessageBox.information(
                self, self.tr("Customers updated"),
                self.tr("%1 new, %2 changed, %3 unchanged, %4 missing from the new file. The missing ones are "
                        "kept and marked in the field “%5”, so a segment can find them.")
                .replace("%1", counts["new"]).replace("%2", counts["changed"]).replace("%3", counts["unchanged"])
                .replace("%4", counts["missing"]).replace("%5", MISSING_FLAG))
        elif dialog is not None and dialog.replaced_previous:
            QMessageBox.information(
                self, self.tr("Customers replaced"),
                self.tr("The new file and the project share no customer number or email column, so the "
                        "customers could not be matched; the project now holds the new file's customers."))

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        suggested = self.session.path or Path(self._last_folder()) / self.tr("customers.segdesk")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), str(suggested),
                                              self.tr("SegmentDesk project (*.segdesk)"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        snapshot = self.session.snapshot()
        edits = self.session.edit_count
        try:
            run_with_progress(self, self.tr("Saving"), self.tr("Saving %1…").replace("%1", path.name),
                              lambda progress: save_project(snapshot, path), cancellable=False)
            self.session.mark_saved(path, changes_since=self.session.edit_count - edits)
        except SegmentDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(exc))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 5000)
        return True

    def _maybe_save(self) -> bool:
        """Ask before unsaved work is dropped; False if the user cancels."""
        if not self.session.dirty or self.session.dataset is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this project first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- export -----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.session.dataset is None or not self.session.segments:
            return
        dialog = ExportDialog(self.session, self, default_dir=Path(self._last_folder()))
        if dialog.exec() != ExportDialog.DialogCode.Accepted or dialog.report is None:
            return
        report = dialog.report
        action = "export_without_consent" if report.include_without_consent else "export"
        fmt = getattr(report, "tool", "xlsx")
        target = report.path if fmt == "xlsx" else report.out
        self.session.log(action, file=target.name, format=fmt, rows=report.rows,
                         segments=[s.name for s in report.segments])
        held = sum(s.without_consent for s in report.segments)
        text = self.tr("Exported %1 rows to %2.").replace("%1", str(report.rows)).replace("%2", target.name)
        if held:
            text += "\n" + self.tr("%1 segment members without marketing consent were left out.").replace("%1", str(held))
        skipped = sum(getattr(s, "invalid_email", 0) + getattr(s, "duplicates", 0) for s in report.segments)
        if skipped:
            text += "\n" + self.tr("%1 rows without a valid email address or repeating one were left out.") \
                .replace("%1", str(skipped))
        QMessageBox.information(self, self.tr("Export finished"), text)

    # -- segments ------------------------------------------------------------------------------
    def _fill_template_menu(self) -> None:
        """Templates the data can answer; the others are shown greyed with the reason."""
        self.template_menu.clear()
        ds = self.session.dataset
        lang = i18n.current_language()
        for template in load_templates():
            action = self.template_menu.addAction(template.name(lang))
            missing = missing_fields(template, ds) if ds is not None else ["data"]
            action.setEnabled(not missing)
            tip = template.description(lang)
            if missing:
                tip += "\n" + self.tr("Needs: %1").replace("%1", ", ".join(field_label(f, lang) for f in missing))
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, t=template: self.new_from_template(t))
        self.template_menu.setToolTipsVisible(True)

    def new_from_template(self, template) -> None:
        ds = self.session.dataset
        if ds is None:
            return
        segment = instantiate(template, ds, as_of=self.session.as_of, lang=i18n.current_language())
        self.session.add_segment(segment)

    def import_segment_file(self) -> None:
        """Add segments from .segment.json files (a template shared by a colleague, say)."""
        if self.session.dataset is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import segment files"), self._last_folder(),
                                                self.tr("Segment files (*.segment.json *.json)"))
        for path in paths:
            try:
                segment = load_segment_file(path)
                trial = self.session.project.segment_map() | {segment.name: segment}
                Evaluator(self.session.dataset, as_of=self.session.as_of, segments=trial).check(segment.rule)
            except SegmentDeskError as exc:
                QMessageBox.warning(self, self.tr("Cannot use this segment file"),
                                    Path(path).name + "\n\n" + error_text(exc))
                continue
            self.session.add_segment(segment)

    def export_segment_file(self) -> None:
        segment = self.session.current_segment
        if segment is None:
            return
        suggested = Path(self._last_folder()) / f"{segment.name}.segment.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export segment file"), str(suggested),
                                              self.tr("Segment files (*.segment.json)"))
        if not path:
            return
        if not path.endswith(".json"):
            path += ".segment.json"
        try:
            save_segment_file(segment, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", Path(path).name), 5000)

    def quality_dialog(self) -> None:
        if self.session.dataset is not None:
            QualityDialog(self.session, self).exec()

    def overlap_dialog(self) -> None:
        if self.session.dataset is None or not self.session.segments:
            return
        OverlapDialog(self.session, self).exec()

    def _on_delete_segment(self, index: int) -> None:
        segment = self.session.segments[index]
        answer = QMessageBox.question(self, self.tr("Delete segment"),
                                      self.tr("Delete the segment “%1”?").replace("%1", segment.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove_segment(index)

    # -- recent files, language, drag and drop ---------------------------------------------------
    def _last_folder(self) -> str:
        return str(QSettings().value("recent/folder", str(Path.home())))

    def _recent(self) -> list[str]:
        value = QSettings().value("recent/projects", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self._recent() if p != str(path)]
        QSettings().setValue("recent/projects", recent[:MAX_RECENT])
        QSettings().setValue("recent/folder", str(path.parent))
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self._recent() if Path(p).exists()]
        for i, p in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(p).name}")
            action.setToolTip(p)
            action.triggered.connect(lambda _=False, p=p: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    def _ask_small_segment_threshold(self) -> None:
        value, ok = QInputDialog.getInt(
            self, self.tr("Smallest useful segment"),
            self.tr("Warn when a segment has fewer reachable customers than:"),
            self.settings.small_segment_threshold, 1, 100_000)
        if ok:
            self.settings.small_segment_threshold = self.session.small_segment_threshold = value
            self._save_settings()
            self.session.changed.emit(Change.SEGMENTS)      # the builder re-judges with the new limit

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self._save_settings()
        QMessageBox.information(self, "SegmentDesk", self.tr("The language changes when SegmentDesk is restarted.")
                                if i18n.resolve(code) != i18n.current_language() else
                                self.tr("This language is already in use."))

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings, self._settings_path)
        except OSError:
            pass     # settings are a convenience; failing to write them must not stop work

    def _about(self) -> None:
        from .. import __version__
        QMessageBox.about(self, self.tr("About SegmentDesk"),
                          self.tr("SegmentDesk %1\nCustomer segmentation for small shops. Your data never leaves "
                                  "this computer.\n\nPostal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).")
                          .replace("%1", __version__))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and Path(urls[0].toLocalFile()).suffix.lower() in (PROJECT_SUFFIX,) + SUPPORTED_SUFFIXES:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        event.acceptProposedAction()
        if paths:
            # Two files dropped together: the one with more rows per customer is most likely orders;
            # keep it simple — the first is customers, the second orders, and the dialog shows both.
            self.import_path(paths[0], paths[1] if len(paths) > 1 else None) \
                if paths[0].suffix.lower() != PROJECT_SUFFIX else self.open_path(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._maybe_save():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        event.accept()
