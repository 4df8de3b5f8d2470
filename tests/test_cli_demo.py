"""``segmentdesk-cli export … --demo``: in every format the CLI offers (and Mailchimp's combined file), with every
personal column asked for, no original name, email, phone or street address (nor the SHA-256 of one; case and
accents ignored) in the files written — a notes column naming other customers included; the same rows as without; the project's
secret kept, so a second run writes the same pseudonyms and another project other ones."""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.export.export_job import EXPORT_FORMATS
from segmentdesk.core.project.store import load_project

CUSTOMERS = Path(__file__).resolve().parent / "data" / "demo_customers.csv"
EVERYONE = {"format": "segmentdesk.segment/1", "name": "Kaikki", "rule": {"all": []}}
LISTED = {"format": "segmentdesk.segment/1", "name": "Listatut",
          "rule": {"all": [{"field": "email", "op": "in", "value": ["aino.makela@kotiposti.fi"]}]}}
PERSONAL = ("Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Katuosoite", "Yhteyshenkilö")
ALL_COLUMNS = "email,first_name,last_name,phone,column:Katuosoite,column:Yhteyshenkilö,column:Muistiinpanot,city"


def _originals() -> list[str]:
    with CUSTOMERS.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    texts = {row[c] for row in rows for c in PERSONAL if row[c]}
    texts |= {row["Sähköposti"].lower() for row in rows if row["Sähköposti"]}
    for row in rows:
        if row["Puhelin"]:
            digits = "".join(c for c in row["Puhelin"] if c.isdigit())
            international = digits if digits.startswith("358") else "358" + digits[1:]
            texts |= {digits, international, "+" + international}
    return sorted(texts | {hashlib.sha256(t.lower().encode()).hexdigest() for t in texts})


def _leaks(folder: Path) -> list[str]:
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                parts += [book.read(n).decode("utf-8") for n in book.namelist()]
        elif path.is_file():
            parts.append(path.read_text(encoding="utf-8-sig"))
    text = "\n".join(parts).casefold()
    assert text.strip()
    return [s for s in _originals() if s.casefold() in text or _plain(s) in _plain(text)]


def _plain(text: str) -> str:
    """``text`` without accents and case: a search for Järvinen also finds jarvinen."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _make_project(folder: Path) -> Path:
    project = folder / "kauppa.segdesk"
    assert main(["import", str(CUSTOMERS), "--project", str(project)]) == 0
    for doc in (EVERYONE, LISTED):
        path = folder / f"{doc['name']}.segment.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        assert main(["segment", "add", "--project", str(project), "--file", str(path)]) == 0
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return _make_project(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def project(built, tmp_path, capsys) -> Path:
    capsys.readouterr()
    copy = tmp_path / "kauppa.segdesk"
    shutil.copyfile(built, copy)
    return copy


def _export(project: Path, out: Path, fmt: str, *extra: str) -> int:
    target = out / ("out.xlsx" if fmt == "xlsx" else "out.csv" if "--combined" in extra else "out")
    columns = ["--columns", ALL_COLUMNS]
    return main(["export", "--project", str(project), "--out", str(target), "--format", fmt, "--segments", "all",
                 *columns, *extra])


CASES = [(fmt, ()) for fmt in EXPORT_FORMATS] + [("meta", ("--hash",)), ("google-ads", ("--hash",)),
                                                 ("xlsx", ("--file-per-segment",)), ("xlsx", ("--lang", "fi")),
                                                 ("mailchimp", ("--combined",))]


@pytest.mark.parametrize("fmt, extra", CASES)
def test_a_demo_export_holds_no_original_personal_data(project, tmp_path, fmt, extra):
    assert _export(project, tmp_path / "demo", fmt, *extra, "--demo") == 0
    assert _leaks(tmp_path / "demo") == []


@pytest.mark.parametrize("fmt, extra", CASES)
def test_the_same_export_without_demo_holds_it(project, tmp_path, fmt, extra):
    assert _export(project, tmp_path / "real", fmt, *extra) == 0
    assert _leaks(tmp_path / "real")


def test_a_demo_export_says_the_same_counts_as_a_real_one(project, tmp_path, capsys):
    _export(project, tmp_path / "real", "mailchimp")
    real = capsys.readouterr().out.replace(str(tmp_path / "real"), "")
    _export(project, tmp_path / "demo", "mailchimp", "--demo")
    demo = capsys.readouterr().out.replace(str(tmp_path / "demo"), "")
    assert demo == real


def test_a_second_demo_run_writes_the_same_pseudonyms(project, tmp_path):
    assert _export(project, tmp_path / "one", "csv-utf8", "--demo") == 0
    assert _export(project, tmp_path / "two", "csv-utf8", "--demo") == 0
    one = sorted(p.read_bytes() for p in (tmp_path / "one").rglob("*.csv"))
    assert one and one == sorted(p.read_bytes() for p in (tmp_path / "two").rglob("*.csv"))


def test_another_project_writes_other_pseudonyms(project, tmp_path, capsys):
    (tmp_path / "other").mkdir()
    other = _make_project(tmp_path / "other")        # the same customers imported again: another project
    assert _export(project, tmp_path / "one", "csv-utf8", "--demo") == 0
    assert _export(other, tmp_path / "two", "csv-utf8", "--demo") == 0
    one = sorted(p.read_bytes() for p in (tmp_path / "one").rglob("*.csv"))
    assert one != sorted(p.read_bytes() for p in (tmp_path / "two").rglob("*.csv"))


def test_a_demo_export_is_logged_as_one(project, tmp_path):
    _export(project, tmp_path / "demo", "csv", "--demo")
    entry = load_project(project).audit[-1]
    assert entry.action == "export" and entry.details["demo"] is True
