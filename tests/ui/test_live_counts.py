"""Live counts off the GUI thread: the newest click wins, late answers are dropped, builder and list agree.

The sample shop is small enough to be counted within the click, so most tests force the worker path by
setting the synchronous limit to 0.
"""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Condition, Group, Segment
from segmentdesk.core.tasks import Progress
from segmentdesk.ui import live_counts
from segmentdesk.ui.widgets.condition_row import ConditionRow
from segmentdesk.ui.workers import LatestJobRunner

WAIT_MS = 20000


@pytest.fixture
def in_worker(monkeypatch):
    """Count every dataset in the worker, however small."""
    monkeypatch.setattr(live_counts, "SYNC_LIMIT", 0)


def _choose(combo, data):
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _open_sample(window, qtbot):
    window.files.open_sample()
    _wait_counted(window, qtbot)


def _wait_counted(window, qtbot):
    qtbot.waitUntil(lambda: not window.session.live_counts.pending, timeout=WAIT_MS)


def _add_order_count_row(window, qtbot) -> ConditionRow:
    builder = window.builder
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row: ConditionRow = builder._rows[-1]
    _choose(row.field_combo, "order_count")
    _choose(row.op_combo, "ge")
    return row


def _expected(window, segment: Segment | None = None) -> int:
    """The count by an evaluator of its own, as the command line would give it."""
    session = window.session
    segment = segment or session.current_segment
    evaluator = Evaluator(session.dataset, as_of=session.as_of, segments=session.project.segment_map())
    return int(evaluator.mask(segment.rule).sum())


def _shown_count(window) -> int:
    text = window.builder.count_label.text()
    return int("".join(ch for ch in text.split(" customer")[0] if ch.isdigit()))


def test_an_edited_condition_is_counted_in_the_worker_and_shown_in_the_builder(window, qtbot, in_worker):
    _open_sample(window, qtbot)
    went_pending = []
    window.session.live_counts.pending_changed.connect(went_pending.append)
    row = _add_order_count_row(window, qtbot)
    row.editor.spins[0].setValue(4)
    assert True in went_pending, "the count went to the worker"
    _wait_counted(window, qtbot)
    assert not window.builder.counting
    assert _shown_count(window) == _expected(window) > 0


def test_three_quick_edits_end_with_the_figures_of_the_last(window, qtbot, in_worker):
    _open_sample(window, qtbot)
    row = _add_order_count_row(window, qtbot)
    first = window.session.live_counts.generation
    for value in (2, 6, 9):
        row.editor.spins[0].setValue(value)
    assert window.session.live_counts.generation == first + 3, "each edit asks for a newer count"
    _wait_counted(window, qtbot)
    assert window.session.current_segment.rule.children[-1] == Condition("order_count", "ge", 9)
    assert _shown_count(window) == _expected(window)


def test_a_late_answer_to_a_superseded_edit_is_ignored(window, qtbot, in_worker, monkeypatch):
    _open_sample(window, qtbot)
    row = _add_order_count_row(window, qtbot)
    _wait_counted(window, qtbot)
    release = threading.Event()
    real = live_counts.count_segments
    started = []

    def slow_first(request, *, evaluator, progress):
        started.append(request)
        if len(started) == 1:
            release.wait(10)
            # Answer in full although superseded meanwhile: the answer arrives late.
            return real(request, evaluator=evaluator, progress=Progress())
        return real(request, evaluator=evaluator, progress=progress)

    monkeypatch.setattr(live_counts, "count_segments", slow_first)
    counts = window.session.live_counts
    delivered = []
    counts.updated.connect(lambda: delivered.append(counts.result))
    row.editor.spins[0].setValue(1)               # the slow one
    qtbot.waitUntil(lambda: window.builder.counting, timeout=WAIT_MS)
    assert window.builder.counting_label.isVisible()
    row.editor.spins[0].setValue(7)
    assert len(started) == 1, "the newer edit waits for the running count: the evaluator counts one at a time"
    release.set()
    _wait_counted(window, qtbot)
    assert len(started) == 2
    assert not window.builder.counting
    assert _shown_count(window) == _expected(window)
    slow_rule = repr(Condition("order_count", "ge", 1))
    assert delivered and not any(slow_rule in repr(r.signature) for r in delivered), "the late answer was dropped"
    ones = window.session.current_segment
    ones = Segment("x", Group("all", ones.rule.children[:-1] + [Condition("order_count", "ge", 1)]))
    assert _expected(window, ones) != _expected(window), "the two edits count differently"


