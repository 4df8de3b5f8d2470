"""Segment ▸ New from template…: a gallery grouped by goal, with counts on the open data, the reason a template
cannot be used, and the template's description kept in sight once the segment exists."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.segments.templates import instantiate, load_templates
from segmentdesk.ui.dialogs import template_gallery
from segmentdesk.ui.dialogs.template_gallery import TemplateGalleryDialog


def _digits(text: str) -> int:
    return int("".join(c for c in text if c.isdigit()))


def _gallery(window, qtbot) -> TemplateGalleryDialog:
    dialog = TemplateGalleryDialog(window.session, window)
    qtbot.addWidget(dialog)
    return dialog


def _without_birth_dates(window) -> None:
    customers = pd.DataFrame({"id": ["1", "2", "3"], "email": ["a@example.fi", "b@example.fi", "c@example.fi"]})
    orders = pd.DataFrame({"order": ["x", "y"], "customer": ["1", "2"], "amount": [10.0, 20.0],
                           "date": ["1.10.2026", "1.5.2026"]})
    ds = build_dataset(customers, {"customer_id": "id", "email": "email"}, orders,
                       {"order_id": "order", "customer_ref": "customer", "amount": "amount", "order_date": "date"})
    window.session.set_dataset(ds, sources={"customers": "c.csv"}, at=dt.datetime(2026, 11, 1, 12))


def test_templates_are_grouped_by_goal_in_the_gallerys_order(window, qtbot):
    window.files.open_sample()
    dialog = _gallery(window, qtbot)
    assert [h.text() for h in dialog.headings][:4] == ["Welcome new customers", "Reward your best customers",
                                                       "Win back quiet customers", "Seasons and special days"]


def test_each_template_shows_its_count_on_the_open_data(window, qtbot):
    window.files.open_sample()
    dialog = _gallery(window, qtbot)
    ds, as_of = window.session.dataset, window.session.as_of
    for template in load_templates():
        expected = int(window.session.evaluator_for_data().mask(instantiate(template, ds, as_of=as_of).rule).sum())
        assert _digits(dialog.cards[template.id].count_label.text()) == expected, template.id


def test_each_template_says_when_to_use_it(window, qtbot):
    window.files.open_sample()
    card = _gallery(window, qtbot).cards["birthday_soon"]
    assert card.when_label.text() == "When to use: Send a birthday greeting with a small gift or discount."
    assert card.description_label.text() == "For a birthday greeting or offer."


def test_a_template_the_data_cannot_answer_is_greyed_and_names_the_missing_column(window, qtbot):
    _without_birth_dates(window)
    card = _gallery(window, qtbot).cards["seniors"]
    assert not card.create_button.isEnabled()
    assert card.needs_label.text() == "Needs a column the customer file does not have: Birth date"
    assert not card.needs_label.isHidden()
    assert card.count_label.text() == "—"
    assert _gallery(window, qtbot).cards["regulars"].create_button.isEnabled()


def test_choosing_a_template_creates_its_segment_with_shop_specific_values(window, qtbot, monkeypatch):
    window.files.open_sample()
    before = len(window.session.segments)

    def choose(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.cards["top_spenders"].create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TemplateGalleryDialog, "exec", choose)
    window.menus.template_action.trigger()
    assert len(window.session.segments) == before + 1
    segment = window.session.current_segment
    assert segment.name == "Top 10 % by spend" and window.builder.name_edit.text() == "Top 10 % by spend"
    assert len(window.builder._rows) == 2
    share = window.session.figures(segment).count / (window.session.dataset.metrics["order_count"] > 0).sum()
    assert 0.08 < share < 0.12


def test_closing_the_gallery_creates_nothing(window, qtbot, monkeypatch):
    window.files.open_sample()
    before = len(window.session.segments)
    monkeypatch.setattr(TemplateGalleryDialog, "exec", lambda dialog: dialog.reject() or dialog.result())
    window.template_gallery()
    assert len(window.session.segments) == before


def test_the_templates_description_shows_under_the_segment_name(window, qtbot):
    window.files.open_sample()
    template = next(t for t in load_templates() if t.id == "lapsed_6m")
    window.new_from_template(template)
    label = window.builder.description_label
    assert label.text() == "Bought at least twice, nothing in the last six months." and label.isVisible()
    window.session.add_segment()
    assert not window.builder.description_label.isVisible()


def test_the_template_pointer_of_an_empty_segment_opens_the_gallery(window, qtbot, monkeypatch):
    window.files.open_sample()
    window.session.add_segment()
    opened = []
    monkeypatch.setattr(TemplateGalleryDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(window.builder.template_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_a_big_shop_is_counted_in_a_worker(window, qtbot, monkeypatch):
    window.files.open_sample()
    monkeypatch.setattr(template_gallery, "SYNC_LIMIT", 0)
    dialog = _gallery(window, qtbot)
    assert dialog.counts is None and dialog.cards["regulars"].count_label.text() == "Counting…"
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10000)
    assert _digits(dialog.cards["regulars"].count_label.text()) == dialog.counts["regulars"] > 0


def test_the_gallery_in_finnish_names_goals_and_columns_in_finnish(window, qtbot):
    from segmentdesk.ui import i18n
    i18n.install("fi")
    try:
        _without_birth_dates(window)
        dialog = _gallery(window, qtbot)
        assert dialog.headings[0].text() == "Tervehdi uusia asiakkaita"
        assert dialog.cards["seniors"].needs_label.text() == "Tarvitsee sarakkeen, jota asiakastiedostossa ei ole: Syntymäaika"
    finally:
        i18n.install("en")


def test_without_an_order_file_order_templates_ask_for_one_instead_of_counting_nobody(window, qtbot):
    customers = pd.DataFrame({"id": ["1", "2"], "email": ["a@example.fi", "b@example.fi"]})
    ds = build_dataset(customers, {"customer_id": "id", "email": "email"})
    window.session.set_dataset(ds, sources={"customers": "c.csv"}, at=dt.datetime(2026, 11, 1, 12))
    dialog = _gallery(window, qtbot)
    card = dialog.cards["never_ordered"]
    assert not card.create_button.isEnabled() and card.count_label.text() == "—"
    assert card.needs_label.text() == "Needs an order file with: Customer (number or email)"
    assert dialog.cards["top_spenders"].needs_label.text() == ("Needs an order file with: "
                                                                "Customer (number or email), Amount (€)")


def test_start_from_a_template_fills_the_empty_segment_instead_of_leaving_it_behind(window, qtbot, monkeypatch,
                                                                                  accept_dialogs):
    from segmentdesk.paths import sample_dir

    assert window.files.import_path(sample_dir() / "customers.xlsx", sample_dir() / "orders.csv")
    assert [s.name for s in window.session.segments] == ["New segment"]

    def choose(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.cards["regulars"].create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TemplateGalleryDialog, "exec", choose)
    qtbot.mouseClick(window.builder.template_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in window.session.segments] == ["Regulars"]
    assert window.builder.name_edit.text() == "Regulars" and len(window.builder._rows) == 2
    window.session.undo_stack.undo()
    assert [s.name for s in window.session.segments] == ["New segment"]


def test_new_from_template_in_the_menu_adds_a_segment_beside_an_empty_one(window, qtbot, monkeypatch,
                                                                          accept_dialogs):
    from segmentdesk.paths import sample_dir

    assert window.files.import_path(sample_dir() / "customers.xlsx", sample_dir() / "orders.csv")
    monkeypatch.setattr(TemplateGalleryDialog, "exec",
                        lambda dialog: dialog._choose(dialog.cards["regulars"].template) or dialog.result())
    window.menus.template_action.trigger()
    assert [s.name for s in window.session.segments] == ["New segment", "Regulars"]


@pytest.mark.parametrize("dark", [False, True])
def test_a_greyed_templates_name_and_description_stay_readable(window, qtbot, dark):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from tests.ui.palettes import contrast, dark_palette

    app = QApplication.instance()
    before = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        _without_birth_dates(window)
        card = _gallery(window, qtbot).cards["seniors"]
        background = card.palette().color(QPalette.ColorRole.Window)
        for label in (card.name_label, card.description_label):
            assert label.isEnabled()
            assert contrast(label.palette().color(QPalette.ColorRole.WindowText), background) >= 4.5
    finally:
        app.setPalette(before)
