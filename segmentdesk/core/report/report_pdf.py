"""Writing the client report: one PDF (A4, DejaVu Sans embedded as TrueType) and, if asked, its charts
as PNG files for slides.

Fonts: matplotlib's PDF backend embeds a subset of each font used when ``pdf.fonttype`` is 42
(TrueType); the default 3 draws glyphs as Type 3 procedures that some viewers and printers render
poorly and text extraction cannot always read.  It is read from rcParams while the pages are written,
so the setting is held only for that moment (``rc_context``), never changed for the process.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic_file import AtomicFiles, atomic_file
from ..errors import SegmentDeskError
from ..project.project import Project
from ..tasks import Progress
from .page_layout import FONT, Document
from .report_content import report_content
from .report_pages import build_document
from .report_words import report_word
from .slide_charts import slide_charts

LANGUAGES = ("fi", "en")
_RC = {"pdf.fonttype": 42, "font.family": "sans-serif", "font.sans-serif": [FONT]}


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote."""

    out: Path
    pages: int
    images: list[Path] = field(default_factory=list)     # the PNG set, in order


def write_report(project: Project, *, out: str | Path, path: str | Path | None, as_of: dt.date, lang: str,
                 version: str, demo: bool = False, png_dir: str | Path | None = None,
                 progress: Progress | None = None) -> ReportResult:
    """Write ``project``'s client report to ``out`` (a PDF) in ``lang`` (fi or en), figures at ``as_of``.

    ``path`` is the project's file (its snapshots make the history; None leaves it out), ``version``
    the SegmentDesk version named on the cover, ``demo`` marks the cover as demo mode.  ``png_dir``
    also gets each chart as a PNG (``01-….png``…).  Written atomically: a failure or a cancel leaves
    ``out`` (and the PNGs) as they were.  Raises :class:`SegmentDeskError` for a project without data
    or a file that cannot be written.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang is one of {LANGUAGES}, not {lang!r}")
    progress = progress or Progress()
    content = report_content(project, path=path, as_of=as_of, lang=lang,
                             progress=Progress(lambda fraction, stage: progress.report(0.6 * fraction, stage)))
    doc = build_document(content, lang=lang, version=version, demo=demo)
    progress.report(0.65, "pages")
    out = Path(out)
    try:
        pages = _write_pdf(doc, out, title=content.title or report_word("title", lang), version=version,
                           progress=progress)
        images = _write_pngs(content, Path(png_dir), lang=lang, progress=progress) if png_dir is not None else []
    except OSError as exc:
        raise SegmentDeskError(f"Cannot write the report to {out}: {exc.strerror or exc}") from exc
    progress.report(1.0, "done")
    return ReportResult(out, pages, images)


def _write_pdf(doc: Document, out: Path, *, title: str, version: str, progress: Progress) -> int:
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    figures = doc.figures()
    # No CreationDate: core reads no clock, and the same project gives the same file.
    metadata = {"Title": title, "Creator": f"SegmentDesk {version}", "Producer": f"SegmentDesk {version}",
                "CreationDate": None}
    with matplotlib.rc_context(_RC), atomic_file(out, suffix=".pdf") as tmp:
        with PdfPages(tmp, metadata=metadata) as pdf:
            for i, fig in enumerate(figures):
                pdf.savefig(fig)
                progress.report(0.65 + 0.3 * (i + 1) / len(figures), "pages")
    return len(figures)


def _write_pngs(content, folder: Path, *, lang: str, progress: Progress) -> list[Path]:
    """Each chart as its own 16:9 PNG in ``folder`` (made if missing), all moved into place together."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    import matplotlib

    with matplotlib.rc_context(_RC), AtomicFiles() as files:
        for i, (stem, fig) in enumerate(slide_charts(content, lang=lang), start=1):
            target = folder / f"{i:02d}-{stem}.png"
            fig.savefig(files.new(target, suffix=".png"), format="png", dpi=150)
            written.append(target)
            progress.report(0.95, "images")
        files.commit()
    return written

