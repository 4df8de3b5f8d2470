"""The Overview page: key figures of the open project, revenue by month and segment sizes, kept up to date."""
from __future__ import annotations

from segmentdesk.core.formats import FI_GROUP


def _overview(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("overview")
    qtbot.waitUntil(lambda: not page.busy and page.revenue_chart.figure is not None, timeout=10000)
    return page


def test_without_data_the_overview_says_how_to_get_some(window):
    page = window.analysis.show_page("overview")
    assert page.empty_label.isVisible() and not page.content.isVisible()


def test_the_tiles_show_the_sample_shops_customers_and_revenue(window, qtbot):
    page = _overview(window, qtbot)
    ds = window.session.dataset
    assert page.customers_tile.value.text() == f"{len(ds):,}"
    assert page.revenue_tile.value.text().startswith("€")
    # Beside the revenue of all orders, the chart of a year said only "Revenue by month".
    assert page.revenue_chart.figure.axes[0].get_title(loc="left") == "Revenue by month, the last 12 months"


def test_adding_a_segment_adds_its_bar(window, qtbot):
    page = _overview(window, qtbot)
    bars = len(page.sizes_chart.figure.axes[0].patches)
    window.session.add_segment()
    qtbot.waitUntil(lambda: len(page.sizes_chart.figure.axes[0].patches) == bars + 1, timeout=10000)


def test_a_hidden_overview_waits_until_it_is_shown(window, qtbot):
    page = _overview(window, qtbot)
    window.analysis.show_segments()
    bars = len(page.sizes_chart.figure.axes[0].patches)
    window.session.add_segment()
    assert len(page.sizes_chart.figure.axes[0].patches) == bars
    window.analysis.show_page("overview")
    assert len(page.sizes_chart.figure.axes[0].patches) == bars + 1


def test_the_revenue_chart_saves_as_png(window, qtbot, tmp_path):
    page = _overview(window, qtbot)
    path = page.revenue_chart.save_image(tmp_path / "revenue.png")
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_finnish_tiles_group_thousands_with_a_no_break_space(window, qtbot):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        page = _overview(window, qtbot)
        assert FI_GROUP in page.customers_tile.value.text()
    finally:
        i18n.install("en")


def test_data_with_dated_orders_shows_its_rfm_groups_best_first(window, qtbot):
    page = _overview(window, qtbot)
    assert page.rfm_chart.isVisible()
    ax = page.rfm_chart.figure.axes[0]
    top = max(ax.get_yticklabels(), key=lambda t: t.get_position()[1])
    assert top.get_text() == "Champions"
