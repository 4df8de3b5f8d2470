"""``segmentdesk-cli clusters``: hidden groups (k-means) of a project's customers (the contract in ARCHITECTURE.md).

The same project (and ``--as-of``) prints the same bytes, as text or ``--json``.
"""
from __future__ import annotations

import argparse
import sys

from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .cli_input import now as _now
from .core.analytics.cluster_report import cluster_names, clusters_json, dumps_clusters
from .core.analytics.clusters import MAX_K, run_clusters
from .core.formats import format_decimal, format_percent, format_whole
from .core.project.cluster_runs import cluster_run, put_cluster_run
from .core.project.project_file import ProjectFile
from .core.project.store import load_project

LANG = "en"


def _k(text: str | None) -> int | None:
    if text is None or text.strip().lower() == "auto":
        return None
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"--k takes a number from 2 to {MAX_K} or 'auto', not {text!r}.") from None


def _fields(text: str | None) -> list[str] | None:
    if not text:
        return None
    return [f.strip() for f in text.split(",") if f.strip()]


def cmd_clusters(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    if project.dataset is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    as_of = _as_of(args.as_of)
    result = run_clusters(project.dataset, as_of=as_of, fields=_fields(args.fields), k=_k(args.k))
    doc = clusters_json(result, lang=LANG)
    if args.save:
        run = cluster_run(project.dataset, result.labels, names=cluster_names(result, lang=LANG),
                          fields=result.fields, as_of=as_of, made_at=_now())
        with ProjectFile.open(args.project, write=True) as pf:
            put_cluster_run(pf, run)
        # On stderr: what is printed stays the same bytes for the same project, saved or not.
        print(f"Saved the {run.k} clusters of {format_whole(len(run.keys), LANG)} customers in {args.project}; "
              f"rules can use them as the field 'cluster'.", file=sys.stderr)
    if args.json:
        sys.stdout.write(dumps_clusters(doc))
        return 0
    sys.stdout.write(clusters_text(doc))
    return 0


def clusters_text(doc: dict) -> str:
    """The clusters JSON as lines for people: sizes, silhouette, preparation, map, centres."""
    lines = [f"{doc['k']} clusters of {format_whole(doc['clustered'], LANG)} customers on "
             f"{', '.join(doc['fields'])} (silhouette suggests k = {doc['suggested_k']}).",
             "Silhouette: " + _score(doc["silhouette"]) + " (by k: " +
             ", ".join(f"{k}: {_score(v)}" for k, v in doc["silhouette_by_k"].items()) + ")."]
    if doc["left_out"]:
        lines.append(f"Left out: {format_whole(doc['left_out'], LANG)} customers without a value in any field.")
    for prep in doc["preparation"]:
        notes = []
        if prep["missing"]:
            notes.append(f"{format_whole(prep['missing'], LANG)} missing, filled with the median "
                         f"{format_decimal(prep['filled_with'], LANG)}")
        if prep["log_scaled"]:
            notes.append(f"log-scaled (skewness {format_decimal(prep['skewness'], LANG, decimals=1)})")
        if notes:
            lines.append(f"{prep['field']}: " + "; ".join(notes) + ".")
    shares = doc["pca"]["variance_share"]
    lines.append(f"Map: axis 1 holds {format_percent(shares[0], LANG)} of the variance, axis 2 "
                 f"{format_percent(shares[1], LANG)}.")
    width = max(len(c["name"]) for c in doc["clusters"])
    lines.append(f"{'#':>2}  {'name':<{width}}  {'size':>8}  {'share':>6}  description")
    for c in doc["clusters"]:
        lines.append(f"{c['number']:>2}  {c['name']:<{width}}  {format_whole(c['size'], LANG):>8}  "
                     f"{format_percent(c['share'], LANG):>6}  {c['description']}")
        lines.append(f"{'':>2}  centre: " + ", ".join(
            f"{field} {format_decimal(value, LANG, decimals=1) if value is not None else '–'}"
            for field, value in c["means"].items()))
    return "\n".join(lines) + "\n"


def _score(value: float | None) -> str:
    return "–" if value is None else format_decimal(value, LANG, decimals=2)


def add_cluster_commands(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """The ``clusters`` command on the command line's subparsers."""
    p = sub.add_parser("clusters", help="hidden groups of customers (k-means): sizes, silhouette, centres")
    p.add_argument("--project", required=True)
    p.add_argument("--k", help="number of clusters, or 'auto' (default): the best silhouette of 2-8")
    p.add_argument("--fields", help="number fields to cluster on, comma-separated "
                                    "(default: days_since_last_order,order_count,total_spend,age where present)")
    p.add_argument("--as-of", help="reference date for days since last order and age (default today)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", action=_Saves, help="keep the clusters in the project as the field 'cluster' "
                                                 "(replacing the clusters kept before)")
    p.set_defaults(run=cmd_clusters, save=False)


class _Saves(argparse.Action):
    """``--save``: the command then writes the project, so it holds the project's lock as writers do."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        namespace.save = True
        namespace.writes_project = True
