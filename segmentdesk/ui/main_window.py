"""The main window: segments on the left, the builder and the customers on the right.

Its menus live in :mod:`.actions`, its open/import/save flows in :mod:`.project_files`; the window
holds the layout, the status line and the commands that open dialogs.
"""
from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QApplication, QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QStackedWidget, QWidget)

from ..build_info import build_info
from ..core.errors import SegmentDeskError
from ..core.io.read import SUPPORTED_SUFFIXES
from ..core.segments.evaluate import Evaluator
from ..core.privacy.rule_privacy import names_people, personal_fields
from ..core.segments.model import load_segment_file, save_segment_file
from ..core.settings import Settings, save_settings
from ..core.unique_names import numbered_unique
from . import i18n
from .actions import MainActions
from .analysis.analysis_area import AnalysisArea
from .autosave import Autosave
from .privacy_flows import PrivacyFlows
from .survey_flow import SurveyFlow
from .report_flow import ReportFlow
from .dialogs.backup_settings_dialog import BackupSettingsDialog
from .dialogs.export_dialog import ExportDialog
from .dialogs.export_finished import show_export_finished
from .dialogs.help_dialogs import QuickGuideDialog, ShortcutsDialog
from .dialogs.overlap_dialog import OverlapDialog
from .dialogs.quality_dialog import QualityDialog
from .error_messages import error_text
from .first_run_tour import start_tour
from .project_files import PROJECT_SUFFIX, ProjectFiles
from .project_guard import synced_warning
from .restart import start_again
from .session import Change, Session
from .widgets.customers_panel import CustomersPanel
from .widgets.segment_builder import SegmentBuilderPanel
from .widgets.segment_list_panel import SegmentListPanel
from .widgets.start_panel import StartPanel


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings, *, settings_path: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.presentation_view = None          # the open presentation (F11), if any
        self.settings = settings
        self.export_message: QMessageBox | None = None      # the last export's message (kept: it is not modal)
        self.tour = None                                     # the guided tour's overlay while it is shown
        self._settings_path = settings_path
        session.set_small_segment_threshold(settings.small_segment_threshold, initiator=self)
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
        right.setSizes([470, 330])          # until the builder is fitted to its rule (_fit_builder)
        self._right = right
        self._builder_size_chosen = False   # the user dragged the handle: the builder's height is theirs
        right.splitterMoved.connect(self._on_builder_size_chosen)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.segment_panel)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 1000])
        self._work_area = split
        self._pages = QStackedWidget()          # the start panel goes in front while no data is open
        self._pages.addWidget(split)
        self.analysis = AnalysisArea(session, self._pages)
        self.setCentralWidget(self.analysis)

        self.status_data = QLabel()
        self.status_synced = QLabel()       # the project lies in a synced folder: why that matters, on hover
        self.status_synced.hide()
        self.statusBar().addPermanentWidget(self.status_synced)
        self.statusBar().addPermanentWidget(self.status_data)
        self._synced_path: Path | None = None
        self.files = ProjectFiles(self, session, settings, save_settings=self._save_settings)
        self.autosave = Autosave(self, session, self.files, minutes=settings.autosave_minutes)
        self.privacy = PrivacyFlows(self, session)
        self.surveys = SurveyFlow(self, session)
        self.reports = ReportFlow(self, session, last_folder=self.files.last_folder)
        self.menus = MainActions(self, session, self.files, language=settings.language,
                                 segment_panel=self.segment_panel, builder=self.builder)
        self.segment_panel.delete_requested.connect(self._on_delete_segment)
        self._show_start_panel_while_empty()
        self.builder.template_button.clicked.connect(lambda: self.template_gallery(fill_current=True))
        # Tab walks the window as it reads: segments, the rule being built, then the customers.
        # The builder as tall as its rule, the customers below it in the rest: no empty band between them.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_builder)
        self.builder.installEventFilter(self)
        self._tab_timer = QTimer(self, singleShot=True, interval=0)
        self._tab_timer.timeout.connect(self._order_tabs)
        self.builder.rows_changed.connect(self._tab_timer.start)
        self._order_tabs()
        session.changed.connect(self._on_session_changed)
        self._on_session_changed(Change.DATA | Change.FILE)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- state shown -----------------------------------------------------------------------
    def _on_session_changed(self, change: Change, _initiator: object = None) -> None:
        s = self.session
        if change & (Change.FILE | Change.DATA):
            name = s.path.name if s.path else self.tr("Untitled")
            if self.files.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{name}[*] — SegmentDesk")
            self._show_synced(s.path)
        self.setWindowModified(s.dirty)
        ds = s.dataset
        self._pages.setCurrentWidget(self.start_panel if ds is None else self._work_area)
        if ds is None:
            self.status_data.setText(self.tr("No data yet: File ▸ Import customers… (Ctrl+I)"))
        else:
            orders = 0 if ds.orders is None else len(ds.orders.frame)
            fmt = i18n.formats()
            self.status_data.setText(self.tr("%1 customers · %2 orders · dates measured on %3")
                                     .replace("%1", fmt.whole(len(ds))).replace("%2", fmt.whole(orders))
                                     .replace("%3", fmt.date(s.as_of)))

    def _show_start_panel_while_empty(self) -> None:
        """Until data is open, a start panel stands in for the segments and customers (other tabs explain their own)."""
        self.start_panel = StartPanel(import_action=self.menus.import_action, sample_action=self.menus.sample_action,
                                      recent=self.files.recent)
        self.start_panel.open_requested.connect(self.files.open_path)
        self.files.recent_changed.connect(self.start_panel.show_recent)
        self._pages.insertWidget(0, self.start_panel)

    def _show_synced(self, path: Path | None) -> None:
        if path == self._synced_path:
            return                  # judged already: the folder check looks at the disk
        self._synced_path = path
        warning = synced_warning(path)
        self.status_synced.setVisible(warning is not None)
        if warning is not None:
            self.status_synced.setText(warning[0])
            self.status_synced.setToolTip(warning[1])

    # -- export -----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.session.dataset is None or not self.session.segments:
            return
        key = str(self.session.path or "")
        dialog = ExportDialog(self.session, self, default_dir=Path(self.files.last_folder()),
                              remembered=self.settings.export_choices.get(key))
        if dialog.exec() != ExportDialog.DialogCode.Accepted or dialog.report is None:
            return
        report = dialog.report
        self.session.log(report.audit_action, **report.audit_details())
        self.settings.export_choices[key] = dialog.choices()
        self._save_settings()
        self.export_message = show_export_finished(self, report)

    # -- segments ------------------------------------------------------------------------------
    def template_gallery(self, *, fill_current: bool = False) -> None:
        """Segment ▸ New from template…: the gallery; the template chosen becomes a new segment — or, from the
        empty segment's "Start from a template…" (``fill_current``), that segment, so no empty one is left over."""
        if self.session.dataset is None:
            return
        from .dialogs.template_gallery import TemplateGalleryDialog     # the template library: when first asked

        dialog = TemplateGalleryDialog(self.session, self)
        if dialog.exec() == TemplateGalleryDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.new_from_template(dialog.chosen, fill_current=fill_current)

    def new_from_template(self, template, *, fill_current: bool = False) -> None:
        ds = self.session.dataset
        if ds is None:
            return
        from ..core.segments.templates import instantiate

        segment = instantiate(template, ds, as_of=self.session.as_of, lang=i18n.current_language())
        current = self.session.current_segment
        if fill_current and current is not None and not current.rule.children:
            segment.name = numbered_unique(segment.name, {s.name.casefold() for s in self.session.segments
                                                          if s is not current})
            self.session.update_segment(self.session.current_index, segment)
        else:
            self.session.add_segment(segment)

    def import_segment_file(self) -> None:
        """Add segments from .segment.json files (a template shared by a colleague, say)."""
        if self.session.dataset is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import segment files"), self.files.last_folder(),
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
        ds = self.session.dataset
        demo = self.session.pseudonyms() is not None and ds is not None
        if demo and names_people(segment.rule, personal_fields(ds)):
            # The file must select the same people wherever it is opened, so it cannot hold pseudonyms.
            QMessageBox.information(self, self.tr("Demo mode is on"), self.tr(
                "This segment's rule names customers (their emails, names or addresses), and a segment file "
                "would hand them over. Turn demo mode off (View ▸ Demo mode) to export it."))
            return
        suggested = Path(self.files.last_folder()) / f"{segment.name}.segment.json"
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
            self.session.remove_segment(index, initiator=self)

    # -- settings, language, drag and drop ---------------------------------------------------
    def ask_small_segment_threshold(self) -> None:
        value, ok = QInputDialog.getInt(
            self, self.tr("Smallest useful segment"),
            self.tr("Warn when a segment has fewer reachable customers than:"),
            self.settings.small_segment_threshold, 1, 100_000)
        if ok:
            self.settings.small_segment_threshold = value
            self._save_settings()
            self.session.set_small_segment_threshold(value, initiator=self)     # the segments are judged anew

    def backup_settings_dialog(self) -> None:
        dialog = BackupSettingsDialog(self.settings, self)
        if dialog.exec() != BackupSettingsDialog.DialogCode.Accepted:
            return
        dialog.apply_to(self.settings)
        self._save_settings()
        self.autosave.set_minutes(self.settings.autosave_minutes)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.builder and event.type() == QEvent.Type.LayoutRequest:
            self._fit_timer.start()         # a condition, a warning or a longer rule came or went
        return super().eventFilter(watched, event)

    def _on_builder_size_chosen(self, _pos: int, _index: int) -> None:
        self._builder_size_chosen = True

    def _fit_builder(self) -> None:
        """Give the builder the height its rule needs and the customers the rest (the customers keep at least
        a third), unless the user has placed the handle."""
        total = sum(self._right.sizes())
        if self._builder_size_chosen or total <= 0 or not self.builder.isVisible():
            return
        wanted = min(self.builder.sizeHint().height(), total - max(total // 3, self.customers.minimumSizeHint().height()))
        if wanted > 0 and wanted != self._right.sizes()[0]:
            self._right.setSizes([wanted, total - wanted])

    def _order_tabs(self) -> None:
        stops = [*self.segment_panel.tab_stops(), *self.builder.tab_stops(), *self.customers.tab_stops()]
        for first, second in zip(stops, stops[1:]):
            QWidget.setTabOrder(first, second)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self._save_settings()
        if i18n.resolve(code) == i18n.current_language():
            QMessageBox.information(self, "SegmentDesk", self.tr("This language is already in use."))
            return
        answer = QMessageBox.question(
            self, "SegmentDesk", self.tr("The new language is used once SegmentDesk starts again. Restart now? "
                                         "You are asked to save your changes first; the project opens again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.close():                  # the user kept the window open at "save changes?"
            return
        if not start_again(self.session.path):
            QMessageBox.warning(None, "SegmentDesk", self.tr("SegmentDesk could not be started again; start it "
                                                             "yourself to use the new language."))
        QApplication.quit()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings, self._settings_path)
        except OSError:
            pass     # settings are a convenience; failing to write them must not stop work

    def quick_guide(self) -> None:
        dialog = QuickGuideDialog(self)
        dialog.exec()
        if dialog.tour_requested:
            self.show_tour()

    def show_tour(self) -> None:
        """Help ▸ Show me around: the guided tour over the window, from its first step."""
        self.tour = start_tour(self)

    def show_tour_once(self) -> bool:
        """The tour on the first start only (remembered in the settings, even when skipped); True if shown."""
        if self.settings.tour_seen:
            return False
        self.settings.tour_seen = True
        self._save_settings()
        self.show_tour()
        return True

    def show_presentation(self) -> None:
        """View ▸ Presentation (F11): the slides on this window's screen, from the selected segment."""
        from .presentation_view import PresentationView

        if self.session.dataset is None:
            return
        view = PresentationView(self.session, self, start_segment=self.session.current_index)
        self.presentation_view = view
        view.left.connect(lambda: setattr(self, "presentation_view", None))
        view.setScreen(self.screen())
        view.showFullScreen()
        view.activateWindow()
        view.setFocus()

    def keyboard_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About SegmentDesk"), self.about_text())

    def about_text(self) -> str:
        """Help ▸ About's text: the version, what the build was made from (for a support question), licences."""
        info = build_info()
        built = info.built_at
        if info.commit is not None and built is not None:
            build = (self.tr("Built %1 from commit %2.")
                     .replace("%1", f"{i18n.formats().date(built.date())} {built:%H:%M} UTC").replace("%2", info.commit))
        else:
            build = self.tr("Run from the source code, not a built bundle.")
        return "\n\n".join([
            self.tr("SegmentDesk %1\nCustomer segmentation for small shops. Your data never leaves "
                    "this computer.\n\nPostal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).")
            .replace("%1", info.version),
            f"{build}\nPython {platform.python_version()} · Qt {qVersion()}"])

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
            self.files.import_path(paths[0], paths[1] if len(paths) > 1 else None) \
                if paths[0].suffix.lower() != PROJECT_SUFFIX else self.files.open_path(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.autosave.set_minutes(0)
        self.files.stop_waiting()
        self.files.guard.release()          # the project is free for another window or a CLI run
        event.accept()
