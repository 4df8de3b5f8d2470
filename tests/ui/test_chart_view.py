"""The chart canvas: draws a core drawing function in the palette's colours, saves PNG and SVG, copies."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from segmentdesk.core.charts.bar_charts import draw_monthly_revenue
from segmentdesk.core.charts.style import DARK_SERIES, LIGHT_SERIES
from segmentdesk.ui.charts.chart_view import ChartView

MONTHS = [(dt.date(2026, m, 1), 100.0 * m) for m in range(1, 5)]


def _view(qtbot) -> ChartView:
    view = ChartView(file_stem="revenue")
    qtbot.addWidget(view)
    view.resize(500, 320)
    view.show()
    return view


def _dark(view: ChartView) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#EEEEEE"))
    view.setPalette(palette)


def test_nothing_to_save_or_copy_before_a_chart(qtbot):
    view = _view(qtbot)
    assert view.figure is None
    assert not view.save_png_action.isEnabled() and not view.copy_action.isEnabled()


def test_a_chart_is_drawn_with_the_light_palette_colours(qtbot):
    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    assert view.save_png_action.isEnabled()
    assert view.theme().series == LIGHT_SERIES


def test_a_dark_palette_redraws_the_chart_dark(qtbot):
    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    with qtbot.waitSignal(view.drawn):
        _dark(view)
    assert view.theme().series == DARK_SERIES
    face = view.figure.get_facecolor()
    assert max(face[:3]) < 0.2


def test_save_as_png_writes_a_png_file(qtbot, tmp_path):
    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    path = view.save_image(tmp_path / "chart.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_save_as_svg_writes_an_svg_file(qtbot, tmp_path):
    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    text = view.save_image(tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in text


def test_the_save_menu_asks_for_a_name_and_adds_the_suffix(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "kuva"), "")))
    view.save_svg_action.trigger()
    assert (tmp_path / "kuva.svg").is_file()


def test_copy_puts_the_chart_image_on_the_clipboard(qtbot):
    view = _view(qtbot)
    view.show_chart(draw_monthly_revenue, MONTHS)
    QGuiApplication.clipboard().clear()
    view.copy_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 300
