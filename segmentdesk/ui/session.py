"""The one object that owns the open project; every change goes through it.

After each change it emits ``changed(change, initiator)`` once: a :class:`Change` saying what
changed, and the object that asked for it (None: nobody in particular, e.g. undo), so a view can
skip redrawing what it has just edited itself.  New live counts arrive on the same signal
(``Change.COUNTS``): views listen on this one channel, never poll, and never set the session's
fields or emit its signal themselves.  (The shape of Anki's ``OpChanges``.)
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.data.dataset import Dataset
from ..core.importing.plan import ImportPlan
from ..core.importing.survey import SurveyJoin
from ..core.errors import ProjectError
from ..core.export.members import ListedLookup
from ..core.privacy.pseudonyms import (Pseudonyms, is_sample_secret, new_demo_secret, project_pseudonyms,
                                       sample_demo_secret)
from ..core.project.erase import Erasure, erase_person
from ..core.project.person_match import PersonQuery
from ..core.project.project import Project
from ..core.project.store import load_project, save_project
from ..core.register import operations as register_ops
from ..core.register.operations import RegisterError
from ..core.register.overlay import apply_register, row_keys
from ..core.register.register import RegisterChange, apply_to_register, customer_key
from ..core.segments.evaluate import Evaluator
from ..core.segments.figures import SegmentFigures, segment_figures
from ..core.segments.judging import SMALL_SEGMENT
from ..core.segments.model import Group, Persona, Segment
from .live_counts import LiveCounts
from .session_analytics import AnalyticsChoices
from .session_changes import Change  # noqa: F401 (views import Change from here)
from .register_commands import RegisterCommand
from .segment_commands import SegmentsCommand, copy_segments, rename_references


def _NOBODY() -> None:
    """The do-not-contact lookup without data: nobody is on the list."""
    return None


class Session(AnalyticsChoices, QObject):
    """Open project, current segment, unsaved state, and the evaluator answering counts."""

    changed = Signal(object, object)      # Change, initiator (None: nobody in particular)

    def __init__(self, parent: QObject | None = None, *, as_of: dt.date | None = None) -> None:
        super().__init__(parent)
        self.project = Project()
        self._listed: tuple | None = None     # (dataset, (salt, length), its ListedLookup)
        self.path: Path | None = None
        self.dirty = False
        self.edit_count = 0
        self.current_index = -1
        self.as_of = as_of or dt.date.today()
        self.today = self.as_of         # what "Count as of" returns to (the real today in the app; pinned in tests)
        self._evaluator: Evaluator | None = None
        self.undo_stack = QUndoStack(self)
        # The customers as imported or opened: register changes are laid over this, never over their own result.
        self._register_base: Dataset | None = None
        self.small_segment_threshold = SMALL_SEGMENT
        # Sizes, figures and warnings of all segments, recounted after each change.  Connected before any
        # view subscribes, so views reacting to a change already find the new pass under way (or, for a
        # small dataset, answered).
        self.live_counts = LiveCounts(self, self)
        self.live_counts.updated.connect(self._on_counts_changed)
        self.live_counts.pending_changed.connect(self._on_counts_changed)
        self._emitting = False        # counts answered while a change is being announced join it
        self._counts_joined = False

    # -- state ------------------------------------------------------------------------
    @property
    def dataset(self) -> Dataset | None:
        return self.project.dataset

    @property
    def segments(self) -> list[Segment]:
        return self.project.segments

    @property
    def current_segment(self) -> Segment | None:
        if 0 <= self.current_index < len(self.segments):
            return self.segments[self.current_index]
        return None

    def _emit(self, change: Change, initiator: object = None, *, dirty: bool = True) -> None:
        """Announce ``change`` once; first ask for new counts if it touches them, so views handling
        it find the new pass under way — or, counted within the click, answered (``COUNTS`` joins)."""
        if dirty:
            self.edit_count += 1          # lets a save in a worker tell whether edits came meanwhile
        if dirty and not self.dirty:
            self.dirty = True
            change |= Change.FILE
        self._emitting, self._counts_joined = True, False
        try:
            if change & (Change.DATA | Change.SEGMENT_LIST | Change.CURRENT | Change.SETTINGS | Change.AS_OF):
                self.live_counts.refresh()
        finally:
            self._emitting = False
        if self._counts_joined:
            change |= Change.COUNTS
        self.changed.emit(change, initiator)

    # -- evaluation -----------------------------------------------------------------------
    def _on_counts_changed(self, *_args) -> None:
        if self._emitting:
            self._counts_joined = True
        else:
            self.changed.emit(Change.COUNTS, None)

    def set_small_segment_threshold(self, value: int, *, initiator: object = None) -> None:
        """Warn about segments with fewer reachable customers than ``value`` (a user setting, not project data)."""
        if value != self.small_segment_threshold:
            self.small_segment_threshold = value
            self._emit(Change.SETTINGS, initiator, dirty=False)

    def set_as_of(self, date: dt.date, *, initiator: object = None) -> None:
        """Count, judge and export as of ``date``; kept for this run only (every start begins at today), never
        written to the project, so a file opened next month is not counted at an old date by surprise."""
        if date != self.as_of:
            self.as_of = date
            self._emit(Change.AS_OF, initiator, dirty=False)

    def evaluator_for_data(self) -> Evaluator | None:
        """The evaluator of the current dataset at ``as_of`` (made on first use; call on the GUI thread).

        It is never changed once made: pass ``segments=`` to its calls (or use :attr:`evaluator`'s
        default, the project's segments when asked).  The live counts' worker and the GUI thread use it
        at the same time without waiting for each other."""
        if self.dataset is None:
            return None
        ev = self._evaluator
        if ev is None or ev.ds is not self.dataset or ev.as_of != self.as_of:
            self._evaluator = Evaluator(self.dataset, as_of=self.as_of)
        return self._evaluator

    @property
    def evaluator(self) -> Evaluator | None:
        """An evaluator whose references answer to the project's segments as they are now; it shares the
        session evaluator's mask cache, so asking for it is cheap."""
        shared = self.evaluator_for_data()
        if shared is None:
            return None
        return Evaluator(shared.ds, as_of=shared.as_of, segments=self.project.segment_map(), cache=shared.cache)

    def mask(self, segment: Segment) -> np.ndarray:
        """Members of ``segment`` (raises RuleError for a rule the data cannot answer).

        Taken from the live counts' newest pass when it counted this very rule; otherwise evaluated here,
        alongside any pass under way (they share the mask cache, never wait for each other).
        """
        known = self.live_counts.known_mask(segment)
        if known is not None:
            return known
        return self.evaluator_for_data().mask(segment.rule, segments=self.project.segment_map())

    def mask_reader(self) -> Callable[[Segment], np.ndarray]:
        """A function answering members of the project's segments as they are now, safe to call from a
        worker: the evaluator, the segments and the live counts' answers are taken here, on the GUI thread."""
        evaluator = self.evaluator_for_data()
        segment_map = {s.name: s.copy() for s in self.segments}
        known = {s.name: self.live_counts.known_mask(s) for s in self.segments}

        def members(segment: Segment) -> np.ndarray:
            mask = known.get(segment.name)
            if mask is not None and segment_map.get(segment.name) == segment:
                return mask
            return evaluator.mask(segment.rule, segments=segment_map)
        return members

    def figures(self, segment: Segment) -> SegmentFigures:
        return segment_figures(self.dataset, self.mask(segment), blocked=self.listed_members())

    def listed_members(self) -> np.ndarray | None:
        """Customers whose address is on the project's do-not-contact list (None: nobody), kept until the
        data or the list changes: "reachable" counts them out everywhere, as the export does."""
        return self.listed_lookup()()

    def listed_lookup(self) -> Callable[[], np.ndarray | None]:
        """:meth:`listed_members` to call from a worker (the first call does the hashing); the same object
        until the data or the list changes, so a view can tell whether its answers still stand."""
        ds, listed = self.dataset, self.project.do_not_contact
        if ds is None:
            return _NOBODY
        key = (listed.salt, len(listed))            # the list only grows: its length names its version
        if self._listed is None or self._listed[0] is not ds or self._listed[1] != key:
            self._listed = (ds, key, ListedLookup(ds, listed))
        return self._listed[2]

    # -- data -------------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset, *, sources: dict[str, str], at: dt.datetime,
                    plan: ImportPlan | None = None, initiator: object = None, sample: str | None = None) -> None:
        """Replace the customers and orders, keeping segments (a re-import); ``plan`` is how they were
        imported (kept with the project, so next month's file imports the same way), if known.
        ``sample`` names a bundled sample shop: its pseudonyms are fixed (the same at every opening);
        anyone's own data gets a secret of its own, never a sample's known one."""
        if sample is not None:
            self.project.demo_secret = sample_demo_secret(sample)
        elif is_sample_secret(self.project.demo_secret):
            self.project.demo_secret = new_demo_secret()
        # The user's own edits outlive an import (the window's import does not lay them over itself).
        dataset.rfm_map = self.project.rfm_map         # the project's RFM groups apply to its new data
        self._register_base = dataset
        self.project.dataset = dataset = self._with_clusters(apply_register(dataset, self.project.register).dataset)
        self.project.sources = dict(sources)
        if plan is not None:
            self.project.plan = plan
        orders = 0 if dataset.orders is None else len(dataset.orders.frame)
        self.project.log("import", at=at, customers=len(dataset), orders=orders, files=dict(sources))
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS | Change.LOG, initiator)

    def survey_base(self) -> Dataset | None:
        """The customers as imported or opened, before the user's own edits: what survey answers join to."""
        return self._register_base if self._register_base is not None else self.project.dataset

    def add_survey_answers(self, joined: SurveyJoin, *, file: str, at: dt.datetime | None = None) -> None:
        """Adopt customers with survey answers (``joined`` was made from :meth:`survey_base`) and log
        the join: counts and questions, never the addresses that matched no customer."""
        at = at or dt.datetime.now().replace(microsecond=0)
        self._register_base = joined.dataset
        self.project.dataset = apply_register(joined.dataset, self.project.register).dataset
        self.project.log("import_survey", at=at, file=file, **joined.summary())
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS | Change.LOG)

    # -- segments -----------------------------------------------------------------------
    def _push(self, text: str, after: list[Segment], current_after: int, *, rule_edit_of: int | None = None,
              initiator: object = None) -> None:
        self.undo_stack.push(SegmentsCommand(
            self._restore_segments, text, before=self.segments, current_before=self.current_index,
            after=after, current_after=current_after, rule_edit_of=rule_edit_of, initiator=initiator))

    def _restore_segments(self, segments: list[Segment], current: int, initiator: object) -> None:
        """Put a whole segment list in place (an edit, its undo or its redo)."""
        before, current_before = self.project.segments, self.current_segment
        self.project.segments = segments
        self.current_index = min(current, len(segments) - 1)
        change = _list_change(before, segments)
        now = self.current_segment
        if (now is None) != (current_before is None) or (now is not None and now.name != current_before.name):
            change |= Change.CURRENT
        self._emit(change, initiator)

    def add_segment(self, segment: Segment | None = None, *, initiator: object = None) -> int:
        segment = segment.copy() if segment else Segment(self.tr("New segment"), Group("all", []))
        segment.name = self.project.unique_segment_name(segment.name)
        after = copy_segments(self.segments) + [segment]
        self._push(self.tr("New segment “%1”").replace("%1", segment.name), after, len(after) - 1,
                   initiator=initiator)
        return self.current_index

    def update_segment(self, index: int, segment: Segment, *, initiator: object = None) -> None:
        """Replace the segment at ``index`` (an edit in the builder, which passes itself as ``initiator``)."""
        after = copy_segments(self.segments)
        after[index] = segment.copy()
        self._push(self.tr("Edit “%1”").replace("%1", segment.name), after, index, rule_edit_of=index,
                   initiator=initiator)

    def rearrange_rule(self, index: int, rule: Group, *, moved_group: bool = False, initiator: object = None) -> None:
        """Give the segment at ``index`` a rule whose conditions or groups were moved around (a drag in the
        builder): one undo step of its own, never merged with typing before or after it.  (The builder
        passes no ``initiator``: it draws the moved rule when the change comes back.)"""
        after = copy_segments(self.segments)
        after[index] = after[index].with_rule(copy.deepcopy(rule))
        text = self.tr("Move group in “%1”") if moved_group else self.tr("Move condition in “%1”")
        self._push(text.replace("%1", after[index].name), after, index, initiator=initiator)

    def rename_segment(self, index: int, name: str, *, initiator: object = None) -> bool:
        """Rename; False if the name is empty or taken by another segment."""
        name = name.strip()
        others = {s.name.casefold() for i, s in enumerate(self.segments) if i != index}
        if not name or name.casefold() in others:
            return False
        after = copy_segments(self.segments)
        old = after[index].name
        if old == name:
            return True
        after[index].name = name
        rename_references(after, old, name)
        self._push(self.tr("Rename “%1”").replace("%1", old), after, index, initiator=initiator)
        return True

    def set_persona(self, index: int, persona: Persona, *, initiator: object = None) -> None:
        """Give the segment at ``index`` the user's persona (a name and a few lines): one undo step,
        saved with the segment."""
        if self.segments[index].persona == persona:
            return
        after = copy_segments(self.segments)
        after[index] = dataclasses.replace(after[index], persona=persona)
        self._push(self.tr("Edit the persona of “%1”").replace("%1", after[index].name), after, index,
                   initiator=initiator)

    def duplicate_segment(self, index: int, *, initiator: object = None) -> int:
        source = self.segments[index]
        copy = source.copy(self.project.unique_segment_name(self.tr("%1 (copy)").replace("%1", source.name)))
        after = copy_segments(self.segments)
        after.insert(index + 1, copy)
        self._push(self.tr("Duplicate “%1”").replace("%1", source.name), after, index + 1, initiator=initiator)
        return self.current_index

    def move_segment(self, index: int, to: int, *, initiator: object = None) -> None:
        """Change a segment's place in the list (its priority for one-mailing-per-customer)."""
        if not (0 <= index < len(self.segments) and 0 <= to < len(self.segments)) or index == to:
            return
        after = copy_segments(self.segments)
        after.insert(to, after.pop(index))
        self._push(self.tr("Move “%1”").replace("%1", after[to].name), after, to, initiator=initiator)

    def remove_segment(self, index: int, *, initiator: object = None) -> Segment:
        after = copy_segments(self.segments)
        removed = after.pop(index)
        self._push(self.tr("Delete “%1”").replace("%1", removed.name), after,
                   min(self.current_index, len(after) - 1), initiator=initiator)
        return removed

    def select_segment(self, index: int, *, initiator: object = None) -> None:
        if index != self.current_index:
            self.current_index = index
            self._emit(Change.CURRENT, initiator, dirty=False)

    def log(self, action: str, *, at: dt.datetime | None = None, **details: object) -> None:
        """Add an entry to the project's log (an export, import details, fixes); ``at`` defaults to now."""
        self.project.log(action, at=at or dt.datetime.now().replace(microsecond=0), **details)
        self._emit(Change.LOG)

    # -- privacy ----------------------------------------------------------------------
    def set_demo_mode(self, on: bool, *, initiator: object = None) -> None:
        """Show pseudonyms for personal data (:meth:`pseudonyms`); kept with the project when it is saved."""
        if on != self.project.demo_mode:
            self.project.demo_mode = on
            self._emit(Change.DEMO, initiator, dirty=self.path is not None)

    def pseudonyms(self) -> Pseudonyms | None:
        """What views, the clipboard and exports show instead of personal data; None: demo mode off."""
        return project_pseudonyms(self.project) if self.project.demo_mode else None

    def add_do_not_contact(self, addresses: list[str], *, source: str, at: dt.datetime | None = None) -> int:
        """Put ``addresses`` on the project's do-not-contact list (saved with the project); returns how
        many were new.  The log records the count and the source, never the addresses."""
        at = at or dt.datetime.now().replace(microsecond=0)
        added = self.project.do_not_contact.add(addresses, added_at=at.isoformat(timespec="seconds"), source=source)
        if added:
            self.project.log("do_not_contact", at=at, added=added, source=source)
            self._emit(Change.LOG)
        return added

    def erase_person(self, query: PersonQuery, *, at: dt.datetime | None = None) -> Erasure:
        """Erase a person from the saved project file and its backups, then reopen it (the undo
        history goes too: nothing may bring them back).  The project must be saved, with no
        unsaved changes, so the erasure and the window agree on what the file holds."""
        done, project = self.erasure_job(query, at=at)(progress=None)
        self.adopt(project, self.path)
        return done

    def erasure_job(self, query: PersonQuery, *, at: dt.datetime | None = None):
        """:meth:`erase_person` as a job for a worker, ``job(progress=…)`` → (Erasure, the project read
        again), which the GUI thread then hands to :meth:`adopt`.  Raises ProjectError now if unsaved."""
        if self.path is None or self.dirty:
            raise ProjectError("Save the project before erasing a person.", reason="unsaved")
        path, when = self.path, at or dt.datetime.now().replace(microsecond=0)

        def job(progress=None):
            done = erase_person(path, query, at=when, progress=progress)
            return done, load_project(path)
        return job

    # -- the customer register ---------------------------------------------------------------
    def customer_key(self, position: int) -> str | None:
        """The register key of the customer at ``position`` (None: they have no number or email)."""
        keyed = row_keys(self.dataset.customers) if self.dataset is not None else None
        return None if keyed is None else customer_key(keyed[0], keyed[1].iat[position])

    def edit_customer(self, key: str, values: dict[str, str], *, note: str = "",
                      consent: tuple[bool, str, dt.date] | None = None, initiator: object = None) -> None:
        """Set fields of the customer ``key`` (text as typed), add a note, record consent (given, how,
        date): one undo step.  Raises RegisterError for an unknown field or a bad value (nothing changed)."""
        at = dt.datetime.now().replace(microsecond=0)
        changes = [register_ops.edit_fields(self.dataset, key, values, at=at)] if values else []
        if note.strip():
            changes.append(register_ops.add_note(key, note, on=self.as_of))
        if consent is not None:
            changes.append(register_ops.record_consent(key, given=consent[0], how=consent[1], on=consent[2], at=at))
        if changes:
            self._push_register(self.tr("Edit customer %1").replace("%1", key.split(":", 1)[1]),
                                register_ops.combined(*changes), initiator)

    def add_customer(self, values: dict[str, str], *, initiator: object = None) -> str:
        """A new customer (their number or email among ``values``); returns their key."""
        key, change = register_ops.add_customer(self.dataset, values, at=dt.datetime.now().replace(microsecond=0))
        keyed = row_keys(self.dataset.customers)
        if keyed is not None and bool((keyed[1] == key.split(":", 1)[1]).any()):
            raise RegisterError(f"A customer with {key.split(':', 1)[1]} exists already.", reason="exists", key=key)
        self._push_register(self.tr("New customer %1").replace("%1", key.split(":", 1)[1]), change, initiator)
        return key

    def delete_customer(self, key: str, *, initiator: object = None) -> None:
        change = register_ops.delete_customer(key, at=dt.datetime.now().replace(microsecond=0))
        self._push_register(self.tr("Delete customer %1").replace("%1", key.split(":", 1)[1]), change, initiator)

    def _push_register(self, text: str, change: RegisterChange, initiator: object) -> None:
        self.undo_stack.push(RegisterCommand(self._apply_register, text, change, initiator=initiator))

    def _apply_register(self, change: RegisterChange, initiator: object) -> RegisterChange:
        """Make a register change (an edit, its undo or redo): the customers are the data as
        imported or opened with the whole register laid over it again, so an undo restores the old value."""
        inverse = apply_to_register(self.project.register, change)
        base = self._register_base if self._register_base is not None else self.project.dataset
        self.project.dataset = self._with_clusters(apply_register(base, self.project.register).dataset)
        self.project.same_stored_data(base)
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS, initiator)
        return inverse

    # -- files ------------------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Open a project file (raises ProjectError; the open project is kept on failure)."""
        self.adopt(load_project(path), path)

    def adopt(self, project: Project, path: Path) -> None:
        """Make ``project``, read from ``path`` (e.g. by a worker), the open project."""
        self.undo_stack.clear()
        self.project, self.path, self.dirty = project, Path(path), False
        self._register_base = project.dataset
        self.current_index = 0 if project.segments else -1
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS | Change.CURRENT | Change.FILE | Change.LOG, dirty=False)

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path)
        save_project(self.project, target, incremental=self.path is not None and target == self.path)
        self.path, self.dirty = target, False
        self._emit(Change.FILE, dirty=False)
        return target

    def snapshot(self) -> Project:
        """The project as it is now, for a worker to save while the user may go on editing:
        segments, log, sources, do-not-contact list and customer register copied; the dataset shared
        (edits replace it, never change it)."""
        p = self.project
        copied = Project(dataset=p.dataset, segments=copy_segments(p.segments), audit=list(p.audit),
                         sources=dict(p.sources), plan=p.plan, do_not_contact=p.do_not_contact.copy(),
                         register=copy.deepcopy(p.register), cluster_run=p.cluster_run, rfm_map=p.rfm_map,
                         demo_secret=p.demo_secret, demo_mode=p.demo_mode)
        copied.stored_like(p)           # which stored data it is, so the save writes only what changed
        return copied

    def mark_saved(self, path: Path, *, changes_since: int, saved: Project | None = None) -> None:
        """``saved`` (a :meth:`snapshot`) was written to ``path``; ``changes_since`` edits happened
        meanwhile (kept dirty)."""
        if saved is not None:
            self.project.stored_like(saved)
        self.path = Path(path)
        self.dirty = changes_since > 0
        self._emit(Change.FILE, dirty=False)

    def mark_clean(self) -> None:
        """Treat the current state as nothing to save (e.g. the untouched sample shop)."""
        self.dirty = False
        self._emit(Change.FILE, dirty=False)

    def new(self) -> None:
        self.undo_stack.clear()
        self.project, self.path, self.dirty, self.current_index = Project(), None, False, -1
        self._register_base = None
        self._evaluator = None
        self._emit(Change.DATA | Change.SEGMENTS | Change.CURRENT | Change.FILE | Change.LOG, dirty=False)


def _list_change(before: list[Segment], after: list[Segment]) -> Change:
    """SEGMENTS when a segment was added, removed, renamed or edited; ORDER when only the order moved."""
    def shape(s: Segment) -> tuple:
        return s.name, s.description, s.rule.key(), s.persona
    old, new = [shape(s) for s in before], [shape(s) for s in after]
    if old == new:
        return Change.NONE
    return Change.ORDER if sorted(old) == sorted(new) else Change.SEGMENTS

