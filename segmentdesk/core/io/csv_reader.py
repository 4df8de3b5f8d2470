"""Delimited text: detect encoding, delimiter and decimal mark, then read every cell as text."""
from __future__ import annotations

import csv
import io
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from ..errors import EmptyFileError, NotASpreadsheetError
from .rawtable import RawTable, find_header_row, unique_headers

DELIMITERS = (";", ",", "\t", "|")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode file bytes; returns (text, encoding name).

    A BOM decides; otherwise UTF-8 if the whole file is valid UTF-8, else cp1252
    (Finnish Excel's "CSV (semicolon separated)"), whose few undefined bytes fall back
    to ISO-8859-15 meaning.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise NotASpreadsheetError("The file is binary, not text or a spreadsheet.", reason="binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("iso-8859-15"), "iso-8859-15"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most often."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ";", (-1, 0)
    for delim in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delim)]
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


def read_csv(path: Path) -> RawTable:
    """Read a delimited text file as text cells (empty cells become missing)."""
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError("The file is empty.", path=str(path))
    text, encoding = decode_text(data)
    del data
    delimiter = sniff_delimiter(text)
    head = [r for r in csv.reader(io.StringIO(text[:200_000], newline=""), delimiter=delimiter)]
    header_at = find_header_row([r for r in head if any(c.strip() for c in r)])
    # find_header_row counted non-blank rows; map back to the physical row number.
    physical = [i for i, r in enumerate(head) if any(c.strip() for c in r)]
    if not physical:
        raise EmptyFileError("The file is empty.", path=str(path))
    header_line = physical[header_at]
    header = head[header_line]
    try:
        with warnings.catch_warnings():
            # pandas only warns when a row has more fields than the header; that is a ragged file.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, skiprows=header_line + 1,
                                names=range(len(header)), index_col=False, dtype=str,
                                keep_default_na=False, na_values=[""], skip_blank_lines=True, engine="c")
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
        frame = _read_ragged(text, delimiter, header_line)
    frame = frame.dropna(how="all")
    while frame.shape[1] > 1 and frame.iloc[:, -1].isna().all() and \
            (frame.shape[1] > len(header) or not header[frame.shape[1] - 1].strip()):
        frame = frame.iloc[:, :-1]
    if frame.empty:
        raise EmptyFileError("The file has a header but no rows.", path=str(path), header_only=True)
    width = frame.shape[1]
    frame.columns = unique_headers(list(header[:width]) + [None] * (width - len(header)))
    frame = frame.astype(object).where(frame.notna(), None)
    frame.index = pd.RangeIndex(len(frame))
    return RawTable(frame=frame, source=path, file_kind="csv", encoding=encoding,
                    delimiter=delimiter, decimal=guess_decimal(delimiter), header_row=header_line)


def _read_ragged(text: str, delimiter: str, header_line: int) -> pd.DataFrame:
    """Slow path for rows with differing numbers of fields: pad every row to the widest."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))[header_line + 1:]
    width = max((len(r) for r in rows), default=0)
    padded = [r + [""] * (width - len(r)) for r in rows if any(c.strip() for c in r)]
    frame = pd.DataFrame(padded, dtype=object)
    return frame.where(frame != "", None)
