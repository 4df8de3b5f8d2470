"""``segmentdesk-cli history``: each segment's size and revenue per snapshot, and who moved where between two.

``--from A --to B`` name snapshots by id or by their reference date (YYYY-MM-DD; the latest
snapshot of that date); without them the last two are compared.  ``--segment S`` keeps S's
line and the movements into or out of it.  ``--json`` prints one document: ``snapshots``,
``segments`` (name and points) and ``migration`` (null with fewer than two snapshots): ``from``,
``to``, ``rows``/``columns`` (a segment name, or ``{"state": "other"|"none"|"new"|"gone"}``), ``counts``
and ``flows`` (largest first, with their sentence in ``--lang``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json

from .cli_input import UsageError
from .core.analytics.history import GONE, NEW, NONE, OTHER, Migration, SegmentTrend, pick_pair, segment_trends, top_flows
from .core.analytics.history_words import flow_sentence, state_label
from .core.formats import format_date, format_money, format_whole
from .core.project.snapshot_history import read_snapshot_figures, read_snapshot_membership
from .core.project.snapshots import SnapshotInfo

_STATE_KEYS = {OTHER: "other", NONE: "none", NEW: "new", GONE: "gone"}


def add_history_command(sub, parser_class) -> None:
    p = sub.add_parser("history", help="segment sizes over the snapshots, and who moved between two of them")
    p.add_argument("--project", required=True)
    p.add_argument("--segment", help="only this segment's line and the movements into or out of it")
    p.add_argument("--from", dest="from_", metavar="A", help="the older snapshot: its id or its date (YYYY-MM-DD)")
    p.add_argument("--to", metavar="B", help="the newer snapshot: its id or its date (YYYY-MM-DD)")
    p.add_argument("--lang", choices=("en", "fi"), default="en", help="language of the sentences")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_history)


def _snapshot(infos: list[SnapshotInfo], text: str, option: str) -> SnapshotInfo:
    """The snapshot ``text`` names: an id, or a reference date (the latest snapshot of it)."""
    if text.strip().isdigit():
        found = [i for i in infos if i.id == int(text)]
    else:
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            raise UsageError(f"{option} takes a snapshot id or a date as YYYY-MM-DD, not {text!r}.") from None
        found = [i for i in infos if i.as_of == day]
    if not found:
        raise UsageError(f"{option}: the project has no snapshot {text!r} (see 'segmentdesk-cli history').")
    return found[-1]


def cmd_history(args: argparse.Namespace) -> int:
    infos, figures = read_snapshot_figures(args.project)
    if (args.from_ is None) != (args.to is None):
        raise UsageError("--from and --to go together.")
    if args.from_ is not None:
        pair = (_snapshot(infos, args.from_, "--from"), _snapshot(infos, args.to, "--to"))
    else:
        pair = pick_pair(infos)
    trends = segment_trends(figures, only=args.segment)
    if args.segment is not None and not trends:
        raise UsageError(f"No snapshot holds a segment called {args.segment!r}.")
    migration = None
    if pair is not None:
        migration = Migration(read_snapshot_membership(args.project, pair[0].id),
                              read_snapshot_membership(args.project, pair[1].id))
    flows = top_flows(migration, limit=10, segment=args.segment) if migration is not None else []
    if args.json:
        print(json.dumps(_document(infos, trends, migration, flows, args.lang), ensure_ascii=False, indent=2))
    else:
        _print_human(infos, trends, migration, flows, args.lang)
    return 0


def _label(state: str) -> object:
    return {"state": _STATE_KEYS[state]} if state in _STATE_KEYS else state


def _document(infos, trends: list[SegmentTrend], migration: Migration | None, flows, lang: str) -> dict:
    doc = {
        "snapshots": [{"id": i.id, "taken_at": i.taken_at.isoformat(), "as_of": i.as_of.isoformat(),
                       "reason": i.reason} for i in infos],
        "segments": [{"name": t.name, "points": [{"snapshot": p.snapshot_id, "as_of": p.as_of.isoformat(),
                                                  "count": p.count, "revenue": round(p.revenue, 2)}
                                                 for p in t.points]} for t in trends],
        "migration": None,
    }
    if migration is not None:
        doc["migration"] = {
            "from": migration.before.id, "to": migration.after.id,
            "rows": [_label(r) for r in migration.rows], "columns": [_label(c) for c in migration.columns],
            "counts": migration.counts.tolist(),
            "flows": [{"from": _label(f.source), "to": _label(f.target), "count": f.count,
                       "text": flow_sentence(f, lang)} for f in flows],
        }
    return doc


def _print_human(infos, trends: list[SegmentTrend], migration: Migration | None, flows, lang: str) -> None:
    if not infos:
        print("The project holds no snapshots yet: each import records one.")
        return
    print(f"{len(infos)} snapshots, {format_date(infos[0].as_of, lang)} … {format_date(infos[-1].as_of, lang)}")
    for trend in trends:
        print(f"\n{trend.name}")
        for p in trend.points:
            print(f"  {format_date(p.as_of, lang):>10}  {format_whole(p.count, lang):>9}  "
                  f"{format_money(p.revenue, lang, decimals=0):>14}")
    if migration is None:
        print("\nOne snapshot only: the movements between segments show from the second import on.")
        return
    print(f"\nFrom snapshot {migration.before.id} ({format_date(migration.before.as_of, lang)}) "
          f"to {migration.after.id} ({format_date(migration.after.as_of, lang)}):")
    for flow in flows:
        print(f"  {flow_sentence(flow, lang)}")
    if not flows:
        print("  nobody moved")
    width = max(len(state_label(r, lang)) for r in migration.rows)
    heads = [state_label(c, lang) for c in migration.columns]
    print("\n" + " " * (width + 2) + "  ".join(f"{h[:14]:>14}" for h in heads))
    for r, row in zip(migration.rows, migration.counts.tolist()):
        print(f"{state_label(r, lang):<{width}}  " + "  ".join(f"{format_whole(v, lang):>14}" for v in row))
