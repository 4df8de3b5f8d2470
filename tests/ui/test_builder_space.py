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
