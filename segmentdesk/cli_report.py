"""``segmentdesk-cli report``: the client report of a project as a PDF (and its charts as PNGs).

Reads the project only (no lock, no log entry: the report holds aggregates, never anyone's data).
Exit 0 with one line naming the file and its pages; 2 with one line on stderr for a project without
data, an ``--out`` that is not a ``.pdf`` or a file that cannot be written.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .build_info import build_info
from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .core.formats import format_whole
from .core.project.store import load_project
from .core.report.report_pdf import write_report

LANG = "en"


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out names the report's PDF file (….pdf), not {args.out!r}.")
    project = load_project(args.project)
    if project.dataset is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    result = write_report(project, out=out, path=args.project, as_of=_as_of(args.as_of), lang=args.lang,
                          version=build_info().version, demo=args.demo, png_dir=args.png_dir)
    pages = format_whole(result.pages, LANG)
    print(f"Wrote {out} ({pages} page{'s' if result.pages != 1 else ''}).")
    if args.png_dir is not None:
        print(f"Wrote {format_whole(len(result.images), LANG)} chart image(s) to {args.png_dir}.")
    return 0


def add_report_command(sub: argparse._SubParsersAction) -> None:
    """``report`` on the main parser's subcommands."""
    p = sub.add_parser("report", help="the client report: a PDF of the segments, profiles, RFM, clusters "
                                      "and history (aggregates only)")
    p.add_argument("--project", required=True)
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=("en", "fi"), default=LANG, help="the report's language (default en)")
    p.add_argument("--demo", action="store_true", help="demo mode: the cover says so; no personal data is shown")
    p.add_argument("--png-dir", metavar="DIR", help="also write each chart as a PNG (16:9) into DIR, for slides")
    p.add_argument("--as-of", help="the date the figures are measured at (YYYY-MM-DD, default today)")
    p.set_defaults(run=cmd_report)
