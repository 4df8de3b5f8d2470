"""The session's own rules for segment changes."""
from __future__ import annotations

import datetime as dt

import pytest

from segmentdesk.core.segments.model import Condition, Group, Persona, Segment, iter_conditions
from segmentdesk.ui.session import Change, Session


def _references(segment: Segment) -> list[tuple[str, str]]:
    return [(c.op, c.value) for c in iter_conditions(segment.rule) if c.field == "segment"]


def test_renaming_a_segment_rewrites_the_rules_that_refer_to_it(qapp):
    session = Session()
    session.add_segment(Segment("Big", Group("all", [Condition("order_count", "ge", 3)])))
    session.add_segment(Segment("Big VIP", Group("all", [
        Condition("segment", "in_segment", "Big"),
        Group("not", [Condition("segment", "not_in_segment", "Big")]),
        Condition("segment", "in_segment", "Bigger")])))
    assert session.rename_segment(0, "Large")
    assert _references(session.segments[1]) == [("in_segment", "Large"), ("not_in_segment", "Large"),
                                                 ("in_segment", "Bigger")]
    session.undo_stack.undo()
    assert _references(session.segments[1])[:2] == [("in_segment", "Big"), ("not_in_segment", "Big")]


@pytest.fixture(scope="module")
def sample_dataset():
    from segmentdesk.core.importing.pipeline import run_import
    from segmentdesk.core.importing.plan import ImportPlan
    from segmentdesk.paths import sample_dir

    plan = ImportPlan.for_files(sample_dir() / "customers.xlsx", orders=sample_dir() / "orders.csv")
    return run_import(plan, as_of=dt.date(2026, 11, 1), warm=False, count_problems=False).dataset


@pytest.fixture
def heard(qapp, sample_dataset):
    """A session holding the sample shop, and the list of (change, initiator) it announced since."""
    session = Session(as_of=dt.date(2026, 11, 1))
    session.set_dataset(sample_dataset, sources={"customers": "customers.xlsx"}, at=dt.datetime(2026, 11, 1))
    session.add_segment(Segment("Big", Group("all", [Condition("order_count", "ge", 3)])))
    session.add_segment(Segment("Small", Group("all", [Condition("order_count", "le", 1)])))
    session.select_segment(0)
    signals: list[tuple[Change, object]] = []
    session.changed.connect(lambda change, initiator: signals.append((change, initiator)))
    return session, signals


def test_an_edit_is_announced_once_with_its_counts_and_who_asked(heard):
    session, signals = heard
    view = object()
    session.update_segment(0, Segment("Big", Group("all", [Condition("order_count", "ge", 4)])), initiator=view)
    assert len(signals) == 1
    change, initiator = signals[0]
    assert initiator is view
    assert change & Change.SEGMENTS and change & Change.COUNTS, "a small dataset is counted within the click"
    assert not change & (Change.ORDER | Change.CURRENT | Change.DATA)
    assert session.live_counts.size_of(session.segments[0]) == int(
        (session.evaluator.mask(session.segments[0].rule)).sum())


def test_undo_is_announced_as_nobodys_edit(heard):
    session, signals = heard
    view = object()
    session.update_segment(0, Segment("Big", Group("all", [Condition("order_count", "ge", 4)])), initiator=view)
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [initiator for _change, initiator in signals] == [view, None, None]


def test_a_move_is_announced_as_a_new_order_not_new_segments(heard):
    session, signals = heard
    session.move_segment(1, 0)
    change, _ = signals[-1]
    assert change & Change.ORDER and not change & Change.SEGMENTS


def test_a_log_entry_marks_the_project_unsaved_and_is_announced(heard):
    session, signals = heard
    session.mark_clean()
    signals.clear()
    session.log("export", file="x.xlsx", rows=3)
    assert session.project.audit[-1].action == "export"
    change, _ = signals[-1]
    assert change & Change.LOG and change & Change.FILE and session.dirty


def test_the_smallest_useful_segment_is_a_session_change_that_recounts(heard):
    session, signals = heard
    session.mark_clean()
    assert not any(w.code == "small" for w in session.live_counts.answer_for(session.segments[0]).warnings)
    session.set_small_segment_threshold(5000, initiator="window")
    change, initiator = signals[-1]
    assert change & Change.SETTINGS and change & Change.COUNTS and initiator == "window"
    assert not session.dirty, "a user setting is not project data"
    assert any(w.code == "small" for w in session.live_counts.answer_for(session.segments[0]).warnings)


def test_a_persona_edit_is_one_undoable_step_announced_as_a_segment_change(heard):
    session, signals = heard
    view = object()
    session.set_persona(0, Persona("Iso-Ilkka", "Tilaa usein."), initiator=view)
    assert session.segments[0].persona == Persona("Iso-Ilkka", "Tilaa usein.")
    assert session.dirty
    change, initiator = signals[-1]
    assert change & Change.SEGMENTS and initiator is view
    session.undo_stack.undo()
    assert not session.segments[0].persona


def test_a_rule_edit_or_a_rename_keeps_the_persona(heard):
    session, _ = heard
    session.set_persona(0, Persona("Iso-Ilkka", ""))
    session.rearrange_rule(0, Group("all", [Condition("order_count", "ge", 5)]))
    assert session.rename_segment(0, "Bigger")
    assert session.segments[0].persona.name == "Iso-Ilkka"


def test_an_import_in_the_window_keeps_the_projects_rfm_groups(qapp, sample_dataset):
    from segmentdesk.core.data.rfm_groups import GroupCell, GroupMap

    everyone = GroupMap((GroupCell("everyone", (1, 5), (1, 5)),))
    session = Session(as_of=dt.date(2026, 11, 1))
    session.project.rfm_map = everyone
    session.set_dataset(sample_dataset, sources={"customers": "customers.xlsx"}, at=dt.datetime(2026, 11, 1))
    rule = Group("all", [Condition("rfm_group", "eq", "everyone")])
    assert session.evaluator.mask(rule).sum() == (session.dataset.metrics["order_count"] > 0).sum()
