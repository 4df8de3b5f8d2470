"""export_segments: one entry point and one report for every format."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import ExportError
from segmentdesk.core.export.export_job import EXPORT_FORMATS, export_segments
from segmentdesk.core.export.members import MemberCount, member_counts
from segmentdesk.core.project.project import Project
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Segment, node_from_json

AS_OF = dt.date(2025, 7, 1)
ROLES = {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi", "consent_email": "Lupa"}


@pytest.fixture
def project():
    customers = pd.DataFrame({"Nro": ["1", "2", "3", "4"], "Etunimi": ["Aino", "Eero", "Pekka", "Sanna"],
                              "Sähköposti": ["aino@example.fi", "bad", "aino@example.fi", "sanna@example.fi"],
                              "Lupa": ["kyllä", "kyllä", "kyllä", "ei"], "Ryhmä": ["VIP", "VIP", "perus", "VIP"]},
                             dtype=object)
    ds = build_dataset(customers, ROLES)
    vip = Segment("VIP", node_from_json({"all": [{"field": "column:Ryhmä", "op": "eq", "value": "VIP"}]}))
    everyone = Segment("Kaikki", node_from_json({"all": []}))
    not_vip = Segment("Ei VIP", node_from_json({"not": {"field": "segment", "op": "in_segment", "value": "VIP"}}))
    return Project(dataset=ds, segments=[vip, everyone, not_vip])


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_format_gives_the_same_report_shape(tmp_path, project, fmt):
    out = tmp_path / ("lists.xlsx" if fmt == "xlsx" else "lists")
    report = export_segments(project, project.segments[:2], out=out, format=fmt, as_of=AS_OF)
    assert [s.name for s in report.segments] == ["VIP", "Kaikki"]
    assert [(s.count, s.opted_out) for s in report.segments] == [(3, 1), (4, 1)]
    assert report.format == fmt and report.out == out
    assert all(p.exists() for p in report.files)
    assert report.rows == sum(s.exported for s in report.segments)


def test_email_tools_report_rows_left_out_for_bad_or_repeated_emails(tmp_path, project):
    report = export_segments(project, [project.segments[1]], out=tmp_path / "x.csv", format="brevo", as_of=AS_OF)
    everyone = report.segments[0]
    assert (everyone.exported, everyone.invalid_email, everyone.duplicates) == (1, 1, 1)
    assert everyone.left_out == 3 == report.opted_out + report.invalid_or_repeated


def test_references_to_segments_not_exported_are_answered_from_the_project(tmp_path, project):
    report = export_segments(project, [project.segments[2]], out=tmp_path / "x.xlsx", format="xlsx", as_of=AS_OF)
    assert report.segments[0].count == 1
    assert load_workbook(tmp_path / "x.xlsx").sheetnames == ["Summary", "Ei VIP"]


def test_the_audit_entry_names_the_file_format_segments_and_rows(tmp_path, project):
    report = export_segments(project, project.segments[:1], out=tmp_path / "x.xlsx", format="xlsx", as_of=AS_OF)
    assert report.audit_action == "export"
    assert report.audit_details() == {"file": "x.xlsx", "format": "xlsx", "segments": ["VIP"], "rows": 1}


def test_an_export_past_the_consent_rule_is_logged_as_such(tmp_path, project):
    report = export_segments(project, project.segments[:1], out=tmp_path / "x.csv", format="csv", as_of=AS_OF,
                             include_without_consent=True)
    assert report.audit_action == "export_without_consent"
    assert report.rows == 1     # Eero's address is not valid, Sanna said no: the override never writes them


def test_an_unknown_format_raises_export_error(tmp_path, project):
    with pytest.raises(ExportError):
        export_segments(project, project.segments, out=tmp_path / "x.pdf", format="pdf", as_of=AS_OF)


def test_a_project_without_data_raises_export_error(tmp_path, project):
    with pytest.raises(ExportError):
        export_segments(Project(segments=project.segments), project.segments, out=tmp_path / "x.xlsx",
                        format="xlsx", as_of=AS_OF)


def test_member_counts_give_count_and_reachable_or_none_for_an_unanswerable_rule(project):
    broken = Segment("Rikki", node_from_json({"all": [{"field": "shoe_size", "op": "gt", "value": 42}]}))
    evaluator = Evaluator(project.dataset, as_of=AS_OF, segments=project.segment_map())
    counts = member_counts(project.dataset, [project.segments[0], broken],
                           mask=lambda segment: evaluator.mask(segment.rule))
    assert counts == [MemberCount(3, 1), None]     # Eero's address is not valid, Sanna said no
