"""The History page: segment lines over the snapshots, the migration between two, its people as a segment."""
from __future__ import annotations

import pytest

from segmentdesk.core.analytics.history import NEW
from segmentdesk.ui import i18n

from sample_history import DATES, make_sample_history


@pytest.fixture(scope="module")
def history_file(tmp_path_factory):
    return make_sample_history(tmp_path_factory.mktemp("history") / "kauppa.segdesk")


@pytest.fixture
def page(window, qtbot, history_file, tmp_path):
    import shutil

    path = tmp_path / "kauppa.segdesk"
    shutil.copyfile(history_file, path)
    window.files.open_path(path)
    qtbot.waitUntil(lambda: window.session.path == path, timeout=20000)
    page = window.analysis.show_page("history")
    qtbot.waitUntil(lambda: not page.busy and page._migration is not None, timeout=20000)
    return page


def test_an_unsaved_project_explains_where_history_comes_from(window):
    window.files.open_sample()
    page = window.analysis.show_page("history")
    assert page.message.isVisible() and "saved" in page.message.text()


def test_each_segment_gets_a_line_over_the_snapshot_dates(page):
    lines = page.chart.figure.axes[0].get_lines()
    assert [line.get_label() for line in lines][:2] == ["Kanta-asiakkaat", "Hiipuneet"]
    assert len(lines[0].get_xdata()) == len(DATES)


def test_switching_to_revenue_redraws_in_euros(page, qtbot):
    with qtbot.waitSignal(page.chart.drawn):
        page.measure.setCurrentIndex(page.measure.findData("revenue"))
    assert page.chart.figure.axes[0].get_ylabel() == "Revenue"


def test_the_last_two_snapshots_are_compared_first(page):
    assert (page.before.currentIndex(), page.after.currentIndex()) == (len(DATES) - 2, len(DATES) - 1)
    assert page.matrix.rowCount() == len(page._shown[0]) + 1          # and the totals
    assert page.flows.text().startswith("•")


def test_choosing_another_snapshot_recomputes_the_matrix(page, qtbot):
    before = page._migration
    page.before.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page._migration is not None and page._migration is not before, timeout=20000)
    assert page._migration.before.as_of == DATES[0]


def test_clicking_a_cell_lists_its_customers_and_makes_a_segment_of_them(page, window, qtbot):
    m = page._migration
    count = m.count(NEW, "Uudet asiakkaat")
    assert count > 0
    rows, columns = page._shown
    page.matrix.setCurrentCell(rows.index(NEW), columns.index("Uudet asiakkaat"))
    assert page.people.count() == min(count, 500)
    segments = len(window.session.segments)
    page.make_segment_button.click()
    assert len(window.session.segments) == segments + 1
    made = window.session.segments[-1]
    qtbot.waitUntil(lambda: window.session.live_counts.size_of(made) is not None, timeout=20000)
    assert window.session.live_counts.size_of(made) == count


def test_the_chart_saves_as_png(page, tmp_path):
    assert page.chart.save_image(tmp_path / "history.png").read_bytes()[:4] == b"\x89PNG"


def test_the_table_adds_up_to_the_segment_sizes_the_chart_shows(page):
    # The sample's Kanta-asiakkaat and Hiipuneet overlap: the rows once fell 28 short of the chart's size.
    rows, columns = page._shown
    sizes = {t.name: {p.as_of: p.count for p in t.points} for t in page._history.trends}
    last_row, last_column = page.matrix.rowCount() - 1, page.matrix.columnCount() - 1
    assert page.matrix.verticalHeaderItem(last_row).text() == "Total"
    fmt = i18n.formats()
    for name in ("Kanta-asiakkaat", "Hiipuneet"):
        assert page.matrix.item(rows.index(name), last_column).text() == fmt.whole(sizes[name][DATES[-2]])
        assert page.matrix.item(last_row, columns.index(name)).text() == fmt.whole(sizes[name][DATES[-1]])
    assert "counted in each" in page.matrix_title.text()


def test_a_total_lists_nobody(page):
    page.matrix.setCurrentCell(0, page.matrix.columnCount() - 1)
    assert page.people.count() == 0 and not page.make_segment_button.isEnabled()
