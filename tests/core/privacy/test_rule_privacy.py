"""Whether a rule names people: a member list, a personal value or an email-like value does; a rule on
regions, figures or an empty personal condition does not."""
from __future__ import annotations

import pytest

from segmentdesk.core.privacy.rule_privacy import names_people
from segmentdesk.core.segments.model import node_from_json


@pytest.mark.parametrize("condition", [{"field": "customer_id", "op": "in", "value": ["1001", "1002"]},
                                       {"field": "email", "op": "eq", "value": "aino@example.fi"},
                                       {"field": "column:Katuosoite", "op": "contains", "value": "Hämeenkatu"},
                                       {"field": "column:Lisätieto", "op": "contains", "value": "x@y.fi"},
                                       {"field": "column:Suosittelija", "op": "eq", "value": "Eero Laine"}])
def test_a_rule_with_a_personal_value_names_people(condition):
    rule = node_from_json({"all": [{"field": "region", "op": "in", "value": ["Uusimaa"]}, condition]})
    assert names_people(rule, {"column:Suosittelija"})


@pytest.mark.parametrize("condition", [{"field": "region", "op": "in", "value": ["Uusimaa"]},
                                       {"field": "order_count", "op": "ge", "value": 2},
                                       {"field": "email", "op": "not_empty"}])
def test_a_rule_on_figures_places_or_whether_a_detail_is_there_names_nobody(condition):
    assert not names_people(node_from_json({"all": [condition]}))
