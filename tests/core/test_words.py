"""The catalogue of domain words: every key has English and Finnish words, and every code the
core produces (roles, fields, families, operators, quality findings, RFM groups) has an entry."""
from __future__ import annotations

import pytest

from segmentdesk.core import words
from segmentdesk.core.data.fields import COMPUTED_KINDS, FAMILIES
from segmentdesk.core.data.roles import CUSTOMER_ROLES, ORDER_ROLES
from segmentdesk.core.importing import quality
from segmentdesk.core.segments.operators import ALL_OPERATORS, PERIOD_UNITS

TABLES = {name: getattr(words, name) for name in ("FIELD_LABELS", "FAMILY_LABELS", "OPERATOR_LABELS",
                                                  "UNIT_LABELS", "ORDER_ROLE_LABELS", "RULE_WORDS",
                                                  "FINDING_LABELS", "RFM_GROUP_LABELS")}
RFM_GROUPS = ("hibernating at_risk cant_lose about_to_sleep need_attention loyal promising new "
              "potential_loyalist champions").split()


def _quality_codes() -> set[str]:
    """Every code quality_report can give, read from its source so a new finding cannot go unworded."""
    import inspect
    import re
    return set(re.findall(r'_issue\("(\w+)"', inspect.getsource(quality)))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_key_has_english_and_finnish_words(table):
    for key, pair in TABLES[table].items():
        assert len(pair) == 2 and all(isinstance(w, str) and w.strip() for w in pair), (table, key)


def test_every_quality_finding_has_its_own_words():
    codes = _quality_codes()
    assert len(codes) >= 10
    assert codes <= set(words.FINDING_LABELS)
    assert len({words.finding_label(c, "fi") for c in codes}) == len(codes)


def test_every_operator_family_unit_and_role_has_words():
    assert set(ALL_OPERATORS) <= set(words.OPERATOR_LABELS)
    assert set(FAMILIES) <= set(words.FAMILY_LABELS)
    assert set(PERIOD_UNITS) <= set(words.UNIT_LABELS)
    assert {r.name for r in CUSTOMER_ROLES} | set(COMPUTED_KINDS) <= set(words.FIELD_LABELS)
    assert {r.name for r in ORDER_ROLES} <= set(words.ORDER_ROLE_LABELS)


def test_every_rfm_group_key_has_a_name_in_both_languages():
    assert set(RFM_GROUPS) == set(words.RFM_GROUP_LABELS)
    assert words.rfm_group_label("hibernating", "fi") == "Horrostajat"
    assert words.rfm_group_label("champions", "en") == "Champions"


def test_every_rfm_group_has_a_description_and_an_action_in_both_languages():
    for key in RFM_GROUPS:
        for lang in ("en", "fi"):
            assert words.rfm_group_description(key, lang) and words.rfm_group_action(key, lang)
    assert words.rfm_group_description("champions", "fi") != words.rfm_group_description("champions", "en")
    assert words.rfm_group_action("a_group_of_my_own") == ""


def test_finding_reads_in_the_asked_language():
    assert words.finding_label("invalid_email", "en") == "invalid email addresses"
    assert words.finding_label("invalid_email", "fi") == "virheellisiä sähköpostiosoitteita"


def test_unknown_finding_code_reads_as_itself():
    assert words.finding_label("something_new", "fi") == "something_new"


def test_order_roles_are_named_for_an_order_file_only_when_asked():
    assert words.role_label("amount", "fi", orders=True) == "Summa (€)"
    assert words.role_label("email", "en", orders=True) == "Email"
    assert words.role_label("email", "fi") == "Sähköposti"


def test_the_column_segmentdesk_adds_on_reimport_has_a_finnish_name():
    from segmentdesk.core.data.dataset import MISSING_FLAG
    from segmentdesk.core.words import field_label

    assert field_label("column:" + MISSING_FLAG, "fi") == "Puuttui viimeisimmästä tuonnista"
    assert field_label("column:" + MISSING_FLAG, "en") == MISSING_FLAG
    assert field_label("column:Asiakasryhmä", "fi") == "Asiakasryhmä"


def test_finnish_family_names_are_plain_words_not_jargon():
    from segmentdesk.core.words import family_label

    names = [family_label(f, "fi") for f in ("demographic", "geographic", "psychographic")]
    assert not any(n.startswith(("Demografi", "Psykografi", "Maantieteelli")) for n in names)
