"""Checking an OLE / Compound File Binary container ([MS-CFB]) before calamine reads it.

Two questions, answered from the container's header, allocation tables and directory
without reading any stream's data:

* Is it an encrypted Office document?  Its CFB holds ``EncryptionInfo`` and
  ``EncryptedPackage`` streams ([MS-OFFCRYPTO] 2.3.4), where a legacy ``.xls`` holds
  ``Workbook`` or ``Book``.
* Is every sector chain sound?  calamine follows a stream's chain and keeps what it finds:
  a 5.6 KB ``.xls`` whose allocation table links a sector to itself made it take all
  23 GB of a test machine within 36 seconds (measured).  Here every chain must end within
  the file's own number of sectors, and be long enough for the size its stream declares.

Every step is bounded by the file's size, so a damaged or hostile container ends in
:class:`CfbError`, never in a loop.  Encryption is told from the directory alone, before the
chains are checked: some encrypting tools write small packages with inconsistent chains.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_OOXML_STREAMS = frozenset({"EncryptionInfo", "EncryptedPackage"})

_HEADER_SIZE = 512
_DIFAT_IN_HEADER = 109
_ENTRY_SIZE = 128
_MINI_SECTOR_SIZE = 64
_MAX_REGULAR_SECTOR = 0xFFFFFFFA      # above are ENDOFCHAIN, FREESECT, FATSECT, DIFSECT …
_ENDOFCHAIN = 0xFFFFFFFE
_STORAGE, _STREAM, _ROOT = 1, 2, 5


class CfbError(ValueError):
    """The container's header, allocation tables, directory or a chain is not valid."""


@dataclass
class Entry:
    """One directory entry: a storage, a stream or the root (which holds the mini stream)."""

    name: str
    kind: int
    start: int
    size: int


def stream_names(fh: BinaryIO) -> set[str]:
    """Names of all storages and streams (raises :class:`CfbError` for a broken directory)."""
    return {entry.name for entry in Container(fh).entries}


def is_encrypted_ooxml(names: set[str]) -> bool:
    """True when a container holding ``names`` is an Office document encrypted with a password."""
    return ENCRYPTED_OOXML_STREAMS <= names


