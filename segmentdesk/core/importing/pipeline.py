"""Import as one job, for the wizard and the command line alike: :func:`run_import` carries out an
:class:`~.plan.ImportPlan` — read, webshop layout, roles, fixes, build, merge or replace,
warm-up and the data-quality count."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..data.dataset import Dataset, build_dataset
from ..io.memory import give_back_freed_memory
from ..io.rawtable import RawTable
from ..io.read import read_table
from ..segments.evaluate import warm_up
from ..register.overlay import Conflict, apply_register
from ..register.register import CustomerRegister
from ..tasks import Progress
from .fixes import FixPreview, apply_fixes
from .plan import FilePlan, ImportPlan
from .quality import quality_report
from .reimport import NoMatchKeyError, ReimportSummary, merge_import, summary_after_overlay
from .role_choice import RoleChoice, choose_roles
from .role_guess import RoleGuess
from .survey import carry_answers
from .webshops import WebshopLayout, recognise_layout


@dataclass(frozen=True)
class ReadFile:
    """One file as read (``read_raw``) and as the import sees it (``raw``: prepared by
    ``layout`` when a webshop export was recognised)."""

    read_raw: RawTable
    raw: RawTable
    layout: WebshopLayout | None


def read_file(path: str | Path, *, table: str, sheet: str | None = None, encoding: str | None = None,
              delimiter: str | None = None, header_row: int | None = None, recognise: bool = True) -> ReadFile:
    """Read ``path`` (``read_table``'s overrides) and prepare it by its webshop layout, if any
    and if ``recognise``.  Raises ``FileReadError`` subclasses."""
    raw = read_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter, header_row=header_row)
    layout = recognise_layout(raw, table=table) if recognise else None
    return ReadFile(raw, layout.prepare(raw) if layout else raw, layout)


@dataclass
class ImportResult:
    """What an import made.  ``plan`` is the plan as carried out, every choice filled in
    (roles, headers, layouts): what a project keeps to import next month's file the same way.
    ``reimport`` summarises a merge into ``previous``; ``replaced`` is True when ``previous``
    was given but the result does not build on it (the plan says replace, or nothing matches)."""

    dataset: Dataset
    plan: ImportPlan
    customers_raw: RawTable           # the files as read, without their rows (released once typed)
    orders_raw: RawTable | None
    customer_choice: RoleChoice
    order_choice: RoleChoice | None = None
    fixes_done: dict[str, FixPreview] = field(default_factory=dict)
    reimport: ReimportSummary | None = None
    replaced: bool = False
    problem_count: int = 0
    # Values the user edited in the app that the new file has otherwise: the user's stay.
    conflicts: list[Conflict] = field(default_factory=list)
    # Addresses a contact export marks unsubscribed or bounced: for the project's do-not-contact list.
    do_not_contact: tuple[str, ...] = ()

    @property
    def customer_layout(self) -> str | None:
        return self.plan.customers.layout

    @property
    def order_layout(self) -> str | None:
        return None if self.plan.orders is None else self.plan.orders.layout

    @property
    def customer_guesses(self) -> list[RoleGuess]:
        return self.customer_choice.guesses

    @property
    def order_guesses(self) -> list[RoleGuess]:
        return [] if self.order_choice is None else self.order_choice.guesses


def run_import(plan: ImportPlan, *, as_of: dt.date, previous: Dataset | None = None,
               progress: Progress | None = None, remembered: Mapping[str, Mapping[str, str]] | None = None,
               files: tuple[ReadFile, ReadFile | None] | None = None, unfixed: Dataset | None = None,
               replace_unmatched: bool = True, warm: bool = True, count_problems: bool = True,
               register: CustomerRegister | None = None) -> ImportResult:
    """Carry out ``plan``; the caller's project is untouched (it adopts the result or not).

    Roles: the plan's where it has them (see :func:`.role_choice.choose_roles`), else a
    webshop layout's, else those ``remembered`` for the same headers, else guesses.
    ``previous``: the project's data; with ``on_existing == "merge"`` the new data updates it
    (:func:`.reimport.merge_import`); when the two share no key the result replaces it, or
    with ``replace_unmatched=False`` :class:`.reimport.NoMatchKeyError` is raised.
    ``files``: the plan's files already read with its options (the wizard has them);
    ``unfixed``: the Dataset already built from them with these roles, reused when no fix
    is chosen.  ``register``: the project's own edits, laid over the result (the user's values win;
    where the file's differ they are listed in ``conflicts``).  A contact export's unsubscribed and
    bounced addresses are in ``do_not_contact``: the caller puts them on the project's list.
    ``warm`` builds the evaluator's indexes at ``as_of`` (for a window about to
    show the data); ``count_problems`` counts data-quality findings at ``as_of``.
    Raises ``FileReadError`` for a file that cannot be read, ``Cancelled`` on cancel.
    """
    progress = progress or Progress()
    progress.report(0.0, "read")
    customers, orders = files if files is not None else (
        _read(plan.customers, "customers"), _read(plan.orders, "orders") if plan.orders is not None else None)
    progress.report(0.2, "roles")
    c_choice = choose_roles(customers.raw, table="customers", layout=customers.layout, planned=plan.customers,
                            remembered=remembered)
    o_choice = None if orders is None else choose_roles(orders.raw, table="orders", layout=orders.layout,
                                                        planned=plan.orders, remembered=remembered)
    c_roles, o_roles = c_choice.roles, (o_choice.roles if o_choice is not None else None)
    # What describes the files (headers, encoding, ragged lines) is kept without their rows,
    # which are let go as they are typed when this import read them itself (the wizard keeps its own).
    carried_out = dataclasses.replace(
        plan, customers=_decided(plan.customers, customers, c_roles),
        orders=None if orders is None else _decided(plan.orders, orders, o_roles))
    blocked = tuple(customers.layout.do_not_contact(customers.raw)) if customers.layout else ()
    customers_raw, orders_raw = _rowless(customers.raw), (_rowless(orders.raw) if orders else None)
    own_rows = files is None
    done: dict[str, FixPreview] = {}
    if plan.fixes:
        fixed = apply_fixes(customers.raw, c_roles, orders.raw if orders else None, o_roles, plan.fixes,
                            progress=progress)
        if own_rows:
            del customers, orders
        dataset = build_dataset(fixed.customers, c_roles, fixed.orders, o_roles, progress=progress, consume=True)
        done = fixed.done
        del fixed
    elif unfixed:
        dataset = unfixed
    else:
        dataset = build_dataset(customers.raw, c_roles, orders.raw if orders else None, o_roles,
                                progress=progress, consume=own_rows)
    # The cells as read are no longer needed: merging, checking and saving peak on their own.
    customers = orders = files = None
    give_back_freed_memory()
    summary, replaced = None, previous is not None
    if previous is not None and plan.on_existing == "merge":
        try:
            merged = merge_import(previous, dataset, progress=progress)
            dataset, summary, replaced = merged.dataset, merged.summary, False
        except NoMatchKeyError:
            if not replace_unmatched:
                raise
    if previous is not None and replaced:
        dataset = carry_answers(previous, dataset)     # survey answers outlive a replacing import
    conflicts: list[Conflict] = []
    if register:
        overlaid = apply_register(dataset, register)
        dataset, conflicts = overlaid.dataset, overlaid.conflicts
        if summary is not None and (overlaid.kept is not None or overlaid.added):
            summary = summary_after_overlay(summary, overlaid.kept, overlaid.added)
    if warm:
        warm_up(dataset, as_of=as_of, progress=progress)
    problems = sum(issue.count for issue in quality_report(dataset, as_of=as_of)) if count_problems else 0
    progress.report(1.0, "done")
    return ImportResult(dataset, carried_out, customers_raw, orders_raw, c_choice, o_choice,
                        done, summary, replaced, problems, conflicts, blocked)


def _rowless(raw: RawTable) -> RawTable:
    """``raw`` without its rows: the file's description (headers, encoding, ragged lines) stays."""
    return dataclasses.replace(raw, frame=raw.frame.iloc[:0].copy())


def _read(plan: FilePlan, table: str) -> ReadFile:
    # A plan whose roles were decided without a layout keeps it so: the roles name the file as read.
    recognise = plan.roles is None or plan.layout is not None
    return read_file(plan.path, table=table, recognise=recognise, **plan.read_options())


def _decided(plan: FilePlan, read: ReadFile, roles: dict[str, str]) -> FilePlan:
    return dataclasses.replace(plan, layout=read.layout.name if read.layout else None, roles=dict(roles),
                               headers=tuple(read.raw.columns))
