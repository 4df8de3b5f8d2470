"""The customer table fits its columns to the headings and a sample of rows, never to every row."""
from __future__ import annotations

from segmentdesk.ui.widgets.customers_panel import WIDTH_SAMPLE_ROWS


def test_opening_data_measures_the_column_widths_on_a_sample_of_rows(window, qtbot, monkeypatch):
    model = window.customers.model
    rows_read: set[int] = set()
    data = type(model).data

    def counting(self, index, role=0):
        rows_read.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(type(model), "data", counting)
    window.files.open_sample()          # 2,000 customers
    assert model.rowCount() > 10 * WIDTH_SAMPLE_ROWS
    assert 0 < len(rows_read) <= WIDTH_SAMPLE_ROWS


def test_a_column_is_still_as_wide_as_its_heading_and_first_values(window, qtbot):
    window.files.open_sample()
    view, model = window.customers.view, window.customers.model
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        shown = [model.data(model.index(row, column)) or "" for row in range(5)]
        widest = max(metrics.horizontalAdvance(text) for text in shown)
        assert view.columnWidth(column) >= min(widest, 260 - 20), model.headerData(column, 1)