class Container:
    """The header, allocation table and directory of the container read from ``fh`` (seekable).

    Reading the directory follows only its own chain; :meth:`check_chains` follows all others.
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        fh.seek(0, 2)
        file_size = fh.tell()
        fh.seek(0)
        header = fh.read(_HEADER_SIZE)
        if len(header) < _HEADER_SIZE or not header.startswith(SIGNATURE):
            raise CfbError("not a compound file")
        self.major, shift, mini_shift = struct.unpack_from("<H2xHH", header, 0x1A)
        if (self.major, shift) not in ((3, 9), (4, 12)) or mini_shift != 6:
            raise CfbError(f"version {self.major} with sector shift {shift}")
        self.sector_size = 1 << shift
        self.n_sectors = max(0, file_size // self.sector_size - 1)
        (n_fat, first_dir, self.cutoff, self.first_minifat, self.n_minifat,
         first_difat, n_difat) = struct.unpack_from("<II4xIIIII", header, 0x2C)
        self.fat = _read_fat(header, self.read_sector, n_fat=n_fat, first_difat=first_difat, n_difat=n_difat,
                             n_sectors=self.n_sectors, sector_size=self.sector_size)
        self.entries = self._directory(first_dir)
        self._minifat_cache: list[int] | None = None

    def read_sector(self, index: int) -> bytes:
        if index > _MAX_REGULAR_SECTOR or index >= self.n_sectors:
            raise CfbError(f"sector {index} outside the file")
        self._fh.seek((index + 1) * self.sector_size)
        data = self._fh.read(self.sector_size)
        if len(data) < self.sector_size:
            raise CfbError("file cut short")
        return data

    def _directory(self, first_dir: int) -> list[Entry]:
        entries = []
        for sector in _chain(first_dir, self.fat, self.n_sectors):
            block = self.read_sector(sector)
            for offset in range(0, self.sector_size, _ENTRY_SIZE):
                length, kind = struct.unpack_from("<HB", block, offset + 0x40)
                start, size = struct.unpack_from("<IQ", block, offset + 0x74)
                if kind in (_STORAGE, _STREAM, _ROOT) and 2 <= length <= 64:
                    name = block[offset:offset + length - 2].decode("utf-16-le", errors="replace")
                    entries.append(Entry(name, kind, start, size & 0xFFFFFFFF if self.major == 3 else size))
        return entries

    def check_chains(self) -> None:
        """Raise :class:`CfbError` unless every stream's chain ends inside the file and is as long
        as the stream says (what calamine needs in order not to loop)."""
        for entry in self.entries:
            if entry.kind == _STREAM and entry.size and len(self._sectors(entry)) * self._unit(entry) < entry.size:
                raise CfbError(f"stream {entry.name!r} is shorter than it says")

    def read_stream(self, name: str) -> bytes | None:
        """The data of the stream called ``name`` (None when there is none); chains checked."""
        entry = next((e for e in self.entries if e.kind == _STREAM and e.name == name), None)
        if entry is None:
            return None
        if entry.size < self.cutoff:
            mini = self._mini_stream()
            data = b"".join(mini[s * _MINI_SECTOR_SIZE:(s + 1) * _MINI_SECTOR_SIZE] for s in self._sectors(entry))
        else:
            data = b"".join(self.read_sector(s) for s in self._sectors(entry))
        if len(data) < entry.size:
            raise CfbError(f"stream {entry.name!r} is shorter than it says")
        return data[:entry.size]

    def _unit(self, entry: Entry) -> int:
        return _MINI_SECTOR_SIZE if entry.size < self.cutoff else self.sector_size

    def _sectors(self, entry: Entry) -> list[int]:
        if entry.size >= self.cutoff:
            return _chain(entry.start, self.fat, self.n_sectors)
        root = self._root()
        return _chain(entry.start, self._minifat(), -(-root.size // _MINI_SECTOR_SIZE))

    def _root(self) -> Entry:
        root = next((e for e in self.entries if e.kind == _ROOT), None)
        if root is None:
            raise CfbError("no root entry")
        return root

    def _minifat(self) -> list[int]:
        if self._minifat_cache is None:
            table: list[int] = []
            for sector in _chain(self.first_minifat, self.fat, self.n_sectors)[:self.n_minifat]:
                table.extend(struct.unpack(f"<{self.sector_size // 4}I", self.read_sector(sector)))
            self._minifat_cache = table
        return self._minifat_cache

    def _mini_stream(self) -> bytes:
        root = self._root()
        data = b"".join(self.read_sector(s) for s in _chain(root.start, self.fat, self.n_sectors))
        if len(data) < root.size:
            raise CfbError("the mini stream is shorter than it says")
        return data[:root.size]


def _chain(start: int, table: list[int], limit: int) -> list[int]:
    """Sector numbers from ``start`` to ENDOFCHAIN; a loop or a sector past ``limit`` is an error."""
    sectors: list[int] = []
    while start != _ENDOFCHAIN:
        if start >= min(len(table), limit) or len(sectors) >= limit:
            raise CfbError("a sector chain loops or leaves the file")
        sectors.append(start)
        start = table[start]
    return sectors


def _read_fat(header: bytes, read_sector, *, n_fat: int, first_difat: int, n_difat: int,
              n_sectors: int, sector_size: int) -> list[int]:
    """The file allocation table, from the header's and the DIFAT sectors' lists of FAT sectors."""
    if n_fat > n_sectors:
        raise CfbError("more allocation sectors than the file holds")
    fat_sectors = list(struct.unpack_from(f"<{_DIFAT_IN_HEADER}I", header, 0x4C))
    next_difat, seen = first_difat, 0
    per = sector_size // 4 - 1
    while len(fat_sectors) < n_fat and next_difat <= _MAX_REGULAR_SECTOR:
        seen += 1
        if seen > n_difat or seen > n_sectors:
            raise CfbError("DIFAT chain loops")
        block = read_sector(next_difat)
        fat_sectors.extend(struct.unpack_from(f"<{per}I", block))
        next_difat = struct.unpack_from("<I", block, per * 4)[0]
    fat: list[int] = []
    for index in fat_sectors[:n_fat]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", read_sector(index)))
    return fat
