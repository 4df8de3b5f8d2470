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
from .core.bilingual import in_language
from .core.formats import format_decimal, format_percent, format_whole
from .core.project.cluster_runs import cluster_run, put_cluster_run
from .core.project.project_file import ProjectFile
from .core.project.store import load_project

# (English, Finnish); field names stay the keys --fields takes.
_WORDS = {
    "title": ("{k} clusters of {n} customers on {fields} (silhouette suggests k = {suggested}).",
              "{k} klusteria, {n} asiakasta, kentät {fields} (siluetti ehdottaa k = {suggested})."),
    "silhouette": ("Silhouette: {score} (by k: {by_k}).", "Siluetti: {score} (k:n mukaan: {by_k})."),
    "left_out": ("Left out: {n} customers without a value in any field.",
                 "Jätetty pois: {n} asiakasta, joilla ei ole arvoa yhdessäkään kentässä."),
    "missing": ("{n} missing, filled with the median {median}", "{n} puuttuu, täytetty mediaanilla {median}"),
    "log": ("log-scaled (skewness {skew})", "logaritminen asteikko (vinous {skew})"),
    "map": ("Map: axis 1 holds {one} of the variance, axis 2 {two}.",
            "Kartta: akseli 1 kattaa {one} vaihtelusta, akseli 2 {two}."),
    "columns": (("name", "size", "share", "description"), ("nimi", "koko", "osuus", "kuvaus")),
    "centre": ("centre", "keskipiste"),
    "list": (", ", "; "),          # a Finnish decimal comma would run into a comma between items
}


def _w(key: str, lang: str):
    return in_language(_WORDS[key], lang)


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
    lang = args.lang
    doc = clusters_json(result, lang=lang)
    if args.save:
        run = cluster_run(project.dataset, result.labels, names=cluster_names(result, lang=lang),
                          fields=result.fields, as_of=as_of, made_at=_now())
        with ProjectFile.open(args.project, write=True) as pf:
            put_cluster_run(pf, run)
        # On stderr: what is printed stays the same bytes for the same project, saved or not.
        print(f"Saved the {run.k} clusters of {format_whole(len(run.keys), 'en')} customers in {args.project}; "
              f"rules can use them as the field 'cluster'.", file=sys.stderr)
    if args.json:
        sys.stdout.write(dumps_clusters(doc))
        return 0
    sys.stdout.write(clusters_text(doc, lang))
    return 0


def clusters_text(doc: dict, lang: str = "en") -> str:
    """The clusters JSON as lines for people in ``lang``: sizes, silhouette, preparation, map, centres."""
    lines = [_w("title", lang).format(k=doc["k"], n=format_whole(doc["clustered"], lang),
                                      fields=", ".join(doc["fields"]), suggested=doc["suggested_k"]),
             _w("silhouette", lang).format(score=_score(doc["silhouette"], lang), by_k=_w("list", lang).join(
                 f"{k}: {_score(v, lang)}" for k, v in doc["silhouette_by_k"].items()))]
    if doc["left_out"]:
        lines.append(_w("left_out", lang).format(n=format_whole(doc["left_out"], lang)))
    for prep in doc["preparation"]:
        notes = []
        if prep["missing"]:
            notes.append(_w("missing", lang).format(n=format_whole(prep["missing"], lang),
                                                    median=format_decimal(prep["filled_with"], lang)))
        if prep["log_scaled"]:
            notes.append(_w("log", lang).format(skew=format_decimal(prep["skewness"], lang, decimals=1)))
        if notes:
            lines.append(f"{prep['field']}: " + "; ".join(notes) + ".")
    shares = doc["pca"]["variance_share"]
    lines.append(_w("map", lang).format(one=format_percent(shares[0], lang), two=format_percent(shares[1], lang)))
    width = max(len(c["name"]) for c in doc["clusters"])
    name, size, share, words = _w("columns", lang)
    lines.append(f"{'#':>2}  {name:<{width}}  {size:>8}  {share:>6}  {words}")
    for c in doc["clusters"]:
        lines.append(f"{c['number']:>2}  {c['name']:<{width}}  {format_whole(c['size'], lang):>8}  "
                     f"{format_percent(c['share'], lang):>6}  {c['description']}")
        lines.append(f"{'':>2}  {_w('centre', lang)}: " + ", ".join(
            f"{field} {format_decimal(value, lang, decimals=1) if value is not None else '–'}"
            for field, value in c["means"].items()))
    return "\n".join(lines) + "\n"


def _score(value: float | None, lang: str) -> str:
    return "–" if value is None else format_decimal(value, lang, decimals=2)


def add_cluster_commands(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """The ``clusters`` command on the command line's subparsers."""
    p = sub.add_parser("clusters", help="hidden groups of customers (k-means): sizes, silhouette, centres")
    p.add_argument("--project", required=True)
    p.add_argument("--k", help="number of clusters, or 'auto' (default): the best silhouette of 2-8")
    p.add_argument("--fields", help="number fields to cluster on, comma-separated "
                                    "(default: days_since_last_order,order_count,total_spend,age where present)")
    p.add_argument("--as-of", help="reference date for days since last order and age (default today)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "fi"), default="en",
                   help="names, centres in words and numbers in this language")
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
