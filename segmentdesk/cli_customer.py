"""``segmentdesk-cli customer add|edit|delete|show``: the customer register for scripts.

A customer is named by ``--id`` (customer number) or ``--email``; fields by role or column
header (``--set role=value``, repeatable).  Every change of one run is one transaction of a
few rows in the project (the column data is not rewritten).  An unknown customer or field,
or a value the field cannot hold, is one line on stderr and exit 2.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

import numpy as np

from .core.data.dataset import Dataset, match_key
from .core.errors import SegmentDeskError
from .core.project.project_file import ProjectFile
from .core.project.store import load_customers
from .core.register import operations as ops
from .core.register.overlay import json_value, row_keys
from .core.register.register import CONSENT_HOWS, CustomerRegister, customer_key, fold_key
from .cli_input import date_option
from .cli_input import now as _now


class CustomerError(SegmentDeskError):
    code = "usage"


def _customers(path: str) -> tuple[Dataset, CustomerRegister]:
    """The customers as edited and the register — not the orders, links and metrics a whole open reads."""
    dataset, register = load_customers(path)
    if dataset is None:
        raise CustomerError(f"{path} holds no customer data yet; run 'segmentdesk-cli import' first.")
    return dataset, register


def _pairs(items: list[str] | None) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CustomerError(f"--set takes field=value, not {item!r}.")
        values[name.strip()] = value
    return values


def _find(dataset: Dataset, args: argparse.Namespace) -> tuple[str, int]:
    """The customer named by ``--id`` or ``--email``: their stored key and row."""
    role, given = ("customer_id", args.id) if args.id is not None else ("email", args.email)
    col = dataset.customers.role_column(role)
    if col is None:
        raise CustomerError(f"The customers have no {role} column to find {given!r} by.")
    rows = np.flatnonzero((match_key(col) == fold_key(given)).to_numpy())
    if len(rows) == 0:
        raise CustomerError(f"No customer with {role} {given!r}.")
    row = int(rows[0])
    key_role, keys = row_keys(dataset.customers)
    key = customer_key(key_role, keys.iat[row])
    if key is None:
        raise CustomerError(f"The customer with {role} {given!r} has no {key_role}, so they cannot be edited.")
    return key, row


def _date(text: str | None) -> dt.date:
    return date_option(text, option="--date")


def cmd_add(args: argparse.Namespace) -> int:
    dataset, _ = _customers(args.project)
    key, change = ops.add_customer(dataset, _pairs(args.set), at=_now(), source="cli")
    if _exists(dataset, key):
        raise CustomerError(f"A customer with {key.replace(':', ' ', 1)} exists already.")
    with ProjectFile.open(args.project, write=True) as pf:
        pf.change_register(change)
    print(f"Added customer {key.split(':', 1)[1]}.")
    return 0


def _exists(dataset: Dataset, key: str) -> bool:
    role, keys = row_keys(dataset.customers)
    return bool((keys == key.split(":", 1)[1]).any()) if key.startswith(f"{role}:") else False


def cmd_edit(args: argparse.Namespace) -> int:
    dataset, _ = _customers(args.project)
    key, row = _find(dataset, args)
    values = _pairs(args.set)
    if args.tag:
        _, header, _ = ops.resolve_field(dataset, "interests")
        current = dataset.customers.frame[header].iat[row]
        tags = [t for t in ([current] if isinstance(current, str) and current.strip() else []) + args.tag]
        values.setdefault("interests", ", ".join(tags))
    changes = [ops.edit_fields(dataset, key, values, at=_now(), source="cli")] if values else []
    if args.note:
        changes.append(ops.add_note(key, args.note, on=_date(args.date)))
    if args.consent:
        if not args.how:
            raise CustomerError(f"--consent needs --how {'|'.join(CONSENT_HOWS)}.")
        changes.append(ops.record_consent(key, given=args.consent == "given", how=args.how, on=_date(args.date),
                                          at=_now()))
    if not changes:
        raise CustomerError("Nothing to change: give --set, --tag, --note or --consent.")
    with ProjectFile.open(args.project, write=True) as pf:
        pf.change_register(ops.combined(*changes))
    print(f"Changed customer {key.split(':', 1)[1]}.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    key, _ = _find(_customers(args.project)[0], args)
    with ProjectFile.open(args.project, write=True) as pf:
        pf.change_register(ops.delete_customer(key, at=_now(), source="cli"))
    print(f"Deleted customer {key.split(':', 1)[1]}.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    dataset, register = _customers(args.project)
    customers = dataset.customers
    key, row = _find(dataset, args)
    edits, consent, notes = register.of(key)
    doc: dict[str, Any] = {
        "key": key,
        "fields": {h: json_value(customers.frame[h].iat[row], customers.kinds[h]) for h in customers.frame.columns},
        "roles": dict(customers.roles),
        "edited": sorted({e.field for e in edits if e.field.startswith(("role:", "column:"))}),
        "consent": [{"date": e.on, "given": e.given, "how": e.how} for e in consent],
        "notes": [{"date": n.on, "text": n.text} for n in notes],
    }
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    role_of = {h: r for r, h in customers.roles.items()}
    print(f"Customer {key.split(':', 1)[1]}")
    for header, value in doc["fields"].items():
        role = f" ({role_of[header]})" if header in role_of else ""
        print(f"  {header}{role}: {'' if value is None else value}")
    if doc["edited"]:
        print("Edited here: " + ", ".join(f.split(":", 1)[1] for f in doc["edited"]))
    print("Consent history:" + ("" if consent else " none recorded"))
    for e in doc["consent"]:
        print(f"  {e['date']}  {'given' if e['given'] else 'withdrawn'} ({e['how']})")
    print("Notes:" + ("" if notes else " none"))
    for n in doc["notes"]:
        print(f"  {n['date']}  {n['text']}")
    return 0


def add_customer_commands(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """``customer add|edit|delete|show`` on the main parser's subcommands."""
    p = sub.add_parser("customer", help="add, edit, delete or show a customer of the project's register")
    cust = p.add_subparsers(dest="customer_command", required=True, parser_class=parser_class)

    def which(a: argparse.ArgumentParser) -> None:
        a.add_argument("--project", required=True)
        one = a.add_mutually_exclusive_group(required=True)
        one.add_argument("--id", help="the customer number")
        one.add_argument("--email")

    a = cust.add_parser("add", help="a new customer: --set role=value … (the customer number or email needed)")
    a.add_argument("--project", required=True)
    a.add_argument("--set", action="append", metavar="FIELD=VALUE", required=True)
    a.set_defaults(run=cmd_add, writes_project=True)

    a = cust.add_parser("edit", help="set fields, add a note or tag, record consent given or withdrawn")
    which(a)
    a.add_argument("--set", action="append", metavar="FIELD=VALUE")
    a.add_argument("--tag", action="append", help="add a tag to the interests field")
    a.add_argument("--note")
    a.add_argument("--consent", choices=("given", "withdrawn"))
    a.add_argument("--how", choices=CONSENT_HOWS)
    a.add_argument("--date", help="the note's or consent's date, YYYY-MM-DD (default today)")
    a.set_defaults(run=cmd_edit, writes_project=True)

    a = cust.add_parser("delete", help="delete a customer (a re-import does not bring them back)")
    which(a)
    a.set_defaults(run=cmd_delete, writes_project=True)

    a = cust.add_parser("show", help="a customer's fields, consent history and notes")
    which(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(run=cmd_show)
