"""One definition of who a mailing reaches: the builder's "reachable", every export format and its log."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.audience import EXISTING_CUSTOMERS, WITHOUT_CONSENT, audience
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.export.export_job import EXPORT_FORMATS, export_segments
from segmentdesk.core.export.members import listed_members
from segmentdesk.core.project.project import Project
from segmentdesk.core.segments.counting import CountRequest, count_segments
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.figures import segment_figures
from segmentdesk.core.segments.model import Segment, node_from_json
from segmentdesk.core.tasks import Progress

AS_OF = dt.date(2025, 7, 1)
ROLES = {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi", "consent_email": "Lupa"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa", "order_date": "Pvm"}


@pytest.fixture
def project():
    customers = pd.DataFrame({
        "Nro": ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        "Etunimi": ["Aino", "Aino again", "Eero", "Sanna", "Olli", "Pia", "Bad", "Listed", "Formula"],
        "Sähköposti": ["Aino@Example.fi", " aino@example.FI ", "eero@example.fi", "sanna@example.fi",
                       "olli@example.fi", "pia@example.fi", "not an address", "listed@example.fi",
                       "=cmd@example.fi"],
        # Sanna said no; Olli (a customer) and Pia (no orders) never answered.
        "Lupa": ["kyllä", "kyllä", "kyllä", "ei", None, None, "kyllä", "kyllä", "kyllä"],
    }, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3"], "Asiakas": ["1", "5", "4"], "Summa": ["10", "20", "30"],
                           "Pvm": ["1.6.2025", "2.6.2025", "3.6.2025"]}, dtype=object)
    ds = build_dataset(customers, ROLES, orders, ORDER_ROLES)
    p = Project(dataset=ds, segments=[Segment("Kaikki", node_from_json({"all": []}))])
    p.do_not_contact.add(["LISTED@example.fi"], added_at="2025-06-01T00:00:00", source="app")
    return p


def everyone(project) -> np.ndarray:
    return np.ones(len(project.dataset), dtype=bool)


def test_each_member_left_out_is_counted_once_under_the_first_reason(project):
    ds = project.dataset
    reached = audience(ds, everyone(project), blocked=listed_members(ds, project.do_not_contact))
    assert list(reached.rows) == [0, 2]         # Aino (first of her address) and Eero
    assert (reached.opted_out, reached.without_consent, reached.do_not_contact, reached.invalid_email,
            reached.duplicates) == (1, 2, 1, 2, 1)
    assert reached.left_out == 7


def test_an_address_that_starts_like_a_formula_is_not_mailable(project):
    assert not project.dataset.valid_email[8]


def test_the_existing_customer_exception_adds_customers_without_an_answer_who_have_bought(project):
    reached = audience(project.dataset, everyone(project), basis=EXISTING_CUSTOMERS)
    assert 4 in reached.rows and 5 not in reached.rows and 3 not in reached.rows
    assert reached.by_exception == 1


def test_the_opted_out_are_never_written_whatever_the_basis(project):
    for basis in (EXISTING_CUSTOMERS, WITHOUT_CONSENT):
        assert 3 not in audience(project.dataset, everyone(project), basis=basis).rows


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_the_builder_s_reachable_is_the_number_every_export_writes(tmp_path, project, fmt):
    ds = project.dataset
    request = CountRequest(ds, AS_OF, project.segments, 0, 1, blocked=listed_members(ds, project.do_not_contact))
    counted = count_segments(request, evaluator=Evaluator(ds, as_of=AS_OF), progress=Progress())
    builder = next(iter(counted.figures.values())).reachable
    out = tmp_path / ("x.xlsx" if fmt == "xlsx" else "x.csv")
    report = export_segments(project, project.segments, out=out, format=fmt, as_of=AS_OF)
    assert report.segments[0].exported == builder == 2
    assert segment_figures(ds, everyone(project), blocked=request.blocked).reachable == builder


def test_an_export_on_the_existing_customer_exception_is_logged_with_segment_and_count(tmp_path, project):
    report = export_segments(project, project.segments, out=tmp_path / "x.xlsx", format="xlsx", as_of=AS_OF,
                             basis=EXISTING_CUSTOMERS)
    assert report.audit_action == "export_existing_customers"
    assert report.audit_details()["without_consent_written"] == [{"segment": "Kaikki", "count": 1}]
