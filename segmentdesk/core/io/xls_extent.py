"""What calamine will allocate for a legacy ``.xls`` ([MS-XLS] BIFF records), found before it does.

calamine parses every sheet of an ``.xls`` when it opens the file, and trusts two things
it finds there (found by fuzzing; each ends in an aborted process, measured):

* a sheet's DIMENSIONS record: it reserves rows x columns cells up front, and a first row
  past the last one wraps around to four billion rows (a 5.6 KB file asked for 515 GB);
* the cells' own positions: the sheet becomes a dense rectangle, as for xlsx
  (see :mod:`.sheet_extent`), up to 65,536 x 65,536 cells (128 GiB) from two cell records.

(A shared string table claiming 2^31 strings it does not hold, also tried, is read safely.)

So the Workbook stream's records are walked here, sheet by sheet as calamine does, and a
file whose counts do not fit is refused: :class:`DamagedFileError` where they contradict
themselves, :class:`FileTooLargeError` (``"sheet_extent"``) where they are merely huge.
"""
from __future__ import annotations

import struct

from ..errors import DamagedFileError
from .cfb import Container
from .sheet_extent import Extent, refuse_if_too_many

_EOF, _BOUNDSHEET, _DIMENSIONS, _MULRK = 0x000A, 0x0085, 0x0200, 0x00BD
# Records that start with the row and column of one cell: Number, Label, BoolErr, RK, LabelSst, Formula.
_CELL_RECORDS = frozenset({0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006})


def check_xls_records(container: Container) -> None:
    """Raise before calamine would reserve more than memory allows for this ``.xls``."""
    stream = container.read_stream("Workbook") or container.read_stream("Book")
    if stream is None:
        return                                  # not a workbook: calamine says so itself
    sheets: list[tuple[int, str]] = []
    for typ, data in _records(stream, 0):
        if typ == _BOUNDSHEET and len(data) >= 8:
            sheets.append((struct.unpack_from("<I", data)[0], _sheet_name(data)))
        elif typ == _EOF:
            break
    for position, name in sheets:
        refuse_if_too_many(name, _sheet_extent(stream, position, name))


def _sheet_extent(stream: bytes, position: int, name: str) -> Extent:
    """The rectangle of one sheet's cells (a tight loop: a 60,000-row sheet has 720,000 records)."""
    unpack = struct.Struct("<HH").unpack_from
    cells = _CELL_RECORDS
    top = left = 1 << 62
    bottom = right = -1
    end = len(stream)
    while position + 4 <= end:
        typ, length = unpack(stream, position)
        body = position + 4
        position = body + length
        if typ in cells and length >= 4:
            row, col = unpack(stream, body)
        elif typ == _MULRK and length >= 6:
            row, col = unpack(stream, body)
            last = struct.unpack_from("<H", stream, body + length - 2)[0]
            right = max(right, last)
        elif typ == _DIMENSIONS:
            refuse_if_too_many(name, _reserved(stream[body:body + length]))
            continue
        elif typ == _EOF:
            break
        else:
            continue
        if row < top:
            top = row
        if row > bottom:
            bottom = row
        if col < left:
            left = col
        if col > right:
            right = col
    return Extent(top, left, bottom, right) if bottom >= 0 else Extent()


def _records(stream: bytes, start: int):
    """(type, data) of each record from ``start`` to the end of the stream (or a cut-off record)."""
    position = start
    while position + 4 <= len(stream):
        typ, length = struct.unpack_from("<HH", stream, position)
        yield typ, stream[position + 4:position + 4 + length]
        position += 4 + length


def _reserved(data: bytes) -> Extent:
    """The rectangle calamine reserves for a DIMENSIONS record; a wrap-around is damage."""
    if len(data) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", data)
    elif len(data) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", data)
    else:
        return Extent()                         # calamine rejects the record itself
    if last_row < 1 or last_col < 1:
        return Extent()
    if first_row > last_row - 1 or first_col > last_col - 1:
        raise DamagedFileError("The workbook is damaged and cannot be read.",
                               reason="a sheet's dimensions end before they start")
    extent = Extent()
    extent.add(first_row, first_col)
    extent.add(last_row - 1, last_col - 1)
    return extent


def _sheet_name(data: bytes) -> str:
    """The name in a BoundSheet8 record (ShortXLUnicodeString: length, flags, characters)."""
    length, flags = data[6], data[7] if len(data) > 7 else 0
    raw = data[8:8 + length * (2 if flags & 1 else 1)]
    return raw.decode("utf-16-le" if flags & 1 else "latin-1", errors="replace")
