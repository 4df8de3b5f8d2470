"""Where a CSV export's files go.

One file per segment.  ``--out`` naming a ``.csv`` file with one segment is that file; with
several segments the files go beside it as ``<stem>-<segment>.csv``.  Any other ``--out``
is a folder (created if missing) holding ``<segment>.csv`` per segment.  Segment names are
made safe for Windows, macOS and Linux file systems and unique without case.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ExportError
from ..unique_names import numbered_unique

STEM_MAX = 100
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
# Names that say "a spreadsheet file", not "a folder": a CSV export there is a mistake, not a folder.
NOT_A_FOLDER = (".xlsx", ".xlsm", ".xls", ".ods", ".segdesk", ".json", ".txt")


def file_stems(names: list[str]) -> list[str]:
    """File-system-safe, case-insensitively unique stems for segment names, in order."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = _UNSAFE.sub("_", name).strip().strip(".").strip()[:STEM_MAX].rstrip(". ") or "segment"
        if base.split(".")[0].casefold() in _RESERVED:
            base = "_" + base
        out.append(numbered_unique(base, taken))
    return out


def csv_paths(out: str | Path, names: list[str]) -> list[Path]:
    """The file for each segment name (see the module's docstring for the rule)."""
    return file_paths(out, names, suffix=".csv")


def file_paths(out: str | Path, names: list[str], *, suffix: str) -> list[Path]:
    """One file per segment name: ``out`` ending in ``suffix`` is that file for one segment and
    ``<stem>-<segment><suffix>`` beside it for several; any other ``out`` is a folder of
    ``<segment><suffix>`` (another spreadsheet-like name is refused)."""
    out = Path(out)
    given = out.suffix.lower()
    if given == suffix:
        if len(names) == 1:
            return [out]
        return [out.with_name(f"{out.stem}-{stem}{suffix}") for stem in file_stems(names)]
    if given in NOT_A_FOLDER or given == ".csv":
        raise ExportError(f"{out.name} is not a {suffix} file name; give a {suffix} file or a folder.",
                          reason="out_suffix", path=str(out))
    return [out / f"{stem}{suffix}" for stem in file_stems(names)]
