"""``segmentdesk-cli dnc …`` and ``person …``: the do-not-contact list and GDPR requests (the contract in README.md)."""
from __future__ import annotations

import argparse
import json
import re
import sys

from .core.data.roles import EMAIL_PATTERN
from .core.formats import format_whole
from .core.privacy.address_file import read_addresses
from .core.privacy.retention import register_activity, stale_customers
from .core.project.do_not_contact_changes import add_to_do_not_contact, do_not_contact_count
from .core.project.erase import erase_person
from .core.project.person_data import person_record, write_person_record
from .core.project.person_match import PersonQuery
from .core.project.store import load_project
from .cli_input import UsageError
from .cli_input import date_option as _as_of
from .cli_input import now as _now

LANG = "en"


def cmd_dnc_add(args: argparse.Namespace) -> int:
    pattern = re.compile(EMAIL_PATTERN)
    bad = [a for a in args.emails if not pattern.match(a.strip())]
    if bad:
        raise UsageError(f"{bad[0]!r} is not an email address; nothing was added.")
    added, total = add_to_do_not_contact(args.project, args.emails, source="app", at=_now())
    print(f"Added {format_whole(added, LANG)} address(es) to the do-not-contact list "
          f"({format_whole(len(args.emails) - added, LANG)} already on it); {format_whole(total, LANG)} on the list.")
    return 0


def cmd_dnc_import(args: argparse.Namespace) -> int:
    found = read_addresses(args.file, sheet=args.sheet)
    added, total = add_to_do_not_contact(args.project, found.addresses, source="import", at=_now())
    print(f"Read {format_whole(len(found.addresses), LANG)} addresses from column {found.column!r}: "
          f"{format_whole(added, LANG)} added, {format_whole(len(found.addresses) - added, LANG)} already on the list, "
          f"{format_whole(found.not_addresses, LANG)} cells were no address; {format_whole(total, LANG)} on the list.")
    return 0


def cmd_dnc_count(args: argparse.Namespace) -> int:
    print(f"{format_whole(do_not_contact_count(args.project), LANG)} addresses on the do-not-contact list.")
    return 0


def _query(args: argparse.Namespace) -> PersonQuery:
    if bool(args.email) == bool(args.customer_id):
        raise UsageError("Name the person with exactly one of --email or --customer-id.")
    return PersonQuery(email=args.email, customer_id=args.customer_id)


def cmd_person_erase(args: argparse.Namespace) -> int:
    query = _query(args)
    if not args.yes:
        raise UsageError(f"Erasing removes the person with {query.describe()} for good, from the project "
                                f"and its backups; add --yes to do it.")
    done = erase_person(args.project, query, at=_now())
    print(f"Erased {format_whole(done.customers, LANG)} customer(s) and {format_whole(done.orders, LANG)} order(s) "
          f"from {args.project} ({done.snapshots} snapshot(s), {done.audit_entries} log entries scrubbed); "
          f"{done.backups_erased} backup(s) erased, {done.backups_deleted} deleted; the address is on the "
          f"do-not-contact list.")
    return 0


def cmd_person_export(args: argparse.Namespace) -> int:
    record = person_record(args.project, _query(args), as_of=_as_of(args.as_of))
    try:
        write_person_record(record, args.out, lang=args.lang)
    except OSError as exc:
        raise UsageError(f"Cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"Wrote {args.out}.")
    return 0


def cmd_person_stale(args: argparse.Namespace) -> int:
    if args.years < 0:
        raise UsageError("--years takes a whole number of years, 0 or more.")
    project = load_project(args.project)
    if project.dataset is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    found = stale_customers(project.dataset, years=args.years, as_of=_as_of(args.as_of),
                            edited=register_activity(project.dataset, project.register))
    rows = [{"row": s.position + 1, "customer_id": s.customer_id, "email": s.email,
             "last_activity": None if s.last_activity is None else s.last_activity.isoformat()} for s in found]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        print(f"{r['row']:>7}  {r['customer_id'] or '-':<14}  {r['email'] or '-':<32}  {r['last_activity'] or 'none'}")
    print(f"({format_whole(len(rows), LANG)} of {format_whole(len(project.dataset), LANG)} customers without "
          f"activity for {args.years} years)")
    return 0


def add_privacy_commands(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """The ``dnc`` and ``person`` commands on the command line's subparsers."""
    p = sub.add_parser("dnc", help="the do-not-contact list: addresses never exported again")
    dnc = p.add_subparsers(dest="dnc_command", required=True, parser_class=parser_class)
    a = dnc.add_parser("add", help="put email addresses on the list")
    a.add_argument("--project", required=True)
    a.add_argument("emails", nargs="+", metavar="EMAIL")
    a.set_defaults(run=cmd_dnc_add, writes_project=True)
    a = dnc.add_parser("import", help="put a file's column of email addresses on the list (unsubscribes, bounces)")
    a.add_argument("--project", required=True)
    a.add_argument("file")
    a.add_argument("--sheet")
    a.set_defaults(run=cmd_dnc_import, writes_project=True)
    a = dnc.add_parser("count", help="how many addresses are on the list")
    a.add_argument("--project", required=True)
    a.set_defaults(run=cmd_dnc_count)

    p = sub.add_parser("person", help="one person's data: erase, export (access request), stale customers")
    person = p.add_subparsers(dest="person_command", required=True, parser_class=parser_class)
    for name, helptext in (("erase", "erase a person from the project, its snapshots, log and backups"),
                           ("export", "everything the project holds about a person, as JSON or a readable page")):
        a = person.add_parser(name, help=helptext)
        a.add_argument("--project", required=True)
        a.add_argument("--email")
        a.add_argument("--customer-id")
        if name == "erase":
            a.add_argument("--yes", action="store_true", help="really erase (nothing is asked)")
            a.set_defaults(run=cmd_person_erase, writes_project=True)
        else:
            a.add_argument("--out", required=True, help="FILE.json, or FILE.html: a page the person can read")
            a.add_argument("--lang", choices=("fi", "en"), default="en", help="the language of an .html page")
            a.add_argument("--as-of")
            a.set_defaults(run=cmd_person_export)
    a = person.add_parser("stale", help="customers without an order, signup or edit for N years")
    a.add_argument("--project", required=True)
    a.add_argument("--years", type=int, required=True)
    a.add_argument("--as-of")
    a.add_argument("--json", action="store_true")
    a.set_defaults(run=cmd_person_stale)
