"""Delimited text: detect encoding, delimiter and decimal mark, then read every cell as text."""
from __future__ import annotations

import csv
import io
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import EmptyFileError
from .csv_rows import rows_with_lines, scan_rows, scan_unquoted_rows, unclosed_quote_error
from .decoding import decode_text
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
    if not data.strip():
        raise EmptyFileError("The file is empty.", path=str(path))
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
    try:
        with warnings.catch_warnings():
            # pandas only warns when a row has more fields than the header; that is a ragged file.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, skiprows=header_line + 1,
                                names=range(len(header)), index_col=False, dtype=object,
                                keep_default_na=False, na_filter=False, skip_blank_lines=True, engine="c")
        padded_with_none = False
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError) as exc:
        if "EOF inside string" in str(exc):
            raise unclosed_quote_error(text, delimiter) from None
        frame = _read_ragged(text, delimiter, header_line)
        padded_with_none = True
    scan = (scan_unquoted_rows(text, delimiter, skip_rows=header_line + 1, width=len(header), data=ascii_bytes)
            or scan_rows(text, delimiter, skip_rows=header_line + 1, width=len(header)))
    # Missing cells are found once and reused: rows of only delimiters dropped, empty trailing
    # columns cut, None set.  The parser leaves empty cells as "" (comparing with "" is a
    # quarter of the cost of isna over object columns).
    cells = [frame[c].to_numpy(dtype=object, copy=True) for c in frame.columns]
    missing = [(col == "") | pd.isna(col) if padded_with_none else (col == "") for col in cells]
    while len(cells) > 1 and missing[-1].all() and (len(cells) > len(header) or not header[len(cells) - 1].strip()):
        cells.pop()
        missing.pop()
    filled = ~np.logical_and.reduce(missing) if cells else np.zeros(0, dtype=bool)
    if not filled.any():
        raise EmptyFileError("The file has a header but no rows.", path=str(path), header_only=True)
    whole = bool(filled.all())
    for col, gone in zip(cells, missing):
        col[gone] = None
    width = len(cells)
    names = unique_headers(list(header[:width]) + [None] * (width - len(header)))
    frame = pd.DataFrame({name: (col if whole else col[filled]) for name, col in zip(names, cells)},
                         index=pd.RangeIndex(int(filled.sum())), dtype=object)
    return RawTable(frame=frame, source=path, file_kind="csv", encoding=encoding,
                    delimiter=delimiter, decimal=guess_decimal(delimiter), header_row=header_line,
                    ragged_lines=scan.ragged_lines, ragged_count=scan.ragged_count,
                    row_numbers=None if whole else header_line + 2 + np.flatnonzero(filled))


def _read_ragged(text: str, delimiter: str, header_line: int) -> pd.DataFrame:
    """Slow path for rows with differing numbers of fields: pad every row to the widest."""
    rows = [row for _, row in rows_with_lines(text, delimiter)][header_line + 1:]
    width = max((len(r) for r in rows), default=0)
    check_width(width)
    padded = [r + [""] * (width - len(r)) for r in rows if any(c.strip() for c in r)]
    frame = pd.DataFrame(padded, dtype=object)
    return frame.where(frame != "", None)
