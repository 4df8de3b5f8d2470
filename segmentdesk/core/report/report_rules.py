"""A segment's rule in words for the report, without anyone's personal data.

A rule may name people: a segment made of a cluster or a history cell is a frozen member list
(``customer_id in [...]`` or ``email in [...]``), and a user may write ``email eq …`` by hand.  The
report says how many values such a condition holds ("Email is one of 12 values"), never the values:
conditions on a personal field (:data:`PERSONAL_ROLES`, the roles demo mode replaces — a firm's
name included —, a custom column whose header names a person's detail) and any value that looks
like an email address.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..formats import format_whole
from ..privacy.personal_columns import ROLE_KINDS, header_kind
from ..project.person_match import PERSONAL_ROLES
from ..segments.describe import describe
from ..segments.model import Condition, Group, Node
from .report_words import report_word

_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+")


def is_personal_field(name: str) -> bool:
    """Whether a rule's field ``name`` holds a person's own detail (their values are never printed): the
    roles that find a person or that demo mode replaces, or a custom column whose header says so
    (judged as :mod:`..privacy.personal_columns` judges it)."""
    if name in PERSONAL_ROLES or name in ROLE_KINDS:
        return True
    return name.startswith("column:") and header_kind(name[len("column:"):]) is not None


def _has_email(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_EMAIL_LIKE.search(value))
    if isinstance(value, (list, tuple)):
        return any(_has_email(v) for v in value)
    return False


def _masked(cond: Condition, lang: str) -> Condition:
    if not (is_personal_field(cond.field) or _has_email(cond.value)):
        return cond
    if cond.value is None or cond.value == "":
        return cond                               # is_empty / not_empty name nobody
    if isinstance(cond.value, (list, tuple)):
        text = report_word("values_of", lang).format(n=format_whole(len(cond.value), lang))
        return replace(cond, value=[text])
    return replace(cond, value=report_word("a_value", lang))


def masked_rule(node: Node, lang: str) -> Node:
    """``node`` with the values of personal conditions replaced by how many there are."""
    if isinstance(node, Condition):
        return _masked(node, lang)
    return Group(node.kind, [masked_rule(child, lang) for child in node.children])


def rule_in_words(node: Node, lang: str) -> str:
    """The rule as the window says it, personal values left out (see the module's docstring)."""
    return describe(masked_rule(node, lang), lang)
