"""The Clusters page: find hidden groups, see them on the map and in words, name them, make segments."""
from __future__ import annotations

from PySide6.QtCore import Qt

from segmentdesk.core.segments.evaluate import Evaluator


def _clusters(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("clusters")
    qtbot.waitUntil(lambda: not page.busy and page.table.rowCount() > 0, timeout=20000)
    return page


def _run(page, qtbot):
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.session.project.cluster_run is not None, timeout=20000)


def _select(page, qtbot, row: int):
    rect = page.table.visualRect(page.table.model().index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_without_data_the_page_says_how_to_get_some(window):
    page = window.analysis.show_page("clusters")
    assert page.empty_label.isVisible() and not page.content.isVisible()


def test_opening_shows_clusters_of_the_default_fields_without_keeping_them(window, qtbot):
    page = _clusters(window, qtbot)
    assert set(page.ticked_fields()) == {"days_since_last_order", "order_count", "total_spend", "age"}
    assert page.map_chart.figure.axes[0].get_xlabel().startswith("Axis 1 (")
    assert window.session.project.cluster_run is None


def test_find_groups_keeps_them_as_the_cluster_field(window, qtbot):
    page = _clusters(window, qtbot)
    page.k_combo.setCurrentIndex(page.k_combo.findData(3))
    _run(page, qtbot)
    assert page.table.rowCount() == 3
    assert window.session.project.cluster_run.names == ("Cluster 1", "Cluster 2", "Cluster 3")
    assert set(window.session.dataset.metrics["cluster"].dropna()) == {"Cluster 1", "Cluster 2", "Cluster 3"}


def test_renaming_a_cluster_renames_its_field_value(window, qtbot):
    page = _clusters(window, qtbot)
    _run(page, qtbot)
    page.table.item(0, 0).setText("Kanta-asiakkaat")
    assert window.session.project.cluster_run.names[0] == "Kanta-asiakkaat"
    assert "Kanta-asiakkaat" in set(window.session.dataset.metrics["cluster"].dropna())


def test_renaming_a_cluster_keeps_the_segments_that_name_it_counting_its_customers(window, qtbot):
    from segmentdesk.core.segments.model import Condition, Group, Segment

    page = _clusters(window, qtbot)
    page.k_combo.setCurrentIndex(page.k_combo.findData(3))
    _run(page, qtbot)
    window.session.add_segment(Segment("First cluster", Group("all", [Condition("cluster", "in", ["Cluster 1"])])))
    segment = window.session.segments[-1]
    before = int(window.session.mask(segment).sum())
    page.table.item(0, 0).setText("Regulars")
    renamed = next(s for s in window.session.segments if s.name == "First cluster")
    assert renamed.rule.children[0].value == ["Regulars"]
    assert int(window.session.mask(renamed).sum()) == before > 0


def test_clicking_a_cluster_and_making_a_segment_lists_exactly_its_customers(window, qtbot):
    page = _clusters(window, qtbot)
    _select(page, qtbot, 1)
    assert page.selected_cluster() == 1 and page.members_button.isEnabled()
    before = len(window.session.segments)
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    assert len(window.session.segments) == before + 1
    segment = window.session.segments[-1]
    members = Evaluator(window.session.dataset, as_of=window.session.as_of).mask(segment.rule)
    assert members.tolist() == (page._result.labels == 1).tolist()
    assert "Made segment" in page.segment_label.text()


def test_a_rule_segment_says_how_well_it_reproduces_the_cluster(window, qtbot):
    page = _clusters(window, qtbot)
    _select(page, qtbot, 0)
    qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton)
    assert window.session.segments[-1].name.endswith("(rule)")
    assert "The rule finds " in page.segment_label.text()


def test_the_silhouette_of_each_k_and_the_filled_in_missing_values_are_shown(window, qtbot):
    page = _clusters(window, qtbot)
    bars = page.silhouette_chart.figure.axes[0].patches
    assert len(bars) == 7                       # k = 2 … 8
    prepared = {p.field: p for p in page._result.features.preparations}
    missing = prepared["days_since_last_order"].missing
    assert missing > 0                          # the sample's customers without orders
    assert f"Days since last order: {missing} missing, filled with the median" in page.notes_label.text()
    assert "Number of orders: log scale" in page.notes_label.text()
