"""What changed in the session: the flags of its one ``changed`` signal (views listen, never poll)."""
from __future__ import annotations

import enum


class Change(enum.Flag):
    NONE = 0
    DATA = enum.auto()            # customers/orders replaced
    SEGMENTS = enum.auto()        # segment added, removed, renamed or its rule edited
    ORDER = enum.auto()           # the same segments in another order (their priority)
    CURRENT = enum.auto()         # another segment is the current one
    FILE = enum.auto()            # project path or saved/unsaved state
    LOG = enum.auto()             # an entry added to the project's log (imports, exports, fixes)
    SETTINGS = enum.auto()        # a setting the counts depend on (the smallest useful segment)
    COUNTS = enum.auto()          # live counts answered, or started or stopped counting
    AS_OF = enum.auto()           # the reference date relative dates, ages and recency are measured at
    DEMO = enum.auto()            # demo mode switched: views show pseudonyms, or the personal data again
    SEGMENT_LIST = SEGMENTS | ORDER
