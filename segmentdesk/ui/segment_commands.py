"""Undoable segment changes: each command swaps the whole segment list for a before/after copy.

Segments are small (a name and a rule tree), so keeping two copies per step is cheap and
makes every kind of change — add, delete, rename, duplicate, a click in the builder —
undo the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..core.segments.model import Segment, shape_key

if TYPE_CHECKING:
    from .session import Session

RULE_EDIT_ID = 1


def copy_segments(segments: list[Segment]) -> list[Segment]:
    return [s.copy() for s in segments]


class SegmentsCommand(QUndoCommand):
    def __init__(self, session: Session, text: str, after: list[Segment], current_after: int, *,
                 rule_edit_of: int | None = None) -> None:
        super().__init__(text)
        self._session = session
        self._before = copy_segments(session.segments)
        self._current_before = session.current_index
        self._after = after
        self._current_after = current_after
        self._rule_edit_of = rule_edit_of
        self._first_redo = True

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
        # The first redo is the edit itself: the builder already shows it, so it must not be rebuilt.
        self._session.restore_segments(copy_segments(self._after), self._current_after,
                                       rebuild_builder=not self._first_redo or self._rule_edit_of is None)
        self._first_redo = False

    def undo(self) -> None:
        self._session.restore_segments(copy_segments(self._before), self._current_before, rebuild_builder=True)
