"""Names in an OLE / Compound File Binary container ([MS-CFB]), read from its directory only.

Enough to tell an encrypted Office file (whose CFB holds ``EncryptionInfo`` and
``EncryptedPackage`` streams, [MS-OFFCRYPTO] 2.3.4) from a legacy ``.xls`` (``Workbook``
or ``Book``) without reading any stream's data.  Every step is bounded by the file's own
size, so a damaged or hostile container ends in :class:`CfbError`, never in a loop.
"""
from __future__ import annotations

import struct
from typing import BinaryIO

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_OOXML_STREAMS = frozenset({"EncryptionInfo", "EncryptedPackage"})

_HEADER_SIZE = 512
_DIFAT_IN_HEADER = 109
_ENTRY_SIZE = 128
_MAX_REGULAR_SECTOR = 0xFFFFFFFA      # above are ENDOFCHAIN, FREESECT, FATSECT, DIFSECT …
_ENDOFCHAIN = 0xFFFFFFFE


class CfbError(ValueError):
    """The container's header, allocation table or directory is not valid."""


def stream_names(fh: BinaryIO) -> set[str]:
    """Names of all storages and streams in the container read from ``fh`` (seekable)."""
    fh.seek(0, 2)
    file_size = fh.tell()
    fh.seek(0)
    header = fh.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE or not header.startswith(SIGNATURE):
        raise CfbError("not a compound file")
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):
        raise CfbError(f"sector shift {shift}")
    sector_size = 1 << shift
    n_sectors = max(0, file_size // sector_size - 1)
    n_fat, first_dir, first_difat, n_difat = struct.unpack_from("<II16xII", header, 0x2C)

    def read_sector(index: int) -> bytes:
        if index > _MAX_REGULAR_SECTOR or index >= n_sectors:
            raise CfbError(f"sector {index} outside the file")
        fh.seek((index + 1) * sector_size)
        data = fh.read(sector_size)
        if len(data) < sector_size:
            raise CfbError("file cut short")
        return data

    if n_fat > n_sectors:
        raise CfbError("more allocation sectors than the file holds")
    fat_sectors = list(struct.unpack_from(f"<{_DIFAT_IN_HEADER}I", header, 0x4C))
    next_difat, seen = first_difat, 0
    while len(fat_sectors) < n_fat and next_difat <= _MAX_REGULAR_SECTOR:
        seen += 1
        if seen > n_difat or seen > n_sectors:
            raise CfbError("DIFAT chain loops")
        block = read_sector(next_difat)
        per = sector_size // 4 - 1
        fat_sectors.extend(struct.unpack_from(f"<{per}I", block))
        next_difat = struct.unpack_from("<I", block, per * 4)[0]
    fat: list[int] = []
    for index in fat_sectors[:n_fat]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(index)))

    names: set[str] = set()
    sector, visited = first_dir, 0
    while sector != _ENDOFCHAIN:
        visited += 1
        if visited > n_sectors or sector >= len(fat):
            raise CfbError("directory chain is broken")
        block = read_sector(sector)
        for offset in range(0, sector_size, _ENTRY_SIZE):
            length, kind = struct.unpack_from("<HB", block, offset + 0x40)
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.add(block[offset:offset + length - 2].decode("utf-16-le", errors="replace"))
        sector = fat[sector]
    return names


def is_encrypted_ooxml(fh: BinaryIO) -> bool:
    """True when the container is an Office document encrypted with a password."""
    try:
        return ENCRYPTED_OOXML_STREAMS <= stream_names(fh)
    except (CfbError, struct.error, OSError):
        return False
