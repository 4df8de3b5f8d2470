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


def test_rfm_fields_are_absent_until_the_analytics_add_them(ds):
    assert "rfm_group" not in {f.name for f in available_fields(ds)}
    with pytest.raises(RuleError):
        find_field(ds, "rfm_group")


def test_rfm_group_and_score_become_computed_fields_once_present(ds):
    ds.metrics["rfm_group"] = ["Champions", "At risk", None]
    ds.metrics["rfm_score"] = [555.0, 211.0, float("nan")]
    fields = {f.name: f for f in available_fields(ds)}
    assert (fields["rfm_group"].family, fields["rfm_group"].kind) == ("computed", "category")
    assert fields["rfm_score"].kind == "number"
    rule = segment_from_json({"format": "segmentdesk.segment/1", "name": "Champions", "rule": {"all": [
        {"field": "rfm_group", "op": "in", "value": ["champions"]}]}}).rule
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [True, False, False]
    assert describe(rule, "fi").startswith("RFM-ryhmä")
