"""Start-up: QApplication, translations, settings and the main window."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

from .build_info import VersionAction, build_info

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="segmentdesk", description="SegmentDesk desktop app")
    parser.add_argument("file", nargs="?", help="a .segdesk project or a customer file to import")
    parser.add_argument("--sample", nargs="?", const="consumer", choices=("consumer", "b2b"),
                        help="open a bundled sample shop: the consumer webshop (default) or the B2B wholesaler")
    parser.add_argument("--lang", choices=("system", "en", "fi"), help="UI language for this run")
    parser.add_argument("--version", action=VersionAction)
    return parser.parse_args(argv)


def configure_application(app: QApplication) -> None:
    """The application's names and icon: settings folders, window titles and the desktop's task bar
    (which matches the window to segmentdesk.desktop by the desktop file name) use them."""
    from PySide6.QtGui import QIcon

    from .paths import icon_file

    app.setOrganizationName("SegmentDesk")
    app.setApplicationName("SegmentDesk")
    app.setApplicationDisplayName("SegmentDesk")
    app.setApplicationVersion(build_info().version)
    app.setDesktopFileName("segmentdesk")
    app.setWindowIcon(QIcon(str(icon_file("segmentdesk"))))
    from .ui.dark_outlines import outline_dark_controls

    outline_dark_controls(app)                # unticked boxes and fields' edges stay visible on a dark desktop


# What the main window needs, loaded in a thread while the start shell is on screen (with the analysis
# pages' modules, which the window imports by name when it is built).
MAIN_WINDOW_MODULES = ("segmentdesk.ui.session", "segmentdesk.ui.main_window")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .core.settings import load_settings
    from .ui import i18n
    from .ui.file_open_events import FileOpenRelay
    from .ui.gui_thread_gc import GuiThreadGarbageCollector
    from .ui.start_shell import ModuleLoader, StartShell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    collector = GuiThreadGarbageCollector(app)  # noqa: F841 — lives as long as the app
    settings = load_settings()
    i18n.install(args.lang or settings.language)
    # The shell is on screen at once; the main window takes its place once its modules are loaded.
    shell = StartShell()
    shell.show()
    opened: list[Path] = [Path(args.file)] if args.file else []
    windows: list = []

    def open_requested(path: Path) -> None:
        # macOS delivers a double-clicked project as an event, not as an argument; it may come before the window.
        if windows:
            windows[0].files.open_path(path)
        else:
            opened.append(path)

    app.installEventFilter(FileOpenRelay(open_requested, app))

    def build_window() -> None:
        if shell.closed_by_user:
            return                      # closed while loading: the app is ending
        try:
            from .ui.main_window import MainWindow
            from .ui.session import Session
            window = MainWindow(Session(), settings)
        except BaseException:
            app.exit(1)                 # as a start without the shell would end (the error is printed)
            raise
        windows.append(window)
        shell.hand_over(window)
        # The window paints first; the data it was asked for fills in after that, then (the first start only)
        # the tour of the window.

        def fill_in() -> None:
            if args.sample:
                window.files.open_sample(args.sample)
            elif opened:
                window.files.open_path(opened[-1])
            window.show_tour_once()

        after_first_paint(window, fill_in)

    from .ui.analysis.page_registry import PAGE_MODULES
    loader = ModuleLoader(MAIN_WINDOW_MODULES + PAGE_MODULES, build_window, app)
    after_first_paint(shell, loader.start)
    return app.exec()


def after_first_paint(window: QWidget, action: Callable[[], object]) -> None:
    """Run ``action`` once ``window`` has painted (or after a second, should no paint come: a minimised start)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.run()
            return False

        def run(self) -> None:
            if not done:
                done.append(True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, action)

    done: list[bool] = []
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(1000, watcher.run)


if __name__ == "__main__":
    raise SystemExit(main())
