"""``segmentdesk-cli selftest``: proves an installed SegmentDesk works end to end, offline.

It imports the bundled sample shop, evaluates the sample segments, measures RFM and clusters the
customers when the core offers them, saves and reopens a project, exports a workbook and reads it back, draws a chart, and
opens the main window (on Qt's offscreen platform when there is no display).  Each step is a
function that raises :class:`SelftestFailure` with a one-line reason; nothing is written outside a
temporary folder and the user's settings are neither read nor written.
"""
from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .core.data.dataset import Dataset
from .core.data.fields import available_fields, field_values, find_field
from .core.export.export_job import export_segments
from .core.importing.pipeline import run_import
from .core.importing.plan import ImportPlan
from .core.project.project import Project
from .core.project.store import load_project, save_project
from .core.segments.evaluate import Evaluator
from .core.segments.model import Segment, load_segment_file
from .paths import sample_dir

# The sample shop's "today": its orders end shortly before (tools/sample_shop.py).
SAMPLE_DATE = dt.date(2026, 11, 1)
# The longest the window may take to open and count; a dialog left open past it fails the test.
WINDOW_SECONDS = 60


class SelftestFailure(Exception):
    """A step went wrong; the message is the one-line reason shown to the user."""


@dataclass
class SelftestResult:
    customers: int = 0
    segments: dict[str, int] = field(default_factory=dict)
    rfm_groups: int | None = None           # None: this version's core has no RFM
    clusters: tuple[int, ...] | None = None  # cluster sizes; None: this version has no clustering
    rows_exported: int = 0
    window_rows: int | None = None          # None: the window was not opened

    def summary(self) -> str:
        rfm = f"RFM in {self.rfm_groups} groups" if self.rfm_groups is not None else "RFM not in this version"
        clusters = (f"{len(self.clusters)} clusters" if self.clusters is not None
                    else "clusters not in this version")
        window = ("main window opened" if self.window_rows is not None else "main window not opened")
        return (f"{self.customers} customers, {len(self.segments)} segments evaluated "
                f"({sum(1 for n in self.segments.values() if n)} non-empty), {rfm}, {clusters}, "
                f"{self.rows_exported} rows exported to a workbook, chart drawn, {window}")


def import_sample() -> Dataset:
    sample = sample_dir()
    result = run_import(ImportPlan.for_files(sample / "customers.xlsx", orders=sample / "orders.csv"),
                        as_of=SAMPLE_DATE, warm=False, count_problems=False)
    if len(result.dataset) == 0:
        raise SelftestFailure("the sample shop imported no customers")
    return result.dataset


def evaluate_sample_segments(ds: Dataset) -> tuple[list[Segment], dict[str, int]]:
    """The sample's segment files, each with its member count at the sample's date."""
    segments = [load_segment_file(path) for path in sorted((sample_dir() / "segments").glob("*.segment.json"))]
    if not segments:
        raise SelftestFailure("the sample shop has no segment files")
    by_name = {s.name: s for s in segments}
    evaluator = Evaluator(ds, as_of=SAMPLE_DATE, segments=by_name)
    counts = {s.name: int(evaluator.mask(s.rule).sum()) for s in segments}
    if not any(counts.values()):
        raise SelftestFailure("every sample segment came out empty")
    return segments, counts


def rfm_group_count(ds: Dataset) -> int | None:
    """How many RFM groups the sample's buyers fall into; None when this version's core has no RFM."""
    if "rfm_group" not in {f.name for f in available_fields(ds)}:
        return None
    groups = field_values(ds, find_field(ds, "rfm_group"), SAMPLE_DATE).dropna()
    if groups.empty:
        raise SelftestFailure("RFM put no customer with orders into a group")
    return int(groups.nunique())


def cluster_sizes(ds: Dataset) -> tuple[int, ...] | None:
    """k-means into three clusters on the core's default fields: their sizes; None when
    this version's core has no clustering."""
    try:
        clusters = importlib.import_module(".core.analytics.clusters", __package__)
    except ModuleNotFoundError as exc:
        if exc.name is not None and exc.name.startswith(f"{__package__}.core.analytics"):
            return None
        raise                                   # the module is there but a library it needs is not
    result = clusters.run_clusters(ds, as_of=SAMPLE_DATE, k=3)
    sizes = tuple(int(n) for n in result.sizes)
    if len(sizes) != 3 or not all(sizes):
        raise SelftestFailure(f"k-means made clusters of {sizes} customers")
    return sizes


def export_workbook(ds: Dataset, segments: list[Segment], folder: Path, *, with_rfm: bool) -> int:
    """Save, reopen and export the project to a workbook, then read the workbook back; rows exported."""
    import openpyxl

    save_project(Project(dataset=ds, segments=segments), folder / "selftest.segdesk")
    project = load_project(folder / "selftest.segdesk")
    columns = ["email", "first_name", "last_name"] + (["rfm_group"] if with_rfm else [])
    report = export_segments(project, project.segments, out=folder / "selftest.xlsx", format="xlsx",
                             as_of=SAMPLE_DATE, columns=columns)
    if report.rows == 0:
        raise SelftestFailure("the workbook export wrote no rows")
    workbook = openpyxl.load_workbook(folder / "selftest.xlsx", read_only=True)
    try:
        sheets = len(workbook.sheetnames)
    finally:
        workbook.close()
    if sheets < len(segments) + 1:
        raise SelftestFailure(f"the workbook has {sheets} sheets for {len(segments)} segments and a summary")
    return report.rows


