"""On a dark desktop every text and icon stays readable, and a switch while open is followed."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from segmentdesk.paths import sample_dir
from tests.ui.palettes import contrast, dark_palette

SAMPLE = sample_dir()
ROLE = QPalette.ColorRole


@pytest.fixture
def dark(qapp):
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


def _text_contrast(label) -> float:
    return contrast(label.palette().color(ROLE.WindowText), QApplication.palette().color(ROLE.Window))


def _icon_lightness(action) -> float:
    image = action.icon().pixmap(24, 24).toImage()
    seen = [QColor(image.pixel(x, y)) for x in range(24) for y in range(24)
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    assert seen, "the icon draws something"
    return sum(c.lightnessF() for c in seen) / len(seen)


def test_rule_words_and_warnings_are_readable_on_dark(window, dark, accept_dialogs):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")
    builder = window.builder
    assert _text_contrast(builder.rule_label) >= 4.5
    assert _text_contrast(builder.warning_label) >= 4.5
    assert _text_contrast(builder.counting_label) >= 4.5


def test_a_switch_to_dark_while_open_is_followed(window, qapp, accept_dialogs):
    light_rule = window.builder.rule_label.palette().color(ROLE.WindowText)
    light_icon = _icon_lightness(window.menus.export_action)
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        qapp.processEvents()
        assert window.builder.rule_label.palette().color(ROLE.WindowText) != light_rule
        assert _text_contrast(window.builder.rule_label) >= 4.5
        assert light_icon < 0.4 < _icon_lightness(window.menus.export_action), "the Export arrow turns light"
    finally:
        QApplication.setPalette(before)


def test_overlap_cells_keep_their_text_readable_on_dark(window, dark, qtbot, accept_dialogs):
    from segmentdesk.ui.dialogs.overlap_dialog import OverlapDialog

    window.files.open_sample()
    dialog = OverlapDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.filled, timeout=10000)
    text = QApplication.palette().color(ROLE.Text)
    m = dialog.matrix
    cells = [m.item(r, c) for r in range(m.rowCount()) for c in range(m.columnCount()) if r != c]
    assert cells
    assert min(contrast(text, cell.background().color()) for cell in cells) >= 4.5


def _unticked_box_contrast(qtbot, style) -> float:
    """The strongest contrast between the first (unticked) row's check box and the list behind it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    view = QListWidget()
    qtbot.addWidget(view)
    view.setStyle(style)
    item = QListWidgetItem("Birth date")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    view.resize(200, 80)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    row = view.visualItemRect(item)
    base = view.palette().color(ROLE.Base)
    box = [QColor(image.pixel(x, y)) for x in range(row.left(), row.left() + row.height() + 4)
           for y in range(row.top(), row.bottom() + 1)]
    return max(contrast(c, base) for c in box)


def test_an_unticked_box_shows_on_a_dark_list(qtbot, dark):
    from PySide6.QtWidgets import QStyleFactory

    from segmentdesk.ui.dark_outlines import DarkOutlineStyle

    assert _unticked_box_contrast(qtbot, DarkOutlineStyle("fusion")) >= 3.0      # WCAG: a control's edge
    assert _unticked_box_contrast(qtbot, QStyleFactory.create("fusion")) < 3.0        # what Fusion alone draws


def _field(qtbot, kind, style):
    from PySide6.QtWidgets import QDateEdit, QLineEdit

    field = QLineEdit("Mikko") if kind == "line" else QDateEdit()
    qtbot.addWidget(field)
    field.setStyle(style)
    field.resize(160, field.sizeHint().height())
    field.show()
    qtbot.waitExposed(field)
    return field


def _edge_contrast(qtbot, kind, style) -> float:
    """The strongest contrast between a field's edge (its outermost two pixels, left and top) and its inside."""
    field = _field(qtbot, kind, style)
    image = field.grab().toImage()
    base = field.palette().color(ROLE.Base)
    mid = image.height() // 2
    edge = [QColor(image.pixel(x, mid)) for x in (0, 1)] + [QColor(image.pixel(40, y)) for y in (0, 1)]
    return max(contrast(c, base) for c in edge)


@pytest.mark.parametrize("kind", ["line", "date"])
def test_a_fields_edge_shows_on_a_dark_dialog(qtbot, dark, kind):
    from PySide6.QtWidgets import QStyleFactory

    from segmentdesk.ui.dark_outlines import DarkOutlineStyle

    assert _edge_contrast(qtbot, kind, DarkOutlineStyle("fusion")) >= 3.0          # WCAG: a control's edge
    assert _edge_contrast(qtbot, kind, QStyleFactory.create("fusion")) < 3.0         # what Fusion alone draws


@pytest.mark.parametrize("kind", ["line", "date"])
def test_a_fields_edge_on_a_light_palette_is_fusions_own(qtbot, kind):
    from PySide6.QtWidgets import QStyleFactory

    from segmentdesk.ui.dark_outlines import DarkOutlineStyle

    ours = _field(qtbot, kind, DarkOutlineStyle("fusion")).grab().toImage()
    fusions = _field(qtbot, kind, QStyleFactory.create("fusion")).grab().toImage()
    assert ours == fusions


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_presentations_big_numbers_stand_out_from_its_background(window, qapp, qtbot, palette):
    # The dark palette's blue figures on the near-black slide were 3.9:1.
    before = QApplication.palette()
    if palette == "dark":
        QApplication.setPalette(dark_palette())
    try:
        window.files.open_sample()
        window.menus.presentation_action.trigger()
        view = window.presentation_view
        qtbot.waitExposed(view)
        qapp.processEvents()
        value = view.tiles[0].value_label.palette().color(ROLE.WindowText)
        assert contrast(value, QApplication.palette().color(ROLE.Base)) >= 4.5
        assert value.blue() > value.red()                         # still the accent, not plain text
        view.close()
    finally:
        QApplication.setPalette(before)
