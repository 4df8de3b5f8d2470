"""``segmentdesk-cli profile``: segments against all customers, side by side, with the checks.

One ``--segment`` prints its profile; two or more print them side by side.  The checks (too small,
not reachable, not distinct, too many) are made over all the project's segments and those about
the named ones, or about the whole list, are printed.  ``--json`` gives one JSON document:
``{"as_of", "profiles": [...], "comparison": {...} | null, "warnings": [...]}``.
"""
from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .core.analytics.comparison import Comparison
from .core.analytics.profile import Profile
from .core.analytics.profile_report import profile_report
from .core.analytics.profile_words import (
    defined_note,
    dimension_label,
    figure_value,
    highlight_sentence,
    index_words,
    key_figure_label,
    no_highlights_text,
    table_word,
    value_label,
)
from .core.analytics.validation_words import warning_sentence
from .core.errors import SegmentDeskError
from .core.formats import format_percent, format_whole
from .core.project.store import load_project
from .core.segments.evaluate import Evaluator
from .core.segments.judging import Warning_


def cmd_profile(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    if project.dataset is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    ds, as_of, lang = project.dataset, _as_of(args.as_of), args.lang
    named = [project.segment(name) for name in dict.fromkeys(args.segment)]
    evaluator = Evaluator(ds, as_of=as_of, segments=project.segment_map())
    masks: dict[str, np.ndarray] = {}
    for segment in project.segments:
        try:
            masks[segment.name] = np.asarray(evaluator.mask(segment.rule), dtype=bool)
        except SegmentDeskError:
            if segment in named:
                raise                         # the one asked about must be answerable
    report = profile_report(ds, masks, [s.name for s in named], as_of=as_of, segments=project.segment_map())
    profiles, comparison, warnings = list(report.profiles), report.comparison, list(report.warnings)
    names = {s.name for s in named}
    if args.json:
        personas = {s.name: s.persona for s in named}
        doc = {"as_of": as_of.isoformat(),
               "profiles": [{**p.as_json(), "persona": personas[p.name].to_json() if personas[p.name] else None}
                            for p in profiles],
               "comparison": None if comparison is None else comparison.as_json(),
               "warnings": [_warning_json(w, lang, names) for w in warnings]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if comparison is None:
        _print_profile(profiles[0], lang)
    else:
        _print_comparison(comparison, lang)
    for segment, p in zip(named, profiles):
        print()
        if segment.persona:
            print(f"{table_word('persona', lang)}: {segment.persona.name}")
            for line in segment.persona.text.splitlines():
                print(f"  {line}")
        print(f"{table_word('highlights', lang)}: {p.name}" if len(profiles) > 1 else table_word("highlights", lang))
        sentences = [highlight_sentence(h, lang) for h in p.highlights]
        for line in sentences or [no_highlights_text(p, lang)]:
            print(f"  - {line}" if sentences else f"  {line}")
        if defined_note(p, lang):
            print(f"  ({defined_note(p, lang)})")
    print()
    print(table_word("warnings", lang))
    for w in warnings or [None]:
        print(f"  ! {_warning_text(w, lang, names)}" if w else f"  {table_word('no_warnings', lang)}")
    return 0


def _warning_text(w: Warning_, lang: str, names: set[str]) -> str:
    text = warning_sentence(w, lang, current=w.segment if w.segment in names else w.other)
    return text if w.segment is None else f"{w.segment}: {text}"


def _warning_json(w: Warning_, lang: str, names: set[str]) -> dict:
    return {"code": w.code, "segment": w.segment, "other": w.other, "value": w.value, "limit": w.limit,
            "text": warning_sentence(w, lang, current=w.segment if w.segment in names else w.other)}


def _table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip())


def _print_profile(p: Profile, lang: str) -> None:
    print(f"{p.name} — {format_whole(p.figures.count, lang)} / {format_whole(p.figures.total_customers, lang)}")
    rows = [["", p.name, table_word("all", lang), table_word("index", lang)]]
    for f in p.key_figures:
        rows.append([key_figure_label(f.key, lang), figure_value(f.key, f.segment, lang),
                     figure_value(f.key, f.all, lang), index_words(f.index, lang)])
    for d in p.dimensions:
        rows.append([f"{dimension_label(d.key, lang)} ({table_word('known', lang).format(n=format_whole(d.segment_known, lang))})",
                     "", "", ""])
        for r in d.shown:
            rows.append([f"  {value_label(d.key, r.value, lang)}", format_percent(r.segment_share, lang),
                         format_percent(r.all_share, lang), index_words(r.index, lang)])
    print()
    _table(rows)
    print()
    print(table_word("index_note", lang))


def _print_comparison(c: Comparison, lang: str) -> None:
    head = ["", table_word("all", lang)]
    for name in c.names:
        head += [name, table_word("index", lang)]
    rows = [head]
    last = None
    for row in c.rows:
        if row.value is None:
            label, fmt = key_figure_label(row.key, lang), (lambda v, k=row.key: figure_value(k, v, lang))
        else:
            if row.key != last:
                rows.append([dimension_label(row.key, lang)] + [""] * (len(head) - 1))
            label, fmt = f"  {value_label(row.key, row.value, lang)}", (lambda v: format_percent(v, lang) if v is not None else "–")
        last = row.key
        line = [label, fmt(row.all) if row.all is not None else ""]
        for cell in row.cells:
            line += [fmt(cell.value), index_words(cell.index, lang)]
        rows.append(line)
    _table(rows)
    print()
    print(table_word("index_note", lang))


def add_profile_command(sub: argparse._SubParsersAction) -> None:
    """``profile`` on the main parser's subcommands."""
    p = sub.add_parser("profile", help="segments against all customers, side by side, with the checks")
    p.add_argument("--project", required=True)
    p.add_argument("--segment", action="append", required=True, help="a segment's name; repeat to compare")
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "fi"), default="en")
    p.set_defaults(run=cmd_profile)
