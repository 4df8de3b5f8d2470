"""A segment's rule in words for the report, without anyone's personal data.

A condition on a personal field, or with an email-like value, is said with how many values it holds
("Email is one of 12 values"), never the values (:mod:`..privacy.rule_privacy` decides which).
"""
from __future__ import annotations

from collections.abc import Collection

from ..formats import format_whole
from ..privacy.rule_privacy import masked_rule
from ..segments.describe import describe
from ..segments.model import Node
from .report_words import report_word


def rule_in_words(node: Node, lang: str, personal: Collection[str] = ()) -> str:
    """The rule as the window says it, personal values left out; ``personal`` adds the fields the data
    shows to be personal (:func:`..privacy.rule_privacy.personal_fields`)."""
    masked = masked_rule(node, many=lambda n: report_word("values_of", lang).format(n=format_whole(n, lang)),
                         one=report_word("a_value", lang), personal=personal)
    return describe(masked, lang)
