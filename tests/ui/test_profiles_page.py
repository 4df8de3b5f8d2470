"""The Profiles page: the builder's segment against all customers, the persona card, segments side by side."""
from __future__ import annotations

from PySide6.QtCore import Qt

from segmentdesk.core.segments.model import Persona


def _profiles(window, qtbot, index: int = 2):
    window.files.open_sample()
    window.session.select_segment(index)
    page = window.analysis.show_page("profiles")
    qtbot.waitUntil(lambda: page.report is not None and not page.busy, timeout=10000)
    return page


def _cells(table, column: int = 0) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_without_data_the_page_says_how_to_get_some(window):
    page = window.analysis.show_page("profiles")
    assert page.empty_label.isVisible() and not page.content.isVisible()


def test_the_page_profiles_the_segment_selected_in_the_builder(window, qtbot):
    page = _profiles(window, qtbot, 2)
    name = window.session.segments[2].name
    assert page.segment_combo.currentText() == name
    assert page.report.profiles[0].name == name
    assert _cells(page.figures_table)[:2] == ["Customers", "Reachable by email"]
    count = int((window.session.mask(window.session.segments[2])).sum())
    assert page.figures_table.item(0, 1).text() == f"{count:,}"


def test_selecting_another_segment_in_the_builder_shows_its_profile(window, qtbot):
    page = _profiles(window, qtbot, 2)
    window.session.select_segment(0)
    qtbot.waitUntil(lambda: page.report.profiles[0].name == window.session.segments[0].name, timeout=10000)
    assert page.segment_combo.currentText() == window.session.segments[0].name


def test_choosing_a_segment_on_the_page_selects_it_for_the_builder_too(window, qtbot):
    page = _profiles(window, qtbot, 2)
    page.segment_combo.setCurrentIndex(1)
    page.segment_combo.activated.emit(1)
    assert window.session.current_index == 1
    qtbot.waitUntil(lambda: page.report.profiles[0].name == window.session.segments[1].name, timeout=10000)


def test_the_strongest_differences_are_sentences_and_bars(window, qtbot):
    page = _profiles(window, qtbot, 2)             # yoga fans in Uusimaa
    assert "as likely to buy Joogatarvikkeet" in page.highlights_label.text()
    qtbot.waitUntil(lambda: page.index_chart.figure is not None, timeout=10000)
    labels = [t.get_text() for t in page.index_chart.figure.axes[0].get_yticklabels()]
    assert "Categories bought: Joogatarvikkeet" in labels


def test_what_the_segments_rule_chooses_by_is_not_told_as_a_finding(window, qtbot):
    # The page said "6.3x as likely to be interested in jooga", "2.8x as likely to live in Uusimaa" of
    # the segment "yoga fans in Uusimaa".
    page = _profiles(window, qtbot, 2)
    text = page.highlights_label.text()
    assert "jooga" not in text and "live in" not in text
    assert text.endswith("Left out as the segment's rule chooses by them: region, city, interests.")
    qtbot.waitUntil(lambda: page.index_chart.figure is not None, timeout=10000)
    labels = [t.get_text() for t in page.index_chart.figure.axes[0].get_yticklabels()]
    assert labels and not any(label.startswith(("Region", "City", "Interests")) for label in labels)


def test_the_dimension_table_lists_each_dimension_with_its_values(window, qtbot):
    page = _profiles(window, qtbot, 2)
    rows = _cells(page.dimensions_table)
    assert "Age" in rows and "Region" in rows and "Uusimaa" in [r.strip() for r in rows]


def test_checks_are_shown_in_plain_words(window, qtbot):
    page = _profiles(window, qtbot, 2)
    window.session.set_small_segment_threshold(1000)
    qtbot.waitUntil(lambda: "too few to act on" in page.checks_view.text(), timeout=10000)


def test_saving_the_persona_stores_it_with_the_segment_and_undo_takes_it_back(window, qtbot):
    page = _profiles(window, qtbot, 2)
    page.tabs.setCurrentIndex(1)
    assert not page.persona_save.isEnabled()
    page.persona_name.setText("Joogaava Johanna")
    page.persona_name.textEdited.emit("Joogaava Johanna")
    page.persona_text.setPlainText("Käy joogassa kahdesti viikossa.")
    assert page.persona_save.isEnabled()
    assert page.card_title.text() == "Joogaava Johanna"
    qtbot.mouseClick(page.persona_save, Qt.MouseButton.LeftButton)
    assert window.session.segments[2].persona == Persona("Joogaava Johanna", "Käy joogassa kahdesti viikossa.")
    assert window.session.dirty and not page.persona_save.isEnabled()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: page.persona_name.text() == "", timeout=5000)


def test_the_persona_card_shows_the_segments_key_figures(window, qtbot):
    page = _profiles(window, qtbot, 2)
    page.tabs.setCurrentIndex(1)
    assert page.card_figures.text().startswith("Customers: ")
    assert "Average order: €" in page.card_figures.text()


def test_ticking_segments_compares_them_side_by_side(window, qtbot):
    page = _profiles(window, qtbot, 2)
    page.tabs.setCurrentIndex(2)
    assert page.compare_table.rowCount() == 0
    page.compare_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.report.comparison is not None, timeout=10000)
    headers = [page.compare_table.horizontalHeaderItem(c).text() for c in range(page.compare_table.columnCount())]
    assert headers[2] == window.session.segments[2].name and headers[4] == page.compare_list.item(0).text()
    assert _cells(page.compare_table)[0] == "Customers"
    revenue = _cells(page.compare_table).index("Share of revenue")
    assert page.compare_table.item(revenue, 1).text() == "100.0%"      # was blank


def test_the_page_speaks_finnish(window, qtbot):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        page = _profiles(window, qtbot, 2)
        assert _cells(page.figures_table)[0] == "Asiakkaita"
        assert "kertaa useammin" in page.highlights_label.text()
    finally:
        i18n.install("en")


def test_a_change_elsewhere_keeps_the_persona_being_typed(window, qtbot):
    page = _profiles(window, qtbot, 2)
    page.persona_name.setText("Joogaava Johanna")
    page.persona_name.textEdited.emit("Joogaava Johanna")
    window.session.set_small_segment_threshold(5)
    assert window.session.rename_segment(2, "Renamed meanwhile")
    assert page.persona_name.text() == "Joogaava Johanna" and page.persona_save.isEnabled()


def test_with_no_segment_selected_the_first_is_shown(window, qtbot):
    page = _profiles(window, qtbot, 0)
    window.session.select_segment(-1)
    qtbot.waitUntil(lambda: page.segment_combo.currentIndex() == 0, timeout=5000)
    assert page.report.profiles[0].name == window.session.segments[0].name


def test_a_rule_the_data_cannot_answer_is_said_on_the_page(window, qtbot):
    from segmentdesk.core.segments.model import Condition, Group, Segment

    page = _profiles(window, qtbot, 2)
    window.session.update_segment(2, Segment(window.session.segments[2].name,
                                             Group("all", [Condition("no_such_field", "eq", 1)])))
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10000)
    assert "no_such_field" in page.error_label.text() and not page.tabs.isEnabled()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: not page.error_label.isVisible() and page.tabs.isEnabled(), timeout=10000)
