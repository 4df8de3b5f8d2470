"""Everything the Profiles page and ``segmentdesk-cli profile`` show, from one call: the named
segments' profiles, their comparison (two or more) and the checks that concern them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ..data.dataset import Dataset
from ..segments.judging import SMALL_SEGMENT, Warning_
from ..segments.model import Segment
from ..tasks import Progress
from .comparison import Comparison, compare_profiles
from .profile import Profile, profile_segment
from .profile_rule import rule_keys
from .validation import validate_segments


@dataclass(frozen=True)
class ProfileReport:
    profiles: tuple[Profile, ...]           # the named segments', in the order named
    comparison: Comparison | None           # with two or more
    warnings: tuple[Warning_, ...]          # about a named segment, or about the whole list

    def warnings_for(self, name: str) -> tuple[Warning_, ...]:
        """The warnings about ``name`` (as ``segment`` or ``other``) and the list's own."""
        return tuple(w for w in self.warnings if w.segment is None or name in (w.segment, w.other))


def profile_report(ds: Dataset, masks: dict[str, np.ndarray], names: list[str], *, as_of: dt.date,
                   small: int = SMALL_SEGMENT, progress: Progress | None = None,
                   segments: Mapping[str, Segment] | None = None) -> ProfileReport:
    """Profiles of ``names`` (keys of ``masks``), compared when several, and the checks over every
    segment of ``masks`` (all the project's, in the user's order) that concern them.  ``segments``
    (by name) gives each profile its rule, so what the rule chooses by is not told as a finding."""
    profiles = []
    for i, name in enumerate(names):
        segment = (segments or {}).get(name)
        defined = rule_keys(segment.rule, segments) if segment is not None else ()
        profiles.append(profile_segment(ds, masks[name], name=name, as_of=as_of, defined_by=defined))
        if progress is not None:
            progress.report((i + 1) / (len(names) + 1), "profiles")
    judged = validate_segments(ds, masks, as_of=as_of, small=small, profiles={p.name: p for p in profiles})
    if progress is not None:
        progress.report(1.0, "checks")
    wanted = set(names)
    warnings = tuple(w for w in judged.warnings if w.segment is None or w.segment in wanted or w.other in wanted)
    return ProfileReport(tuple(profiles), compare_profiles(profiles) if len(profiles) > 1 else None, warnings)
