"""Following the rows of delimited text: rows of the wrong width, and quoting that runs away."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import numpy as np

from ..errors import MalformedCsvError

RAGGED_LINES_KEPT = 100
# Bytes of the file looked at at once by the vectorised scan.
SCAN_BLOCK = 1 << 24


@dataclass
class RowScan:
    """What one pass over the rows found; line numbers are 1-based, where a row starts."""

    ragged_lines: list[int] = field(default_factory=list)
    ragged_count: int = 0
    last_row_line: int = 0
    # Every line after the skipped ones has exactly the header's number of fields (only the
    # vectorised scan of unquoted text says so): a parser needs nothing but the file itself.
    exact_width: bool = False


def scan_rows(text: str, delimiter: str, *, skip_rows: int, width: int) -> RowScan:
    """Find the non-blank rows after the first ``skip_rows`` whose field count is not ``width``:
    fewer fields, or text in fields past the last.

    Raises :class:`MalformedCsvError` (reason ``"long_field"``) for a cell longer than the
    csv module's field limit (128 KiB), which in a customer list means a quote that opened a
    cell and swallowed the lines after it.
    """
    scan = RowScan()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    try:
        for index, row in enumerate(reader):
            if len(row) != width and index >= skip_rows and _differs(row, width):
                scan.ragged_count += 1
                if len(scan.ragged_lines) < RAGGED_LINES_KEPT:
                    scan.ragged_lines.append(previous + 1)
            scan.last_row_line = previous + 1
            previous = reader.line_num
    except csv.Error as exc:
        raise _long_field(previous + 1) from exc
    return scan


def scan_unquoted_rows(text: str, delimiter: str, *, skip_rows: int, width: int,
                       data: bytes | None = None) -> RowScan | None:
    """:func:`scan_rows` for text without any quote character, vectorised; None when quoted.

    Without quotes every line is one row and its field count is its delimiter count + 1,
    so counting delimiters between newlines finds the candidates without a Python loop
    (a million-row export in tens of milliseconds); only those lines are looked at closely.
    ``data``: the file's bytes when newlines and ``delimiter`` are the same ASCII bytes in
    them as in ``text`` (any single-byte encoding, UTF-8), to save encoding ``text`` again.
    """
    source = data if data is not None else text
    quote, cr, crlf = ('"', "\r", "\r\n") if data is None else (b'"', b"\r", b"\r\n")
    if quote in source or source.count(cr) != source.count(crlf):    # quotes, or old Mac line ends
        return None
    if data is None:
        data = text.encode("utf-8", errors="surrogatepass")
    data = np.frombuffer(data, dtype=np.uint8)
    if data[:3].tobytes() == b"\xef\xbb\xbf":
        data = data[3:]
    # Block by block, so that a 500 MB file never has a flag or a position per byte at once.
    newlines = np.concatenate([np.flatnonzero(data[at:at + SCAN_BLOCK] == ord("\n")) + at
                               for at in range(0, len(data), SCAN_BLOCK)] or [np.zeros(0, dtype=np.int64)])
    ends = np.append(newlines, len(data))
    starts = np.concatenate(([0], newlines + 1))
    del newlines
    if starts[-1] >= len(data):                 # text ending in a newline has no row after it
        starts, ends = starts[:-1], ends[:-1]
    fields = np.empty(len(starts), dtype=np.int64)
    lines_per_block = max(1, SCAN_BLOCK // max(1, len(data) // max(1, len(starts))))
    for first in range(0, len(starts), lines_per_block):
        block_starts, block_ends = starts[first:first + lines_per_block], ends[first:first + lines_per_block]
        low, high = int(block_starts[0]), int(block_ends[-1])
        delimiters = np.flatnonzero(data[low:high] == ord(delimiter)) + low
        fields[first:first + lines_per_block] = (np.searchsorted(delimiters, block_ends)
                                                 - np.searchsorted(delimiters, block_starts) + 1)
    scan = RowScan(last_row_line=len(starts), exact_width=bool((fields[skip_rows:] == width).all()))
    lines = None
    for index in np.flatnonzero(fields != width):
        if index < skip_rows:
            continue
        if lines is None:
            lines = text.split("\n")
        if _differs(lines[index].rstrip("\r").split(delimiter), width):
            scan.ragged_count += 1
            if len(scan.ragged_lines) < RAGGED_LINES_KEPT:
                scan.ragged_lines.append(int(index) + 1)
    return scan


def _differs(row: list[str], width: int) -> bool:
    """A non-blank row shorter than the header, or with text beyond the header's last column
    (empty fields after it, as from a trailing delimiter, shift nothing)."""
    if not any(c.strip() for c in row):
        return False
    return len(row) < width or any(c.strip() for c in row[width:])


def rows_with_lines(text: str, delimiter: str):
    """Yield (start line, fields) for every row, blank ones included (as ``[]``)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    try:
        for row in reader:
            yield previous + 1, row
            previous = reader.line_num
    except csv.Error as exc:
        raise _long_field(previous + 1) from exc


def _long_field(line: int) -> MalformedCsvError:
    return MalformedCsvError(f"Line {line} has a cell too long to be customer data; a quote (\") may "
                             "never be closed.", reason="long_field", line=line)


def unclosed_quote_error(text: str, delimiter: str) -> MalformedCsvError:
    """The error for a file whose last row runs to the end inside quotes: names its line."""
    line = scan_rows(text, delimiter, skip_rows=0, width=-1).last_row_line
    return MalformedCsvError(f"Line {line} opens a quote (\") that is never closed.",
                             reason="unclosed_quote", line=line)
