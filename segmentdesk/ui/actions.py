"""The main window's commands: its actions, menus and toolbar, enabled by what the session holds.

Strings keep the "MainWindow" translation context they had when the menus were built in the window.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from ..core.privacy.demo_ready import ready_pseudonyms
from . import theme
from .progress_job import run_with_progress
from .project_files import ProjectFiles
from .session import Change, Session
from .widgets.demo_badge import DemoBadge

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .widgets.segment_builder import SegmentBuilderPanel
    from .widgets.segment_list_panel import SegmentListPanel


class MainActions(QObject):
    """Builds the window's menus and toolbar; the slots are the window's and its file flows'.

    ``commands`` is the window: it provides ``export_dialog``, ``reports.client_report``, ``quality_dialog``,
    ``overlap_dialog``, ``import_segment_file``, ``export_segment_file``, ``template_gallery``, ``ask_small_segment_threshold``,
    ``backup_settings_dialog``,
    ``set_language``, ``quick_guide``, ``show_tour``, ``keyboard_shortcuts``, ``about`` and ``close``.
    """

    def __init__(self, window: QMainWindow, session: Session, files: ProjectFiles, *, language: str,
                 segment_panel: SegmentListPanel, builder: SegmentBuilderPanel) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._files = files
        self._themed: list[tuple[QAction, str]] = []
        self._make_actions()
        self._make_menus(language, segment_panel, builder)
        files.recent_changed.connect(self._on_recent_changed)
        session.changed.connect(self._on_session_changed)
        self._on_recent_changed()
        self._on_session_changed(Change.NONE)

    def _action(self, text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
        """A window action; ``icon`` names an SVG under resources/icons drawn in the palette's text colour."""
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            self._themed.append((action, icon))
        action.triggered.connect(slot)
        return action

    def _set_icons(self) -> None:
        for action, name in self._themed:
            action.setIcon(theme.icon(name))

    def _make_actions(self) -> None:
        w, f = self._window, self._files
        self.open_action = self._action(QCoreApplication.translate("MainWindow", "&Open…"), f.open_dialog,
                                        QKeySequence.StandardKey.Open, "toolbar/open")
        self.import_action = self._action(QCoreApplication.translate("MainWindow", "&Import customers…"),
                                          f.import_dialog, "Ctrl+I", "toolbar/import")
        self.save_action = self._action(QCoreApplication.translate("MainWindow", "&Save"), f.save,
                                        QKeySequence.StandardKey.Save, "toolbar/save")
        self.save_as_action = self._action(QCoreApplication.translate("MainWindow", "Save &As…"), f.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action(QCoreApplication.translate("MainWindow", "&Export…"), w.export_dialog,
                                          "Ctrl+E", "toolbar/export")
        self.report_action = self._action(QCoreApplication.translate("MainWindow", "&Client report…"),
                                          w.reports.client_report)
        self.report_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "A PDF of the segments, their profiles, RFM, clusters and history for a client: "
                          "totals and shares only"))
        # A lambda: triggered(bool) would otherwise hand its checked flag to open_sample's kind.
        self.sample_action = self._action(QCoreApplication.translate("MainWindow", "Open the sample s&hop"),
                                          lambda: f.open_sample("consumer"))
        self.sample_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "2,000 made-up customers of a small Finnish shop, to try things out"))
        self.b2b_sample_action = self._action(QCoreApplication.translate("MainWindow", "Open the &B2B sample shop"),
                                              lambda: f.open_sample("b2b"))
        self.b2b_sample_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "400 made-up business customers of a Finnish wholesaler: industries, company sizes, "
            "contact persons and invoices"))
        self.quit_action = self._action(QCoreApplication.translate("MainWindow", "&Quit"), w.close,
                                        QKeySequence.StandardKey.Quit)
        self.open_action.setToolTip(QCoreApplication.translate("MainWindow", "Open a project or a customer file (Ctrl+O)"))
        self.import_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Import a customer file and an order file (Ctrl+I)"))
        self.export_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Export segments to an Excel workbook (Ctrl+E)"))
        self.demo_action = self._action(QCoreApplication.translate("MainWindow", "&Demo mode"), self._on_demo_toggled,
                                        "Ctrl+Shift+D", "toolbar/demo")
        self.demo_action.setCheckable(True)
        self.demo_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Show made-up names, emails, phone numbers and street addresses on screen, on the clipboard "
                          "and in exports; counts stay true (Ctrl+Shift+D)"))

    def _make_menus(self, language: str, segment_panel: SegmentListPanel, builder: SegmentBuilderPanel) -> None:
        w = self._window
        file_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu: QMenu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
        file_menu.addAction(self.import_action)
        self.survey_action = self._action(QCoreApplication.translate("MainWindow", "Add s&urvey answers…"),
                                          w.surveys.add_survey_answers)
        self.survey_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Join a Typeform, Google Forms or Microsoft Forms response file to the customers by email"))
        file_menu.addAction(self.survey_action)
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.b2b_sample_action)
        self.quality_action = self._action(QCoreApplication.translate("MainWindow", "&Data quality…"),
                                           w.quality_dialog, "Ctrl+Shift+Q")
        file_menu.addAction(self.quality_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo_stack = self._session.undo_stack
        self.undo_action = undo_stack.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(w, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        segment_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Segment"))
        for action in (segment_panel.new_action, segment_panel.duplicate_action, segment_panel.rename_action,
                       segment_panel.delete_action, segment_panel.up_action, segment_panel.down_action):
            segment_menu.addAction(action)
        segment_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&Import segment file…"),
                                            w.import_segment_file))
        self.export_segment_action = self._action(QCoreApplication.translate("MainWindow", "E&xport segment file…"),
                                                  w.export_segment_file)
        segment_menu.addAction(self.export_segment_action)
        self.template_action = self._action(QCoreApplication.translate("MainWindow", "New from &template…"),
                                            w.template_gallery, "Ctrl+Shift+T")
        self.template_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Ready-made segments grouped by goal, each with its count on your data"))
        segment_menu.addAction(self.template_action)
        segment_menu.addSeparator()
        self.overlap_action = self._action(QCoreApplication.translate("MainWindow", "&Overlap between segments…"),
                                           w.overlap_dialog, "Ctrl+Shift+O")
        segment_menu.addAction(self.overlap_action)
        segment_menu.addSeparator()
        segment_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "Add &condition"),
                                            builder.add_condition, "Ctrl+Shift+N"))

        customer_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Customer"))
        self.new_customer_action = self._action(QCoreApplication.translate("MainWindow", "&New customer…"),
                                                w.customers.new_customer)
        customer_menu.addAction(self.new_customer_action)
        customer_menu.addSeparator()
        self.erase_person_action = self._action(QCoreApplication.translate("MainWindow", "&Erase person…"),
                                                w.privacy.erase_person)
        self.export_person_action = self._action(QCoreApplication.translate("MainWindow", "E&xport person's data…"),
                                                 w.privacy.export_person_data)
        self.do_not_contact_action = self._action(QCoreApplication.translate("MainWindow", "&Do-not-contact list…"),
                                                  w.privacy.do_not_contact)
        for action in (self.erase_person_action, self.export_person_action, self.do_not_contact_action):
            customer_menu.addAction(action)

        view_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addAction(self.demo_action)
        self.presentation_action = self._action(QCoreApplication.translate("MainWindow", "&Presentation"),
                                                w.show_presentation, "F11")
        self.presentation_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Show the segments one at a time on the whole screen, in large type (F11)"))
        view_menu.addAction(self.presentation_action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "S&mallest useful segment…"),
                                         w.ask_small_segment_threshold))
        view_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&Backups and autosave…"),
                                         w.backup_settings_dialog))
        language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        group = QActionGroup(w)
        for code, label in (("system", QCoreApplication.translate("MainWindow", "System &default")),
                            ("en", "&English"), ("fi", "&Suomi")):
            action = QAction(label, w, checkable=True)
            action.setChecked(language == code)
            action.triggered.connect(lambda _=False, c=code: w.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&Quick guide"), w.quick_guide,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                                         w.keyboard_shortcuts))
        self.tour_action = self._action(QCoreApplication.translate("MainWindow", "Show &me around"), w.show_tour)
        self.tour_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "A short tour of the window: import, build, read the count, check consent, export"))
        help_menu.addAction(self.tour_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&About SegmentDesk"), w.about))

        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.open_action, self.import_action, self.save_action, self.export_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.demo_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.demo_badge = DemoBadge()
        self.demo_badge_action = toolbar.addWidget(self.demo_badge)     # shown and hidden through its action
        w.addToolBar(toolbar)
        theme.follow_palette(toolbar, self._set_icons)       # redrawn in the new colours on light ↔ dark

    def _on_session_changed(self, _change: Change, _initiator: object = None) -> None:
        s = self._session
        ds = s.dataset
        self.export_action.setEnabled(ds is not None and bool(s.segments))
        self.report_action.setEnabled(ds is not None)
        self.survey_action.setEnabled(ds is not None and len(ds) > 0)
        self.overlap_action.setEnabled(ds is not None and len(s.segments) > 1)
        self.export_segment_action.setEnabled(s.current_segment is not None)
        self.template_action.setEnabled(ds is not None)
        self.save_action.setEnabled(ds is not None and not self._files.read_only)   # read-only: Save As
        self.quality_action.setEnabled(ds is not None)
        self.save_as_action.setEnabled(ds is not None)
        self.export_person_action.setEnabled(ds is not None)
        self.presentation_action.setEnabled(ds is not None)
        self.demo_action.setEnabled(ds is not None)
        demo = s.pseudonyms() is not None
        self.demo_action.setChecked(demo)
        self.demo_badge_action.setVisible(demo)
        # The register is not changed in demo mode: what the window shows of a person is not real.
        self.new_customer_action.setEnabled(ds is not None and not demo)
        self.erase_person_action.setEnabled(ds is not None and not demo)

    def _on_demo_toggled(self, on: bool) -> None:
        if on and self._session.dataset is not None:
            # The made-up values are built in a worker first (a second or two for a big shop with notes),
            # so the views that then show them do not freeze the window doing it.
            project = self._session.project
            made = run_with_progress(self._window, QCoreApplication.translate("MainWindow", "Demo mode"),
                                     QCoreApplication.translate("MainWindow", "Making up names for the customers…"),
                                     lambda progress: ready_pseudonyms(project, progress=progress))
            if made is None:                    # cancelled: demo mode stays off
                self.demo_action.setChecked(False)
                return
        self._session.set_demo_mode(on, initiator=self)

    def _on_recent_changed(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self._files.recent() if Path(p).exists()]
        for i, p in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(p).name}")
            action.setToolTip(p)
            action.triggered.connect(lambda _=False, p=p: self._files.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))
