"""A project keeps demo mode: its pseudonyms' secret (made once, random) and the switch, as meta rows
read back on open and carried through saves; an older file opens with demo mode off."""
from __future__ import annotations

import sqlite3

import pytest

from segmentdesk.core.errors import ProjectError
from segmentdesk.core.privacy.pseudonyms import project_pseudonyms
from segmentdesk.core.project.demo_meta import MODE_KEY, SECRET_KEY, set_demo
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile
from segmentdesk.core.project.store import load_project, save_project

from demo_shop import shop


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "shop.segdesk"
    save_project(Project(dataset=shop()), path)
    return path


def _meta(path, key):
    with sqlite3.connect(path) as con:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def test_a_saved_project_keeps_its_secret_and_so_its_pseudonyms(saved):
    one, again = load_project(saved), load_project(saved)
    assert one.demo_secret == again.demo_secret
    assert list(project_pseudonyms(one).column("Sähköposti")) == list(project_pseudonyms(again).column("Sähköposti"))


def test_two_projects_of_the_same_customers_get_different_secrets_and_pseudonyms(saved, tmp_path):
    other = tmp_path / "other.segdesk"
    save_project(Project(dataset=shop()), other)
    a, b = load_project(saved), load_project(other)
    assert a.demo_secret != b.demo_secret
    assert list(project_pseudonyms(a).column("Sähköposti")) != list(project_pseudonyms(b).column("Sähköposti"))


def test_demo_mode_is_off_until_switched_on_and_remembered_after(saved):
    assert load_project(saved).demo_mode is False
    project = load_project(saved)
    with ProjectFile.open(saved, write=True) as pf:
        assert set_demo(pf, secret=project.demo_secret, on=True)
    assert load_project(saved).demo_mode is True
    assert _meta(saved, MODE_KEY) == "on"


def test_a_save_carries_the_switch_and_switching_off_removes_its_row(saved):
    project = load_project(saved)
    project.demo_mode = True
    save_project(project, saved, incremental=True)
    assert load_project(saved).demo_mode is True
    project.demo_mode = False
    save_project(project, saved, incremental=True)
    assert load_project(saved).demo_mode is False and _meta(saved, MODE_KEY) is None


def test_a_file_without_a_secret_gets_one_on_its_next_save_and_keeps_it(saved):
    with sqlite3.connect(saved) as con:
        con.execute("DELETE FROM meta WHERE key = ?", (SECRET_KEY,))
    project = load_project(saved)               # an older file: a fresh secret in memory
    assert len(project.demo_secret) == 32 and project.demo_mode is False
    save_project(project, saved, incremental=True)
    assert load_project(saved).demo_secret == project.demo_secret


def test_an_unreadable_secret_makes_the_project_damaged(saved):
    with sqlite3.connect(saved) as con:
        con.execute("UPDATE meta SET value = 'not hex' WHERE key = ?", (SECRET_KEY,))
    with pytest.raises(ProjectError) as caught:
        load_project(saved)
    assert caught.value.details["reason"] == "damaged"
