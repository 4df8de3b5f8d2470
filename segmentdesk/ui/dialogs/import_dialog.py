"""Import a customer file (and an order file): check the guessed column roles, then import."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout)

from ...core.dataset import build_dataset
from ...core.segments.evaluate import warm_up
from ...core.errors import SegmentDeskError
from ...core.io.rawtable import RawTable
from ...core.io.read import SUPPORTED_SUFFIXES, read_table, sheet_names
from ...core.roles import CUSTOMER_ROLES, ORDER_ROLES, Role, guess_roles
from ...core.settings import Settings, headers_key
from ...core.words import field_label
from ..error_messages import error_text
from ..i18n import current_language
from ..workers import TaskRunner

ORDER_ROLE_LABELS = {
    "order_id": ("Order number", "Tilausnumero"),
    "customer_ref": ("Customer (number or email)", "Asiakas (numero tai sähköposti)"),
    "order_date": ("Order date", "Tilauspäivä"),
    "amount": ("Amount (€)", "Summa (€)"),
    "category": ("Product category", "Tuoteryhmä"),
    "quantity": ("Quantity", "Määrä"),
}


def file_filter() -> str:
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    return QCoreApplication.translate("ImportDialog", "Customer and order files (%1)").replace("%1", patterns)


class RolesTable(QTableWidget):
    """One row per column of the file: header, examples, role (editable) and why it was guessed."""

    def __init__(self, roles: tuple[Role, ...], parent=None) -> None:
        super().__init__(0, 4, parent)
        self._roles = roles
        self.setHorizontalHeaderLabels([self.tr("Column in file"), self.tr("Examples"), self.tr("Meaning"),
                                        self.tr("Why")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def _role_label(self, name: str) -> str:
        lang = current_language()
        if name in ORDER_ROLE_LABELS and self._roles is ORDER_ROLES:
            en, fi = ORDER_ROLE_LABELS[name]
            return fi if lang == "fi" else en
        return field_label(name, lang)

    def show_table(self, raw: RawTable, chosen: dict[str, str], reasons: dict[str, str]) -> None:
        """``chosen`` maps column → role name."""
        self.setRowCount(len(raw.columns))
        for row, column in enumerate(raw.columns):
            examples = pd.unique(raw.frame[column].dropna().astype(str).to_numpy())[:3]
            self.setItem(row, 0, QTableWidgetItem(column))
            self.setItem(row, 1, QTableWidgetItem(" · ".join(str(e) for e in examples)))
            combo = QComboBox()
            combo.addItem(self.tr("(custom field)"), None)
            for role in self._roles:
                combo.addItem(self._role_label(role.name), role.name)
            index = combo.findData(chosen.get(column))
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(self.tr("Meaning of column %1").replace("%1", column))
            self.setCellWidget(row, 2, combo)
            why = {"header": self.tr("from the heading"), "values": self.tr("from the values"),
                   "remembered": self.tr("as last time")}.get(reasons.get(column, ""), "")
            self.setItem(row, 3, QTableWidgetItem(why))
        self.resizeRowsToContents()

    def role_map(self) -> dict[str, str]:
        """``{role: column}``; when the user set one role on two columns, the first wins."""
        out: dict[str, str] = {}
        for row in range(self.rowCount()):
            role = self.cellWidget(row, 2).currentData()
            if role and role not in out:
                out[role] = self.item(row, 0).text()
        return out

    def set_role(self, column: str, role: str | None) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == column:
                combo: QComboBox = self.cellWidget(row, 2)
                combo.setCurrentIndex(max(0, combo.findData(role)))


class ImportDialog(QDialog):
    """File → roles → import (typing and metrics run in a worker with progress and Cancel)."""

    def __init__(self, customers_path: Path, settings: Settings, parent=None,
                 orders_path: Path | None = None, as_of: dt.date | None = None) -> None:
        super().__init__(parent)
        self._as_of = as_of or dt.date.today()
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(860, 600)
        self._settings = settings
        self.customers_raw: RawTable | None = None
        self.orders_raw: RawTable | None = None
        self.customers_path = customers_path
        self.orders_path: Path | None = None
        self.dataset = None
        self.runner = TaskRunner(self)

        self.customer_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setVisible(False)
        self.orders_label = QLabel(self.tr("none"))
        self.orders_button = QPushButton(self.tr("Choose order file…"))
        self.orders_clear = QPushButton(self.tr("Remove"))
        self.orders_clear.setEnabled(False)
        orders_line = QHBoxLayout()
        orders_line.addWidget(self.orders_label, 1)
        orders_line.addWidget(self.orders_button)
        orders_line.addWidget(self.orders_clear)
        customer_line = QHBoxLayout()
        customer_line.addWidget(self.customer_label, 1)
        customer_line.addWidget(self.sheet_combo)
        form = QFormLayout()
        form.addRow(self.tr("Customer file:"), customer_line)
        form.addRow(self.tr("Order file (optional):"), orders_line)

        hint = QLabel(self.tr("SegmentDesk guessed what each column means. Check the guesses and correct "
                              "any that are wrong; columns left as custom fields can still be used in segments."))
        hint.setWordWrap(True)
        self.customer_roles = RolesTable(CUSTOMER_ROLES)
        self.order_roles = RolesTable(ORDER_ROLES)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customer_roles, self.tr("Customer columns"))
        self.tabs.addTab(self.order_roles, self.tr("Order columns"))
        self.tabs.setTabEnabled(1, False)
        self.info = QLabel()
        self.info.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self._on_cancel)
        self.orders_button.clicked.connect(self._on_choose_orders)
        self.orders_clear.clicked.connect(lambda: self.set_orders_file(None))
        self.sheet_combo.currentTextChanged.connect(self._on_sheet_changed)
        self.runner.progress.connect(lambda f, _s: self.progress.setValue(int(f * 100)))
        self.runner.finished.connect(self._on_built)
        self.runner.failed.connect(self._on_failed)

        self.load_customers(customers_path)
        if orders_path is not None:
            self.set_orders_file(orders_path)

    # -- reading ------------------------------------------------------------------------
    def load_customers(self, path: Path, sheet: str | None = None) -> None:
        """Read the customer file (raises SegmentDeskError to the caller on the first load)."""
        raw = read_table(path, sheet=sheet)
        self.customers_path, self.customers_raw = path, raw
        self.customer_label.setText(path.name)
        sheets = sheet_names(path) if raw.file_kind != "csv" else []
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(raw.sheet or "")
        self.sheet_combo.setVisible(len(sheets) > 1)
        self.sheet_combo.blockSignals(False)
        self._show_roles(self.customer_roles, raw, CUSTOMER_ROLES)
        self._update_info()

    def set_orders_file(self, path: Path | None) -> None:
        if path is None:
            self.orders_path = self.orders_raw = None
            self.orders_label.setText(self.tr("none"))
            self.tabs.setTabEnabled(1, False)
            self.orders_clear.setEnabled(False)
            self._update_info()
            return
        try:
            raw = read_table(path)
        except SegmentDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the order file"), error_text(exc))
            return
        self.orders_path, self.orders_raw = path, raw
        self.orders_label.setText(path.name)
        self.orders_clear.setEnabled(True)
        self.tabs.setTabEnabled(1, True)
        self._show_roles(self.order_roles, raw, ORDER_ROLES)
        self._update_info()

    def _show_roles(self, table: RolesTable, raw: RawTable, roles: tuple[Role, ...]) -> None:
        guesses = guess_roles(raw, roles=roles)
        chosen = {g.column: g.role for g in guesses if g.role}
        reasons = {g.column: g.reason for g in guesses if g.reason}
        remembered = self._settings.remembered_roles.get(headers_key(raw.columns))
        if remembered:
            chosen = {column: role for role, column in remembered.items() if column in raw.columns}
            reasons = {column: "remembered" for column in chosen}
        table.show_table(raw, chosen, reasons)

    def _update_info(self) -> None:
        locale = QLocale()
        parts = []
        raw = self.customers_raw
        if raw is not None:
            text = self.tr("%1 customers").replace("%1", locale.toString(raw.row_count))
            if raw.encoding:
                text += f" ({raw.encoding}, “{raw.delimiter if raw.delimiter != chr(9) else 'tab'}”)"
            parts.append(text)
        if self.orders_raw is not None:
            parts.append(self.tr("%1 order rows").replace("%1", locale.toString(self.orders_raw.row_count)))
        text = " · ".join(parts)
        for table in (raw, self.orders_raw):
            if table is not None and table.ragged_count:
                text += "\n⚠ " + self.tr("%1: %2 rows have a different number of cells than the heading "
                                         "(lines %3); check them after importing.") \
                    .replace("%1", table.source.name).replace("%2", locale.toString(table.ragged_count)) \
                    .replace("%3", ", ".join(str(n) for n in table.ragged_lines[:10]))
        self.info.setText(text)

    def _on_sheet_changed(self, sheet: str) -> None:
        if not sheet:
            return
        try:
            self.load_customers(self.customers_path, sheet)
        except SegmentDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot read that sheet"), error_text(exc))

    def _on_choose_orders(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the order file"),
                                              str(self.customers_path.parent), file_filter())
        if path:
            self.set_orders_file(Path(path))

    # -- importing ----------------------------------------------------------------------
    def _on_import(self) -> None:
        customer_roles = self.customer_roles.role_map()
        order_roles = self.order_roles.role_map() if self.orders_raw is not None else None
        self._settings.remembered_roles[headers_key(self.customers_raw.columns)] = customer_roles
        if self.orders_raw is not None:
            self._settings.remembered_roles[headers_key(self.orders_raw.columns)] = order_roles
        customers, orders = self.customers_raw, self.orders_raw
        self.progress.setVisible(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.tabs.setEnabled(False)
        as_of = self._as_of

        def build(progress):
            dataset = build_dataset(customers, customer_roles, orders, order_roles, progress=progress)
            warm_up(dataset, as_of=as_of, progress=progress)
            return dataset

        self.runner.start(build)

    def _on_built(self, dataset) -> None:
        self.dataset = dataset
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._reset_busy()
        QMessageBox.warning(self, self.tr("Import failed"), error_text(exc))

    def _on_cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()        # the project is untouched: the dataset was never handed over
            self._reset_busy()
            return
        self.reject()

    def _reset_busy(self) -> None:
        self.progress.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.tabs.setEnabled(True)

    def sources(self) -> dict[str, str]:
        out = {"customers": self.customers_path.name}
        if self.orders_path is not None:
            out["orders"] = self.orders_path.name
        return out
