"""Edit which RFM group each cell of the R×F grid belongs to.

The grid is shown as the heatmap draws it: recency 5 (bought most recently) on top, frequency 1–5
left to right.  Each cell is a drop-down of the groups; a cell's colour follows its group so the
regions stay visible while editing.  A map made this way gives every cell exactly one group, so it
cannot have a gap or an overlap.  A map that also weighs spend (the "with spend" preset) is shown
at the middle spend score, and the dialog says that saving it makes a grid without spend.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data.rfm_groups import DEFAULT_MAP, GROUP_KEYS, SCORES, GroupMap, grid_map, rf_grid
from ...core.words import rfm_group_label
from .. import i18n

# One soft colour per default group (worst to best), mixed with the palette's base so they read in
# dark mode too; the text stays the palette's.
_TINTS = ("#999999", "#D55E00", "#CC79A7", "#E69F00", "#F0E442", "#56B4E9", "#009E73", "#0072B2",
          "#88CCEE", "#117733")


class RfmMapDialog(QDialog):
    """The 5 × 5 grid of drop-downs; :meth:`group_map` is the edited map (None: the default grid)."""

    def __init__(self, current: GroupMap | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("RFM groups"))
        lang = i18n.current_language()
        start = current or DEFAULT_MAP
        intro = QLabel(self.tr("Choose the group of each cell. Rows are recency (5 = bought most recently), "
                               "columns frequency (5 = buys most often). Every customer with orders falls in "
                               "exactly one cell, so every cell needs a group."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if start.uses_m:
            note = QLabel(self.tr("This map also weighs spend. The grid shows each cell's group at a middle "
                                  "spend score; saving it makes a grid without spend."))
            note.setWordWrap(True)
            layout.addWidget(note)

        groups = list(dict.fromkeys([*GROUP_KEYS, *start.groups]))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Recency ↓ · Frequency →")), 0, 0)
        for f in SCORES:
            header = QLabel(self.tr("F%1").replace("%1", str(f)))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, f)
        self.cells: dict[tuple[int, int], QComboBox] = {}
        chosen = rf_grid(start)
        for row, r in enumerate(reversed(SCORES), start=1):
            grid.addWidget(QLabel(self.tr("R%1").replace("%1", str(r))), row, 0)
            for f in SCORES:
                combo = QComboBox()
                for key in groups:
                    combo.addItem(rfm_group_label(key, lang), key)
                combo.setCurrentIndex(groups.index(chosen[r, f]))
                combo.setAccessibleName(self.tr("Group of cell R%1 F%2").replace("%1", str(r)).replace("%2", str(f)))
                combo.currentIndexChanged.connect(lambda _i, c=combo: self._tint(c))
                self._tint(combo)
                grid.addWidget(combo, row, f)
                self.cells[r, f] = combo
        layout.addLayout(grid)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("&Default grid"))
        self.reset_button.setToolTip(self.tr("Put every cell back in its group of the default grid"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reset(self) -> None:
        """Every cell back to the default grid's group."""
        for (r, f), combo in self.cells.items():
            combo.setCurrentIndex(combo.findData(DEFAULT_MAP.group_of(r, f)))

    def set_cell(self, r: int, f: int, key: str) -> None:
        combo = self.cells[r, f]
        combo.setCurrentIndex(combo.findData(key))

    def group_map(self) -> GroupMap | None:
        """The edited map; None when it is the default grid (the project then keeps no map of its own)."""
        edited = grid_map({cell: combo.currentData() for cell, combo in self.cells.items()})
        return None if rf_grid(edited) == rf_grid(DEFAULT_MAP) else edited

    def _tint(self, combo: QComboBox) -> None:
        key = combo.currentData()
        tint = QColor(_TINTS[GROUP_KEYS.index(key) % len(_TINTS)] if key in GROUP_KEYS else "#999999")
        base = self.palette().color(QPalette.ColorRole.Base)
        mixed = QColor.fromRgbF(*(0.72 * b + 0.28 * t for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))
        palette = combo.palette()
        palette.setColor(QPalette.ColorRole.Button, mixed)
        palette.setColor(QPalette.ColorRole.Base, mixed)
        combo.setPalette(palette)
