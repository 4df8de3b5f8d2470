"""Yes/No columns read together as one tags field, ``flags``.

Shops often keep interests as one column each ("Jooga", "Juoksu", "Pyöräily"), ticked
Kyllä/Ei, 1/0 or x/blank.  The ``flags`` field gathers the customer file's unmapped
yes/no columns: a customer's tags are the headers of the columns that say yes for them,
so "has any of Jooga, Juoksu" reads as on any other tags field, case ignored.

The values are text like ``"Jooga; Pyöräily"`` (None where no column says yes), built once
per distinct combination of answers rather than once per customer, so the Dataset's tag
index, pick lists and exports treat ``flags`` exactly as they treat ``interests``.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .dataset import MISSING_FLAG, Dataset, Table

FLAGS_FIELD = "flags"
MIN_FLAG_COLUMNS = 2        # one yes/no column is simply that column: ``column:<header>`` tests it
_SEPARATORS = re.compile(r"\s*[;,|]\s*")
_BITS = 63                  # columns per integer key when finding the distinct combinations


def flag_tag(header: str) -> str:
    """The tag a column gives: its header trimmed, with tag separators (``;`` ``,`` ``|``) as ``/``.

    Tags are split on those separators, so ``"Jooga, pilates"`` becomes the one tag
    ``"Jooga/pilates"`` instead of two.
    """
    return _SEPARATORS.sub("/", str(header).strip()).strip("/ ")


def flag_columns(table: Table) -> list[str]:
    """Headers of the columns ``flags`` gathers: typed yes/no, not mapped to a role, in file order.

    A mapped yes/no column (marketing consent) has its own field and is left out, and so is
    the app's own re-import flag: it says where a customer came from, not what they like.
    """
    mapped = set(table.roles.values()) | {MISSING_FLAG}
    return [h for h in table.frame.columns
            if h not in mapped and table.kinds.get(h) == "boolean" and flag_tag(h)]


def has_flag_tags(ds: Dataset) -> bool:
    """Whether the dataset offers ``flags``: at least two unmapped yes/no columns."""
    return len(flag_columns(ds.customers)) >= MIN_FLAG_COLUMNS


def flag_tags(ds: Dataset) -> pd.Series:
    """Per customer (position-indexed), the tags of the yes/no columns that say yes, joined by
    ``"; "`` in file order; None where none does (a missing answer counts as no).

    Built once per dataset and kept by its index (made again should its customers be replaced).
    Headers that differ only in case or spaces give one tag.
    """
    frame = ds.customers.frame
    built = ds.index.built("flag_tags", lambda: (frame, _joined_tags(frame, flag_columns(ds.customers), len(ds))),
                           fresh=lambda kept: kept[0] is frame)
    return built[1]


def _joined_tags(frame: pd.DataFrame, headers: list[str], n: int) -> pd.Series:
    tags: list[str] = []
    bit_of: dict[str, int] = {}
    column_bits: list[tuple[str, int]] = []
    for header in headers:
        tag = flag_tag(header)
        bit = bit_of.setdefault(tag.casefold(), len(tags))
        if bit == len(tags):
            tags.append(tag)
        column_bits.append((header, bit))
    if not tags:
        return pd.Series(np.full(n, None, dtype=object), dtype=object)
    ticked = np.zeros((n, len(tags)), dtype=bool)
    for header, bit in column_bits:
        ticked[:, bit] |= frame[header].fillna(False).to_numpy(dtype=bool)
    codes, patterns = _distinct_rows(ticked)
    texts = np.array(["; ".join(tags[i] for i in np.flatnonzero(row)) or None for row in patterns], dtype=object)
    return pd.Series(texts[codes], dtype=object)


def _distinct_rows(ticked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, patterns)``: the distinct rows of a customers × tags matrix and each row's code.

    Each block of up to 63 columns becomes one integer per row; blocks are factorised in
    turn and their codes combined, so no Python code runs per customer.
    """
    n, width = ticked.shape
    codes = np.zeros(n, dtype=np.int64)
    for start in range(0, width, _BITS):
        block = ticked[:, start:start + _BITS]
        weights = np.left_shift(np.uint64(1), np.arange(block.shape[1], dtype=np.uint64))
        keys = np.zeros(n, dtype=np.uint64)
        for j in range(block.shape[1]):
            keys |= block[:, j].astype(np.uint64) * weights[j]
        block_codes, block_keys = pd.factorize(keys)
        codes, _ = pd.factorize(codes * len(block_keys) + block_codes)
    # Codes number the combinations in order of first appearance: the running maximum rises
    # exactly at each combination's first row.
    first = np.flatnonzero(np.diff(np.maximum.accumulate(codes), prepend=-1) > 0)
    return codes, ticked[first]
