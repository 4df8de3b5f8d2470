"""The count follows right below the conditions: no empty band between them."""
from __future__ import annotations


def test_the_count_sits_right_below_a_few_conditions(window, qtbot):
    window.resize(1280, 900)
    window.files.open_sample()
    qtbot.wait(50)
    scroll = window.builder._scroll
    gap = window.builder.figures_box.y() - (scroll.y() + scroll.height())
    assert gap < 20
    assert scroll.height() <= window.builder.top.sizeHint().height() + 10


def _band(window) -> int:
    """Empty pixels between the rule in words (the builder's last line) and the customers below."""
    builder = window.builder
    rule_bottom = builder.rule_label.mapTo(window, builder.rule_label.rect().bottomLeft()).y()
    return window.customers.mapTo(window, window.customers.rect().topLeft()).y() - rule_bottom


def test_the_customers_start_right_below_the_rule(window, qtbot):
    window.resize(1280, 800)
    window.files.open_sample()
    qtbot.waitUntil(lambda: _band(window) < 60, timeout=3000)


def test_the_builder_grows_with_its_conditions_and_keeps_the_rule_in_view(window, qtbot):
    window.resize(1280, 800)
    window.files.open_sample()
    qtbot.waitUntil(lambda: _band(window) < 60, timeout=3000)
    before = window.builder.height()
    for _ in range(3):
        window.builder.add_condition()
    qtbot.waitUntil(lambda: window.builder.height() > before, timeout=3000)
    assert 0 <= _band(window) < 60


def test_a_handle_the_user_placed_stays_where_they_put_it(window, qtbot):
    window.resize(1280, 800)
    window.files.open_sample()
    qtbot.waitUntil(lambda: _band(window) < 60, timeout=3000)
    split = window._right
    split.moveSplitter(500, 1)                      # as a drag of the handle does
    chosen = split.sizes()
    window.builder.add_condition()
    qtbot.wait(100)
    assert split.sizes() == chosen
