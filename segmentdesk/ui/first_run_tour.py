"""The first-run tour: import, build, read the count, check consent, export — pointing at the window's own widgets.

Shown once, the first time SegmentDesk starts (``Settings.tour_seen`` remembers it, skipped or finished), and
again whenever Help ▸ Show me around or the Quick guide's button asks.  Each step points at the real widget while
it is shown (the start panel's import button before data is open, the toolbar's after; the builder's count and
reachable line once a segment is open); where a widget is not on screen yet, the bubble stands in the middle and
the words say where to find it.  Before any data is open, the first step offers the sample shop, so the rest of
the tour has a count and a consent line to point at.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from .widgets.tour_overlay import TourOverlay, TourStep, rect_in

# ``window`` is the main window (typed loosely: it imports this module): its start panel, builder, segment list,
# menus and session are what the steps point at.
MainWindow = QMainWindow


def _first_shown(window: MainWindow, *widgets: QWidget | None) -> QRect | None:
    for widget in widgets:
        rect = rect_in(window, widget)
        if rect is not None:
            return rect
    return None


def _toolbar_button(window: MainWindow, action) -> QWidget | None:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    return toolbar.widgetForAction(action) if toolbar is not None else None


def tour_steps(window: MainWindow) -> list[TourStep]:
    """The five steps, in the UI's language, their targets looked up when each step is shown."""
    builder, menus = window.builder, window.menus

    def try_sample() -> None:
        if window.session.dataset is None:
            menus.sample_action.trigger()

    sample = None
    if window.session.dataset is None:
        sample = (QCoreApplication.translate("FirstRunTour", "Try the sample shop"), try_sample)
    return [
        TourStep(
            QCoreApplication.translate("FirstRunTour", "Import your customers"),
            QCoreApplication.translate(
                "FirstRunTour", "Start with your customer file from the webshop, Excel or CSV, and your order file "
                "if you have one. Nothing leaves this computer. Not ready yet? Look around in the sample shop."),
            lambda: _first_shown(window, window.start_panel.import_button,
                                 _toolbar_button(window, menus.import_action)),
            extra=sample),
        TourStep(
            QCoreApplication.translate("FirstRunTour", "Build a segment"),
            QCoreApplication.translate(
                "FirstRunTour", "A segment is a name and a few conditions, such as “bought in the last year” and "
                "“lives in Uusimaa”. Start from a template (Segment ▸ New from template…) or add conditions here."),
            lambda: _first_shown(window, builder.editor_box, window.segment_panel)),
        TourStep(
            QCoreApplication.translate("FirstRunTour", "Read the count"),
            QCoreApplication.translate(
                "FirstRunTour", "The count follows every click: how many customers match, their share of all "
                "customers and of revenue. “Count as of” sets the day that dates and ages are measured on."),
            lambda: _first_shown(window, builder.figures_box)),
        TourStep(
            QCoreApplication.translate("FirstRunTour", "Check consent"),
            QCoreApplication.translate(
                "FirstRunTour", "Only customers with marketing consent and a valid email address are reachable: "
                "the line under the count says how many. The do-not-contact list is never exported."),
            lambda: _first_shown(window, builder.detail_label)),
        TourStep(
            QCoreApplication.translate("FirstRunTour", "Export"),
            QCoreApplication.translate(
                "FirstRunTour", "Export writes your segments to an Excel workbook or a file for your email service, "
                "with only the customers you may contact. Help ▸ Show me around brings this tour back."),
            lambda: _first_shown(window, _toolbar_button(window, menus.export_action))),
    ]


def start_tour(window: MainWindow) -> TourOverlay:
    """Show the tour over ``window`` now (from the first step)."""
    overlay = TourOverlay(window, tour_steps(window))
    overlay.start()
    return overlay
