"""How a snapshot's members are stored: the stable customer keys once per snapshot, a bit per key per segment.

``snapshots.keys`` is the zlib-compressed JSON list of the keys (the values of ``key_role``,
the customer number or else the email, as text); ``snapshot_segments.members`` is
``numpy.packbits`` of one flag per key, in the keys' order.  Erasing a person drops their key
and their bit from every snapshot (:func:`without_keys`); the figures stay as they were taken.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence

import numpy as np


def encode_keys(keys: Sequence[str]) -> bytes:
    return zlib.compress(json.dumps([str(k) for k in keys], ensure_ascii=False).encode("utf-8"), 1)


def decode_keys(blob: bytes) -> list[str]:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


def encode_members(flags: np.ndarray) -> bytes:
    return np.packbits(np.asarray(flags, dtype=bool)).tobytes()


def decode_members(blob: bytes, count: int) -> np.ndarray:
    return np.unpackbits(np.frombuffer(blob, dtype=np.uint8), count=count).astype(bool)


def key_form(key: object) -> str:
    """Keys compare as trimmed, case-folded text."""
    return str(key).strip().casefold()


def without_keys(keys_blob: bytes, member_blobs: Sequence[bytes],
                 drop: Iterable[str]) -> tuple[bytes, list[bytes], int] | None:
    """The snapshot with the keys in ``drop`` (compared by :func:`key_form`) taken out; None if it holds none."""
    keys = decode_keys(keys_blob)
    gone = {key_form(k) for k in drop}
    keep = np.array([key_form(k) not in gone for k in keys], dtype=bool)
    if keep.all():
        return None
    kept_keys = [k for k, flag in zip(keys, keep) if flag]
    members = [encode_members(decode_members(b, len(keys))[keep]) for b in member_blobs]
    return encode_keys(kept_keys), members, int((~keep).sum())
