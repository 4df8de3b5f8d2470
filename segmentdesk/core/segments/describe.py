"""A rule in words, in English or Finnish: "Region is one of: Uusimaa, Pirkanmaa and interests include jooga".

Words come from :mod:`..words`, numbers and dates from :mod:`..formats`, so a rule reads the
same in the window, on the command line and in the exported Summary sheet.  A list of values follows a colon
("on jokin näistä: C Teollisuus, F Rakentaminen"), a list of one reads as that value ("Toimiala on C
Teollisuus"); in a sentence of several conditions the app's own field names after the first are written in
lower case ("… ja viimeisin tilaus on …"), a column's header as the file has it.
"""
from __future__ import annotations

import re
from typing import Any

from ..formats import format_date, format_decimal
from ..words import (churn_risk_label, field_label, operator_label, rfm_group_label, rule_word,
                     single_value_operator_label, unit_label)
from .model import Condition, Group, Node, without_incomplete

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ValuesSaidAsCount(str):
    """A list's values said as their number ("12 values"), where they must not be shown
    (:func:`..privacy.rule_privacy.masked_rule`): a one-item list of it still reads as a list ("is one of")."""


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


def describe_condition(cond: Condition, lang: str = "en", *, first: bool = True) -> str:
    """One condition in words; ``first=False``: not at the start of its sentence, so the app's own words for
    its subject begin in lower case."""
    if cond.op == "birthday_in_next":
        # The subject is the birthday, not the birth date: "Birthday is within the next 30 days".
        return _mid(rule_word("birthday", lang).format(n=_fmt(cond.value, lang)), first)
    own = not cond.field.startswith("column:") or field_label(cond.field, lang) != cond.field[len("column:"):]
    subject = field_label(cond.field, lang)
    subject = _mid(subject, first) if own else subject
    phrase = operator_label(cond.op, lang)
    value = _value_words(cond, lang)
    if isinstance(cond.value, list) and cond.op != "between":
        one = len(cond.value) == 1 and not isinstance(cond.value[0], ValuesSaidAsCount)
        single = single_value_operator_label(cond.op, lang) if one else None
        phrase = single if single is not None else (phrase + ":" if len(cond.value) > 1 else phrase)
    if cond.field == "segment":
        # "Customer is in segment “Regulars”" / "Asiakas kuuluu segmenttiin ”Regulars”"
        return f"{_mid(rule_word('customer', lang), first)} {phrase} {rule_word('quoted', lang).format(value)}"
    return " ".join(p for p in (subject, phrase, value) if p)


def _mid(words: str, first: bool) -> str:
    """``words`` as they read inside a sentence: a capital followed by a small letter becomes small ("Last order
    date" → "last order date"); "RFM group" and "Y-tunnus" stay."""
    if first or len(words) < 2 or not (words[0].isupper() and words[1].islower()):
        return words
    return words[0].lower() + words[1:]


def describe(node: Node, lang: str = "en", *, top: bool = True) -> str:
    """The rule as one readable sentence; conditions still waiting for a value are not part of it.  The first
    condition's subject is written as it is, the app's own field words after it in lower case."""
    if top:
        node = without_incomplete(node)
    if isinstance(node, Group) and not node.children:
        return rule_word("everyone" if node.kind == "all" else "nobody", lang)
    return _words(node, lang, top=True, first=[True])


def _words(node: Node, lang: str, *, top: bool, first: list[bool]) -> str:
    """``node`` in words; ``first[0]``: nothing of the sentence is written yet (the first condition clears it)."""
    if isinstance(node, Condition):
        at_start, first[0] = first[0], False
        return describe_condition(node, lang, first=at_start)
    if node.kind == "not":
        at_start, first[0] = first[0], False          # "Not (region is …)": the frame starts the sentence
        text = rule_word("not", lang).format(_words(node.children[0], lang, top=False, first=first))
        return _capitalised(text) if at_start else text
    if not node.children:
        return rule_word("everyone" if node.kind == "all" else "nobody", lang)
    parts = [_words(c, lang, top=False, first=first) for c in node.children]
    joined = rule_word("and" if node.kind == "all" else "or", lang).join(parts)
    return joined if top or len(parts) == 1 else f"({joined})"


def _capitalised(sentence: str) -> str:
    """``sentence`` with its first letter (after any opening bracket) in upper case."""
    for i, ch in enumerate(sentence):
        if ch.isalpha():
            return sentence[:i] + ch.upper() + sentence[i + 1:]
    return sentence
