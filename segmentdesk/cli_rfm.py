"""``segmentdesk-cli rfm``: the shop's RFM groups with counts, revenue shares and the score
thresholds used (the contract in ARCHITECTURE.md); ``--groups`` changes the project's group map."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .cli_input import now as _now
from .core.bilingual import in_language
from .core.data.rfm import ScoreRange, has_rfm
from .core.data.rfm_groups import PRESETS, GroupMap, group_map_loads
from .core.data.rfm_summary import RfmSummary, rfm_summary
from .core.formats import format_decimal, format_money, format_percent, format_whole
from .core.project.lock import acquire_lock
from .core.project.project_file import ProjectFile
from .core.project.rfm_map_meta import set_rfm_map
from .core.project.store import load_project
from .core.words import rfm_group_action, rfm_group_description, rfm_group_label, rfm_no_purchases

LOCK_WAIT_SECONDS = 10.0
# The command's own words beside the catalogue's group names: (English, Finnish).
_WORDS = {
    "title": ("RFM at {date}: {buyers} customers with orders, {none} with no purchases yet (groups: {map})",
              "RFM {date}: {buyers} ostanutta asiakasta, {none} ilman ostoja (ryhmät: {map})"),
    "header": ("{name:<24} {key:<20} {count:>10} {share:>14}", "{name:<24} {key:<20} {count:>10} {share:>14}"),
    "columns": (("group", "key", "customers", "revenue share"), ("ryhmä", "avain", "asiakkaita", "osuus liikevaihdosta")),
    "scores": ("Scores (5 is best):", "Pisteet (5 on paras):"),
    "r": ("R days since last order", "R päiviä viime tilauksesta"),
    "f": ("F orders", "F tilauksia"),
    "m": ("M spend", "M ostot"),
}


def _w(key: str, lang: str):
    return in_language(_WORDS[key], lang)


def cmd_rfm(args: argparse.Namespace) -> int:
    if args.groups:
        _store_groups(args.project, _group_map(args.groups))
    project = load_project(args.project)
    ds = project.dataset
    if ds is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    if not has_rfm(ds):
        raise UsageError(f"{args.project} has no orders with dates, so there is no RFM to show.")
    summary = rfm_summary(ds, as_of=_as_of(args.as_of))
    lang = args.lang
    if args.json:
        names = {g.key: rfm_group_label(g.key, lang) for g in summary.groups}
        doc = summary.to_json(names=names)
        for group in doc["groups"]:
            group["description"] = rfm_group_description(group["key"], lang)
            group["action"] = rfm_group_action(group["key"], lang)
        doc["no_purchases_name"] = rfm_no_purchases(lang)
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    _print(summary, lang)
    return 0


def _group_map(text: str) -> GroupMap | None:
    """``default`` (None), another preset's name, or a ``segmentdesk.rfm-groups/1`` JSON file."""
    if text in PRESETS:
        return None if text == "default" else PRESETS[text]
    try:
        content = Path(text).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--groups takes {', '.join(PRESETS)} or a group map file; cannot read {text}: "
                         f"{exc.strerror or exc}") from None
    return group_map_loads(content)        # RfmMapError names a gap or an overlap: exit 2


def _store_groups(path: str, group_map: GroupMap | None) -> None:
    with acquire_lock(path, since=_now(), purpose="cli", wait=LOCK_WAIT_SECONDS):
        with ProjectFile.open(path, write=True) as pf:
            set_rfm_map(pf, group_map)


def _print(summary: RfmSummary, lang: str) -> None:
    print(_w("title", lang).format(date=summary.as_of.isoformat(), buyers=format_whole(summary.buyers, lang),
                                   none=format_whole(summary.no_purchases, lang), map=summary.group_map.preset))
    row = _w("header", lang)
    name, key, count, share = _w("columns", lang)
    print(row.format(name=name, key=key, count=count, share=share))
    for g in summary.groups:
        print(row.format(name=rfm_group_label(g.key, lang), key=g.key, count=format_whole(g.count, lang),
                         share=format_percent(g.revenue_share, lang)))
    print(row.format(name=rfm_no_purchases(lang), key="", count=format_whole(summary.no_purchases, lang),
                     share=format_percent(summary.no_purchases_revenue_share, lang)))
    print(_w("scores", lang))
    for axis in ("r", "f", "m"):
        parts = [f"{r.score}: {_range_text(axis, r, lang)}" for r in summary.ranges[axis]]
        print(f"  {_w(axis, lang)}: " + "; ".join(parts))


def _range_text(axis: str, r: ScoreRange, lang: str) -> str:
    show = (lambda v: format_money(v, lang)) if axis == "m" else (lambda v: format_decimal(v, lang, decimals=0))
    return show(r.low) if r.low == r.high else f"{show(r.low)}–{show(r.high)}"


def add_rfm_command(sub: argparse._SubParsersAction) -> None:
    """The ``rfm`` command on the command line's subparsers."""
    p = sub.add_parser("rfm", help="RFM groups with counts, revenue shares and the score thresholds used")
    p.add_argument("--project", required=True)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "fi"), default="en", help="group names and numbers in this language")
    p.add_argument("--groups", metavar="PRESET|FILE",
                   help=f"first make the project's group map one of {', '.join(PRESETS)} or a map file "
                        f"(segmentdesk.rfm-groups/1 JSON)")
    p.set_defaults(run=cmd_rfm)
