"""Checks made before a file is read, so that no file can crash, hang or swap the machine.

Text files are weighed by their size; workbooks by their zip central directory (the sizes
every part declares; calamine's zip reader refuses a part that inflates past its declared
size, measured) and by the first bytes of each XML part.  Nothing here inflates more than
:data:`XML_PROLOG_PEEK` bytes of any part.  Each limit is a module constant, named for
what it guards; tests lower them with ``monkeypatch``.
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ..errors import (DamagedFileError, FileTooLargeError, NotASpreadsheetError,
                      PasswordProtectedError, UnsafeFileError)
from . import memory
from .cfb import SIGNATURE as OLE_SIGNATURE
from .cfb import CfbError, Container, is_encrypted_ooxml
from .xls_extent import check_xls_records

ZIP_SIGNATURE = b"PK\x03\x04"

# -- memory estimates (bytes of peak memory per byte of input, measured on customer lists) -----
# A 25 MB, 200,000-row customer CSV peaked at +226 MB while read (9x); a file of one-digit
# cells at 12x.  16x leaves room for shorter cells and the import that follows.
CSV_BYTES_FACTOR = 16
# A 15 MB xlsx holding 143 MB of sheet XML peaked at +335 MB (2.4x the XML).
XML_BYTES_FACTOR = 3
# Legacy .xls is a packed binary format: its cells expand more than XML does.
XLS_BYTES_FACTOR = 10

# Excel's own limit (column XFD): a wider table cannot have come from a spreadsheet, and
# pandas needs ~17 s for a one-line file of 200,000 fields.
MAX_COLUMNS = 16_384

# -- zip limits ----------------------------------------------------------------------------------
# Excel's own limits cap a sheet at 1,048,576 rows; a customer row takes ~700 bytes of sheet
# XML, so a real customer workbook stays well below this total however many columns it has.
MAX_UNCOMPRESSED_TOTAL = 1024**3
# Sheet XML deflates 5-25x (9.5x for a real customer list, 21x for 200,000 identical rows);
# a zip bomb reaches ~1000x.  Small parts may compress as they like: they cannot hurt.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_ABOVE = 16 * 1024**2
# A workbook has tens of parts (hundreds with many sheets and charts).
MAX_ZIP_ENTRIES = 10_000
# An OOXML prolog is one line; a DOCTYPE would have to come before the root element.
XML_PROLOG_PEEK = 64 * 1024
XML_SUFFIXES = (".xml", ".rels", ".vml")


def check_text_file(path: Path) -> None:
    """Refuse a delimited text file that would not fit in memory, before reading a byte of it."""
    size = path.stat().st_size
    memory.ensure_fits(size * CSV_BYTES_FACTOR, size=size)


def check_width(columns: int) -> None:
    """Refuse a table wider than :data:`MAX_COLUMNS` before a frame is built for it."""
    if columns > MAX_COLUMNS:
        raise FileTooLargeError(f"The file has {columns} columns; a customer list has at most {MAX_COLUMNS}.",
                                reason="columns", columns=columns, limit=MAX_COLUMNS)


def check_workbook_file(path: Path) -> None:
    """Refuse a workbook that is encrypted, damaged, a zip bomb, hostile XML or too large.

    Dispatches on the first bytes: a zip (xlsx, xlsm, ods) has its central directory and XML
    prologs checked; an OLE container (xls, encrypted xlsx) its directory, every sector chain
    (see :mod:`.cfb`), the counts calamine trusts in its records (see :mod:`.xls_extent`) and
    its size.
    """
    with path.open("rb") as fh:
        magic = fh.read(8)
        if magic.startswith(OLE_SIGNATURE):
            try:
                container = Container(fh)
                if is_encrypted_ooxml({entry.name for entry in container.entries}):
                    raise PasswordProtectedError("The workbook is password-protected.", reason="password")
                container.check_chains()
                check_xls_records(container)
            except CfbError as exc:
                raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from exc
            size = path.stat().st_size
            memory.ensure_fits(size * XLS_BYTES_FACTOR, size=size)
            return
    if magic.startswith(ZIP_SIGNATURE):
        check_zip_package(path)


def check_zip_package(path: Path) -> None:
    """Check a zip-based workbook from its central directory and XML prologs, unread.

    Raises :class:`DamagedFileError` for a zip that cannot be opened, :class:`NotASpreadsheetError`
    for a zip that holds no workbook, :class:`UnsafeFileError` for a zip bomb or a part that
    declares a DTD, :class:`FileTooLargeError` for a workbook that would not fit in memory.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_directory(infos)
            _check_xml_prologs(zf, infos)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise DamagedFileError("The workbook is damaged and cannot be read.", reason=str(exc)) from exc


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UnsafeFileError(f"The file holds {len(infos)} parts; a workbook has far fewer.",
                              reason="zip_entries", entries=len(infos))
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names and "content.xml" not in names:
        raise NotASpreadsheetError("The file is a zip archive, not a workbook.", reason="zip_not_workbook")
    for info in infos:
        if info.file_size > RATIO_CHECKED_ABOVE and \
                info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise UnsafeFileError(
                f"Part {info.filename} would inflate {ratio} times; the file looks like a zip bomb.",
                reason="compression_ratio", part=info.filename, ratio=ratio)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_TOTAL:
        raise FileTooLargeError(
            f"The workbook inflates to {total // 1024**2} MiB; at most {MAX_UNCOMPRESSED_TOTAL // 1024**2} MiB "
            "is read.", reason="uncompressed_size", size=total, limit=MAX_UNCOMPRESSED_TOTAL)
    xml_total = sum(info.file_size for info in infos if info.filename.lower().endswith(XML_SUFFIXES))
    memory.ensure_fits(xml_total * XML_BYTES_FACTOR, size=xml_total)


