"""Which analysis pages the window shows, in which order: the registration point for new pages.

A page lives in its own module named in :data:`PAGE_MODULES`; the module defines ``PAGE``, an
:class:`AnalysisPageSpec`.  A module not written yet is skipped, so each page lands on its own
without editing another's code.  The modules are imported when the window is built (for the
tab titles): keep them light — matplotlib and other heavy modules are imported
inside functions, when a page is first shown or first computes.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..session import Session

PAGE_MODULES: tuple[str, ...] = (
    "segmentdesk.ui.analysis.overview_page",
    "segmentdesk.ui.analysis.rfm_page",
    "segmentdesk.ui.analysis.rhythm_page",
    "segmentdesk.ui.analysis.clusters_page",
    "segmentdesk.ui.analysis.profiles_page",
    "segmentdesk.ui.analysis.history_page",
)
"""The pages after the segment builder, in tab order (PyInstaller: these are imported by name)."""


@dataclass(frozen=True)
class AnalysisPageSpec:
    """One analysis page: a stable ``key``, its tab title (translated each time it is called, so
    write it as ``lambda: QCoreApplication.translate("AnalysisPages", "Overview")``) and ``make``,
    which builds the page widget the first time the user opens it."""

    key: str
    title: Callable[[], str]
    make: Callable[[Session], QWidget]


def analysis_pages(modules: tuple[str, ...] = PAGE_MODULES) -> list[AnalysisPageSpec]:
    """The ``PAGE`` of each of ``modules`` that exists, in order."""
    specs = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue                    # that page has not landed yet
            raise
        specs.append(module.PAGE)
    return specs