def test_the_segment_list_shows_the_sizes_of_the_same_pass(window, qtbot, in_worker):
    _open_sample(window, qtbot)
    row = _add_order_count_row(window, qtbot)
    row.editor.spins[0].setValue(3)
    _wait_counted(window, qtbot)
    model = window.segment_panel.model
    shown = [model.index(r, 0).data(model.CountRole) for r in range(model.rowCount())]
    assert shown == [_expected(window, s) for s in window.session.segments]
    assert shown[window.session.current_index] == _shown_count(window)
    assert len(shown) > 1


def test_a_segment_being_counted_shows_an_ellipsis_in_the_list(window, qtbot, in_worker, monkeypatch):
    _open_sample(window, qtbot)
    release = threading.Event()
    real = live_counts.count_segments

    def held(request, *, evaluator, progress):
        release.wait(10)
        return real(request, evaluator=evaluator, progress=progress)

    monkeypatch.setattr(live_counts, "count_segments", held)
    _add_order_count_row(window, qtbot).editor.spins[0].setValue(5)
    model = window.segment_panel.model
    edited = window.session.current_index
    other = 1 if edited == 0 else 0
    try:
        assert model.index(edited, 0).data().endswith("…")
        assert model.index(other, 0).data(model.CountRole) == _expected(window, window.session.segments[other]), \
            "an unchanged segment keeps its size while the pass runs"
    finally:
        release.set()
    _wait_counted(window, qtbot)
    assert model.index(edited, 0).data(model.CountRole) == _expected(window)


def test_a_segment_cycle_still_shows_its_message(window, qtbot, in_worker):
    _open_sample(window, qtbot)
    session = window.session
    first = session.segments[0].name
    session.add_segment(Segment("Loop", Group("all", [Condition("segment", "in_segment", first)])))
    session.update_segment(0, Segment(first, Group("all", [Condition("segment", "in_segment", "Loop")])))
    session.select_segment(0)
    _wait_counted(window, qtbot)
    assert window.builder.count_label.text() == "Incomplete condition"
    assert "circle" in window.builder.detail_label.text()
    model = window.segment_panel.model
    assert model.index(0, 0).data(model.CountRole) is None
    assert model.index(0, 0).data() == first


def test_a_small_dataset_is_counted_within_the_click(window, qtbot):
    window.files.open_sample()
    row = _add_order_count_row(window, qtbot)
    row.editor.spins[0].setValue(4)
    assert not window.session.live_counts.pending
    assert _shown_count(window) == _expected(window)


# -- the runner's generations, with jobs of our own ---------------------------------------------------
def test_submissions_within_one_click_start_one_job_the_last(qtbot):
    runner = LatestJobRunner()
    ran: list[int] = []
    answers: list[object] = []
    runner.finished.connect(lambda _generation, result: answers.append(result))
    for n in (1, 2, 3):
        runner.submit(lambda progress, n=n: ran.append(n) or n)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert ran == [3] and answers == [3]


