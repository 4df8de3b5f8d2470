"""The analysis area: the segment builder's tab first, then each registered analysis page.

Pages are built the first time their tab is opened (:mod:`.page_registry`), so the window starts
without them; the Segments tab is always one click (or Ctrl+1) away.  With no pages registered
the tab bar hides itself and the window looks as it did before.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..session import Session
from .page_registry import PAGE_MODULES, AnalysisPageSpec, analysis_pages


class _PageHolder(QWidget):
    """A tab's place for a page not built yet."""

    def __init__(self, spec: AnalysisPageSpec) -> None:
        super().__init__()
        self.spec = spec
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class AnalysisArea(QTabWidget):
    """Tabs: Segments (``segments``, the builder's widget) | the pages of ``modules``."""

    def __init__(self, session: Session, segments: QWidget, *, modules: tuple[str, ...] = PAGE_MODULES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self.addTab(segments, QCoreApplication.translate("AnalysisArea", "Segments"))
        self._holders: dict[str, _PageHolder] = {}
        for spec in analysis_pages(modules):
            holder = _PageHolder(spec)
            self._holders[spec.key] = holder
            self.addTab(holder, spec.title())
        self.currentChanged.connect(self._on_current_changed)
        for number in range(1, min(self.count(), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda i=number - 1: self.setCurrentIndex(i))

    def keys(self) -> list[str]:
        """The registered pages' keys, in tab order."""
        return list(self._holders)

    def page(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built (None: never opened, or not registered)."""
        holder = self._holders.get(key)
        return holder.page if holder is not None else None

    def show_page(self, key: str) -> QWidget:
        """Open the page ``key`` (building it if need be) and return it."""
        holder = self._holders[key]
        self.setCurrentWidget(holder)
        return self._built(holder)

    def show_segments(self) -> None:
        self.setCurrentIndex(0)

    def _on_current_changed(self, index: int) -> None:
        holder = self.widget(index)
        if isinstance(holder, _PageHolder):
            self._built(holder)

    def _built(self, holder: _PageHolder) -> QWidget:
        if holder.page is None:
            holder.page = holder.spec.make(self._session)
            holder.layout().addWidget(holder.page)
            holder.page.setVisible(holder.isVisible())      # shown now, not after the next event loop turn
        return holder.page
