"""Demo mode in every export format: no original name, email, phone or street address (nor its
SHA-256) in any file written, the same people written as without demo mode, pseudonyms in the rules."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from segmentdesk.core.export.export_job import EXPORT_FORMATS, export_segments
from segmentdesk.core.export.preview import preview_table
from segmentdesk.core.privacy.pseudonyms import project_pseudonyms
from segmentdesk.core.project.project import Project
from segmentdesk.core.segments.model import Condition, Group, Segment

from demo_shop import SECRET, leaks, shop

AS_OF = dt.date(2026, 12, 1)
EVERYONE = Segment("Kaikki", Group("all", []))
# A frozen member list (what a cluster segment of a shop without customer numbers is): the rule holds emails.
LISTED = Segment("Listatut", Group("all", [Condition("email", "in", ["aino.makela@kotiposti.fi",
                                                                     "kaisa.o@postilaatikko.fi"])]))
COLUMNS = {"xlsx": "email,first_name,last_name,phone,column:Katuosoite,column:Yhteyshenkilö,city",
           "csv": "email,first_name,last_name,phone,column:Katuosoite,column:Yhteyshenkilö,postal_code",
           "csv-utf8": "email,first_name,last_name,phone,column:Katuosoite,column:Yhteyshenkilö"}


@pytest.fixture
def project() -> Project:
    return Project(dataset=shop(), segments=[EVERYONE, LISTED], demo_secret=SECRET)


def _written_text(files: list[Path]) -> str:
    """Everything in the files as text (a workbook: every XML part inside it)."""
    parts = []
    for path in files:
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                parts += [book.read(name).decode("utf-8") for name in book.namelist()]
        else:
            parts.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(parts)


def _export(project: Project, tmp_path: Path, fmt: str, *, demo: bool, hashed: bool = False):
    out = tmp_path / ("demo" if demo else "real") / ("out.xlsx" if fmt == "xlsx" else "out")
    columns = COLUMNS.get(fmt)
    return export_segments(project, project.segments, out=out, format=fmt, as_of=AS_OF, hashed=hashed,
                           columns=columns.split(",") if columns else None,
                           pseudonyms=project_pseudonyms(project) if demo else None)


FORMATS = [(fmt, False) for fmt in EXPORT_FORMATS] + [("meta", True), ("google-ads", True)]


@pytest.mark.parametrize("fmt, hashed", FORMATS)
def test_no_original_personal_string_is_in_a_demo_export(project, tmp_path, fmt, hashed):
    report = _export(project, tmp_path, fmt, demo=True, hashed=hashed)
    assert report.rows > 0
    assert leaks(_written_text(report.files)) == []


@pytest.mark.parametrize("fmt, hashed", FORMATS)
def test_the_same_export_without_demo_mode_holds_the_personal_data(project, tmp_path, fmt, hashed):
    # The check above would pass on an empty file: this one shows the data is there to hide.
    report = _export(project, tmp_path, fmt, demo=False, hashed=hashed)
    assert leaks(_written_text(report.files))


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_demo_mode_writes_the_same_people_and_counts(project, tmp_path, fmt):
    real, demo = _export(project, tmp_path, fmt, demo=False), _export(project, tmp_path, fmt, demo=True)
    assert [(s.name, s.count, s.exported, s.without_consent, s.invalid_email, s.duplicates) for s in demo.segments] \
        == [(s.name, s.count, s.exported, s.without_consent, s.invalid_email, s.duplicates) for s in real.segments]


def test_the_workbook_states_a_rule_on_emails_with_the_members_pseudonyms(project, tmp_path):
    report = _export(project, tmp_path, "xlsx", demo=True)
    text = _written_text(report.files)
    assert project_pseudonyms(project).column("Sähköposti")[0] in text


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_the_export_preview_shows_pseudonyms(project, fmt):
    ds = project.dataset
    mask = ds.customers.frame["Asiakasnumero"].notna().to_numpy()
    table = preview_table(ds, mask, format=fmt, as_of=AS_OF, pseudonyms=project_pseudonyms(project),
                          columns=(COLUMNS.get(fmt) or "").split(",") or None if fmt in COLUMNS else None)
    assert len(table) > 1
    assert leaks("\n".join(";".join(row) for row in table)) == []
