"""What a file holds before interpretation."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..unique_names import numbered_unique


@dataclass
class RawTable:
    """Cells of one sheet or CSV file with the format details found while reading.

    ``frame`` has one column per header (names made unique, blanks named ``Column N``),
    holding the cells as read: ``str`` for text, ``float``/``int`` for numbers,
    ``datetime`` for date cells and ``None`` for empty cells.  CSV cells are all ``str``.
    """

    frame: pd.DataFrame
    source: Path
    file_kind: str                     # "csv", "xlsx", "xls", "ods"
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str = "."
    header_row: int = 0                # 0-based row of the header in the sheet/file
    # CSV rows whose number of fields differs from the header's (padded or widened while read):
    # 1-based line numbers where each starts (the first csv_rows.RAGGED_LINES_KEPT) and how many.
    ragged_lines: list[int] = field(default_factory=list)
    ragged_count: int = 0
    # The row each data row has in the file as a spreadsheet program numbers them (1-based), where
    # reading skipped empty rows; None: the data rows follow the headings' row one after another.
    row_numbers: np.ndarray | None = None
    header_number: int | None = None   # the headings' row, numbered the same way (None: header_row + 1)

    def file_row(self, position: int) -> int:
        """The row number a person sees in Excel for data row ``position`` (0-based): customer 000102
        on row 103 under headings on row 1 — not the position in the data plus one."""
        if self.row_numbers is not None:
            return int(self.row_numbers[position])
        return (self.header_number or self.header_row + 1) + 1 + position

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    @property
    def row_count(self) -> int:
        return len(self.frame)


def unique_headers(cells: list[object]) -> list[str]:
    """Header names as text, blanks named ``Column N`` and repeats suffixed `` (2)``, `` (3)``…"""
    names: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(cells, start=1):
        name = "" if cell is None else str(cell).strip()
        if isinstance(cell, float) and cell.is_integer():
            name = str(int(cell))
        names.append(numbered_unique(name or f"Column {i}", seen))
    return names


def find_header_row(rows: list[list[object]], *, look_at: int = 20) -> int:
    """Index of the header row: the first row that is mostly filled with text labels.

    Titles and blank rows above the header are skipped: a title fills one cell of a
    wide table; a header fills most of them with labels that are not numbers.
    """
    width = max((len(r) for r in rows[:look_at]), default=0)
    if width == 0:
        return 0
    for i, row in enumerate(rows[:look_at]):
        cells = [c for c in row if c is not None and str(c).strip() != ""]
        labels = [c for c in cells if isinstance(c, str) and not _looks_numeric(c)]
        if len(cells) >= max(1, (width + 1) // 2) and len(labels) >= max(1, len(cells) * 2 // 3):
            return i
    return 0


def _looks_numeric(text: str) -> bool:
    t = text.strip().replace(",", ".").replace(" ", "")
    try:
        float(t)
    except ValueError:
        return False
    return True
