"""Delimited text: detect encoding, delimiter and decimal mark, then read every cell as text."""
from __future__ import annotations

import csv
import io
import re
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import EmptyFileError
from .csv_rows import rows_with_lines, scan_rows, scan_unquoted_rows, unclosed_quote_error
from .decoding import decode_text, stream_codec
from .rawtable import RawTable, find_header_row, unique_headers
from .safety import check_text_file, check_width

DELIMITERS = (";", ",", "\t", "|")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most often."""
    lines = [ln for ln in text[:200_000].splitlines()[:50] if ln.strip()]
    best, best_score = ";", (-1, 0)
    for delim in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delim)]
        except csv.Error:                      # a cell past the field limit: not this delimiter
            continue
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def guess_decimal(delimiter: str) -> str:
    """File-level decimal mark guess; each number column confirms it from its own values."""
    return "," if delimiter in (";", "\t") else "."


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
             header_row: int | None = None) -> RawTable:
    """Read a delimited text file as text cells (empty cells become missing).

    ``encoding``, ``delimiter`` and ``header_row`` (0-based line) override what is detected —
    the import wizard's choices when detection got a file wrong.

    Rows wider or narrower than the header are kept (padded) and reported in
    ``ragged_lines``.  Raises ``FileReadError`` subclasses: too large for memory (checked
    before reading), empty, binary, or quoting that cannot be followed.
    """
    check_text_file(path)
    data = path.read_bytes()
    if not re.search(rb"\S", data):          # (not data.strip(): that copies a file with a final newline)
        raise EmptyFileError("The file is empty.", path=str(path))
    chosen_encoding = encoding
    text, encoding = decode_text(data, encoding=encoding)
    # Single-byte and UTF-8 files keep newlines and delimiters as the same ASCII bytes, so the
    # row scan can count them in the file's own bytes instead of encoding the text again.
    ascii_bytes = data if not encoding.startswith("utf-16") else None
    del data
    delimiter = delimiter or sniff_delimiter(text)
    head = [row for _, row in rows_with_lines(text[:200_000], delimiter)]
    # find_header_row counts non-blank rows; map back to the physical row number.
    physical = [i for i, r in enumerate(head) if any(c.strip() for c in r)]
    if not physical:
        raise EmptyFileError("The file is empty.", path=str(path))
    if header_row is None:
        header_line = physical[find_header_row([head[i] for i in physical])]
    elif header_row < len(head):
        header_line = header_row
    else:
        raise EmptyFileError("The file has a header but no rows.", path=str(path), header_only=True)
    header = head[header_line]
    check_width(len(header))
    # The vectorised scan raises nothing, so it runs first and the file's bytes go before parsing.
    scan = scan_unquoted_rows(text, delimiter, skip_rows=header_line + 1, width=len(header), data=ascii_bytes)
    bom = ascii_bytes is not None and ascii_bytes[:3] == b"\xef\xbb\xbf"
    del ascii_bytes
    if scan is not None and scan.exact_width:
        # No quotes, every row as wide as the header: pandas reads the file itself, decoded piece
        # by piece as decode_text decoded it whole, and the text (half a gigabyte) goes now.
        codec, errors = stream_codec(encoding, bom=bom)
        del text
        with path.open(encoding=codec, errors=errors, newline="") as source:
            frame, padded_with_none = _parse(source, delimiter, header_line, len(header), text=None)
        if frame is None:             # (not expected of such a file) the whole text after all
            text = decode_text(path.read_bytes(), encoding=chosen_encoding)[0]
    else:
        frame = None
    if frame is None:
        frame, padded_with_none = _parse(TextSlices(text), delimiter, header_line, len(header), text=text)
    if scan is None:
        scan = scan_rows(text, delimiter, skip_rows=header_line + 1, width=len(header))
    text = None
    # Missing cells are found once and reused: rows of only delimiters dropped, empty trailing
    # columns cut, None set.  The parser leaves empty cells as "" (comparing with "" is a
    # quarter of the cost of isna over object columns).  Each column is taken out of the parsed
    # frame as it is copied, so no more than one column exists twice.
    cells: list[np.ndarray] = []
    missing: list[np.ndarray] = []
    for c in list(frame.columns):
        col = frame.pop(c).to_numpy(dtype=object, copy=True)
        cells.append(col)
        missing.append((col == "") | pd.isna(col) if padded_with_none else (col == ""))
    del frame
    while len(cells) > 1 and missing[-1].all() and (len(cells) > len(header) or not header[len(cells) - 1].strip()):
        cells.pop()
        missing.pop()
    filled = ~np.logical_and.reduce(missing) if cells else np.zeros(0, dtype=bool)
    if not filled.any():
        raise EmptyFileError("The file has a header but no rows.", path=str(path), header_only=True)
    whole = bool(filled.all())
    for i, gone in enumerate(missing):
        cells[i][gone] = None
        if not whole:
            cells[i] = cells[i][filled]
    width = len(cells)
    names = unique_headers(list(header[:width]) + [None] * (width - len(header)))
    # One block per column (copy=False): a reader that types the columns one by one can let each go.
    frame = pd.DataFrame(dict(zip(names, cells)), index=pd.RangeIndex(int(filled.sum())), dtype=object, copy=False)
    return RawTable(frame=frame, source=path, file_kind="csv", encoding=encoding,
                    delimiter=delimiter, decimal=guess_decimal(delimiter), header_row=header_line,
                    ragged_lines=scan.ragged_lines, ragged_count=scan.ragged_count,
                    row_numbers=None if whole else header_line + 2 + np.flatnonzero(filled))


def _parse(source, delimiter: str, header_line: int, width: int, *,
           text: str | None) -> tuple[pd.DataFrame | None, bool]:
    """The rows after the header as pandas reads them from ``source`` (all text, "" where empty),
    and whether empty cells may be None (a ragged file, read the slow way from ``text``).
    Without ``text``, a file pandas cannot read whole gives (None, False)."""
    try:
        with warnings.catch_warnings():
            # pandas only warns when a row has more fields than the header; that is a ragged file.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            return pd.read_csv(source, sep=delimiter, header=None, skiprows=header_line + 1,
                               names=range(width), index_col=False, dtype=object,
                               keep_default_na=False, na_filter=False, skip_blank_lines=True, engine="c"), False
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError) as exc:
        if text is None:
            return None, False
        if "EOF inside string" in str(exc):
            raise unclosed_quote_error(text, delimiter) from None
        return _read_ragged(text, delimiter, header_line), True


class TextSlices(io.TextIOBase):
    """Text read in slices of the one decoded string.

    ``io.StringIO`` would keep a second copy of the whole text, four bytes a character, while
    pandas reads from it (1.9 GB for a 470 MB order file); slices cost only what is read.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text, self._at = text, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        start = self._at
        self._at = len(self._text) if size is None or size < 0 else min(len(self._text), start + size)
        return self._text[start:self._at]


def _read_ragged(text: str, delimiter: str, header_line: int) -> pd.DataFrame:
    """Slow path for rows with differing numbers of fields: pad every row to the widest."""
    rows = [row for _, row in rows_with_lines(text, delimiter)][header_line + 1:]
    width = max((len(r) for r in rows), default=0)
    check_width(width)
    padded = [r + [""] * (width - len(r)) for r in rows if any(c.strip() for c in r)]
    frame = pd.DataFrame(padded, dtype=object)
    return frame.where(frame != "", None)
