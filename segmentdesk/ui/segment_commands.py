"""Undoable segment changes: each command swaps the whole segment list for a before/after copy.

Segments are small (a name and a rule tree), so keeping two copies per step is cheap and
makes every kind of change — add, delete, rename, duplicate, a click in the builder —
undo the same way.  A command knows nothing of its owner but the ``restore`` it is given.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core.segments.model import Segment, iter_conditions, shape_key

RULE_EDIT_ID = 1

Restore = Callable[[list[Segment], int, object], None]
"""Put ``(segments, current index)`` in place on behalf of ``initiator`` (None: nobody drew it yet)."""


def copy_segments(segments: list[Segment]) -> list[Segment]:
    return [s.copy() for s in segments]


def rename_references(segments: list[Segment], old: str, new: str) -> None:
    """Keep ``in_segment`` conditions pointing at a renamed segment."""
    for segment in segments:
        for cond in iter_conditions(segment.rule):
            if cond.field == "segment" and cond.value == old:
                cond.value = new


class SegmentsCommand(QUndoCommand):
    """One step: ``before`` ↔ ``after``.  The first redo is the edit itself, made on behalf of
    ``initiator`` (the view that already shows it); undo and later redos are nobody's own."""

    def __init__(self, restore: Restore, text: str, *, before: list[Segment], current_before: int,
                 after: list[Segment], current_after: int, rule_edit_of: int | None = None,
                 initiator: object = None) -> None:
        super().__init__(text)
        self._restore = restore
        self._before = copy_segments(before)
        self._current_before = current_before
        self._after = after
        self._current_after = current_after
        self._rule_edit_of = rule_edit_of
        self._initiator = initiator

    def id(self) -> int:
        return RULE_EDIT_ID if self._rule_edit_of is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing a value or turning a spin box is one step, not one step per key."""
        if not isinstance(other, SegmentsCommand) or other._rule_edit_of != self._rule_edit_of:
            return False
        index = self._rule_edit_of
        if shape_key(self._after[index].rule) != shape_key(other._after[index].rule):
            return False
        self._after, self._current_after = other._after, other._current_after
        return True

    def redo(self) -> None:
        initiator, self._initiator = self._initiator, None
        self._restore(copy_segments(self._after), self._current_after, initiator)

    def undo(self) -> None:
        self._restore(copy_segments(self._before), self._current_before, None)
