"""``segmentdesk-cli churn``: the shop's buying rhythm — repeat customers, their usual interval, the
churn-risk bands with revenue shares, the rule in words and the most overdue customers
(the contract in ARCHITECTURE.md)."""
from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .core.bilingual import in_language
from .core.data.churn_summary import ChurnSummary, churn_summary, most_overdue
from .core.formats import format_date, format_decimal, format_percent, format_whole
from .core.project.store import load_project
from .core.words import churn_risk_label, churn_rule, churn_unbanded_note

# (English, Finnish)
_WORDS = {
    "title": ("Buying rhythm at {date}: {repeat} repeat customers, {once} bought on one day only, {none} not yet",
              "Ostorytmi {date}: {repeat} toistuvaa ostajaa, {once} ostanut vain yhtenä päivänä, "
              "{none} ei vielä ostanut"),
    "median": ("Usual interval between orders (median of repeat customers): {days} days",
               "Tavallinen tilausväli (toistuvien ostajien mediaani): {days} päivää"),
    "header": ("{band:<16} {count:>10} {share:>14}", "{band:<16} {count:>10} {share:>14}"),
    "columns": (("churn risk", "customers", "revenue share"), ("menetysriski", "asiakkaita", "osuus liikevaihdosta")),
    "overdue": ("Most overdue ({shown} of {total}):", "Eniten myöhässä ({shown}/{total}):"),
    "late": ("{who}: {days} days overdue (usually every {interval} days, last order {last}, next expected {next})",
             "{who}: {days} päivää myöhässä (tilaa yleensä {interval} päivän välein, viimeksi {last}, "
             "seuraavaa odotettiin {next})"),
}


def _w(key: str, lang: str):
    return in_language(_WORDS[key], lang)


def cmd_churn(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    ds = project.dataset
    if ds is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    if not ds.has_orders:
        raise UsageError(f"{args.project} has no orders, so there is no buying rhythm to show.")
    if args.top < 0:
        raise UsageError("--top must be 0 or more.")
    as_of = _as_of(args.as_of)
    summary = churn_summary(ds, as_of=as_of)
    late = _overdue_rows(ds, summary, args.top)
    lang = args.lang
    if args.json:
        doc = summary.to_json()
        for band in doc["bands"]:
            band["name"] = churn_risk_label(band["key"], lang)
        doc["rule"] = churn_rule(lang)
        doc["most_overdue"] = late
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    _print(summary, late, lang)
    return 0


def _overdue_rows(ds, summary: ChurnSummary, top: int) -> list[dict]:
    """The ``top`` most overdue customers by their stable key (customer number, else email)."""
    key_column = ds.customers.role_column("customer_id")
    if key_column is None:
        key_column = ds.customers.role_column("email")
    keys = key_column.to_numpy(dtype=object) if key_column is not None else np.arange(len(ds)).astype(object)
    return [{"customer": None if keys[c.position] is None else str(keys[c.position]), "overdue_days": c.overdue_days,
             "usual_interval_days": c.usual_interval, "last_order": c.last_order.isoformat(),
             "expected_next_order": c.expected_next_order.isoformat()}
            for c in most_overdue(ds, summary, top=top)]


def _print(summary: ChurnSummary, late: list[dict], lang: str) -> None:
    print(_w("title", lang).format(date=summary.as_of.isoformat(), repeat=format_whole(summary.repeat_customers, lang),
                                   once=format_whole(summary.one_time, lang), none=format_whole(summary.no_orders, lang)))
    if summary.median_interval is not None:
        print(_w("median", lang).format(days=format_decimal(summary.median_interval, lang, decimals=0)))
    print(churn_rule(lang))
    row = _w("header", lang)
    band, count, share = _w("columns", lang)
    print(row.format(band=band, count=count, share=share))
    for b in summary.bands:
        print(row.format(band=churn_risk_label(b.key, lang), count=format_whole(b.count, lang),
                         share=format_percent(b.revenue_share, lang)))
    if summary.unbanded is not None and summary.unbanded.revenue_share > 0:
        print(churn_unbanded_note(format_percent(summary.unbanded.revenue_share, lang), lang))
    if late:
        print(_w("overdue", lang).format(shown=len(late), total=format_whole(len(summary.overdue), lang)))
        for item in late:
            print("  " + _w("late", lang).format(
                who=item["customer"], days=format_whole(item["overdue_days"], lang),
                interval=format_decimal(item["usual_interval_days"], lang, decimals=0),
                last=format_date(item["last_order"], lang), next=format_date(item["expected_next_order"], lang)))


def add_churn_command(sub: argparse._SubParsersAction) -> None:
    """The ``churn`` command on the command line's subparsers."""
    p = sub.add_parser("churn", help="buying rhythm: repeat customers, churn-risk bands and the most overdue")
    p.add_argument("--project", required=True)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "fi"), default="en", help="words and numbers in this language")
    p.add_argument("--top", type=int, default=20, help="how many of the most overdue customers to list (default 20)")
    p.set_defaults(run=cmd_churn)
