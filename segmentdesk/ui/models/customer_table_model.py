"""Customers as a Qt table: thin and lazy over the Dataset's columns.

The model keeps only an array of row positions (which customers, in which order); a cell
is read from the column arrays when the view asks for it.  Filtering by a segment mask or
by the search box and sorting only replace that array.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.data.dataset import Dataset
from ...core.formats import format_date, format_decimal
from ...core.privacy.pseudonyms import Pseudonyms
from ...core.words import field_label

_METRIC_COLUMNS = ("order_count", "total_spend", "last_order_date")


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ds: Dataset | None = None
        self._columns: list[tuple[str, pd.Series, str]] = []     # (title, values, kind)
        self._rows = np.empty(0, dtype=np.int64)
        self._segment_mask: np.ndarray | None = None
        self._search_mask: np.ndarray | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._lang = "en"

    # -- data in ----------------------------------------------------------------------
    def set_dataset(self, ds: Dataset | None, *, lang: str = "en", pseudonyms: Pseudonyms | None = None) -> None:
        """Show ``ds``; with ``pseudonyms`` (demo mode) every personal column shows, sorts and is searched
        by its pseudonyms, so no name, email, phone or street address reaches the screen or the clipboard."""
        self.beginResetModel()
        self._ds, self._lang = ds, lang
        self._columns = []
        self._segment_mask = self._search_mask = None
        if ds is not None:
            frame = ds.customers.frame
            for header in frame.columns:
                values, kind = frame[header], ds.customers.kinds[header]
                if pseudonyms is not None and pseudonyms.is_personal(header):
                    values, kind = pd.Series(pseudonyms.column(header), index=values.index, dtype=object), "text"
                self._columns.append((header, values, kind))
            if ds.has_orders:
                for name in _METRIC_COLUMNS:
                    kind = "date" if name.endswith("date") else "number"
                    self._columns.append((field_label(name, lang), ds.metrics[name], kind))
        self._rows = self._compute_rows()
        self.endResetModel()

    def set_segment_mask(self, mask: np.ndarray | None) -> None:
        self._segment_mask = mask
        self._refilter()

    def search_columns(self) -> list[pd.Series]:
        """The columns the search box looks in (text, categories, tags), for a worker to search."""
        return [values for _title, values, kind in self._columns if kind in ("text", "category", "tags")]

    def set_search_mask(self, mask: np.ndarray | None) -> None:
        """Show only the customers ``mask`` marks (the search's answer); None: no search."""
        self._search_mask = mask if mask is None or len(mask) == self.total_rows else None
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._compute_rows()
        self.endResetModel()

    def _compute_rows(self) -> np.ndarray:
        if self._ds is None:
            return np.empty(0, dtype=np.int64)
        keep = np.ones(len(self._ds), dtype=bool)
        if self._segment_mask is not None and len(self._segment_mask) == len(keep):
            keep &= self._segment_mask
        if self._search_mask is not None:
            keep &= self._search_mask
        rows = np.flatnonzero(keep)
        if self._sort is not None:
            rows = self._sorted(rows, *self._sort)
        return rows

    @property
    def total_rows(self) -> int:
        return 0 if self._ds is None else len(self._ds)

    def customer_position(self, row: int) -> int:
        return int(self._rows[row])

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and section < len(self._columns):
                return self._columns[section][0]
            if orientation == Qt.Orientation.Vertical and section < len(self._rows):
                return str(int(self._rows[section]) + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _title, values, kind = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == "number":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = values.iat[int(self._rows[index.row()])]
        return self._format(value, kind)

    def _format(self, value: object, kind: str) -> str:
        if value is None or value is pd.NA or value is pd.NaT:
            return ""
        if isinstance(value, float) and math.isnan(value):
            return ""
        if kind == "date":
            return format_date(pd.Timestamp(value), self._lang)
        if kind == "number":
            number = float(value)
            return format_decimal(number, self._lang, decimals=0 if number.is_integer() else 2)
        if kind == "boolean":
            return self.tr("Yes") if bool(value) else self.tr("No")
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows, column, order)
        self.layoutChanged.emit()

    def _sorted(self, rows: np.ndarray, column: int, order: Qt.SortOrder) -> np.ndarray:
        _title, values, kind = self._columns[column]
        part = values.iloc[rows]
        if kind in ("text", "category", "tags"):
            part = part.astype("string").str.casefold()
        ascending = order == Qt.SortOrder.AscendingOrder
        ordered = part.reset_index(drop=True).sort_values(ascending=ascending, kind="stable", na_position="last")
        return rows[ordered.index.to_numpy()]
