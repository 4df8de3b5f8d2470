"""One table column as typed bytes, and back: the compact column storage of format 2.

Numbers are float64 (whole-number arrays the app derives, int64), dates int64 nanoseconds (NaT is the int64 minimum, as numpy keeps it),
yes/no values int8 (-1 missing), text int32 codes into a list of distinct values (-1 missing).
Turning bytes back into a column is numpy work over whole arrays, never a Python loop per row.
Blobs larger than :data:`COMPRESS_MIN` are zlib-compressed (level 1) where that shrinks them to
:data:`KEEP_COMPRESSED` or less.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

COMPRESS_MIN = 1 << 16
# Compressed only where it shrinks a column to a quarter (dates, few distinct texts, yes/no): those
# decompress fast.  Amounts and identifiers shrink to about a third only, and decompressing them
# cost 2 s of a 6 s open at 1M customers / 10M orders (measured), so they stay as they are.
KEEP_COMPRESSED = 0.25
_SEP = "\x00"


@dataclass
class EncodedColumn:
    """A column's bytes: ``dtype`` says how to read ``data`` (and ``values``, a text column's distinct values)."""

    dtype: str            # float64 | int64 | datetime64 | bool8 | text
    rows: int
    data: bytes
    values: bytes | None = None
    codec: str = "raw"    # raw | zlib (for data; values are always zlib)


def encode_column(col: pd.Series, kind: str, *, codes: np.ndarray | None = None) -> EncodedColumn:
    """``col`` (as :func:`core.data.dataset.type_table` types it for ``kind``) as bytes.
    ``codes``: a text column's ``pd.factorize`` codes, when known (the Dataset's order codes are
    the order numbers'), so ten million values are not hashed a second time."""
    n = len(col)
    if kind == "int":
        return _packed("int64", n, col.to_numpy(dtype=np.int64).tobytes())
    if kind == "number":
        return _packed("float64", n, col.to_numpy(dtype=np.float64, na_value=np.nan).tobytes())
    if kind == "date":
        if str(col.dtype) != "datetime64[ns]":
            col = pd.to_datetime(col, errors="coerce").astype("datetime64[ns]")
        return _packed("datetime64", n, col.to_numpy().view(np.int64).tobytes())
    if kind == "boolean":
        flags = col.astype("boolean")
        missing = flags.isna().to_numpy()
        values = np.where(missing, -1, flags.fillna(False).to_numpy(dtype=bool)).astype(np.int8)
        return _packed("bool8", n, values.tobytes())
    return _encode_text(col, codes)


def _encode_text(col: pd.Series, codes: np.ndarray | None = None) -> EncodedColumn:
    first = None
    if codes is not None:   # each code's first row holds its value, where factorize numbered them so
        coded = np.flatnonzero(codes >= 0)
        first = np.full(int(codes.max()) + 1 if len(coded) else 0, -1, dtype=np.int64)
        first[codes[coded[::-1]]] = coded[::-1]
        if (first < 0).any() or (np.diff(first) <= 0).any():
            first = None    # not numbered by first appearance without gaps: hash the values after all
    if first is None:
        codes, uniques = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=True)
    else:
        uniques = col.to_numpy(dtype=object)[first]
    packed = _packed("text", len(col), codes.astype(np.int32).tobytes())
    del codes               # (ten million order numbers: each copy let go as soon as it is written)
    words = uniques if pd.api.types.infer_dtype(uniques) in ("string", "empty") else [str(u) for u in uniques]
    joined = _SEP.join(words)
    squeeze = zlib.compressobj(1)
    if joined.count(_SEP) != max(0, len(words) - 1):        # a value holds the separator itself
        packed.values = zlib.compress(b"J" + json.dumps(list(map(str, words)), ensure_ascii=False).encode("utf-8"), 1)
    else:     # the count first: an empty list and a list of one empty text join alike
        packed.values = squeeze.compress(b"N%d\n" % len(words)) + squeeze.compress(joined.encode("utf-8")) \
            + squeeze.flush()
    return packed


def _packed(dtype: str, rows: int, data: bytes) -> EncodedColumn:
    if len(data) >= COMPRESS_MIN:
        squeezed = zlib.compress(data, 1)
        if len(squeezed) < KEEP_COMPRESSED * len(data):
            return EncodedColumn(dtype, rows, squeezed, codec="zlib")
    return EncodedColumn(dtype, rows, data)


def decode_column(enc: EncodedColumn) -> pd.Series:
    """The column ``enc`` was made from (text as str/None objects, yes/no as pandas' boolean)."""
    raw = zlib.decompress(enc.data) if enc.codec == "zlib" else enc.data
    if enc.dtype == "int64":
        return pd.Series(_array(raw, np.int64, enc.rows))
    if enc.dtype == "float64":
        return pd.Series(_array(raw, np.float64, enc.rows), dtype="float64")
    if enc.dtype == "datetime64":
        return pd.Series(_array(raw, np.int64, enc.rows).view("datetime64[ns]"))
    if enc.dtype == "bool8":
        values = _array(raw, np.int8, enc.rows)
        return pd.Series(pd.arrays.BooleanArray(values == 1, values < 0))
    if enc.dtype == "text":
        codes = _array(raw, np.int32, enc.rows, writable=False)      # only read, to index the values
        words = _words(zlib.decompress(enc.values or b""))
        lookup = np.empty(len(words) + 1, dtype=object)
        lookup[: len(words)] = words
        lookup[-1] = None                 # code -1 (missing) reads the last slot
        return pd.Series(lookup[codes], dtype=object)
    raise ValueError(f"unknown column type {enc.dtype!r}")


def _words(listed: bytes) -> list[str]:
    if listed[:1] == b"J":
        return json.loads(listed[1:].decode("utf-8"))
    count, _, joined = listed[1:].partition(b"\n")
    return joined.decode("utf-8").split(_SEP) if int(count) else []


def _array(raw: bytes, dtype: type, rows: int, *, writable: bool = True) -> np.ndarray:
    arr = np.frombuffer(raw, dtype=dtype)
    if len(arr) != rows:
        raise ValueError(f"column holds {len(arr)} values, expected {rows}")
    return arr.copy() if writable else arr     # a copy is writable and independent of the blob's buffer
