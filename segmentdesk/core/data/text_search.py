"""Which customers hold a piece of text in any of their text columns: the customer table's search box.

The columns are folded (``str.casefold``) once into one long string, a row after another, so a search is
a handful of ``str.find`` calls in C — one per matching row — instead of a pass over every cell of every
column per keystroke.  Cells of a row are kept apart by a separator no typed text holds, so a match
never spans two cells or two rows.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

_CELL = "\x1f"      # unit separator: between a row's cells
_ROW = "\x1e"       # record separator: between rows


class TextHaystack:
    """The folded text of ``columns`` (equal-length Series, one per searchable column), row by row."""

    def __init__(self, columns: Sequence[pd.Series], *, rows: int) -> None:
        if columns:
            cells = [column.astype("string").fillna("").reset_index(drop=True) for column in columns]
            joined = cells[0].str.cat(cells[1:], sep=_CELL) if len(cells) > 1 else cells[0]
            folded = [row.casefold() for row in joined.tolist()]
        else:
            folded = [""] * rows
        lengths = np.fromiter((len(row) + 1 for row in folded), dtype=np.int64, count=len(folded))
        self._starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(folded) else np.zeros(0, np.int64)
        self._text = _ROW.join(folded)
        self.rows = len(folded)

    def matches(self, text: str) -> np.ndarray:
        """A boolean mask: the rows where some cell contains ``text`` (trimmed, without regard to case)."""
        needle = text.strip().casefold()
        hit = np.zeros(self.rows, dtype=bool)
        if not needle:
            return ~hit                             # every text contains the empty one
        if _CELL in needle or _ROW in needle:
            return hit
        starts, find = self._starts, self._text.find
        position = find(needle)
        while position >= 0:
            row = int(np.searchsorted(starts, position, side="right")) - 1
            hit[row] = True
            if row + 1 >= self.rows:
                break
            position = find(needle, int(starts[row + 1]))        # the next row on: one hit per row is enough
        return hit
