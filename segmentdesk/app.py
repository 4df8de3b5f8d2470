"""Start-up: QApplication, translations, settings and the main window."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="segmentdesk", description="SegmentDesk desktop app")
    parser.add_argument("file", nargs="?", help="a .segdesk project or a customer file to import")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample shop")
    parser.add_argument("--lang", choices=("system", "en", "fi"), help="UI language for this run")
    return parser.parse_args(argv)


def open_sample(session) -> None:
    """Load the bundled sample shop and its example segments into ``session`` (unsaved, not dirty)."""
    import datetime as dt

    from .core.importer import run_import
    from .core.segments.model import load_segment_file
    from .paths import sample_dir

    sample = sample_dir()
    result = run_import(sample / "customers.xlsx", orders=sample / "orders.csv")
    session.set_dataset(result.dataset, sources={"customers": "customers.xlsx", "orders": "orders.csv"},
                        at=dt.datetime.now().replace(microsecond=0))
    for path in sorted((sample / "segments").glob("*.segment.json")):
        session.add_segment(load_segment_file(path))
    session.select_segment(0)
    session.mark_clean()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .core.settings import load_settings
    from .ui import i18n
    from .ui.main_window import MainWindow
    from .ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("SegmentDesk")
    app.setApplicationName("SegmentDesk")
    app.setApplicationDisplayName("SegmentDesk")
    settings = load_settings()
    i18n.install(args.lang or settings.language)
    session = Session()
    window = MainWindow(session, settings)
    window.show()
    if args.sample:
        open_sample(session)
    elif args.file:
        window.open_path(Path(args.file))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
