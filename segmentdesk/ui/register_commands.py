"""Undoable customer-register changes: each command holds a change and, once done, its inverse.

The change and its inverse are rows added to and taken from the register (see
:mod:`segmentdesk.core.register.register`); a command knows nothing of its owner but the
``apply`` it is given, which makes the change and returns the one that undoes it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core.register.register import RegisterChange

Apply = Callable[[RegisterChange, object], RegisterChange]
"""Make ``change`` on behalf of ``initiator`` (None: nobody drew it yet); returns its inverse."""


class RegisterCommand(QUndoCommand):
    """One step: the first redo is the change itself, on behalf of ``initiator``; undo applies the
    inverse it returned, and a later redo the inverse of that."""

    def __init__(self, apply: Apply, text: str, change: RegisterChange, *, initiator: object = None) -> None:
        super().__init__(text)
        self._apply, self._change, self._initiator = apply, change, initiator

    def redo(self) -> None:
        initiator, self._initiator = self._initiator, None
        self._change = self._apply(self._change, initiator)

    def undo(self) -> None:
        self._change = self._apply(self._change, None)
