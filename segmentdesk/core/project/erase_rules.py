"""An erased person's identifiers taken out of segment rules.

A segment made from a cluster or a clicked list names its members (``customer_id in [...]``, or
``email in [...]`` where the data has no customer numbers); an erased person's number or address
must not stay in it.  Only conditions on a personal field that list values (``in``, ``not_in``) or
name one (``eq``, ``ne``) are touched; values are compared as :func:`.person_match.text_form` does.
A one-value condition (``eq``/``ne``) that named the person becomes ``in``/``not_in`` an empty list,
so the rule keeps its meaning for everyone else.
"""
from __future__ import annotations

from ..segments.model import Condition, Group, Node, Segment
from .person_match import text_form

_LISTING = {"in": "in", "not_in": "not_in", "eq": "in", "ne": "not_in"}


def without_person(segments: list[Segment], identifiers: dict[str, set[str]]) -> list[Segment]:
    """The segments whose rules named one of ``identifiers`` (role → text forms), with those values
    taken out (copies; the others are not returned)."""
    changed = []
    for segment in segments:
        rule, touched = _rule_without(segment.rule, identifiers)
        if touched:
            changed.append(segment.with_rule(rule))
    return changed


def _rule_without(node: Node, identifiers: dict[str, set[str]]) -> tuple[Node, bool]:
    if isinstance(node, Group):
        children, touched = [], False
        for child in node.children:
            new, hit = _rule_without(child, identifiers)
            children.append(new)
            touched |= hit
        return (Group(node.kind, children), True) if touched else (node, False)
    drop = identifiers.get(node.field, set())
    if not drop or node.op not in _LISTING:
        return node, False
    values = node.value if isinstance(node.value, list) else [node.value]
    kept = [v for v in values if text_form(v) not in drop]
    if len(kept) == len(values):
        return node, False
    return Condition(node.field, _LISTING[node.op] if node.op in ("eq", "ne") else node.op, kept), True