def draw_chart(folder: Path) -> None:
    """matplotlib's Agg backend and its bundled fonts draw a PNG, and the SVG and PDF writers that the charts'
    Save image and reports use are in the bundle."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3, 2), dpi=72)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar(["a", "b"], [1, 2])
    axes.set_title("SegmentDesk selftest")
    for suffix in ("png", "svg", "pdf"):
        figure.savefig(folder / f"chart.{suffix}")
        if (folder / f"chart.{suffix}").stat().st_size == 0:
            raise SelftestFailure(f"matplotlib wrote an empty {suffix.upper()} chart")


def use_offscreen_without_display() -> bool:
    """Qt's offscreen platform where there is no screen to open a window on (a server, CI, ssh);
    True when chosen here.  A platform the user chose is left alone."""
    no_display = (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                  and not os.environ.get("WAYLAND_DISPLAY"))
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    return False


def open_main_window(ds: Dataset, segments: list[Segment], folder: Path) -> int:
    """The main window shows the sample and closes again; the customer table's rows."""
    offscreen = use_offscreen_without_display()
    from PySide6.QtCore import QSettings, QThreadPool, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from .app import configure_application
    from .core.settings import Settings
    from .ui import i18n
    from .ui.main_window import MainWindow
    from .ui.session import Session

    if offscreen:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "segmentdesk-cli"])
    configure_application(app)
    # The window's own settings (geometry, recent files) go to the temporary folder, not the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
    i18n.install("en")
    stuck: list[str] = []

    def close_stuck_dialog() -> None:     # a modal dialog would wait forever for a click nobody makes
        dialog = app.activeModalWidget()
        if dialog is not None:
            stuck.append(dialog.windowTitle() or type(dialog).__name__)
            dialog.close()

    watchdog = QTimer()
    watchdog.setInterval(WINDOW_SECONDS * 1000)
    watchdog.timeout.connect(close_stuck_dialog)
    watchdog.start()
    session = Session(as_of=SAMPLE_DATE)
    session.set_dataset(ds, sources={"customers": "customers.xlsx", "orders": "orders.csv"},
                        at=dt.datetime.combine(SAMPLE_DATE, dt.time(12)))
    for segment in segments:
        session.add_segment(segment)
    session.select_segment(0)
    session.mark_clean()
    window = MainWindow(session, Settings(), settings_path=folder / "settings.json")
    try:
        window.show()
        app.processEvents()
        _draw_in_window()
        QThreadPool.globalInstance().waitForDone(WINDOW_SECONDS * 1000)   # the live counts
        app.processEvents()
        rows = window.customers.model.rowCount()
        window.close()
        app.processEvents()
    finally:
        watchdog.stop()
        window.deleteLater()
        app.processEvents()
    if stuck:
        raise SelftestFailure(f"the window stopped at a dialog: {stuck[0]}")
    if window.isVisible():
        raise SelftestFailure("the main window did not close")
    if rows == 0:
        raise SelftestFailure("the main window's customer table is empty")
    return rows


def _quiet_offscreen(_mode: object, _context: object, message: str) -> None:
    # The offscreen platform warns that it cannot size windows like a desktop; that is expected here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _draw_in_window() -> None:
    """matplotlib's Qt canvas, which the window's charts use, can be made and drawn."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    canvas = FigureCanvasQTAgg(Figure(figsize=(2, 2), dpi=72))
    canvas.figure.add_subplot().plot([0, 1], [1, 0])
    canvas.draw()
    canvas.deleteLater()


def run_selftest(*, open_window: bool = True) -> SelftestResult:
    """Every step in order; raises :class:`SelftestFailure` naming the first that fails."""
    result = SelftestResult()
    step = "start"
    try:
        step = "import"
        ds = import_sample()
        result.customers = len(ds)
        step = "segments"
        segments, result.segments = evaluate_sample_segments(ds)
        step = "rfm"
        result.rfm_groups = rfm_group_count(ds)
        step = "clusters"
        result.clusters = cluster_sizes(ds)
        with tempfile.TemporaryDirectory(prefix="segmentdesk-selftest-") as tmp:
            step = "export"
            result.rows_exported = export_workbook(ds, segments, Path(tmp), with_rfm=result.rfm_groups is not None)
            step = "chart"
            draw_chart(Path(tmp))
            if open_window:
                step = "window"
                result.window_rows = open_main_window(ds, segments, Path(tmp))
    except SelftestFailure as exc:
        raise SelftestFailure(f"{step}: {exc}") from exc
    except Exception as exc:        # noqa: BLE001 — any failure is the answer, worded on one line
        first_line = (str(exc).strip().splitlines() or [""])[0]
        raise SelftestFailure(f"{step}: {type(exc).__name__}: {first_line}".rstrip(": ")) from exc
    return result
