"""One file of an import: the format details found (each changeable) and a preview of its rows."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.errors import SegmentDeskError
from ...core.io.decoding import ENCODINGS
from ...core.io.rawtable import RawTable
from ...core.io.read import sheet_names
from ...core.importing.pipeline import ReadFile, read_file
from ...core.importing.webshops import WebshopLayout
from ..error_messages import error_text
from ..workers import TaskRunner
from ..i18n import formats

PREVIEW_ROWS = 30
# Files up to this size are read at once when the wizard opens (a fraction of a second);
# bigger ones in a worker, with progress and Cancel.
READ_AT_ONCE_BYTES = 5 * 1024**2
DELIMITERS = (";", ",", "\t", "|")
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "cp1252": "Windows-1252", "iso-8859-15": "ISO-8859-15",
                  "utf-16": "UTF-16"}


class ImportSourcePanel(QWidget):
    """Reads one customer or order file and shows how it was read.

    Emits ``loaded`` with the RawTable (already prepared by a recognised webshop layout)
    and ``failed`` with the error; the user's choices of sheet, encoding, delimiter and
    header row re-read the file with those choices.
    """

    loaded = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table                      # "customers" or "orders"
        self.path: Path | None = None
        self.raw: RawTable | None = None        # as the rest of the import sees it
        self.read_raw: RawTable | None = None   # as read, before a layout prepared it
        self.layout_found: WebshopLayout | None = None
        # More work on what was read, done in the same worker (the dialog guesses the column roles there);
        # its answer is kept in ``prepared`` until the next read.
        self.prepare: Callable[[RawTable, WebshopLayout | None], object] | None = None
        self.prepared: object = None
        self.read_options: dict = {}            # the choices the file was last read with (None: detected)
        self.runner = TaskRunner(self)

        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(self.file_label.textInteractionFlags())
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.file_label.setMinimumWidth(320)
        file_line = QHBoxLayout()
        file_line.addWidget(self.file_label, 1)
        file_line.addWidget(self.choose_button)
        file_line.addWidget(self.remove_button)

        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Character encoding"))
        self.encoding_combo.addItem(self.tr("found automatically"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(self._encoding_name(name), name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setAccessibleName(self.tr("Column separator"))
        self.delimiter_combo.addItem(self.tr("found automatically"), None)
        names = {";": self.tr("semicolon ( ; )"), ",": self.tr("comma ( , )"), "\t": self.tr("tab"),
                 "|": self.tr("vertical bar ( | )")}
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(names[delimiter], delimiter)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 10_000)
        self.header_spin.setAccessibleName(self.tr("Row of the column headings"))
        self.header_spin.setToolTip(self.tr("The row that holds the column headings; rows above it (titles, "
                                            "blank rows) are skipped."))
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(self.tr("File:"), file_line)
        self.form.addRow(self.tr("Sheet:"), self.sheet_combo)
        self.form.addRow(self.tr("Character encoding:"), self.encoding_combo)
        self.form.addRow(self.tr("Column separator:"), self.delimiter_combo)
        self.form.addRow(self.tr("Headings on row:"), self.header_spin)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setAccessibleName(self.tr("Preview of the first rows as they will be read"))
        self.reading = QProgressBar()
        self.reading.setRange(0, 0)
        self.reading.setFormat(self.tr("Reading…"))
        self.reading.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.found_label)
        layout.addWidget(QLabel(self.tr("The first rows as they will be read:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.reading)

        self.sheet_combo.activated.connect(lambda _i: self._on_format_changed())
        self.encoding_combo.activated.connect(lambda _i: self._on_format_changed())
        self.delimiter_combo.activated.connect(lambda _i: self._on_format_changed())
        self.header_spin.editingFinished.connect(self._on_header_row_changed)
        self.runner.finished.connect(self._on_read)
        self.runner.failed.connect(self._on_read_failed)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._show_nothing()

    # -- reading --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.runner.busy

    def load(self, path: Path, *, sheet: str | None = None, encoding: str | None = None,
             delimiter: str | None = None, header_row: int | None = None, at_once: bool | None = None) -> None:
        """Read ``path`` with these choices (None: detect).  Small files are read at once and
        raise :class:`SegmentDeskError`; big ones in a worker, reporting by signal."""
        self.path = path
        self.file_label.setText(path.name)
        choices = dict(sheet=sheet, encoding=encoding, delimiter=delimiter, header_row=header_row)
        table, prepare = self.table, self.prepare

        def read(progress=None):
            found = read_file(path, table=table, **choices)
            prepared = prepare(found.raw, found.layout) if prepare is not None else None
            return choices, found, (sheet_names(path) if found.read_raw.file_kind != "csv" else []), prepared

        if at_once is None:
            at_once = path.stat().st_size <= READ_AT_ONCE_BYTES
        if at_once:
            self._on_read(read())
        else:
            self.runner.start(read)

    def clear(self) -> None:
        self.runner.cancel()
        self.path = self.raw = self.read_raw = self.layout_found = self.prepared = None
        self.read_options = {}
        self._show_nothing()

    @property
    def read_file(self) -> ReadFile | None:
        """The file as read and prepared, for the import to use without reading it again."""
        return None if self.raw is None else ReadFile(self.read_raw, self.raw, self.layout_found)

    def _on_read(self, result) -> None:
        self.read_options, found, sheets, self.prepared = result
        self.read_raw, self.layout_found, self.raw = found.read_raw, found.layout, found.raw
        self._show_format(sheets)
        self._show_preview()
        self.loaded.emit(self.raw)

    def _on_read_failed(self, exc: BaseException) -> None:
        self.found_label.setText("⚠ " + error_text(exc) if isinstance(exc, SegmentDeskError) else str(exc))
        self.failed.emit(exc)

    def _on_busy_changed(self, busy: bool) -> None:
        self.reading.setVisible(busy)
        for widget in (self.sheet_combo, self.encoding_combo, self.delimiter_combo, self.header_spin):
            widget.setEnabled(not busy and self.read_raw is not None)
        self.busy_changed.emit(busy)

    # -- the user's choices -----------------------------------------------------------------
    def _on_format_changed(self) -> None:
        if self.path is None or self.read_raw is None:
            return
        self._reload(header_row=None)         # a new sheet, encoding or separator: find the headings again

    def _on_header_row_changed(self) -> None:
        if self.read_raw is not None and self.header_spin.value() - 1 != self.read_raw.header_row:
            self._reload(header_row=self.header_spin.value() - 1)

    def _reload(self, *, header_row: int | None) -> None:
        csv = self.read_raw.file_kind == "csv"
        try:
            self.load(self.path, sheet=None if csv else self.sheet_combo.currentText() or None,
                      encoding=self.encoding_combo.currentData() if csv else None,
                      delimiter=self.delimiter_combo.currentData() if csv else None, header_row=header_row)
        except SegmentDeskError as exc:
            self._on_read_failed(exc)

    # -- showing ----------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.file_label.setText(self.tr("none"))
        self.found_label.clear()
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        for widget in (self.sheet_combo, self.encoding_combo, self.delimiter_combo, self.header_spin):
            widget.setEnabled(False)
        self.remove_button.setEnabled(False)

    def _show_format(self, sheets: list[str]) -> None:
        raw = self.read_raw
        csv = raw.file_kind == "csv"
        self.form.setRowVisible(1, not csv and len(sheets) > 1)
        self.form.setRowVisible(2, csv)
        self.form.setRowVisible(3, csv)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(raw.sheet or "")
        if csv:
            # Show what was used; "found automatically" stays the first entry to go back to.
            self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(_base_encoding(raw.encoding))))
            self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(raw.delimiter)))
        self.header_spin.setValue(raw.header_row + 1)
        for widget in (self.sheet_combo, self.encoding_combo, self.delimiter_combo, self.header_spin):
            widget.setEnabled(True)
        self.remove_button.setEnabled(True)
        fmt = formats()
        found = [self.tr("%1 rows, %2 columns").replace("%1", fmt.whole(raw.row_count))
                 .replace("%2", fmt.whole(len(raw.columns)))]
        if raw.encoding == "utf-8+cp1252":
            found.append(self.tr("mixed character encodings: mostly UTF-8, some lines saved by older Windows "
                                 "programs; both read correctly"))
        if self.layout_found is not None:
            kind = self.tr("customer export") if self.table == "customers" else self.tr("order export")
            found.append(self.tr("recognised as a %1 %2: columns mapped for you")
                         .replace("%1", self.layout_found.name).replace("%2", kind))
        text = " · ".join(found)
        if raw.ragged_count:
            text += "\n⚠ " + self.tr("%1 rows have a different number of cells than the heading (lines %2); "
                                     "check them after importing.") \
                .replace("%1", fmt.whole(raw.ragged_count)) \
                .replace("%2", ", ".join(str(n) for n in raw.ragged_lines[:10]))
        self.found_label.setText(text)

    def _encoding_name(self, name: str) -> str:
        """The encoding as a person knows it: where it comes from first, the technical name after."""
        plain = {"utf-8": self.tr("Unicode"), "utf-8-sig": self.tr("Unicode, Excel's “CSV UTF-8”"),
                 "cp1252": self.tr("Windows, Finnish/Western Excel"), "iso-8859-15": self.tr("Latin-9, older systems"),
                 "utf-16": self.tr("Unicode text, Excel's “Unicode text”")}
        return f"{plain[name]} ({ENCODING_NAMES[name]})"

    def _show_preview(self) -> None:
        frame = self.raw.frame.head(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(frame.columns))
        self.preview.setRowCount(len(frame))
        self.preview.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        # Numbered as the spreadsheet numbers its rows, so "Headings on row: 1" is followed by row 2.
        self.preview.setVerticalHeaderLabels([str(self.raw.file_row(i)) for i in range(len(frame))])
        for c, column in enumerate(frame.columns):
            for r, value in enumerate(frame[column].tolist()):
                self.preview.setItem(r, c, QTableWidgetItem(_cell_text(value)))
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))


def _base_encoding(name: str | None) -> str | None:
    return "utf-8" if name == "utf-8+cp1252" else name


def _cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        # The date as the window writes dates; a time of day, when the file has one, after it.
        clock = value.strftime(" %H:%M:%S") if hasattr(value, "hour") else ""
        return formats().date(value) + clock.removesuffix(" 00:00:00")
    return str(value)
