"""The import wizard's last step: the data-quality report and the fixes on offer, each previewed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHeaderView, QLabel, QListWidget,
                               QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.importing.fixes import FIXES, FixPreview
from ...core.importing.quality import QualityIssue
from .import_source_panel import _cell_text
from .quality_dialog import issue_text, show_issue_rows
from ..i18n import formats
from ..widgets.wrapped_list import wrap_rows


def fix_title(fix: str) -> str:
    return {
        "trim_spaces": QCoreApplication.translate("ImportCheckPage", "Trim spaces around names and other text"),
        "lowercase_emails": QCoreApplication.translate("ImportCheckPage", "Write email addresses in lower case"),
        "merge_duplicates": QCoreApplication.translate("ImportCheckPage", "Merge duplicate customers into one"),
        "drop_orphan_orders": QCoreApplication.translate("ImportCheckPage", "Leave out orders whose customer is not in the customer file"),
    }[fix]


def merge_rule_text() -> str:
    return QCoreApplication.translate(
        "ImportCheckPage",
        "Rows are the same customer when they share an email address (ignoring case and spaces) or the same "
        "first name, last name and phone number. The merged customer keeps the first row's place and customer "
        "number; for every other column the newest value wins (the row nearest the end of the file that has "
        "one), and an empty cell never replaces a filled one. If any of the rows says no to marketing, the "
        "merged customer says no. Their orders move to the merged customer.")


class ImportCheckPage(QWidget):
    """Shows what the quality report found and lets the user pick fixes; emits ``fixes_changed``."""

    fixes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file_row = lambda _table, position: position + 1
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issue_list = QListWidget()
        wrap_rows(self.issue_list)
        self.issue_list.setAccessibleName(self.tr("Data-quality findings"))
        self.fix_boxes: dict[str, QCheckBox] = {}
        self.previews: dict[str, FixPreview] = {}
        self._offered: set[str] = set()
        fixes = QGroupBox(self.tr("Fixes (optional; nothing changes in your file)"))
        fix_layout = QVBoxLayout(fixes)
        for fix in FIXES:
            box = QCheckBox(fix_title(fix))
            box.setVisible(False)
            box.toggled.connect(lambda _on, f=fix: self._on_fix_toggled(f))
            self.fix_boxes[fix] = box
            fix_layout.addWidget(box)
        self.fix_boxes["merge_duplicates"].setToolTip(merge_rule_text())
        self.no_fixes = QLabel(self.tr("No fixes needed."))
        fix_layout.addWidget(self.no_fixes)
        self.example_label = QLabel()
        self.example_label.setWordWrap(True)
        # Never squeezed by the examples table below it: the merge rule must stay readable.
        self.example_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.example_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        fix_layout.addWidget(self.example_label)
        self.examples = QTableWidget(0, 4)
        self.examples.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Now"),
                                                 self.tr("After the fix")])
        self.examples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.examples.verticalHeader().setVisible(False)
        header = self.examples.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.examples.setWordWrap(False)
        fix_layout.addWidget(self.examples, 1)

        self.issue_rows = QTableWidget()
        self.issue_rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issue_rows.setAccessibleName(self.tr("Rows behind the chosen finding"))
        findings = QSplitter(Qt.Orientation.Vertical)
        findings.addWidget(self.issue_list)
        findings.addWidget(self.issue_rows)
        findings.setSizes([160, 340])
        self.issue_list.currentRowChanged.connect(self._on_issue_changed)
        self.issues: list[QualityIssue] = []
        self._dataset = None
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(findings)
        split.addWidget(fixes)
        split.setSizes([360, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def show_checking(self) -> None:
        """While the check runs: say so instead of showing the last file's findings or nothing."""
        self.summary.setText(self.tr("Checking the data…"))
        self.issue_list.clear()
        self.issue_rows.clear()
        self.issue_rows.setRowCount(0)

    def show_results(self, dataset, issues: list[QualityIssue], previews: dict[str, FixPreview], *,
                     file_row=None) -> None:
        """``dataset`` as it would be imported (no fixes); the findings' rows are shown from it, numbered
        by ``file_row(table, position)`` as the file numbers them (else by position from 1)."""
        self._file_row = file_row or (lambda _table, position: position + 1)
        fmt = formats()
        customers = len(dataset)
        self.previews = previews
        self.issues, self._dataset = issues, dataset
        self.issue_rows.clear()
        self.issue_rows.setRowCount(0)
        self.issue_list.clear()
        for issue in issues:
            self.issue_list.addItem(f"{fmt.whole(issue.count)}  ·  {issue_text(issue.code)}")
        text = self.tr("%1 customers are ready to import.").replace("%1", fmt.whole(customers))
        text += " " + (self.tr("The data looks clean.") if not issues else
                       self.tr("Findings are listed on the left, with the rows behind each; the fixes on the right are optional."))
        self.summary.setText(text)
        self._offered = set(previews)
        for fix, box in self.fix_boxes.items():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            box.setVisible(fix in self._offered)
        self.update_previews(previews)
        self.no_fixes.setVisible(not previews)
        if issues:
            self.issue_list.setCurrentRow(0)
        first = next((f for f in FIXES if f in previews), None)
        self._show_examples(first)

    def _on_issue_changed(self, index: int) -> None:
        if 0 <= index < len(self.issues) and self._dataset is not None:
            show_issue_rows(self.issue_rows, self._dataset, self.issues[index], file_row=self._file_row)

    def update_previews(self, previews: dict[str, FixPreview]) -> None:
        """Figures as the currently chosen fixes leave the data (a later fix sees the earlier ones)."""
        self.previews = previews
        for fix in self._offered:
            preview = previews.get(fix)
            figure = self._fix_figure(preview) if preview is not None else self.tr("nothing left to change")
            self.fix_boxes[fix].setText(f"{fix_title(fix)} ({figure})")

    def chosen_fixes(self) -> set[str]:
        return {fix for fix in self._offered if self.fix_boxes[fix].isChecked()}

    def _fix_figure(self, preview: FixPreview) -> str:
        # self.tr with the count as an attribute: pyside6-lupdate misses (or loses the plural of) a
        # module-level QCoreApplication.translate(..., n), and -no-obsolete then dropped these strings.
        if preview.fix == "merge_duplicates":
            return self.tr("%1 duplicate rows, merged into %2") \
                .replace("%1", formats().whole(preview.rows)).replace("%2", formats().whole(preview.group_count))
        if preview.fix == "drop_orphan_orders":
            return self.tr("%n order row(s)", None, preview.count)
        return self.tr("%n cell(s)", None, preview.count)

    def _on_fix_toggled(self, fix: str) -> None:
        self._show_examples(fix)
        self.fixes_changed.emit()

    def _show_examples(self, fix: str | None) -> None:
        preview = self.previews.get(fix) if fix else None
        self.examples.setRowCount(0)
        if preview is None:
            self.example_label.clear()
            return
        self.example_label.setText(self.tr("Same email, or same name and phone, is one customer; the newest value "
                                           "wins, and a “no” to marketing always wins (hover for the whole rule).")
                                   if fix == "merge_duplicates" else
                                   self.tr("Examples of “%1”:").replace("%1", fix_title(fix)))
        self.example_label.setToolTip(merge_rule_text() if fix == "merge_duplicates" else "")
        rows: list[tuple[str, str, str, str]] = []
        if fix == "merge_duplicates":
            for group in preview.groups:
                rows.append((", ".join(str(self._file_row("customers", r)) for r in group.rows), self.tr("(all)"),
                             self.tr("%n row(s)", None, len(group.rows)),
                             " · ".join(_cell_text(v) for v in group.merged.values() if _cell_text(v))))
        else:
            for change in preview.examples:
                after = self.tr("(left out)") if fix == "drop_orphan_orders" else _cell_text(change.after)
                rows.append((str(self._file_row(change.table, change.row)), change.column, repr(_cell_text(change.before)), after))
        self.examples.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)          # one line per example; the whole text on hover
                self.examples.setItem(r, c, item)
