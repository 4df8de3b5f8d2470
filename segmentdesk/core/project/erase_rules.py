"""An erased person's identifiers taken out of segment rules.

A segment made from a cluster or a clicked list names its members (``customer_id in [...]``, or
``email in [...]`` where the data has no customer numbers); an erased person's number or address
must not stay in it.  Only conditions on a personal field that list values (``in``, ``not_in``) or
name one (``eq``, ``ne``) are touched; values are compared as :func:`.person_match.text_form` does.
A one-value condition (``eq``/``ne``) that named the person becomes ``in``/``not_in`` an empty list,
so the rule keeps its meaning for everyone else.
"""
from __future__ import annotations

from ..segments.model import Condition, Segment, map_conditions
from .person_match import text_form

_LISTING = {"in": "in", "not_in": "not_in", "eq": "in", "ne": "not_in"}


def without_person(segments: list[Segment], identifiers: dict[str, set[str]]) -> list[Segment]:
    """The segments whose rules named one of ``identifiers`` (role → text forms), with those values
    taken out (copies; the others are not returned)."""
    def drop(cond: Condition) -> Condition | None:
        gone = identifiers.get(cond.field, set())
        if not gone or cond.op not in _LISTING:
            return None
        values = cond.value if isinstance(cond.value, list) else [cond.value]
        kept = [v for v in values if text_form(v) not in gone]
        return Condition(cond.field, _LISTING[cond.op], kept) if len(kept) < len(values) else None

    changed = []
    for segment in segments:
        rule = map_conditions(segment.rule, drop)
        if rule is not None:
            changed.append(segment.with_rule(rule))
    return changed
