"""The column-roles table of the import wizard: what each column of a file means."""
from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ...core.io.rawtable import RawTable
from ...core.data.roles import ORDER_ROLES, Role
from ...core.words import role_label
from ..i18n import current_language

EXAMPLE_ROWS_LOOKED_AT = 2000


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
        self.setWordWrap(False)

    def _role_label(self, name: str) -> str:
        return role_label(name, current_language(), orders=self._roles is ORDER_ROLES)

    def show_table(self, raw: RawTable, chosen: dict[str, str], reasons: dict[str, str],
                   layout_name: str | None = None) -> None:
        """``chosen`` maps column → role name; ``layout_name`` names a recognised webshop export."""
        self.setRowCount(len(raw.columns))
        for row, column in enumerate(raw.columns):
            examples = _examples(raw.frame[column])
            self.setItem(row, 0, QTableWidgetItem(column))
            example_item = QTableWidgetItem(" · ".join(str(e) for e in examples))
            example_item.setToolTip(example_item.text())
            self.setItem(row, 1, example_item)
            combo = QComboBox()
            combo.addItem(self.tr("(custom field)"), None)
            for role in self._roles:
                combo.addItem(self._role_label(role.name), role.name)
            index = combo.findData(chosen.get(column))
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(self.tr("Meaning of column %1").replace("%1", column))
            self.setCellWidget(row, 2, combo)
            why = {"header": self.tr("from the heading"), "values": self.tr("from the values"),
                   "remembered": self.tr("as last time"),
                   "layout": self.tr("%1 export").replace("%1", layout_name or "")}.get(reasons.get(column, ""), "")
            self.setItem(row, 3, QTableWidgetItem(why))
        if self.rowCount():
            # One even row height, that of the role combo: examples stay on one line (full text in a tooltip).
            self.verticalHeader().setDefaultSectionSize(self.cellWidget(0, 2).sizeHint().height() + 2)

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


def _examples(values: pd.Series, wanted: int = 3) -> list[str]:
    """The first few different non-empty values, looking at the top of the column only
    (a whole million-row column would hold up the window)."""
    found: list[str] = []
    for value in values.iloc[:EXAMPLE_ROWS_LOOKED_AT]:
        text = "" if value is None else str(value)
        if text.strip() and text not in found:
            found.append(text)
            if len(found) == wanted:
                break
    return found
