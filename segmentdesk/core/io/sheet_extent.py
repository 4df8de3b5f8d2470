"""How many cells calamine will allocate for an xlsx sheet, found before it allocates them.

calamine keeps a sheet as a dense rectangle from its first to its last cell with a value:
a 2 KB file with values in A1 and XFD1048576 asks for 17 billion cells (512 GiB) and
aborts the whole process (measured: "memory allocation of 549755813888 bytes failed").
So the sheet's XML is streamed here first and the rectangle measured from the cell
references; a sheet whose rectangle does not fit in memory is refused with the address of
its farthest cell, which the user can then delete in Excel.

The fast path reads every ``<c r="…">`` reference with one regular expression.  A sheet
whose cells lack references (allowed by the format: the position is then implicit), or
whose fast estimate is too large, gets an exact pass that follows rows and cells the way
calamine does and ignores cells without content (``<c r="Z9" s="1"/>``).
"""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np

from ..errors import DamagedFileError, FileTooLargeError
from . import memory

# calamine's dense cell (32 bytes) plus the Python list slot and the reader's copy, measured:
# 20.8 million empty cells peaked at ~850 MB.
DENSE_CELL_BYTES = 48
# calamine refuses an .ods sheet above 100 million cells; the same cap holds for xlsx here
# (~25 s of reading even where memory allows; 1,048,576 rows of 95 columns).
MAX_SHEET_CELLS = 100_000_000
CHUNK = 4 * 1024**2

# A cell tag and its reference when ``r`` is its first attribute (empty groups otherwise).  The
# plain form starts with a literal and runs ~1.6x faster; the prefixed form (``<x:c``) is used
# only for chunks where some tag has a prefix.
_CELL_REF = re.compile(rb'<c[\s/>](?:r="([A-Z]{1,3})([0-9]{1,7})")?')
_CELL_REF_PREFIXED = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c[\s/>](?:r="([A-Z]{1,3})([0-9]{1,7})")?')
_PREFIXED_CELL = re.compile(rb':c[\s/>]')
_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])')
_R_ATTR = re.compile(rb'\sr\s*=\s*["\']([A-Za-z]*)([0-9]*)["\']')


@dataclass
class Extent:
    """The rectangle of a sheet's cells (0-based, inclusive); empty when ``last_row < 0``."""

    first_row: int = 1 << 62
    first_col: int = 1 << 62
    last_row: int = -1
    last_col: int = -1

    def add(self, row: int, col: int) -> None:
        self.first_row, self.last_row = min(self.first_row, row), max(self.last_row, row)
        self.first_col, self.last_col = min(self.first_col, col), max(self.last_col, col)

    @property
    def cells(self) -> int:
        if self.last_row < 0:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)

    @property
    def last_cell(self) -> str:
        return f"{column_name(self.last_col)}{self.last_row + 1}" if self.last_row >= 0 else ""


def check_sheet_extent(path: Path, sheet: str) -> None:
    """Raise :class:`FileTooLargeError` (reason ``"sheet_extent"``) when reading ``sheet`` of the
    xlsx at ``path`` would make calamine allocate more cells than memory or
    :data:`MAX_SHEET_CELLS` allow.  Files that are not zips are left to their reader; an
    OpenDocument file has no ``<c>`` cells to measure (calamine caps those at 100 million
    cells itself).
    """
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            part = _sheet_parts(zf, names).get(sheet)
            # Where the relationships cannot be followed, measure every XML part: over-counting
            # only costs time, missing the sheet calamine reads could cost the process.
            candidates = [part] if part else \
                sorted(n for n in names if n.lower().endswith(".xml") and n != "[Content_Types].xml")
            for part in candidates:
                extent = measure(zf, part, exact=False)
                if _too_many(extent.cells):
                    extent = measure(zf, part, exact=True)
                if _too_many(extent.cells):
                    _refuse(sheet, extent)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError) as exc:
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from exc


def measure(zf: zipfile.ZipFile, part: str, *, exact: bool) -> Extent:
    """The rectangle calamine would allocate for worksheet ``part`` (an upper bound).

    Without ``exact`` every referenced cell counts, content or not, and a cell without a
    reference switches to the exact pass.
    """
    extent = Extent()
    state = _State()
    with zf.open(part) as fh:
        tail = b""
        while True:
            chunk = fh.read(CHUNK)
            buf = tail + chunk
            if chunk:
                cut = buf.rfind(b"<")
                if cut < 0:                   # no tag starts here: nothing to measure
                    tail = b""
                    continue
                if cut == 0 and len(buf) < 2 * CHUNK:
                    tail = buf                # one tag so far: wait for the next one
                    continue
                buf, tail = (buf[:cut], buf[cut:]) if cut else (buf, b"")
            if not exact and not _fast(buf, extent):
                return measure(zf, part, exact=True)
            if exact:
                _exact(buf, extent, state)
            if not chunk:
                return extent


def _fast(buf: bytes, extent: Extent) -> bool:
    if not _PREFIXED_CELL.search(buf):
        return _fast_numpy(buf, extent)
    refs = _CELL_REF_PREFIXED.findall(buf)
    if not refs:
        return True
    cols = set(map(itemgetter(0), refs))
    if b"" in cols:
        return False                          # a cell without a leading reference
    rows = list(map(int, map(itemgetter(1), refs)))
    numbers = [column_number(c) for c in cols]
    extent.add(min(rows) - 1, min(numbers) - 1)
    extent.add(max(rows) - 1, max(numbers) - 1)
    return True


_WHITE = np.frombuffer(b" \t\n\r", dtype=np.uint8)
_REF_WIDTH = 3 + 7 + 1          # up to three letters, seven digits and the closing quote


