"""What every command-line module needs from the user's input: the usage error (exit 2, one
line), the clock of a command, and date options such as ``--as-of`` (today when not given)."""
from __future__ import annotations

import datetime as dt

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
