"""Where a CSV export's files go, and writing them so that a failure leaves no half file.

One file per segment.  ``--out`` naming a ``.csv`` file with one segment is that file; with
several segments the files go beside it as ``<stem>-<segment>.csv``.  Any other ``--out``
is a folder (created if missing) holding ``<segment>.csv`` per segment.  Segment names are
made safe for Windows, macOS and Linux file systems and unique without case.
"""
from __future__ import annotations

import csv
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable

from ..errors import ExportError
from ..unique_names import numbered_unique

STEM_MAX = 100
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
# Names that say "a spreadsheet file", not "a folder": a CSV export there is a mistake, not a folder.
NOT_A_FOLDER = (".xlsx", ".xlsm", ".xls", ".ods", ".segdesk", ".json", ".txt")
TEMP_PREFIX = ".segmentdesk-"


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
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        if len(names) == 1:
            return [out]
        return [out.with_name(f"{out.stem}-{stem}.csv") for stem in file_stems(names)]
    if suffix in NOT_A_FOLDER:
        raise ExportError(f"{out.name} is not a CSV file name; give a .csv file or a folder.",
                          reason="out_suffix", path=str(out))
    return [out / f"{stem}.csv" for stem in file_stems(names)]


def make_folders(paths: Iterable[Path]) -> None:
    """Create the folders the files go to; a bad destination fails before anything is written."""
    for folder in sorted({p.parent for p in paths}):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"Cannot write {folder}: {exc.strerror or exc}", reason="os",
                              path=str(folder)) from exc


class StagedCsvFiles:
    """CSV files written beside their targets and moved into place together by :meth:`commit`.

    Leaving the ``with`` block without a commit (an error, a cancel) removes every staged file, so
    an export that fails while its rows are built or written leaves no file at all; each move in
    :meth:`commit` is atomic, so no target is ever half written.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[str, Path]] = []

    def __enter__(self) -> StagedCsvFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def write(self, path: Path, rows: Iterable[list[str]], *, delimiter: str, bom: bool) -> None:
        """Stage ``rows`` (header first) for ``path``: UTF-8 (with a BOM if asked), CRLF line ends."""
        try:
            fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".csv", dir=path.parent)
        except OSError as exc:
            raise ExportError(f"Cannot write {path}: {exc.strerror or exc}", reason="os", path=str(path)) from exc
        self._staged.append((tmp, path))
        try:
            with open(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
                csv.writer(f, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        except OSError as exc:
            raise ExportError(f"Cannot write {path}: {exc.strerror or exc}", reason="os", path=str(path)) from exc

    def commit(self) -> None:
        """Move every staged file onto its target (``os.replace``, atomic per file)."""
        while self._staged:
            tmp, path = self._staged[0]
            try:
                os.replace(tmp, path)
            except PermissionError as exc:
                raise ExportError(f"Cannot write {path}: is it open in Excel?", reason="locked",
                                  path=str(path)) from exc
            except OSError as exc:
                raise ExportError(f"Cannot write {path}: {exc.strerror or exc}", reason="os",
                                  path=str(path)) from exc
            self._staged.pop(0)

    def discard(self) -> None:
        for tmp, _path in self._staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self._staged.clear()
