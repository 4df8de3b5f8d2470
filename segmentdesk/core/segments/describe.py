"""A rule in words, in English or Finnish: "Region is one of Uusimaa and Interests include any of jooga"."""
from __future__ import annotations

from typing import Any

from ..words import field_label, operator_label, unit_label
from .model import Condition, Node

_JOIN = {"all": ({"en": " and ", "fi": " ja "}), "any": ({"en": " or ", "fi": " tai "})}
_EVERYONE = {"en": "All customers", "fi": "Kaikki asiakkaat"}
_NOBODY = {"en": "No customers", "fi": "Ei asiakkaita"}
_NOT = {"en": "not ({})", "fi": "ei ({})"}


def _value_words(cond: Condition, lang: str) -> str:
    v: Any = cond.value
    if v is None:
        return ""
    within = " aikana" if lang == "fi" else ""      # "viimeisten 30 päivän aikana": Finnish closes the phrase
    if cond.op in ("in_last", "not_in_last") and isinstance(v, dict):
        return f"{v.get('n')} {unit_label(str(v.get('unit')), lang)}{within}"
    if cond.op == "birthday_in_next":
        return f"{v} {unit_label('days', lang)}{within}"
    if cond.op == "between" and isinstance(v, list) and len(v) == 2:
        return f"{_fmt(v[0], lang)} – {_fmt(v[1], lang)}"
    if isinstance(v, list):
        return ", ".join(_fmt(x, lang) for x in v)
    return _fmt(v, lang)


def _fmt(v: Any, lang: str) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    text = str(v).strip()
    if lang == "fi" and isinstance(v, float):
        text = text.replace(".", ",")
    return text


def describe_condition(cond: Condition, lang: str = "en") -> str:
    subject = field_label(cond.field, lang)
    phrase = operator_label(cond.op, lang)
    value = _value_words(cond, lang)
    if cond.op == "birthday_in_next":
        # The subject is the birthday, not the birth date: "Birthday is within the next 30 days".
        return (f"Syntymäpäivä on seuraavien {cond.value} päivän aikana" if lang == "fi"
                else f"Birthday is within the next {cond.value} days")
    if cond.field == "segment":
        # "Customer is in segment “Regulars”" / "Asiakas kuuluu segmenttiin ”Regulars”"
        who = "Asiakas" if lang == "fi" else "Customer"
        quoted = f"”{value}”" if lang == "fi" else f"“{value}”"
        return f"{who} {phrase} {quoted}"
    return " ".join(p for p in (subject, phrase, value) if p)


def describe(node: Node, lang: str = "en", *, top: bool = True) -> str:
    """The rule as one readable sentence."""
    if isinstance(node, Condition):
        return describe_condition(node, lang)
    if node.kind == "not":
        return _NOT[lang if lang in _NOT else "en"].format(describe(node.children[0], lang, top=False))
    if not node.children:
        return (_EVERYONE if node.kind == "all" else _NOBODY).get(lang, _EVERYONE["en"])
    parts = [describe(c, lang, top=False) for c in node.children]
    joined = _JOIN[node.kind].get(lang, _JOIN[node.kind]["en"]).join(parts)
    return joined if top or len(parts) == 1 else f"({joined})"
