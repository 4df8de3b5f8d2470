"""``segmentdesk-cli``: the app's capabilities without a screen (the contract in ARCHITECTURE.md)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .build_info import VersionAction
from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .cli_input import now as _now
from .cli_input import stop_writing_to_closed_stdout
from .cli_privacy import add_privacy_commands
from .cli_churn import add_churn_command
from .cli_rfm import add_rfm_command
from .cli_customer import add_customer_commands
from .cli_history import add_history_command
from .cli_profile import add_profile_command
from .cli_report import add_report_command
from .cli_survey import add_survey_commands
from .cli_clusters import add_cluster_commands
from .core.atomic_file import write_text_atomic
from .core.errors import ProjectLockedError, SegmentDeskError
from .core.data.audience import CONSENT, EXISTING_CUSTOMERS
from .core.export.export_job import EXPORT_FORMATS, export_segments
from .core.formats import format_percent, format_whole
from .core.importing.pipeline import ImportResult, run_import
from .core.importing.plan import ImportPlan, read_plan_file
from .core.importing.role_choice import RoleChoice
from .core.privacy.pseudonyms import project_pseudonyms
from .core.project.backups import make_backup
from .core.project.demo_meta import set_demo
from .core.project.lock import acquire_lock, break_lock
from .core.project.project import Project
from .core.importing.quality import quality_report
from .core.settings import load_settings
from .core.project.project_file import ProjectFile, Stamp
from .core.project.store import load_project, write_new_project
from .core.segments.describe import describe
from .core.segments.evaluate import Evaluator
from .core.segments.figures import segment_figures
from .core.segments.model import Segment, is_incomplete, iter_conditions, load_segment_file
from .core.words import finding_label

# The command line speaks English; its words and numbers come from the same catalogue and
# formatter as the window's, so a finding or a count reads the same in both.
LANG = "en"
# How long a command that writes a project waits for another command-line run on it to finish
# (a window's lock is refused at once: it is held until the user closes the project).
LOCK_WAIT_SECONDS = 10.0


def _open(path: str) -> Project:
    project = load_project(path)
    if project.dataset is None:
        raise UsageError(f"{path} holds no customer data yet; run 'segmentdesk-cli import' first.")
    return project


def cmd_import(args: argparse.Namespace) -> int:
    """Create a project, or update one: a project that holds data merges the new file into it
    (:func:`merge_import`) instead of replacing it, unless its import plan says replace.
    The files are imported by the plan of ``--plan``, else the project's own plan (how its data
    was last imported, in the app or here), else as new files (guesses, roles remembered in the
    user's settings).  Segments are untouched either way; nothing is saved unless the whole
    import succeeds."""
    target = Path(args.project)
    project = load_project(target) if target.exists() else Project()
    base = read_plan_file(args.plan) if args.plan else project.plan
    customers = Path(args.customers).resolve()
    orders = Path(args.orders).resolve() if args.orders else None
    plan = ImportPlan.for_files(customers, orders=orders, sheet=args.sheet) if base is None \
        else base.with_files(customers, orders=orders, sheet=args.sheet)
    previous = project.dataset
    result = run_import(plan, as_of=dt.date.today(), previous=previous, remembered=load_settings().remembered_roles,
                        replace_unmatched=False, warm=False, count_problems=False, register=project.register)
    for label, layout in (("customer", result.customer_layout), ("order", result.order_layout)):
        if layout:
            print(f"Recognised {'an' if layout[0] in 'AEIOU' else 'a'} {layout} {label} export.", file=sys.stderr)
    for label, choice in (("customer", result.customer_choice), ("order", result.order_choice)):
        if choice is not None and choice.drifted:
            print(_drift_note(label, choice), file=sys.stderr)
    for label, raw in (("customer", result.customers_raw), ("order", result.orders_raw)):
        if raw is not None and raw.ragged_count:
            shown = ", ".join(str(n) for n in raw.ragged_lines[:10]) + (", …" if raw.ragged_count > 10 else "")
            print(f"segmentdesk-cli: warning: {raw.ragged_count} row(s) of the {label} file have a different "
                  f"number of cells than the header (lines {shown}); they were read as far as they go.",
                  file=sys.stderr)
    files = {"customers": Path(args.customers).name}
    if args.orders:
        files["orders"] = Path(args.orders).name
    project.plan = result.plan
    # Logged with the import: what the fixes changed, how many addresses went on the do-not-contact list.
    details = {f"fixed_{fix}": preview.count for fix, preview in result.fixes_done.items()}
    details.update(_list_blocked(project, result))
    if result.reimport is not None:
        return _update_project(project, target, result, files, details)
    project.dataset = result.dataset
    project.sources = dict(files)
    ds = result.dataset
    project.log("import", at=_now(), customers=len(ds), orders=0 if ds.orders is None else len(ds.orders.frame),
                files=project.sources, **details)
    _store_import(project, target)
    mapped = ", ".join(f"{role}={col}" for role, col in ds.customers.roles.items())
    print(f"Imported {format_whole(len(ds), LANG)} customers", end="")
    if ds.orders is not None:
        print(f" and {format_whole(len(ds.orders.frame), LANG)} orders "
              f"({format_whole(ds.unmatched_orders, LANG)} not linked to a customer)", end="")
    print(f" into {target}.\nColumns: {mapped}")
    return 0


def _list_blocked(project: Project, result: ImportResult) -> dict[str, int]:
    """Put the addresses a contact export marks unsubscribed or bounced on the project's list (saved
    with the import); say how many on stderr.  The log detail ``do_not_contact``: how many were new."""
    if not result.do_not_contact:
        return {}
    added = project.do_not_contact.add(result.do_not_contact, added_at=_now().isoformat(timespec="seconds"),
                                       source="import")
    print(f"{format_whole(len(result.do_not_contact), LANG)} address(es) the {result.customer_layout} export marks "
          f"unsubscribed or bounced are on the do-not-contact list ({format_whole(added, LANG)} new; "
          f"{format_whole(len(project.do_not_contact), LANG)} on the list).", file=sys.stderr)
    return {"do_not_contact": added}


def _drift_note(label: str, choice: RoleChoice) -> str:
    """One line: how the file's columns differ from the plan's, and what was guessed instead."""
    parts = [f"{role} (column {header!r}) not found" for role, header in choice.missing.items()]
    if choice.guessed:
        parts.append("guessed " + ", ".join(f"{role}={header}" for role, header in choice.guessed.items()))
    unmapped = [c for c in choice.new_columns if c not in choice.guessed.values()]
    if unmapped:
        parts.append("new columns left as custom fields: " + ", ".join(unmapped))
    return (f"segmentdesk-cli: note: the {label} file's columns differ from the import plan's: "
            + "; ".join(parts) + ".")


def _update_project(project: Project, target: Path, result: ImportResult, files: dict[str, str],
                    fixed: dict[str, int]) -> int:
    """Keep a re-import merged into ``project``, log it with its counts, save, and print one summary line."""
    ds, summary = result.dataset, result.reimport
    counts = summary.counts()
    orders_kept = result.orders_raw is None and ds.orders is not None
    sources = dict(files)
    if orders_kept and "orders" in project.sources:
        sources["orders"] = project.sources["orders"]       # the orders still come from that file
    project.dataset, project.sources = ds, sources
    project.log("import", at=_now(), customers=len(ds), orders=0 if ds.orders is None else len(ds.orders.frame),
                files=files, matched_by=summary.matched_by, **counts, orders_kept=orders_kept, **fixed,
                **({"kept_edits": len(result.conflicts)} if result.conflicts else {}))
    _store_import(project, target)
    shown = {k: format_whole(v, LANG) for k, v in counts.items()}
    print(f"Updated {target}: {shown['new']} new, {shown['changed']} changed, {shown['unchanged']} unchanged, "
          f"{shown['missing']} missing from the new file (kept, flagged).")
    if result.conflicts:
        listed = "; ".join(f"{c.key.split(':', 1)[1]} {c.header}: kept {c.user_value!r}, the file has "
                           f"{c.data_value!r}" for c in result.conflicts[:10])
        more = ", …" if len(result.conflicts) > 10 else ""
        print(f"Kept {format_whole(len(result.conflicts), LANG)} value(s) edited in SegmentDesk that the new file "
              f"has otherwise: {listed}{more}")
    return 0


def _store_import(project: Project, target: Path) -> None:
    """An import into an existing project replaces its data, sources and plan and logs it in one
    transaction (segments untouched) with an 'import' snapshot of the segments; a new project is
    written whole."""
    stamp = Stamp(taken_at=_now(), as_of=dt.date.today())
    project.use_rfm_map(project.rfm_map)      # the new data's groups (and the snapshot's) follow the project's map
    if not target.exists():
        write_new_project(project, target, snapshot=stamp)
        return
    with ProjectFile.open(target, write=True) as pf:
        project.mark_stored(pf.replace_data(project.dataset, sources=project.sources, plan=project.plan,
                                            log=project.audit[-1], snapshot=stamp, listed=project.do_not_contact))


def cmd_plan(args: argparse.Namespace) -> int:
    """Print the project's import plan as JSON, or write it to ``--out``."""
    project = load_project(args.project)
    if project.plan is None:
        raise UsageError(f"{args.project} has no import plan yet: import into it first "
                         f"('segmentdesk-cli import' or the app's import).")
    text = project.plan.dumps()
    if not args.out:
        print(text)
        return 0
    try:
        write_text_atomic(args.out, text + "\n")
    except OSError as exc:
        raise UsageError(f"Cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"Wrote {args.out}.")
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    project = _open(args.project)
    issues = quality_report(project.dataset, as_of=_as_of(args.as_of))
    if args.json:
        json.dump([{"code": i.code, "count": i.count, "table": i.table,
                    "rows": [r + 1 for r in i.rows]} for i in issues], sys.stdout, indent=2)
        print()
        return 0
    if not issues:
        print("No data-quality problems found.")
    for issue in issues:
        rows = ", ".join(str(r + 1) for r in issue.rows[:5]) + (", …" if issue.count > 5 else "")
        count, words = format_whole(issue.count, LANG), finding_label(issue.code, LANG)
        print(f"{count:>7}  {words}  ({issue.table} rows {rows})")
    return 0


def cmd_segment_add(args: argparse.Namespace) -> int:
    project = _open(args.project)
    segment = load_segment_file(args.file)
    # The window keeps a condition still waiting for its value out of the count; a script's file has no such
    # moment, and a condition silently left out could widen who is exported.
    waiting = [c for c in iter_conditions(segment.rule) if is_incomplete(c)]
    if waiting:
        raise UsageError(f"Segment {segment.name!r}: the condition on {waiting[0].field!r} ({waiting[0].op}) "
                         f"has no value.")
    trial = project.segment_map()
    trial[segment.name] = segment
    # Check against the data before anything is saved: a bad rule leaves the project as it was.
    try:
        Evaluator(project.dataset, as_of=dt.date.today(), segments=trial).check(segment.rule)
    except SegmentDeskError as exc:
        raise UsageError(f"Segment {segment.name!r}: {exc}") from exc
    with ProjectFile.open(args.project, write=True) as pf:
        replaced = pf.put_segment(segment)
    print(f"{'Replaced' if replaced else 'Added'} segment {segment.name!r}.")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    project = _open(args.project)
    evaluator = Evaluator(project.dataset, as_of=_as_of(args.as_of), segments=project.segment_map())
    rows = []
    for segment in project.segments:
        f = segment_figures(project.dataset, evaluator.mask(segment.rule))
        rows.append({"name": segment.name, "count": f.count, "share": round(f.share, 6),
                     "reachable": f.reachable, "revenue_share": round(f.revenue_share, 6),
                     "avg_spend": round(f.avg_spend, 2),
                     "rule": describe(segment.rule)})
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    width = max([len(r["name"]) for r in rows] + [7])
    print(f"{'segment':<{width}}  {'count':>8}  {'reachable':>9}  {'revenue':>7}")
    for r in rows:
        print(f"{r['name']:<{width}}  {format_whole(r['count'], LANG):>8}  {format_whole(r['reachable'], LANG):>9}"
              f"  {format_percent(r['revenue_share'], LANG):>7}")
    print(f"({format_whole(len(project.dataset), LANG)} customers)")
    return 0


def _chosen_segments(project: Project, spec: str | None) -> list[Segment]:
    if not spec or spec.strip().lower() == "all":
        return list(project.segments)
    return [project.segment(name) for name in spec.split(",") if name.strip()]


def cmd_export(args: argparse.Namespace) -> int:
    """Export segments as a workbook (xlsx) or as CSV files, one per segment (csv and the email tools).

    Without ``--format`` the format follows ``--out``: ``.xlsx`` or ``.csv``.  For the CSV
    formats ``--out`` is a ``.csv`` file for one segment; with several segments the files go
    beside it as ``<stem>-<segment>.csv``; any other ``--out`` is a folder of ``<segment>.csv``.
    """
    project = _open(args.project)
    suffix = Path(args.out).suffix.lower()
    fmt = args.format or {".xlsx": "xlsx", ".csv": "csv"}.get(suffix)
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"Export format {fmt or suffix or args.out!r} is not available; "
                         f"use --format {'|'.join(EXPORT_FORMATS)}.")
    segments = _chosen_segments(project, args.segments)
    columns = [c for c in args.columns.split(",")] if args.columns else None
    if args.include_without_consent and args.existing_customers:
        raise UsageError("Choose one of --include-without-consent and --existing-customers.")
    basis = EXISTING_CUSTOMERS if args.existing_customers else CONSENT
    report = export_segments(project, segments, out=args.out, format=fmt, as_of=_as_of(args.as_of),
                             columns=columns, include_without_consent=args.include_without_consent, basis=basis,
                             lang=args.lang, headings=args.headings, file_per_segment=args.file_per_segment,
                             hashed=args.hash, combined=args.combined,
                             pseudonyms=project_pseudonyms(project) if args.demo else None)
    project.log(report.audit_action, at=_now(), **report.audit_details())
    with ProjectFile.open(args.project, write=True) as pf:
        pf.append_log(project.audit[-1])
        if args.demo:       # the secret the pseudonyms were made with, kept so the next run makes the same
            set_demo(pf, secret=project.demo_secret, on=project.demo_mode)
    for s in report.segments:
        shown = {k: format_whole(getattr(s, k), LANG)
                 for k in ("exported", "without_consent", "opted_out", "invalid_email", "duplicates",
                           "do_not_contact", "by_exception")}
        extra = f" ({shown['by_exception']} of them without consent on record)" if report.basis != CONSENT else ""
        print(f"{s.name}: {shown['exported']} rows written{extra}, {shown['without_consent']} skipped without consent, "
              f"{shown['opted_out']} skipped opted out, "
              f"{shown['invalid_email']} skipped invalid email, {shown['duplicates']} duplicates, "
              f"{shown['do_not_contact']} skipped do not contact -> {', '.join(map(str, s.files))}")
    if report.combined is not None:
        print(f"Wrote {format_whole(report.rows, LANG)} people to {report.files[0]}, each once, "
              f"their segments in Tags.")
    elif report.files == [report.out]:
        print(f"Wrote {report.out}.")
    else:
        n = len(report.files)
        print(f"Wrote {n} {fmt} file{'s' if n != 1 else ''} to {report.files[0].parent}.")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """The installed app end to end on the bundled sample (segmentdesk/selftest.py): exit 0 and one
    'selftest ok: …' line, or exit 1 and one 'selftest failed: STEP: reason' line on stderr."""
    from .selftest import SelftestFailure, run_selftest

    try:
        result = run_selftest(open_window=not args.no_window)
    except SelftestFailure as exc:
        print(f"selftest failed: {exc}", file=sys.stderr)
        return 1
    print(f"selftest ok: {result.summary()}")
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:       # argparse's own exit code is 2 too; keep it one line
        print(f"segmentdesk-cli: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="segmentdesk-cli", description="SegmentDesk without a screen.")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("import", help="create or update a project from a customer (and order) file")
    p.add_argument("customers")
    p.add_argument("--orders")
    p.add_argument("--sheet")
    p.add_argument("--project", required=True)
    p.add_argument("--plan", help="import by this plan's read options, roles and fixes (JSON, see 'plan')")
    p.set_defaults(run=cmd_import, writes_project=True)

    p = sub.add_parser("plan", help="the project's import plan as JSON")
    p.add_argument("--project", required=True)
    p.add_argument("--out")
    p.set_defaults(run=cmd_plan)

    p = sub.add_parser("quality", help="data-quality problems in the imported data, with their rows")
    p.add_argument("--project", required=True)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_quality)

    p = sub.add_parser("segment", help="manage segments")
    seg = p.add_subparsers(dest="segment_command", required=True, parser_class=_Parser)
    a = seg.add_parser("add", help="add or replace a segment by name from a .segment.json file")
    a.add_argument("--project", required=True)
    a.add_argument("--file", required=True)
    a.set_defaults(run=cmd_segment_add, writes_project=True)

    p = sub.add_parser("segments", help="list segments with count, reachable and revenue share")
    p.add_argument("--project", required=True)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_segments)

    p = sub.add_parser("export", help="export segments to a workbook")
    p.add_argument("--project", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--segments")
    p.add_argument("--format", choices=EXPORT_FORMATS)
    p.add_argument("--columns")
    p.add_argument("--as-of")
    p.add_argument("--include-without-consent", action="store_true",
                   help="also customers without a consent answer (service messages only; opted-out never); logged")
    p.add_argument("--lang", choices=("en", "fi"), default=LANG,
                   help="the workbook's language: summary, headings, rules in words, dates (default en)")
    p.add_argument("--headings", choices=("labels", "keys"), default="labels",
                   help="labels: headings in --lang for people (default); keys: field names for scripts")
    p.add_argument("--hash", action="store_true",
                   help="meta, google-ads: replace emails, phones and names by their SHA-256 (done here)")
    p.add_argument("--demo", action="store_true",
                   help="demo mode: every name, email, phone and street address written as the project's "
                        "pseudonym (the same person, the same made-up one); counts as without")
    p.add_argument("--file-per-segment", action="store_true",
                   help="xlsx: one workbook per segment (--out a folder, or NAME.xlsx for NAME-<segment>.xlsx)")
    p.add_argument("--combined", action="store_true",
                   help="mailchimp: one file for the audience, each person once, their segments in Tags "
                        "(--out a .csv file, or a folder for contacts.csv)")
    p.add_argument("--existing-customers", action="store_true",
                   help="also customers without a consent answer who have bought before: the existing-customer "
                        "exception of Finnish law on electronic direct marketing (similar products only, an "
                        "opt-out offered in every message); logged with date, segment and count")
    p.set_defaults(run=cmd_export, writes_project=True)     # the export's line in the project's log

    add_rfm_command(sub)
    add_churn_command(sub)
    add_privacy_commands(sub, _Parser)
    add_customer_commands(sub, _Parser)
    add_history_command(sub, _Parser)
    add_profile_command(sub)
    add_survey_commands(sub, _Parser)
    add_cluster_commands(sub, _Parser)
    add_report_command(sub)

    p = sub.add_parser("unlock", help="remove the lock of a project left by a window or run that is gone")
    p.add_argument("--project", required=True)
    p.add_argument("--force", action="store_true", help="also a lock of a running process or of another computer")
    p.set_defaults(run=cmd_unlock)

    p = sub.add_parser("selftest", help="check this installation end to end on the sample shop")
    p.add_argument("--no-window", action="store_true", help="skip opening the main window")
    p.set_defaults(run=cmd_selftest)
    return parser


def cmd_unlock(args: argparse.Namespace) -> int:
    """Remove a lock left behind by a window or run that is gone (and the leftovers of locking).
    A lock of a live process here, or of another computer, stays unless ``--force``."""
    if args.force:
        print(f"segmentdesk-cli: warning: breaking the lock of {args.project} by force; if the project is still "
              f"open somewhere, changes made there may be lost.", file=sys.stderr)
    try:
        holder = break_lock(args.project, now=_now(), force=args.force)
    except ProjectLockedError as exc:
        hint = ("if you are sure it is not open there, run again with --force" if exc.details.get("reason") == "elsewhere"
                else "close it there first")
        raise UsageError(f"{exc} The lock stays; {hint}.") from None
    if holder is None:
        print(f"{args.project} is not locked.")
    elif not holder.readable:
        print(f"Removed the unreadable lock of {args.project}.")
    else:
        since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since else "?"
        print(f"Removed the lock of {args.project} ({holder.purpose} of {holder.user} on {holder.host}, "
              f"process {holder.pid}, since {since}).")
    return 0


def _run(args: argparse.Namespace) -> int:
    """Run the command; one that writes the project holds its lock throughout (one writer: a window
    that has it open, or another run changing it, gives exit 2 instead of a lost update)."""
    if not getattr(args, "writes_project", False):
        return args.run(args)
    with acquire_lock(args.project, since=_now(), purpose="cli", wait=LOCK_WAIT_SECONDS):
        if args.command == "import":
            _back_up(args.project, reason="before_import")
        code = args.run(args)
        if args.command == "import" and code == 0:
            _back_up(args.project, reason="import")
        return code


def _back_up(project: str, *, reason: str) -> None:
    """A rolling backup (as the user's settings say); failing to make one warns but never stops the work."""
    settings = load_settings()
    if not settings.backups_enabled:
        return
    try:
        make_backup(project, at=_now(), reason=reason, keep=settings.backup_count)
    except SegmentDeskError as exc:
        print(f"segmentdesk-cli: warning: no backup was made: {exc}", file=sys.stderr)


# The exit status of a program stopped by SIGPIPE (128 + 13), as `yes | head -1` reports it.
_PIPE_CLOSED = 141


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = _run(args)
        # Flushed here, not at exit, so a reader gone away (`| head`) is caught below.
        sys.stdout.flush()
        return code
    except SegmentDeskError as exc:
        print(f"segmentdesk-cli: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        stop_writing_to_closed_stdout()
        return _PIPE_CLOSED



if __name__ == "__main__":
    raise SystemExit(main())
