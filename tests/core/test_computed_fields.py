"""RFM and cluster fields: once the analytics add their columns, segments can use them like any field."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import RuleError
from segmentdesk.core.data.fields import available_fields, find_field
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import segment_from_json

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture
def ds():
    frame = pd.DataFrame({"Sähköposti": ["a@x.fi", "b@x.fi", "c@x.fi"]}, dtype=object)
    return build_dataset(frame, {"email": "Sähköposti"})


def test_rfm_fields_are_absent_without_orders(ds):
    assert "rfm_group" not in {f.name for f in available_fields(ds)}
    with pytest.raises(RuleError):
        find_field(ds, "rfm_group")


def test_rfm_columns_added_by_hand_do_not_make_rfm_fields(ds):
    # RFM is measured from dated orders at the reference date, never read from a metric column.
    ds.metrics["rfm_group"] = ["champions", "at_risk", None]
    assert "rfm_group" not in {f.name for f in available_fields(ds)}


def test_cluster_becomes_a_computed_field_once_the_analytics_add_it(ds):
    ds.metrics["cluster"] = ["1", "2", None]
    fields = {f.name: f for f in available_fields(ds)}
    assert (fields["cluster"].family, fields["cluster"].kind) == ("computed", "category")
    rule = segment_from_json({"format": "segmentdesk.segment/1", "name": "One", "rule": {"all": [
        {"field": "cluster", "op": "in", "value": ["1"]}]}}).rule
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [True, False, False]


def test_rule_on_rfm_group_reads_in_finnish():
    rule = segment_from_json({"format": "segmentdesk.segment/1", "name": "Champions", "rule": {"all": [
        {"field": "rfm_group", "op": "in", "value": ["champions"]}]}}).rule
    assert describe(rule, "fi").startswith("RFM-ryhmä")
