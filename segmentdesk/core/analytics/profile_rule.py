"""What a segment's rule decides by itself, so its profile does not tell it back as a finding.

A segment chosen by region Uusimaa is "2.8× as likely to live in Uusimaa" by definition, and one chosen
by at least five orders orders more often than the average customer: the reader learns nothing.  Each
field a condition tests (anywhere in the rule, under ``not`` too, and through the segments an
``in segment`` condition refers to) names the profile's dimensions and key figures it bounds:

* where the customer lives (region, city, municipality, postal code): both ``region`` and ``city``;
* age or birth date: ``age_band``; gender, industry, staff and turnover bands, interests: their own;
* the categories bought, or orders/spend in a category: ``categories``;
* order count, the RFM F score, orders in a period: ``order_frequency``;
* last or first order date, days since, the R score, orders or spend in a period, the overdue and
  churn-risk predictions: ``days_since_last_order``; the RFM score and group (R×F) both of these;
* average order value: ``avg_order_value``.

Total spend and the M score are left to speak: a big spender's large orders or frequent ones is news.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..data.fields import field_parameter
from ..errors import RuleError
from ..segments.model import Node, Segment, iter_conditions

_WHERE = ("region", "city")
_RECENCY = ("days_since_last_order",)
_RF = ("days_since_last_order", "order_frequency")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "region": _WHERE, "city": _WHERE, "municipality": _WHERE, "postal_code": _WHERE,
    "age": ("age_band",), "birth_date": ("age_band",),
    "gender": ("gender",), "industry": ("industry",), "staff_band": ("staff_band",),
    "turnover_band": ("turnover_band",), "interests": ("interests",), "categories": ("categories",),
    "order_count": ("order_frequency",), "rfm_f": ("order_frequency",),
    "last_order_date": _RECENCY, "first_order_date": _RECENCY, "days_since_last_order": _RECENCY,
    "rfm_r": _RECENCY, "overdue_days": _RECENCY, "churn_risk": _RECENCY, "expected_next_order": _RECENCY,
    "rfm_score": _RF, "rfm_group": _RF,
    "avg_order_value": ("avg_order_value",),
}
# Parameterised fields (core.data.order_windows) by their kind.
_WINDOW_KEYS: dict[str, tuple[str, ...]] = {
    "orders_in_last": _RF, "spend_in_last": _RECENCY,
    "orders_in_category": ("categories",), "spend_in_category": ("categories",),
}


def rule_keys(rule: Node, segments: Mapping[str, Segment] | None = None) -> frozenset[str]:
    """The profile's dimension and key-figure keys the rule ``rule`` bounds (see the module's text);
    ``segments`` (by name) resolves ``in segment`` conditions, each referred rule once."""
    keys: set[str] = set()
    seen: set[str] = set()
    todo = [rule]
    while todo:
        for cond in iter_conditions(todo.pop()):
            if cond.field == "segment":
                name = str(cond.value)
                referred = None if segments is None or name in seen else segments.get(name)
                seen.add(name)
                if referred is not None:
                    todo.append(referred.rule)
                continue
            keys.update(FIELD_KEYS.get(cond.field, ()))
            try:
                window = field_parameter(cond.field)
            except RuleError:
                window = None
            if window is not None:
                keys.update(_WINDOW_KEYS.get(window[0], ()))
    return frozenset(keys)