def _check_xml_prologs(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if not info.filename.lower().endswith(XML_SUFFIXES):
            continue
        if info.flag_bits & 0x1:
            raise NotASpreadsheetError("The zip archive is encrypted; it is not a workbook.",
                                       reason="zip_encrypted")
        with zf.open(info) as part:
            head = part.read(XML_PROLOG_PEEK)
        if declares_dtd(head, complete=len(head) < XML_PROLOG_PEEK):
            raise UnsafeFileError(f"Part {info.filename} declares XML entities; workbooks never do.",
                                  reason="xml_doctype", part=info.filename)


def declares_dtd(head: bytes, *, complete: bool) -> bool:
    """Whether an XML document's prolog (``head`` = its first bytes) holds a DOCTYPE.

    The prolog is everything before the root element's ``<``.  The Open Packaging
    Conventions forbid DTDs and tell readers to treat one as an error, because of entity
    expansion (ECMA-376 Part 2, "XML Usage", rule M1.18); LibreOffice writes none in ODS
    either.  So any DOCTYPE is hostile, and so is a prolog longer than the peek:
    ``complete`` says whether ``head`` is the whole part.
    """
    start = 0
    for encoding in ("utf-16-le", "utf-16-be"):      # a UTF-16 part: compare in its own bytes
        bom = "\ufeff".encode(encoding)
        if head.startswith(bom) or head[:2] == "<".encode(encoding):
            text = head.decode(encoding, errors="replace")
            return declares_dtd(text.encode("utf-8"), complete=complete)
    while True:
        lt = head.find(b"<", start)
        if lt < 0:
            return not complete and bool(head.strip())
        if head.startswith((b"<?", b"<!--"), lt):
            end = head.find(b"?>" if head[lt + 1:lt + 2] == b"?" else b"-->", lt + 2)
            if end < 0:
                return not complete
            start = end + 2
            continue
        return head.startswith(b"<!", lt)             # <!DOCTYPE, <!ENTITY, <![CDATA[ before the root
