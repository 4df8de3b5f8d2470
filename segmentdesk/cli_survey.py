"""``segmentdesk-cli import-survey``: survey answers joined to a project's customers by email."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cli_input import UsageError
from .cli_input import now as _now
from .core.formats import format_whole
from .core.importing.survey import SurveyJoin, join_survey
from .core.importing.survey_answers import KINDS
from .core.io.read import read_table
from .core.project.project import AuditEntry
from .core.project.project_file import ProjectFile
from .core.project.store import load_project

LANG = "en"
SHOWN_UNMATCHED = 20


def cmd_import_survey(args: argparse.Namespace) -> int:
    """Join the response file to the project's customers, store the answer columns and log the join
    (counts and questions, never the unmatched addresses); print what each question became."""
    project = load_project(args.project)
    if project.dataset is None:
        raise UsageError(f"{args.project} holds no customer data yet; run 'segmentdesk-cli import' first.")
    joined = join_survey(project.dataset, read_table(args.file, sheet=args.sheet), email_column=args.email_column,
                         kinds=_kinds(args.kind))
    entry = AuditEntry(_now(), "import_survey", {"file": Path(args.file).name, **joined.summary()})
    with ProjectFile.open(args.project, write=True) as pf:
        pf.replace_data(joined.dataset, log=entry)
    if args.json:
        doc = {**joined.summary(), "unmatched_responses": [{"row": u.row, "email": u.email} for u in joined.unmatched]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    _print(joined)
    return 0


def _kinds(pairs: list[str] | None) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for pair in pairs or []:
        question, _, kind = pair.rpartition("=")
        if not question or kind not in KINDS:
            raise UsageError(f"--kind takes QUESTION=number|tags|text, not {pair!r}.")
        kinds[question] = kind
    return kinds


def _print(joined: SurveyJoin) -> None:
    tool = f" ({joined.tool})" if joined.tool else ""
    print(f"Joined {format_whole(joined.matched, LANG)} of {format_whole(joined.responses, LANG)} responses{tool} "
          f"to customers by email (column {joined.email_column!r}); "
          f"{format_whole(len(joined.unmatched), LANG)} matched no customer.")
    print("Questions, as fields a segment can test:")
    for q in joined.questions:
        print(f"  {q.kind:<6}  column:{q.column}  ({format_whole(q.answered, LANG)} answered)")
    if joined.unmatched:
        print("Responses that matched no customer (row: email):")
        for u in joined.unmatched[:SHOWN_UNMATCHED]:
            print(f"  {u.row}: {u.email or '(no email)'}")
        if len(joined.unmatched) > SHOWN_UNMATCHED:
            print(f"  … and {format_whole(len(joined.unmatched) - SHOWN_UNMATCHED, LANG)} more (--json lists all)")


def add_survey_commands(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-survey", help="join survey answers (Typeform, Google Forms, Microsoft Forms) "
                                             "to the customers by email")
    p.add_argument("file")
    p.add_argument("--project", required=True)
    p.add_argument("--sheet")
    p.add_argument("--email-column", help="the survey file's column of addresses (found by itself otherwise)")
    p.add_argument("--kind", action="append", metavar="QUESTION=KIND",
                   help="read a question as number, tags or text instead of deciding by its answers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_survey, writes_project=True)
