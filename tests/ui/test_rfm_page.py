"""The RFM page: the heatmap of the sample shop, a click on a cell lists its customers and makes it a
segment, the groups with their shares, descriptions and actions."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import Qt

from segmentdesk.core.data.rfm import rfm_scores


def _rfm(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("rfm")
    qtbot.waitUntil(lambda: not page.busy and page.heatmap.figure is not None
                    and page.groups_table.rowCount() > 0, timeout=10000)
    return page


def _cell_centre(page, r: int, f: int):
    """Where cell (r, f) is on the canvas, in the pixels a mouse click uses."""
    ax = page.heatmap.figure.axes[0]
    x, y = ax.transData.transform((f, r))
    canvas = page.heatmap.canvas
    ratio = canvas.device_pixel_ratio
    return int(x / ratio), int(canvas.height() - y / ratio)


def test_without_orders_the_page_says_what_it_needs(window):
    page = window.analysis.show_page("rfm")
    assert page.empty_label.isVisible() and not page.content.isVisible()


def test_clicking_a_cell_lists_its_customers(window, qtbot):
    page = _rfm(window, qtbot)
    scores = rfm_scores(window.session.dataset, window.session.as_of)
    r, f = int(scores.r[scores.buyers][0]), int(scores.f[scores.buyers][0])
    x, y = _cell_centre(page, r, f)
    with qtbot.waitSignal(page.cell_chosen, timeout=5000) as chosen:
        qtbot.mouseClick(page.heatmap.canvas, Qt.MouseButton.LeftButton, pos=_point(x, y))
    assert chosen.args == [r, f]
    expected = int((scores.buyers & (scores.r == r) & (scores.f == f)).sum())
    assert page.customers_model.rowCount() == expected
    assert f"R{r} · F{f}" in page.cell_label.text()


def _point(x: int, y: int):
    from PySide6.QtCore import QPoint

    return QPoint(x, y)


def test_a_clicked_cell_becomes_a_segment_with_the_same_customers(window, qtbot):
    page = _rfm(window, qtbot)
    scores = rfm_scores(window.session.dataset, window.session.as_of)
    r, f = int(scores.r[scores.buyers][0]), int(scores.f[scores.buyers][0])
    qtbot.mouseClick(page.heatmap.canvas, Qt.MouseButton.LeftButton, pos=_point(*_cell_centre(page, r, f)))
    before = len(window.session.segments)
    qtbot.mouseClick(page.segment_button, Qt.MouseButton.LeftButton)
    assert len(window.session.segments) == before + 1
    segment = window.session.current_segment
    assert segment.name == f"RFM R{r} · F{f}"
    members = window.session.mask(segment)
    assert np.array_equal(members, scores.buyers & (scores.r == r) & (scores.f == f))


def test_a_group_becomes_a_segment_of_its_key(window, qtbot):
    page = _rfm(window, qtbot)
    page.groups_table.selectRow(0)
    qtbot.mouseClick(page.group_segment_button, Qt.MouseButton.LeftButton)
    segment = window.session.current_segment
    key = page.groups_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert segment.rule.children[0].field == "rfm_group" and segment.rule.children[0].value == [key]


def test_the_groups_table_gives_sizes_and_shares_and_the_selected_groups_words(window, qtbot):
    from segmentdesk.core.words import rfm_group_action

    page = _rfm(window, qtbot)
    table = page.groups_table
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Champions")
    assert all(table.item(r, 2).text().endswith("%") for r in range(table.rowCount()))
    table.selectRow(row)
    assert "Champions" in page.group_details.text()
    assert rfm_group_action("champions", "en").split(":")[0] in page.group_details.text()


def test_the_measure_switches_the_heatmap_to_revenue(window, qtbot):
    page = _rfm(window, qtbot)
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("revenue"))
    qtbot.waitUntil(lambda: page.heatmap.figure.axes[0].get_title(loc="left") == "Revenue per R×F cell",
                    timeout=10000)


def test_a_cells_customers_take_one_line_each(window, qtbot):
    page = _rfm(window, qtbot)
    page.choose_cell(1, 1)
    qtbot.waitUntil(lambda: page.customers_model.rowCount() > 0, timeout=5000)
    view = page.customers_view
    assert not view.wordWrap()
    assert view.rowHeight(0) <= view.fontMetrics().height() + 8


def test_an_empty_column_of_the_grid_is_explained(window, qtbot):
    # Most of the sample's buyers have one order: they all get F 1, and F 2 is skipped.
    page = _rfm(window, qtbot)
    scores = rfm_scores(window.session.dataset, window.session.as_of)
    f = scores.f[scores.buyers]
    assert not (f == 2).any()
    one = int((f == 1).sum())
    assert (f"Nobody has F score 2: equal values get equal scores, and the {one:,} customers with F 1 (1 order) "
            "are more than a fifth of the buyers.") in page.summary_label.text()


def test_the_customer_headings_are_wide_enough_for_their_words_and_the_sort_arrow(window, qtbot):
    # "Asiakasnumero" / "Customer number" was cut at both ends in a 100-pixel column, the arrow over its last letter.
    page = _rfm(window, qtbot)
    view, header = page.customers_view, page.customers_view.horizontalHeader()
    assert header.isSortIndicatorShown()
    for column in range(page.customers_model.columnCount()):
        assert view.columnWidth(column) >= min(header.sectionSizeHint(column), 260)
