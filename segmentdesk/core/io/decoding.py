"""Bytes of a delimited text file → text: encodings, mixed encodings, and binaries refused."""
from __future__ import annotations

import codecs

import numpy as np

from ..errors import NotASpreadsheetError

# Bytes that text files do not hold: C0 controls other than tab, LF, VT, FF, CR (and SUB,
# which old DOS tools put at the end of a file).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
BINARY_SAMPLE = 64 * 1024
BINARY_CONTROL_SHARE = 0.01      # cp1252 and UTF-8 text has none; 1% tolerates a stray byte or two

# Formats users mistake for a customer list, by their first bytes.
_SIGNATURES = {
    b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"GIF8": "gif", b"%PDF-": "pdf",
    b"\x7fELF": "executable", b"MZ": "executable", b"\x1f\x8b": "gzip", b"7z\xbc\xaf": "7z",
    b"Rar!": "rar",
}

# A UTF-8 multi-byte sequence: evidence that a file that is not all UTF-8 is partly UTF-8.
# cp1252 text forms one only by chance ("Ä" before "–"), so the evidence must be more than
# one sequence per MIXED_MIN_SHARE⁻¹ stray bytes before a file is read as mixed.
MIXED_MIN_SHARE = 0.01
# Bytes looked at in one NumPy call when telling a mixed file (see _mostly_utf8).
SNIFF_BLOCK = 1 << 22


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode handler: bytes that are not UTF-8 are read as cp1252 (Latin-1 where cp1252 has a gap)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(_legacy_char(b) for b in bad), error.end


def _legacy_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


MIXED_ERRORS = "segmentdesk.utf8-or-cp1252"
codecs.register_error(MIXED_ERRORS, _cp1252_fallback)


ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "iso-8859-15", "utf-16")   # offered when detection is wrong


def decode_text(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes; returns (text, encoding name).

    A given ``encoding`` is used as it is (bytes it cannot decode become U+FFFD), after
    the binary check.  Otherwise:

    A BOM decides; otherwise UTF-8 if the whole file is valid UTF-8.  A file that is UTF-8
    in places and cp1252 in others (rows pasted from two sources) is read as UTF-8 with each
    invalid byte read as cp1252, named ``"utf-8+cp1252"``: no text valid in either is lost.
    A file without any UTF-8 sequence is cp1252 (Finnish Excel's "CSV (semicolon
    separated)"), whose few undefined bytes fall back to ISO-8859-15 meaning.
    Raises :class:`NotASpreadsheetError` (reason ``"binary"``) for a file that is not text.
    """
    if encoding is not None:
        kind = binary_kind(data[:BINARY_SAMPLE]) if not encoding.startswith("utf-16") else None
        if kind:
            raise NotASpreadsheetError("The file is binary, not text or a spreadsheet.", reason="binary", kind=kind)
        if encoding == "utf-8-sig" or (encoding == "utf-8" and data.startswith(b"\xef\xbb\xbf")):
            return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace"), encoding
        return data.decode(encoding, errors="replace"), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    kind = binary_kind(data[:BINARY_SAMPLE])
    if kind:
        raise NotASpreadsheetError("The file is binary, not text or a spreadsheet.", reason="binary", kind=kind)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=MIXED_ERRORS), "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("iso-8859-15"), "iso-8859-15"


def stream_codec(encoding: str, *, bom: bool) -> tuple[str, str]:
    """The codec and error handler that decode a file piece by piece exactly as
    :func:`decode_text` decoded it whole into ``encoding`` (the name it returned); ``bom``:
    the file's bytes begin with UTF-8's byte order mark (which decode_text drops)."""
    if encoding == "utf-8+cp1252":
        return "utf-8", MIXED_ERRORS
    if encoding == "utf-8" and bom:
        return "utf-8-sig", "replace"
    # Detected encodings decoded without an error, so "replace" changes nothing there.
    return encoding, "replace"


def _mostly_utf8(data: bytes) -> bool:
    """Whether enough of the file's non-ASCII bytes form UTF-8 sequences to read it as mixed.

    Only the non-ASCII bytes are looked at (numpy, no Python loop): a lead byte followed by
    a continuation byte is a sequence; the rest are stray bytes of a legacy encoding.  Counted
    a block at a time: a whole 50 MB file in one ``flatnonzero`` holds the interpreter lock for
    about 0.1 s, which the window's thread waits out while the import wizard reads in a worker.
    """
    raw = np.frombuffer(data, dtype=np.uint8)
    high_bytes = sequences = 0
    for start in range(0, len(raw), SNIFF_BLOCK):
        block = raw[start:start + SNIFF_BLOCK + 1]          # and the next block's first byte
        high = np.flatnonzero(block[:SNIFF_BLOCK] >= 0x80)
        high_bytes += len(high)
        lead = high[(block[high] >= 0xC2) & (block[high] <= 0xF4) & (high + 1 < len(block))]
        sequences += int(((block[lead + 1] & 0xC0) == 0x80).sum())
    if high_bytes == 0:
        return False
    # A two-byte sequence accounts for two high bytes; longer ones are rarer in shop data.
    stray = max(0, high_bytes - 2 * sequences)
    return sequences > 0 and sequences >= MIXED_MIN_SHARE * stray


def binary_kind(sample: bytes) -> str | None:
    """What binary format ``sample`` (a file's first bytes) looks like, or None for text."""
    for signature, kind in _SIGNATURES.items():
        if sample.startswith(signature) and (kind != "executable" or b"\x00" in sample):
            return kind
    if b"\x00" in sample[:4096]:
        return "binary"
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls and controls >= BINARY_CONTROL_SHARE * len(sample):
        return "binary"
    return None
