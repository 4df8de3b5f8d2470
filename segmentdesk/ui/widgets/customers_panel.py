"""The customers table with a search box, showing everyone or the members of the current segment."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...core.data.text_search import TextHaystack
from ...core.errors import SegmentDeskError
from ..dialogs.customer_dialog import CustomerDialog
from ..i18n import current_language, formats
from ..models.customer_table_model import CustomerTableModel
from ..session import Change, Session
from ..workers import LatestJobRunner

# Column widths are measured on the headings and this many rows, not Qt's default of a thousand: each
# row measured is a call to the model per cell and role on the GUI thread (a thousand rows were about
# 1.5 s, most of opening the sample shop).
WIDTH_SAMPLE_ROWS = 40

class CustomersPanel(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = CustomerTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Customers"))
        # Rows are read and opened, not edited cell by cell: Tab moves on to the next control instead of
        # walking the cells (the arrow keys still do), so the keyboard never gets stuck in the table.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.view.setWordWrap(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search customers (name, email, city…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.only_members = QCheckBox(self.tr("Only customers in the selected segment"))
        self.only_members.setChecked(True)
        self.summary = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.only_members)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        # Typing is debounced so a search over many customers runs once per pause, not per key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._on_search_changed)
        self.search.textChanged.connect(self._search_timer.start)
        # The search runs in a worker (100,000 customers' text is more than a keystroke's worth of work);
        # the folded text it searches is kept for the next search of the same data.
        self._search_runner = LatestJobRunner(self)
        self._search_runner.finished.connect(self._on_search_found)
        self._haystack: tuple[tuple, TextHaystack] | None = None     # ((dataset, pseudonyms), its text)
        self.only_members.toggled.connect(self._apply_segment)
        self.view.activated.connect(lambda index: self.open_customer(index.row()))     # double-click or Enter
        session.changed.connect(self._on_session_changed)
        self._on_session_changed(Change.DATA)

    def tab_stops(self) -> list[QWidget]:
        return [self.search, self.only_members, self.view]

    def _on_session_changed(self, change: Change, _initiator: object = None) -> None:
        if change & (Change.DATA | Change.DEMO):
            self.model.set_dataset(self._session.dataset, lang=current_language(),
                                   pseudonyms=self._session.pseudonyms())
            fit_columns(self.view)
            self._haystack = None
            if self.search.text():
                self._start_search(self.search.text())
        if change & (Change.DATA | Change.DEMO | Change.SEGMENTS | Change.CURRENT | Change.COUNTS):
            self._apply_segment()

    def open_customer(self, row: int) -> None:
        """The customer form for the table's ``row``."""
        if self._session.dataset is not None and 0 <= row < self.model.rowCount():
            CustomerDialog(self._session, self.model.customer_position(row), self).exec()

    def new_customer(self) -> None:
        if self._session.dataset is not None and self._session.pseudonyms() is None:   # demo mode: no typing in
            CustomerDialog(self._session, None, self).exec()

    def _on_search_changed(self) -> None:
        self._start_search(self.search.text())

    def _start_search(self, text: str) -> None:
        ds = self._session.dataset
        if not text.strip() or ds is None:
            self._search_runner.supersede()         # an answer still on its way is for older text
            self.model.set_search_mask(None)
            self._update_summary()
            return
        # The text searched is what the table shows: in demo mode the pseudonyms, never the real names.
        source = (ds, self._session.pseudonyms())
        known = self._haystack[1] if self._haystack is not None and self._haystack[0] == source else None
        columns = self.model.search_columns()

        def find(progress) -> tuple[tuple, TextHaystack, object]:
            haystack = known or TextHaystack(columns, rows=len(ds))
            return source, haystack, haystack.matches(text)

        self._search_runner.submit(find)

    def _on_search_found(self, _generation: int, found: tuple) -> None:
        source, haystack, mask = found
        if source[0] is not self._session.dataset or source[1] is not self._session.pseudonyms():
            return                                  # searched in data replaced (or shown otherwise) since
        self._haystack = (source, haystack)
        self.model.set_search_mask(mask)
        self._update_summary()

    def _apply_segment(self) -> None:
        segment = self._session.current_segment
        mask = None
        if self.only_members.isChecked() and segment is not None and self._session.dataset is not None:
            live = self._session.live_counts
            mask = live.known_mask(segment)
            if mask is None and live.pending:
                return        # being counted in the worker: the table follows when the answer arrives
            if mask is None:
                try:
                    mask = self._session.mask(segment)
                except SegmentDeskError:
                    mask = None
        self.model.set_segment_mask(mask)
        self._update_summary()

    def _update_summary(self) -> None:
        fmt = formats()
        self.summary.setText(self.tr("Showing %1 of %2 customers")
                             .replace("%1", fmt.whole(self.model.rowCount()))
                             .replace("%2", fmt.whole(self.model.total_rows)))


def fit_columns(view: QTableView, *, widest: int = 260) -> None:
    """Each column of a customers table as wide as its heading (the sort arrow beside it included) and its first
    :data:`WIDTH_SAMPLE_ROWS` rows, at most ``widest`` pixels: a narrower column cuts a centred heading at both
    ends and draws the arrow over its last letter."""
    view.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), widest))