def test_only_the_newest_of_several_waiting_jobs_runs_and_a_late_answer_is_dropped(qtbot):
    runner = LatestJobRunner()
    release = threading.Event()
    ran: list[str] = []
    answers: list[tuple[int, object]] = []
    runner.finished.connect(lambda generation, result: answers.append((generation, result)))

    def job(name, *, progress):
        ran.append(name)
        if name == "A":
            release.wait(10)            # ignores the cancel it is sent: its answer comes late
        return name

    first = runner.submit(lambda progress: job("A", progress=progress))
    qtbot.waitUntil(lambda: ran == ["A"], timeout=WAIT_MS)
    runner.submit(lambda progress: job("B", progress=progress))
    last = runner.submit(lambda progress: job("C", progress=progress))
    assert (first, last) == (1, 3)
    assert runner.busy
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    qtbot.wait(50)
    assert ran == ["A", "C"], "B was superseded while it waited"
    assert answers == [(3, "C")]


def test_a_job_answered_on_the_gui_thread_drops_the_workers_answer(qtbot):
    runner = LatestJobRunner()
    release = threading.Event()
    answers: list[object] = []
    runner.finished.connect(lambda _generation, result: answers.append(result))
    started = threading.Event()

    def late(progress):
        started.set()
        release.wait(10)
        return "late"

    runner.submit(late)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    runner.supersede()
    assert not runner.busy
    release.set()
    qtbot.wait(200)
    assert answers == []


def test_the_member_table_follows_the_count_from_the_worker(window, qtbot, in_worker):
    _open_sample(window, qtbot)
    row = _add_order_count_row(window, qtbot)
    row.editor.spins[0].setValue(6)
    _wait_counted(window, qtbot)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == _expected(window), timeout=WAIT_MS)
    assert 0 < window.customers.model.rowCount() < window.customers.model.total_rows


def test_the_gui_thread_counts_while_the_worker_is_inside_the_shared_evaluator(window, qtbot, in_worker, monkeypatch):
    _open_sample(window, qtbot)
    inside, release = threading.Event(), threading.Event()
    real = Evaluator._evaluate

    def held_in_worker(self, cond, refs):
        if threading.current_thread() is not threading.main_thread():
            inside.set()
            release.wait(10)
        return real(self, cond, refs)

    monkeypatch.setattr(Evaluator, "_evaluate", held_in_worker)
    _add_order_count_row(window, qtbot).editor.spins[0].setValue(6)
    try:
        qtbot.waitUntil(inside.is_set, timeout=WAIT_MS)
        elsewhere = Segment("Elsewhere", Group("all", [Condition("order_count", "le", 1)]))
        started = time.perf_counter()
        mask = window.session.mask(elsewhere)
        waited = time.perf_counter() - started
        assert waited < 2, "the GUI thread's count waited for the worker's"
        assert int(mask.sum()) == _expected(window, elsewhere)
        assert window.session.live_counts.pending, "the worker's pass was still under way"
    finally:
        release.set()
    _wait_counted(window, qtbot)
    assert _shown_count(window) == _expected(window)


def test_the_do_not_contact_list_is_matched_in_the_worker_and_its_members_are_not_reachable(
        window, qtbot, in_worker, monkeypatch):
    # At a million addresses the matching takes most of a second: the window must not freeze for it.
    from segmentdesk.core.privacy.do_not_contact import DoNotContactList

    _open_sample(window, qtbot)
    session = window.session
    before = session.live_counts.result.figures
    email = session.dataset.customers.role_column("email")
    first = session.segments[0]          # one of its reachable members goes on the list
    reached = session.mask(first) & session.dataset.consent & session.dataset.valid_email
    reachable_address = next(a for a, ok in zip(email, reached) if ok)
    threads, real = [], DoNotContactList.blocked

    def recording(listed, emails):
        threads.append(threading.current_thread())
        return real(listed, emails)

    monkeypatch.setattr(DoNotContactList, "blocked", recording)
    session.add_do_not_contact([reachable_address], source="app")
    session.live_counts.refresh()
    _wait_counted(window, qtbot)
    assert threads and all(t is not threading.main_thread() for t in threads)
    after = session.live_counts.result.figures
    assert sum(f.reachable for f in after.values()) < sum(f.reachable for f in before.values())
    session.listed_members()                      # the window's own readers get the worker's answer
    assert len(threads) == 1
