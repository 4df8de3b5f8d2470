"""Unsaved work is never dropped silently: closing, opening a project or opening the sample asks first."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from segmentdesk.core.project.store import load_project

PROMPT = ("Unsaved changes", "Save the changes to this project first?")


@pytest.fixture
def answer(monkeypatch, messages):
    """Answer "save changes first?" with the button the test sets (``answer.button``)."""
    class Answer:
        button = QMessageBox.StandardButton.Cancel

    def question(_parent, title, text, buttons=None, *args, **kwargs):
        messages.append((title, text))
        return Answer.button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return Answer


@pytest.fixture
def saved_then_edited(window, tmp_path):
    """A project saved to a file, then a segment added (unsaved); returns the file."""
    window.files.open_sample()
    path = tmp_path / "shop.segdesk"
    assert window.files.save_to(path)
    window.session.add_segment()
    assert window.session.dirty
    return path


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, saved_then_edited, answer, messages):
    answer.button = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert messages[-1] == PROMPT
    assert window.isVisible() and window.session.dirty


def test_closing_with_unsaved_changes_and_save_writes_the_file(window, saved_then_edited, answer, messages):
    answer.button = QMessageBox.StandardButton.Save
    count = len(window.session.segments)
    assert window.close()
    assert messages[-1] == PROMPT
    assert len(load_project(saved_then_edited).segments) == count


def test_closing_a_saved_project_does_not_ask(window, saved_then_edited, answer, messages):
    window.session.undo_stack.undo()
    assert window.files.save_to(saved_then_edited)
    messages.clear()
    assert window.close()
    assert PROMPT not in messages


def test_opening_a_project_with_unsaved_changes_asks_and_cancel_keeps_the_project(
        window, saved_then_edited, answer, messages, tmp_path):
    other = tmp_path / "other.segdesk"
    other.write_bytes(saved_then_edited.read_bytes())
    answer.button = QMessageBox.StandardButton.Cancel
    segments = [s.name for s in window.session.segments]
    window.files.open_path(other)
    assert messages[-1] == PROMPT
    assert window.session.path == saved_then_edited and window.session.dirty
    assert [s.name for s in window.session.segments] == segments


def test_opening_a_project_with_unsaved_changes_and_save_saves_first(
        window, saved_then_edited, answer, messages, tmp_path):
    other = tmp_path / "other.segdesk"
    other.write_bytes(saved_then_edited.read_bytes())
    count = len(window.session.segments)
    answer.button = QMessageBox.StandardButton.Save
    window.files.open_path(other)
    assert messages[-1] == PROMPT
    assert len(load_project(saved_then_edited).segments) == count
    assert window.session.path == other and not window.session.dirty


def test_opening_the_sample_over_unsaved_changes_asks_and_cancel_keeps_the_project(
        window, saved_then_edited, answer, messages):
    answer.button = QMessageBox.StandardButton.Cancel
    count = len(window.session.segments)
    window.files.open_sample()
    assert messages[-1] == PROMPT
    assert window.session.path == saved_then_edited and len(window.session.segments) == count


def test_save_on_a_never_saved_project_asks_for_a_file_name_and_writes_it(
        window, answer, messages, monkeypatch, tmp_path):
    window.files.open_sample()
    window.session.add_segment()
    target = tmp_path / "new"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    answer.button = QMessageBox.StandardButton.Save
    assert window.close()
    assert messages[-1] == PROMPT
    assert len(load_project(tmp_path / "new.segdesk").segments) == len(window.session.segments)
