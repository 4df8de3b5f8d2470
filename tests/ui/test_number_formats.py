"""The window writes numbers and dates in its own language only: the English window never shows
"2 000" and the Finnish one never "2,000"; dates in the customer table follow the language."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from segmentdesk.core.segments.model import Group, Segment
from segmentdesk.core.settings import Settings
from segmentdesk.ui import i18n
from segmentdesk.ui.main_window import MainWindow
from segmentdesk.ui.session import Session

AS_OF = dt.date(2026, 11, 1)

SPACE_GROUPED = re.compile(r"\d[\u00a0\u202f ]\d{3}\b")        # "2 000"
COMMA_GROUPED = re.compile(r"\d,\d{3}\b")                      # "2,000"


@pytest.fixture(params=["en", "fi"])
def sample_window(request, qtbot, tmp_path):
    """The main window in one language with the sample shop open and its counts in."""
    i18n.install(request.param)
    win = MainWindow(Session(as_of=AS_OF), Settings(), settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    win.show()
    win.files.open_sample()
    win.session.add_segment(Segment("Everyone", Group("all", [])))       # a size in thousands in the list
    model = win.segment_panel.model
    qtbot.waitUntil(lambda: all("·" in model.data(model.index(r, 0)) and "…" not in model.data(model.index(r, 0))
                                for r in range(model.rowCount())), timeout=20000)
    qtbot.waitUntil(lambda: bool(win.builder.detail_label.text()), timeout=20000)
    yield request.param, win
    i18n.install("en")


def _shown_figures(win) -> str:
    model = win.segment_panel.model
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    texts += [win.status_data.text(), win.builder.detail_label.text(), win.customers.summary.text()]
    return "\n".join(texts)


def test_numbers_are_grouped_the_languages_way_only(sample_window):
    lang, win = sample_window
    shown = _shown_figures(win)
    if lang == "en":
        assert "2,000 customers" in win.status_data.text()
        assert not SPACE_GROUPED.search(shown), shown
    else:
        assert "2\u00a0000 asiakasta" in win.status_data.text()
        assert not COMMA_GROUPED.search(shown), shown


def test_builder_money_and_shares_follow_the_language(sample_window):
    lang, win = sample_window
    detail = win.builder.detail_label.text()
    if lang == "en":
        assert re.search(r"€\d", detail) and re.search(r"\d%", detail) and "\u00a0" not in detail, detail
    else:
        assert re.search(r"\d\u00a0€", detail) and re.search(r"\d\u00a0%", detail) and "€1" not in detail, detail


def test_customer_table_dates_follow_the_language(sample_window):
    lang, win = sample_window
    model = win.customers.model
    columns = [c for c in range(model.columnCount())
               if model.headerData(c, Qt.Orientation.Horizontal) in ("Last order date", "Viimeisin tilaus")]
    assert columns
    dates = [model.data(model.index(r, columns[0])) for r in range(min(50, model.rowCount()))]
    dates = [d for d in dates if d]
    assert dates
    pattern = r"\d{4}-\d{2}-\d{2}" if lang == "en" else r"\d{1,2}\.\d{1,2}\.\d{4}"
    assert all(re.fullmatch(pattern, d) for d in dates), dates[:5]
    assert lang == "en" or f"{AS_OF.day}.{AS_OF.month}.{AS_OF.year}" in win.status_data.text()