def _fast_numpy(buf: bytes, extent: Extent) -> bool:
    """:func:`_fast` for chunks without prefixed tags, on the bytes with numpy: the same answer
    as the regular expression (False when some cell tag has no leading reference, or a
    reference is not letters-digits-quote), without a Python object per cell."""
    a = np.frombuffer(buf, dtype=np.uint8)
    if len(a) < 3:
        return True
    lt = np.flatnonzero(a[:-2] == ord("<"))
    lt = lt[a[lt + 1] == ord("c")]
    after = a[lt + 2]
    cells = lt[np.isin(after, _WHITE) | (after == ord("/")) | (after == ord(">"))]
    if len(cells) == 0:
        return True
    padded = np.concatenate([a, np.zeros(3 + _REF_WIDTH + 3, dtype=np.uint8)])
    head = padded[cells[:, None] + np.arange(2, 6)]                          # [\s/>] r = "
    with_ref = np.isin(head[:, 0], _WHITE) & (head[:, 1] == ord("r")) & (head[:, 2] == ord("=")) \
        & (head[:, 3] == ord('"'))
    if not with_ref.all():
        return False                          # a cell whose place is implicit: the exact pass follows it
    ref = padded[cells[:, None] + 6 + np.arange(_REF_WIDTH)]
    upper = (ref >= ord("A")) & (ref <= ord("Z"))
    digit = (ref >= ord("0")) & (ref <= ord("9"))
    letters = np.cumprod(upper, axis=1).sum(axis=1)
    rows = np.zeros(len(cells), dtype=np.int64)
    digits = np.zeros(len(cells), dtype=np.int64)
    reading = np.ones(len(cells), dtype=bool)
    for k in range(1, _REF_WIDTH):
        here = ref[:, k]
        take = reading & (k >= letters) & digit[:, k]
        reading &= (k < letters) | digit[:, k]
        rows = np.where(take, rows * 10 + (here.astype(np.int64) - ord("0")), rows)
        digits += take
    end = np.take_along_axis(ref, np.minimum(letters + digits, _REF_WIDTH - 1)[:, None], axis=1)[:, 0]
    if not ((letters >= 1) & (letters <= 3) & (digits >= 1) & (digits <= 7) & (end == ord('"'))).all():
        return False                          # not a plain reference: let the exact pass decide
    cols = np.zeros(len(cells), dtype=np.int64)
    for k in range(3):
        cols = np.where(k < letters, cols * 26 + (ref[:, k].astype(np.int64) - 64), cols)
    extent.add(int(rows.min()) - 1, int(cols.min()) - 1)
    extent.add(int(rows.max()) - 1, int(cols.max()) - 1)
    return True


@dataclass
class _State:
    row: int = -1
    col: int = -1


def _exact(buf: bytes, extent: Extent, state: _State) -> None:
    for match in _TAG.finditer(buf):
        end = buf.find(b">", match.end())
        attrs = buf[match.end():end if end >= 0 else len(buf)]
        ref = _R_ATTR.search(attrs)
        if match.group(1) == b"row":
            state.row = int(ref.group(2)) - 1 if ref and ref.group(2) else state.row + 1
            state.col = -1
            continue
        if ref and ref.group(1) and ref.group(2):
            row, col = int(ref.group(2)) - 1, column_number(ref.group(1).upper()) - 1
        else:
            row, col = max(state.row, 0), state.col + 1
        state.col = col
        if not attrs.rstrip().endswith(b"/"):  # <c …/> holds nothing: calamine skips it
            extent.add(row, col)


def _sheet_parts(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Sheet name → worksheet part, from the workbook and its relationships."""
    workbook = "xl/workbook.xml"
    try:
        if "_rels/.rels" in names:
            for rel in ET.fromstring(zf.read("_rels/.rels")):
                if rel.get("Type", "").endswith("/officeDocument"):
                    workbook = rel.get("Target", workbook).lstrip("/")
        folder = posixpath.dirname(workbook)
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(workbook) + ".rels")
        targets = {}
        for rel in ET.fromstring(zf.read(rels_name)):
            target = rel.get("Target", "")
            joined = posixpath.normpath(posixpath.join(folder, target))
            # Relative to the workbook's folder by the standard; some writers give it from the root.
            targets[rel.get("Id")] = joined if joined in names and not target.startswith("/") \
                else target.lstrip("/")
        sheets = {}
        for element in ET.fromstring(zf.read(workbook)).iter():
            if element.tag.rsplit("}", 1)[-1] == "sheet":
                rid = next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "id"), None)
                if element.get("name") is not None and targets.get(rid) in names:
                    sheets[element.get("name")] = targets[rid]
        return sheets
    except (KeyError, ET.ParseError):
        return {}


def refuse_if_too_many(sheet: str, extent: Extent) -> None:
    """Raise :class:`FileTooLargeError` when a rectangle of ``extent`` would not fit."""
    if _too_many(extent.cells):
        _refuse(sheet, extent)


def _too_many(cells: int) -> bool:
    return cells > MAX_SHEET_CELLS or cells * DENSE_CELL_BYTES > memory.read_budget()


def _refuse(sheet: str, extent: Extent) -> None:
    raise FileTooLargeError(
        f"Sheet {sheet!r} reaches as far as cell {extent.last_cell}: {extent.cells} cells, "
        "more than can be read.", reason="sheet_extent", sheet=sheet, last_cell=extent.last_cell,
        cells=extent.cells)


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27, ``XFD`` → 16384."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def column_name(index: int) -> str:
    """0-based column index → letters (``0`` → ``A``)."""
    name, n = "", index + 1
    while n > 0:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name
