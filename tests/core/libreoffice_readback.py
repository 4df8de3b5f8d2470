"""Reading exported files back with LibreOffice headless, as a user's spreadsheet program would.

Tests that need it call :func:`soffice_or_skip`: without ``soffice`` they skip with the reason,
except in CI (``CI=true``), where LibreOffice is part of the set-up (.ci/setup) and its absence
is a failure.
"""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

# CSV import: ';' or ',' separator, '"' quotes, UTF-8, from line 1, standard column types, en-US,
# quoted fields not forced to text, no special-number detection, and — the worst case, as Excel
# does — formulas evaluated (token 13), so a cell that would run as a formula shows it.
_CSV_IN = "CSV:{sep},34,76,1,,1033,false,false,false,false,false,-1,true"
# CSV export: ',' separator, '"' quotes, UTF-8, every sheet to its own file (token 12 = -1).
_CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1'


def soffice_or_skip() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("LibreOffice (soffice) is missing in CI: .ci/setup installs libreoffice-calc-nogui")
    pytest.skip("LibreOffice (soffice) is not installed: the read-back through a spreadsheet program is not checked")


def convert_to_csv(files: list[Path], out_dir: Path, *, csv_separator: str = ";") -> None:
    """Convert ``files`` (xlsx or CSV) to UTF-8 comma CSVs in ``out_dir``, one per sheet
    (``<stem>-<sheet>.csv``); a private profile, so parallel runs do not share a lock."""
    soffice = soffice_or_skip()
    profile = out_dir / "lo-profile"
    command = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore"]
    if files[0].suffix == ".csv":
        command.append(f"--infilter={_CSV_IN.format(sep=ord(csv_separator))}")
    command += ["--convert-to", _CSV_OUT, "--outdir", str(out_dir), *map(str, files)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))
