"""A rule in words, in English or Finnish: "Region is one of Uusimaa and Interests include any of jooga".

Words come from :mod:`..words`, numbers and dates from :mod:`..formats`, so a rule reads the
same in the window, on the command line and in the exported Summary sheet.
"""
from __future__ import annotations

import re
from typing import Any

from ..formats import format_date, format_decimal
from ..words import churn_risk_label, field_label, operator_label, rfm_group_label, rule_word, unit_label
from .model import Condition, Node, without_incomplete

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _value_words(cond: Condition, lang: str) -> str:
    v: Any = cond.value
    if v is None:
        return ""
    if cond.op in ("in_last", "not_in_last") and isinstance(v, dict):
        period = f"{_fmt(v.get('n'), lang)} {unit_label(str(v.get('unit')), lang)}"
        return rule_word("within", lang).format(period=period)
    if cond.op == "between" and isinstance(v, list) and len(v) == 2:
        return f"{_fmt(v[0], lang, cond.field)} – {_fmt(v[1], lang, cond.field)}"
    if isinstance(v, list):
        return ", ".join(_fmt(x, lang, cond.field) for x in v)
    return _fmt(v, lang, cond.field)


def value_words(v: Any, lang: str, field: str = "") -> str:
    """A rule value as a person reads it (an RFM group or churn band by its name, dates and numbers by
    language): the words of pick lists and of rules in words."""
    return _fmt(v, lang, field)


def _fmt(v: Any, lang: str, field: str = "") -> str:
    """A value as a person reads it: numbers and ISO dates by language, RFM groups by name."""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return format_decimal(v, lang)
    text = str(v).strip()
    if field == "rfm_group":
        return rfm_group_label(text, lang)
    if field == "churn_risk":
        return churn_risk_label(text, lang)
    if _ISO_DATE.fullmatch(text):
        return format_date(text, lang)
    return text


def describe_condition(cond: Condition, lang: str = "en") -> str:
    if cond.op == "birthday_in_next":
        # The subject is the birthday, not the birth date: "Birthday is within the next 30 days".
        return rule_word("birthday", lang).format(n=_fmt(cond.value, lang))
    subject = field_label(cond.field, lang)
    phrase = operator_label(cond.op, lang)
    value = _value_words(cond, lang)
    if cond.field == "segment":
        # "Customer is in segment “Regulars”" / "Asiakas kuuluu segmenttiin ”Regulars”"
        return f"{rule_word('customer', lang)} {phrase} {rule_word('quoted', lang).format(value)}"
    return " ".join(p for p in (subject, phrase, value) if p)


def describe(node: Node, lang: str = "en", *, top: bool = True) -> str:
    """The rule as one readable sentence; conditions still waiting for a value are not part of it."""
    if top:
        node = without_incomplete(node)
    if isinstance(node, Condition):
        return describe_condition(node, lang)
    if node.kind == "not":
        return rule_word("not", lang).format(describe(node.children[0], lang, top=False))
    if not node.children:
        return rule_word("everyone" if node.kind == "all" else "nobody", lang)
    parts = [describe(c, lang, top=False) for c in node.children]
    joined = rule_word("and" if node.kind == "all" else "or", lang).join(parts)
    return joined if top or len(parts) == 1 else f"({joined})"
