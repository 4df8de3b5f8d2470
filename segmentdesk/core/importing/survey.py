"""Survey answers joined to customers: a Typeform, Google Forms or Microsoft Forms response export.

Each response is matched to a customer by email (trimmed, case ignored, the rule that links orders);
each question becomes a psychographic customer column — a number, tags or text, decided per column by
:mod:`.survey_answers` — so segments test it as ``column:<question>``.  The columns are ordinary
customer data: the project stores them, a re-import of the customer list keeps them (a merge keeps the
columns only the earlier data had; a replacing import carries them over by :func:`carry_answers`), an
erasure removes them with the customer.  Responses whose address no
customer has are counted and listed, never stored.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..data import cell_types
from ..data.dataset import Dataset, Table, match_key
from ..errors import SegmentDeskError
from ..io.rawtable import RawTable
from .layout_spec import header_key
from .survey_answers import KINDS, read_answers

FAMILY = "psychographic"
# The tools' own columns (response id, times, respondent metadata): never questions.  Typeform:
# "#", "Response Type", "Start/Stage/Submit Date (UTC)", "Network ID", "Tags"; Google Forms:
# "Timestamp" ("Aikaleima"), "Score"; Microsoft Forms: "ID", "Start time", "Completion time",
# "Last modified time", "Name" (Finnish: "Tunnus", "Aloitusaika", "Valmistumisaika", "Nimi").
_TOOLS = (
    ("Typeform", {"#", "response type", "start date utc", "stage date utc", "submit date utc", "network id",
                  "tags", "ending"}),
    ("Microsoft Forms", {"id", "start time", "completion time", "last modified time", "name", "tunnus",
                         "aloitusaika", "valmistumisaika", "viimeksi muokattu", "nimi"}),
    ("Google Forms", {"timestamp", "aikaleima", "score", "pisteet"}),
)
_SIGNS = {"Typeform": {"submit date utc", "network id"}, "Microsoft Forms": {"completion time", "valmistumisaika"},
          "Google Forms": {"timestamp", "aikaleima"}}
_EMAIL_HEADERS = ("email", "email address", "e mail", "sähköposti", "sähköpostiosoite", "your email",
                  "sähköpostiosoitteesi")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SurveyError(SegmentDeskError):
    """A survey file that cannot be joined (no email column, no customer emails, unknown column)."""

    code = "survey"


@dataclass(frozen=True)
class SurveyQuestion:
    """One question: its header in the file, the customer column it became and how it was read."""

    question: str
    column: str
    kind: str                   # number, tags or text
    answered: int               # matched customers with an answer
    scale: dict[str, float] | None = None


@dataclass(frozen=True)
class UnmatchedResponse:
    row: int                    # the row as a spreadsheet numbers it (the header is row 1)
    email: str                  # as written; "" when the response has none


@dataclass
class SurveyJoin:
    """What :func:`join_survey` made: ``dataset`` is the customers with the answer columns."""

    dataset: Dataset
    tool: str | None            # "Typeform", "Google Forms", "Microsoft Forms" or None
    email_column: str
    questions: list[SurveyQuestion]
    responses: int
    matched: int                # responses joined to a customer (a customer's later response wins)
    unmatched: list[UnmatchedResponse] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        """The JSON the command line prints and the log keeps (without the unmatched addresses)."""
        return {"tool": self.tool, "email_column": self.email_column, "responses": self.responses,
                "matched": self.matched, "unmatched": len(self.unmatched),
                "questions": [{"question": q.question, "field": f"column:{q.column}", "kind": q.kind,
                               "answered": q.answered} for q in self.questions]}


def survey_tool(headers: list[str]) -> str | None:
    """The tool whose response export has these headers, or None."""
    keys = {header_key(h) or h.strip() for h in headers}
    return next((tool for tool, signs in _SIGNS.items() if keys & signs), None)


def join_survey(dataset: Dataset, raw: RawTable, *, email_column: str | None = None,
                kinds: Mapping[str, str] | None = None) -> SurveyJoin:
    """Join the responses of ``raw`` to ``dataset``'s customers by email; ``dataset`` is not changed.

    ``email_column``: the file's column of addresses (None: found by header, else by values).
    ``kinds``: question → ``number``/``tags``/``text`` for the questions not to decide by their answers.
    Answering the same question again (the same survey imported anew) replaces a customer's earlier
    answer; customers without a response keep theirs.  Raises :class:`SurveyError`.
    """
    customers = dataset.customers
    if "email" not in customers.roles:
        raise SurveyError("The customers have no email column to match survey answers by.", reason="no_customer_email")
    headers = list(raw.columns)
    column = _email_column(raw, email_column)
    tool = survey_tool(headers)
    skipped = {column} | {h for h in headers if _is_metadata(h, tool)}
    for question in kinds or {}:
        if question not in headers:
            raise SurveyError(f"The survey file has no column {question!r}.", reason="unknown_column", column=question)
        if kinds[question] not in KINDS:
            raise SurveyError(f"{kinds[question]!r} is not one of {', '.join(KINDS)}.", reason="bad_kind")
    questions = [h for h in headers if h not in skipped]
    # Each response's customer: the first customer with that address; a later response of theirs wins.
    emails = cell_types.to_text(raw.frame[column])
    target = _first_positions(match_key(customers.role_column("email")).to_numpy(dtype=object),
                              match_key(emails).to_numpy(dtype=object))
    rows = np.flatnonzero(target >= 0)
    last = ~pd.Series(target[rows]).duplicated(keep="last").to_numpy()
    rows, positions = rows[last], target[rows][last]
    unmatched = [UnmatchedResponse(int(i) + 2, "" if e is None else str(e).strip())
                 for i, e in zip(np.flatnonzero(target < 0), emails[target < 0])]
    frame = customers.frame.copy(deep=False)
    table_kinds, families = dict(customers.kinds), dict(customers.families)
    made: list[SurveyQuestion] = []
    for question in questions:
        answers = read_answers(raw.frame[question].iloc[rows].reset_index(drop=True),
                               kind=(kinds or {}).get(question))
        name = _column_name(question, customers, answers.kind)
        values = _spread(answers.values, positions, frame.index, answers.kind)
        if name in frame.columns:
            old = frame[name] if answers.kind != "number" else pd.to_numeric(frame[name], errors="coerce")
            values = values.where(values.notna(), old)
        frame[name], table_kinds[name], families[name] = values, answers.kind, FAMILY
        made.append(SurveyQuestion(question, name, answers.kind, int(answers.values.notna().sum()), answers.scale))
    table = Table(frame, table_kinds, dict(customers.roles), families)
    joined = Dataset.restored(table, dataset.orders, link_by=dataset.link_by,
                              order_customer_pos=dataset.order_customer_pos, metrics=dataset.metrics)
    joined.rfm_map = dataset.rfm_map
    return SurveyJoin(joined, tool, column, made, len(raw.frame), len(rows), unmatched)


def carry_answers(old: Dataset, new: Dataset) -> Dataset:
    """``new`` with the survey answer columns of ``old`` it lacks, matched by customer number where both
    have one, else by email (the re-import's rule): a replacing import keeps the answers.  ``new`` is
    returned as it is when there is nothing to carry or nobody matches."""
    carried = [h for h, family in old.customers.families.items()
               if family == FAMILY and h in old.customers.frame.columns and h not in new.customers.frame.columns]
    role = next((r for r in ("customer_id", "email") if r in old.customers.roles and r in new.customers.roles), None)
    if not carried or role is None:
        return new
    old_keys = match_key(old.customers.role_column(role)).to_numpy(dtype=object)
    new_keys = match_key(new.customers.role_column(role)).to_numpy(dtype=object)
    source = _first_positions(old_keys, new_keys)
    if not (source >= 0).any():
        return new
    frame = new.customers.frame.copy(deep=False)
    kinds, families = dict(new.customers.kinds), dict(new.customers.families)
    found = source >= 0
    for header in carried:
        kind = old.customers.kinds[header]
        column = old.customers.frame[header]
        if kind == "number":
            values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
            out = np.full(len(frame), np.nan)
        else:
            values = _text_cells(column)
            out = np.full(len(frame), None, dtype=object)
        out[found] = values[source[found]]
        frame[header] = pd.Series(out, index=frame.index, dtype=float if kind == "number" else object)
        kinds[header], families[header] = kind, FAMILY
    table = Table(frame, kinds, dict(new.customers.roles), families)
    carried_ds = Dataset.restored(table, new.orders, link_by=new.link_by, order_customer_pos=new.order_customer_pos,
                                  metrics=new.metrics)
    carried_ds.rfm_map = new.rfm_map
    return carried_ds


def _text_cells(column: pd.Series) -> np.ndarray:
    """The cells as an object array holding str or None (text columns never hold NaN)."""
    cells = column.to_numpy(dtype=object).copy()
    cells[pd.isna(cells)] = None
    return cells


def _first_positions(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Per ``wanted`` key, the first position of that key in ``keys`` (-1: none; a missing key never matches)."""
    codes, uniques = pd.factorize(np.concatenate([keys, wanted]), use_na_sentinel=True)
    first = np.full(len(uniques) + 1, -1, dtype=np.int64)
    present = np.flatnonzero(codes[: len(keys)] >= 0)
    first[codes[present][::-1]] = present[::-1]
    return first[codes[len(keys):]]


def _email_column(raw: RawTable, chosen: str | None) -> str:
    if chosen is not None:
        if chosen not in raw.columns:
            raise SurveyError(f"The survey file has no column {chosen!r}.", reason="unknown_column", column=chosen)
        return chosen
    for header in raw.columns:
        if header_key(header) in _EMAIL_HEADERS:
            return header
    best, best_share = None, 0.0
    for header in raw.columns:
        texts = cell_types.to_text(raw.frame[header]).dropna().str.strip()
        share = float(texts.str.match(_EMAIL).mean()) if len(texts) else 0.0
        if share > best_share:
            best, best_share = header, share
    if best is None or best_share < 0.8:
        raise SurveyError("No column of email addresses found in the survey file; name it with --email-column.",
                          reason="no_email_column")
    return best


def _is_metadata(header: str, tool: str | None) -> bool:
    key = header_key(header) or header.strip()
    return any(key in names for t, names in _TOOLS if tool is None or t == tool)


def _column_name(question: str, customers: Table, kind: str) -> str:
    """The question as a customer column; "<question> (survey)" when a column of the file has that name."""
    name = question.strip() or "?"
    taken = {h.casefold(): h for h in customers.frame.columns}
    while name.casefold() in taken and customers.families.get(taken[name.casefold()]) != FAMILY:
        name = f"{name} (survey)"
    return taken.get(name.casefold(), name)


def _spread(values: pd.Series, positions: np.ndarray, index: pd.Index, kind: str) -> pd.Series:
    """``values`` (one per matched response) at the customers' ``positions``; missing elsewhere.
    Indexed like the customers' frame, so assigning it never realigns (which would leave NaN)."""
    if kind == "number":
        out = np.full(len(index), np.nan)
        out[positions] = values.to_numpy(dtype=float)
        return pd.Series(out, index=index)
    out = np.full(len(index), None, dtype=object)
    out[positions] = _text_cells(values)
    return pd.Series(out, index=index, dtype=object)


__all__ = ["FAMILY", "carry_answers", "SurveyError", "SurveyJoin", "SurveyQuestion", "UnmatchedResponse", "join_survey",
           "survey_tool"]
