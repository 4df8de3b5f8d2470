"""What every command-line module needs from the user's input: the usage error (exit 2, one
line), the clock of a command, date options such as ``--as-of`` (today when not given), and a reader
that stopped reading (``| head``)."""
from __future__ import annotations

import datetime as dt
import os
import sys

from .core.errors import SegmentDeskError


class UsageError(SegmentDeskError):
    """Something the user gave the command line cannot be used; the CLI prints it and exits 2."""

    code = "usage"


def now() -> dt.datetime:
    """The command's clock for log entries and edits, to the second."""
    return dt.datetime.now().replace(microsecond=0)


def date_option(text: str | None, *, option: str = "--as-of") -> dt.date:
    """``text`` as a YYYY-MM-DD date, today when empty; raises UsageError naming ``option``."""
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} takes a date as YYYY-MM-DD, not {text!r}.") from None


def stop_writing_to_closed_stdout() -> None:
    """The reader of our output stopped early (`segmentdesk-cli quality --json | head`): that is
    no error of ours, so no traceback. stdout is pointed at the null device, because Python
    flushes it once more at exit and would complain about the closed pipe there."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (captured in tests)
        pass
