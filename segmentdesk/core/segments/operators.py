"""Which operators each value type allows, and what kind of value each operator takes."""
from __future__ import annotations

OPERATORS_BY_KIND: dict[str, tuple[str, ...]] = {
    "text": ("eq", "ne", "contains", "not_contains", "starts_with", "in", "not_in", "between", "is_empty",
             "not_empty"),
    "category": ("in", "not_in", "eq", "ne", "contains", "starts_with", "is_empty", "not_empty"),
    "number": ("between", "ge", "le", "gt", "lt", "eq", "ne", "in", "not_in", "is_empty", "not_empty"),
    "date": ("in_last", "not_in_last", "between", "before", "after", "eq", "lt", "le", "gt", "ge",
             "birthday_in_next", "is_empty", "not_empty"),
    "tags": ("has_any", "has_all", "has_none", "is_empty", "not_empty"),
    "boolean": ("is_true", "is_false", "is_empty", "not_empty"),
    "segment": ("in_segment", "not_in_segment"),
}

ALL_OPERATORS = frozenset(op for ops in OPERATORS_BY_KIND.values() for op in ops)

# The shape of each operator's value: none, scalar, pair, list, period, days, segment.
VALUE_SHAPE: dict[str, str] = {
    "is_empty": "none", "not_empty": "none", "is_true": "none", "is_false": "none",
    "between": "pair",
    "in": "list", "not_in": "list", "has_any": "list", "has_all": "list", "has_none": "list",
    "in_last": "period", "not_in_last": "period",
    "birthday_in_next": "days",
    "in_segment": "segment", "not_in_segment": "segment",
}

PERIOD_UNITS = ("days", "weeks", "months", "years")


def value_shape(op: str) -> str:
    return VALUE_SHAPE.get(op, "scalar")


def operators_for(kind: str) -> tuple[str, ...]:
    return OPERATORS_BY_KIND.get(kind, ())
