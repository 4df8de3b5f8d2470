"""Demo mode made ready before it is shown: every personal column's pseudonyms built in one go.

Pseudonyms are made per column when first asked for, which the window would do on its own thread
when demo mode is switched on: at 100,000 customers the made-up first names take about 0.7 s and
a notes column whose text names customers about 1.3 s.  The window runs this in a worker instead
(when switching on, and when opening a project saved in demo mode), then shows what it built.
"""
from __future__ import annotations

from ..tasks import Progress
from .pseudonyms import DemoSource, Pseudonyms, project_pseudonyms


def ready_pseudonyms(project: DemoSource, *, progress: Progress | None = None) -> Pseudonyms | None:
    """``project``'s pseudonyms with every personal column already made (None: no customer data).
    Kept with the dataset like :func:`project_pseudonyms`' own, so every view then reads them at once."""
    report = progress.report if progress is not None else (lambda fraction, stage="": None)
    report(0.0, "demo")
    made = project_pseudonyms(project)
    if made is None:
        return None
    headers = list(made.columns)
    for i, header in enumerate(headers):
        report((i + 1) / (len(headers) + 1), "demo")
        made.column(header)
    report(1.0, "demo")
    return made
