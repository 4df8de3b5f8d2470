"""Start-up: QApplication, translations, settings and the main window."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .build_info import VersionAction, build_info

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="segmentdesk", description="SegmentDesk desktop app")
    parser.add_argument("file", nargs="?", help="a .segdesk project or a customer file to import")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample shop")
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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .core.settings import load_settings
    from .ui import i18n
    from .ui.file_open_events import FileOpenRelay
    from .ui.gui_thread_gc import GuiThreadGarbageCollector
    from .ui.main_window import MainWindow
    from .ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    collector = GuiThreadGarbageCollector(app)  # noqa: F841 — lives as long as the app
    settings = load_settings()
    i18n.install(args.lang or settings.language)
    session = Session()
    window = MainWindow(session, settings)
    window.show()
    # macOS delivers a double-clicked project as an event, not as an argument.
    app.installEventFilter(FileOpenRelay(window.files.open_path, app))
    if args.sample:
        window.files.open_sample()
    elif args.file:
        window.files.open_path(Path(args.file))
    window.show_tour_once()         # the first start only: a short tour of the window
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
