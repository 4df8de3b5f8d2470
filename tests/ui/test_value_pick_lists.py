"""Pick lists of keyed values read by their names in the user's language; the rule keeps the keys."""
from __future__ import annotations

import datetime as dt

from segmentdesk.core.data.fields import Field
from segmentdesk.ui import i18n
from segmentdesk.ui.widgets.value_editors import make_value_editor


def _editor(qtbot, field: str, choices, lang: str):
    i18n.install(lang)
    editor = make_value_editor(Field(field, "behavioural", "category"), "in", lang=lang, as_of=dt.date(2026, 11, 1),
                               choices=choices)
    qtbot.addWidget(editor)
    return editor


def test_rfm_groups_are_listed_by_name_and_the_rule_keeps_the_key(qtbot):
    editor = _editor(qtbot, "rfm_group", [("champions", 242), ("at_risk", 291)], "fi")
    labels = [editor.combo.itemText(i) for i in range(editor.combo.count())]
    assert labels[0].startswith("Huippuasiakkaat") and "at_risk" not in " ".join(labels)
    editor.set_value(["champions"])
    assert editor.value() == ["champions"]
    assert editor.combo.lineEdit().text() == "Huippuasiakkaat"
    i18n.install("en")


def test_churn_bands_and_plain_values_read_as_they_should(qtbot):
    editor = _editor(qtbot, "churn_risk", [("high", 541)], "en")
    assert editor.combo.itemText(0).startswith("high")
    plain = _editor(qtbot, "region", [("Uusimaa", 120)], "en")
    assert plain.combo.itemText(0).startswith("Uusimaa")
