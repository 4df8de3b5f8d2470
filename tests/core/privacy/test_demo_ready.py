"""Demo mode made ready in one go (a worker's job in the window): every personal column made, the same
pseudonyms the views then read, progress told and a cancel honoured between columns."""
from __future__ import annotations

import pytest

from segmentdesk.core.errors import Cancelled
from segmentdesk.core.privacy.demo_ready import ready_pseudonyms
from segmentdesk.core.privacy.pseudonyms import project_pseudonyms
from segmentdesk.core.project.project import Project
from segmentdesk.core.tasks import Progress

from demo_shop import shop


def test_every_personal_column_is_made_and_is_what_the_views_read():
    project = Project(dataset=shop(), demo_secret=bytes(range(32)))
    made = ready_pseudonyms(project)
    assert made is project_pseudonyms(project)            # kept with the dataset: the views get this one
    assert made.columns and set(made._cache) == set(made.columns)
    fresh = project_pseudonyms(Project(dataset=shop(), demo_secret=bytes(range(32))))
    for header in made.columns:
        assert list(made.column(header)) == list(fresh.column(header))


def test_progress_is_told_and_a_cancel_stops_it():
    seen = []
    ready_pseudonyms(Project(dataset=shop(), demo_secret=bytes(32)), progress=Progress(lambda f, s: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        ready_pseudonyms(Project(dataset=shop(), demo_secret=bytes(32)), progress=stop)


def test_without_customers_there_is_nothing_to_make():
    assert ready_pseudonyms(Project()) is None
