"""The import wizard: files and how they read → column roles → quality and fixes → import.

Every step can be skipped with Import once the customer file has been read: the guesses
are usually right.  Building the data (and the check step) runs in a worker with progress
and Cancel; the project only changes when the dialog is accepted.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout)

from ...core.data.dataset import Dataset, build_dataset
from ...core.errors import SegmentDeskError
from ...core.importing.fixes import preview_fixes
from ...core.importing.pipeline import run_import
from ...core.importing.plan import FilePlan, ImportPlan
from ...core.io.rawtable import RawTable
from ...core.io.read import SUPPORTED_SUFFIXES
from ...core.importing.quality import quality_report
from ...core.data.roles import CUSTOMER_ROLES, ORDER_ROLES
from ...core.importing.role_choice import RoleChoice, choose_roles
from ...core.register.register import CustomerRegister
from ...core.settings import Settings, headers_key
from ..error_messages import error_text
from ..i18n import formats
from ..workers import LatestJobRunner, TaskRunner
from .import_check_page import ImportCheckPage
from .import_source_panel import ImportSourcePanel
from .roles_table import RolesTable

FILES, COLUMNS, CHECK = range(3)


def file_filter() -> str:
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    return QCoreApplication.translate("ImportDialog", "Customer and order files (%1)").replace("%1", patterns)


class ImportDialog(QDialog):
    """File → roles → check → import.  ``dataset`` holds the result once accepted."""

    def __init__(self, customers_path: Path, settings: Settings, parent=None,
                 orders_path: Path | None = None, as_of: dt.date | None = None,
                 previous: Dataset | None = None, replacing: bool = False, plan: ImportPlan | None = None,
                 register: CustomerRegister | None = None) -> None:
        """``previous``: the project's data, which a newer export of the same list updates;
        ``replacing``: the user chose to replace the project's data (the plan remembers it);
        ``plan``: the project's import plan — the files are read, mapped and fixed as it says
        until the user changes something (as the command line does); ``register``: the user's own edits,
        which stay where the file says otherwise (listed in ``conflicts``)."""
        super().__init__(parent)
        self._as_of = as_of or dt.date.today()
        self._previous = previous
        self._register = register
        self.conflicts: list = []        # the user's edited values the file has otherwise (kept)
        self._replacing = replacing
        self.plan: ImportPlan | None = None    # the plan carried out, once accepted
        self._base_plan = plan
        self._plan_fixes_offered = False
        self.reimport = None          # ReimportSummary when the import updated ``previous``
        self.do_not_contact: tuple[str, ...] = ()   # addresses a contact export marks unsubscribed or bounced
        self.replaced_previous = False   # True when ``previous`` could not be matched and was replaced
        self.problem_count = 0           # data-quality notes on the imported data
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(940, 640)
        self._settings = settings
        self.dataset = None
        self.fixes_done: dict = {}
        self._checked = None          # (choices key, dataset) built by the check step
        self.runner = TaskRunner(self)
        self._activity_text = ""

        self.step_label = QLabel()
        self.customer_panel = ImportSourcePanel("customers")
        self.customer_panel.choose_button.setVisible(False)
        self.customer_panel.remove_button.setVisible(False)
        self.order_panel = ImportSourcePanel("orders")
        self.order_panel.choose_button.setText(self.tr("Choose order file…"))
        # The column roles are guessed in the worker that reads each file (a big file's values take a while).
        self.customer_panel.prepare = lambda raw, layout: self._guess_roles(raw, "customers", layout)
        self.order_panel.prepare = lambda raw, layout: self._guess_roles(raw, "orders", layout)
        self.file_tabs = QTabWidget()
        self.file_tabs.addTab(self.customer_panel, self.tr("Customer file"))
        self.file_tabs.addTab(self.order_panel, self.tr("Order file (optional)"))

        hint = QLabel(self.tr("SegmentDesk guessed what each column means. Check the guesses and correct "
                              "any that are wrong; columns left as custom fields can still be used in segments."))
        hint.setWordWrap(True)
        self.customer_roles = RolesTable(CUSTOMER_ROLES)
        self.order_roles = RolesTable(ORDER_ROLES)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customer_roles, self.tr("Customer columns"))
        self.tabs.addTab(self.order_roles, self.tr("Order columns"))
        self.tabs.setTabEnabled(1, False)
        roles_page = QDialog()   # a plain container; QWidget would do, QDialog keeps the palette
        roles_layout = QVBoxLayout(roles_page)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(hint)
        roles_layout.addWidget(self.tabs, 1)
        self.check_page = ImportCheckPage()

        self.pages = QStackedWidget()
        for page in (self.file_tabs, roles_page, self.check_page):
            self.pages.addWidget(page)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.activity = QLabel()              # what the bar stands for: the page alone says nothing while busy
        self.activity.setWordWrap(True)
        self.activity.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        # A wizard's order on every platform: [< Back] [Next >] then [Import] [Cancel] — a button box
        # would put its action-role buttons after Import on some styles.
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.back_button)
        button_row.addWidget(self.next_button)
        button_row.addSpacing(12)
        button_row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.activity)
        layout.addWidget(self.progress)
        layout.addLayout(button_row)

        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self._on_cancel)
        self.back_button.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self._go(self.pages.currentIndex() + 1))
        self.order_panel.choose_button.clicked.connect(self._on_choose_orders)
        self.order_panel.remove_button.clicked.connect(lambda: self.set_orders_file(None))
        self.customer_panel.loaded.connect(lambda raw: self._on_file_loaded(self.customer_roles, raw))
        self.order_panel.loaded.connect(lambda raw: self._on_file_loaded(self.order_roles, raw))
        self.customer_panel.failed.connect(self._on_customer_file_failed)
        self.order_panel.failed.connect(self._on_order_file_failed)
        for panel in (self.customer_panel, self.order_panel):
            panel.busy_changed.connect(lambda _busy: self._update_buttons())
        self.check_page.fixes_changed.connect(self._on_fixes_changed)
        self.preview_runner = LatestJobRunner(self)
        self.preview_runner.finished.connect(lambda _generation, previews: self.check_page.update_previews(previews))
        self.runner.progress.connect(lambda f, _s: self.progress.setValue(int(f * 100)))
        self.runner.busy_changed.connect(self._on_busy_changed)

        self._load_planned(self.customer_panel, customers_path, plan.customers if plan else None)
        if orders_path is not None:
            self.set_orders_file(orders_path)
        self._go(FILES)

    # -- the files ------------------------------------------------------------------------
    @property
    def customers_raw(self) -> RawTable | None:
        return self.customer_panel.raw

    @property
    def orders_raw(self) -> RawTable | None:
        return self.order_panel.raw

    @property
    def customers_path(self) -> Path:
        return self.customer_panel.path

    @property
    def orders_path(self) -> Path | None:
        return self.order_panel.path if self.order_panel.raw is not None else None

    def set_orders_file(self, path: Path | None) -> None:
        if path is None:
            self.order_panel.clear()
            self.tabs.setTabEnabled(1, False)
            self._on_inputs_changed()
            return
        try:
            self._load_planned(self.order_panel, path, self._base_plan.orders if self._base_plan else None)
        except SegmentDeskError as exc:
            self.order_panel.clear()
            QMessageBox.warning(self, self.tr("Cannot read the order file"), error_text(exc))

    @staticmethod
    def _load_planned(panel: ImportSourcePanel, path: Path, planned: FilePlan | None) -> None:
        """Read with the plan's options; a file they do not fit (a sheet it lacks) is read as new.
        A small file that cannot be read raises here."""
        if planned is not None and any(v is not None for v in planned.read_options().values()):
            try:
                panel.load(path, **planned.read_options())
                return
            except SegmentDeskError:
                pass
        panel.load(path)

    def _on_choose_orders(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the order file"),
                                              str(self.customers_path.parent), file_filter())
        if path:
            self.set_orders_file(Path(path))

    def _on_file_loaded(self, table: RolesTable, raw: RawTable) -> None:
        is_orders = table is self.order_roles
        panel = self.order_panel if is_orders else self.customer_panel
        self._show_roles(table, raw, "orders" if is_orders else "customers", panel)
        if is_orders:
            self.tabs.setTabEnabled(1, True)
        self._on_inputs_changed()

    def _on_customer_file_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot import this file"), error_text(exc))
        if self.customer_panel.raw is None:
            self.reject()                 # nothing was read: there is nothing to import

    def _on_order_file_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot read the order file"), error_text(exc))

    def _show_roles(self, table: RolesTable, raw: RawTable, kind: str, panel: ImportSourcePanel) -> None:
        layout = panel.layout_found
        choice = panel.prepared if isinstance(panel.prepared, RoleChoice) else self._guess_roles(raw, kind, layout)
        chosen = {g.column: g.role for g in choice.guesses if g.role}
        reasons = {g.column: g.reason for g in choice.guesses if g.reason}
        table.show_table(raw, chosen, reasons, layout.name if layout else None)

    def _guess_roles(self, raw: RawTable, kind: str, layout) -> RoleChoice:
        """The roles the plan, a recognised layout, the remembered choices or the values give ``raw``."""
        base = self._base_plan
        planned = None if base is None else (base.orders if kind == "orders" else base.customers)
        return choose_roles(raw, table=kind, layout=layout, planned=planned, remembered=self._settings.remembered_roles)

    # -- steps ----------------------------------------------------------------------------
    def _go(self, page: int) -> None:
        page = max(FILES, min(CHECK, page))
        self.pages.setCurrentIndex(page)
        names = [self.tr("1 Files"), self.tr("2 Columns"), self.tr("3 Check and fix")]
        self.step_label.setText("  ›  ".join(f"<b>{n}</b>" if i == page else n for i, n in enumerate(names)))
        if page == CHECK and (self._checked is None or self._checked[0] != self._choices_key()):
            self._start_check()        # first visit, or the roles changed since the last check
        self._update_buttons()

    def _on_inputs_changed(self) -> None:
        """A file, its format or a role changed: what the check step found no longer holds."""
        self._checked = None
        if self.pages.currentIndex() == CHECK:
            self._go(COLUMNS)
        self._update_buttons()

    def _choices(self):
        customer_roles = self.customer_roles.role_map()
        order_roles = self.order_roles.role_map() if self.orders_raw is not None else None
        return customer_roles, order_roles

    def _choices_key(self) -> str:
        """What the check step's answer depends on besides the files (a change of file clears it)."""
        return repr(self._choices())

    def _update_buttons(self) -> None:
        busy = self.runner.busy or self.customer_panel.busy or self.order_panel.busy
        ready = self.customers_raw is not None and not busy
        page = self.pages.currentIndex()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.back_button.setEnabled(page > FILES and not self.runner.busy)
        self.next_button.setEnabled(page < CHECK and ready)
        # Enter goes forward: Next until the last step, Import there.
        import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        import_button.setDefault(page == CHECK)
        self.next_button.setDefault(page < CHECK)
        self.pages.setEnabled(not self.runner.busy)

    # -- checking -------------------------------------------------------------------------
    def _start_check(self) -> None:
        customers, orders = self.customers_raw, self.orders_raw
        customer_roles, order_roles = self._choices()
        as_of = self._as_of
        key = self._choices_key()

        def check(progress):
            previews = preview_fixes(customers, customer_roles, orders, order_roles)
            progress.report(0.2, "fixes")
            dataset = build_dataset(customers, customer_roles, orders, order_roles, progress=progress)
            return key, dataset, quality_report(dataset, as_of=as_of), previews

        self._job = "check"
        self._activity_text = self.tr("Checking %1 rows: reading dates and numbers as the columns say, looking for "
                                      "duplicate customers, invalid emails and orders without a customer…") \
            .replace("%1", formats().whole(customers.row_count + (orders.row_count if orders is not None else 0)))
        self.check_page.show_checking()
        self.runner.finished.connect(self._on_checked)
        self.runner.failed.connect(self._on_failed)
        self.runner.start(check)

    def _on_checked(self, result) -> None:
        self._disconnect_job()
        key, dataset, issues, previews = result
        self._checked = (key, dataset)
        raws = {"customers": self.customers_raw, "orders": self.orders_raw}
        self.check_page.show_results(dataset, issues, previews,
                                     file_row=lambda table, position: raws[table].file_row(position))
        if self._base_plan is not None and not self._plan_fixes_offered:
            self._plan_fixes_offered = True      # ticked once, as last time; the user may untick them
            for fix in self._base_plan.fixes:
                if fix in previews:
                    self.check_page.fix_boxes[fix].setChecked(True)
        self._update_buttons()

    def _on_fixes_changed(self) -> None:
        """Preview again with the fixes now ticked: a fix's figures depend on the ones before it."""
        customers, orders = self.customers_raw, self.orders_raw
        customer_roles, order_roles = self._choices()
        chosen = self.check_page.chosen_fixes()
        self.preview_runner.submit(lambda progress: preview_fixes(customers, customer_roles, orders, order_roles,
                                                                  chosen=chosen, progress=progress))
        self._update_buttons()

    # -- importing ------------------------------------------------------------------------
    def current_plan(self) -> ImportPlan:
        """The user's choices as an import plan: files and how they read, roles, fixes."""
        customer_roles, order_roles = self._choices()
        orders = None
        if self.orders_raw is not None:
            orders = self._file_plan(self.order_panel, order_roles)
        if self._checked is not None:
            fixes = tuple(self.check_page.chosen_fixes())
        else:                                      # the check step not visited: the fixes of last time
            fixes = self._base_plan.fixes if self._base_plan is not None else ()
        return ImportPlan(self._file_plan(self.customer_panel, customer_roles), orders, fixes,
                          "replace" if self._replacing else "merge")

    @staticmethod
    def _file_plan(panel: ImportSourcePanel, roles: dict[str, str]) -> FilePlan:
        return FilePlan(str(panel.path.resolve()), layout=panel.layout_found.name if panel.layout_found else None,
                        roles=dict(roles), headers=tuple(panel.raw.columns), **panel.read_options)

    def _on_import(self) -> None:
        customer_roles, order_roles = self._choices()
        self._settings.remembered_roles[headers_key(self.customers_raw.columns)] = customer_roles
        if self.orders_raw is not None:
            self._settings.remembered_roles[headers_key(self.orders_raw.columns)] = order_roles
        plan = self.current_plan()
        files = (self.customer_panel.read_file, self.order_panel.read_file if self.orders_raw is not None else None)
        checked = self._checked[1] if self._checked and self._checked[0] == self._choices_key() \
            else None
        as_of = self._as_of
        previous, register = self._previous, self._register

        def build(progress):
            return run_import(plan, as_of=as_of, previous=previous, progress=progress, files=files, unfixed=checked,
                              register=register)

        self._activity_text = self.tr("Importing: typing every column, linking orders to their customers and "
                                      "counting each customer's orders and spend…")
        self.runner.finished.connect(self._on_built)
        self.runner.failed.connect(self._on_failed)
        self.runner.start(build)

    def _on_built(self, result) -> None:
        self._disconnect_job()
        self.dataset, self.fixes_done, self.reimport = result.dataset, result.fixes_done, result.reimport
        self.replaced_previous, self.problem_count, self.plan = result.replaced, result.problem_count, result.plan
        self.conflicts, self.do_not_contact = result.conflicts, result.do_not_contact
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._disconnect_job()
        QMessageBox.warning(self, self.tr("Import failed"), error_text(exc))

    def _disconnect_job(self) -> None:
        for signal in (self.runner.finished, self.runner.failed):
            signal.disconnect()

    def _on_busy_changed(self, busy: bool) -> None:
        self.activity.setText(self._activity_text if busy else "")
        self.activity.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self._update_buttons()

    def _on_cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()        # the project is untouched: the dataset was never handed over
            self._disconnect_job()
            if self.pages.currentIndex() == CHECK and self._checked is None:
                self._go(COLUMNS)
            return
        for panel in (self.customer_panel, self.order_panel):
            if panel.busy:
                panel.runner.cancel()
        self.reject()

    def sources(self) -> dict[str, str]:
        out = {"customers": self.customers_path.name}
        if self.orders_path is not None:
            out["orders"] = self.orders_path.name
        return out
