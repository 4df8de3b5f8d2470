"""Each way a project file can fail is worded on its own, without a traceback."""
from __future__ import annotations

import pytest

from segmentdesk.core.errors import ProjectError
from segmentdesk.ui.error_messages import error_text

REASONS = ("format", "not_project", "damaged", "read_only", "busy", "missing")


def test_each_project_failure_reason_has_its_own_words(qapp):
    texts = {error_text(ProjectError("x", reason=r)) for r in REASONS}
    assert len(texts) == len(REASONS)


@pytest.mark.parametrize("reason", REASONS)
def test_project_failure_words_carry_no_internal_message(qapp, reason):
    assert "sqlite" not in error_text(ProjectError("sqlite3.DatabaseError: file is not a database", reason=reason))


def test_a_newer_project_is_worded_as_newer_not_as_foreign(qapp):
    assert "newer" in error_text(ProjectError("x", reason="format"))
