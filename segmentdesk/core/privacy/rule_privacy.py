"""A segment's rule said without anyone's personal data, for what is shown to others: the client report
and the presentation's slides (aggregates only, demo mode or not).

A rule may name people: a segment made of a cluster or a history cell is a frozen member list
(``customer_id in [...]`` or ``email in [...]``), and a user may write ``Katuosoite contains
Mannerheimintie`` or ``Muistiinpanot contains Järvinen`` by hand.  Such a condition keeps its field and
operator, and its value becomes how many values it holds ("Email is one of 12 values"): a condition on
a field that holds a person's own detail — a role demo mode replaces or the customer number, a custom
column whose header names a personal detail or notes, or one the data shows to be personal
(:func:`personal_fields`) — or with a value that looks like an email address.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from ..data.dataset import Dataset
from ..segments.describe import ValuesSaidAsCount
from ..segments.model import Condition, Group, Node, iter_conditions
from .personal_columns import ROLE_KINDS, header_kind, personal_columns

_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+")
# The customer number finds a person too (access requests and erasure go by it).
NAMING_ROLES = frozenset({"customer_id", *ROLE_KINDS})


def personal_fields(ds: Dataset) -> frozenset[str]:
    """The field names (``email``, ``column:Muistiinpanot``) of ``ds``'s customers that hold a person's
    own detail, judged by headers and values as demo mode judges them; kept with the dataset."""
    def judge() -> frozenset[str]:
        table = ds.customers
        mapped = {header: role for role, header in table.roles.items()}
        return frozenset(mapped.get(h) or f"column:{h}"
                         for h in personal_columns(table.frame, table.roles, table.kinds))
    return ds.index.built(("personal_fields",), judge)


def is_personal_field(name: str, personal: Collection[str] = ()) -> bool:
    """Whether a rule's field ``name`` holds a person's own detail (its values are never shown): a
    naming role, a field in ``personal`` (:func:`personal_fields`), or a custom column whose header says
    so (judged as :mod:`.personal_columns` judges it)."""
    if name in NAMING_ROLES or name in personal:
        return True
    return name.startswith("column:") and header_kind(name[len("column:"):]) is not None


def has_email(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_EMAIL_LIKE.search(value))
    if isinstance(value, (list, tuple)):
        return any(has_email(v) for v in value)
    return False


def names_people(node: Node, personal: Collection[str] = ()) -> bool:
    """Whether the rule ``node`` holds a personal value (a condition :func:`masked_rule` would mask): a
    segment file of it would hand over the people it names."""
    return any((is_personal_field(c.field, personal) or has_email(c.value)) and c.value not in (None, "", [])
               for c in iter_conditions(node))


def masked_rule(node: Node, *, many: Callable[[int], str], one: str, personal: Collection[str] = ()) -> Node:
    """``node`` with the value of each personal condition (see the module's docstring) replaced: a list
    by ``[many(len(list))]``, a single value by ``one``; an empty value (``is_empty``) names nobody."""
    if isinstance(node, Group):
        return Group(node.kind, [masked_rule(c, many=many, one=one, personal=personal) for c in node.children])
    cond: Condition = node
    if not (is_personal_field(cond.field, personal) or has_email(cond.value)):
        return cond
    if cond.value is None or cond.value == "":
        return cond
    if isinstance(cond.value, (list, tuple)):
        return replace(cond, value=[ValuesSaidAsCount(many(len(cond.value)))])
    return replace(cond, value=one)
