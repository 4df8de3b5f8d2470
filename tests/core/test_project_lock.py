"""One writer per project: the lock file beside it, taken atomically, stale locks taken over."""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys

import pytest

from segmentdesk.core.errors import ProjectLockedError
from segmentdesk.core.project import lock as lock_module
from segmentdesk.core.project.lock import LockHolder, acquire_lock, lock_path, read_holder

NOW = dt.datetime(2026, 12, 5, 18, 0)


def write_lock(project, **fields):
    doc = {"app": "SegmentDesk", "purpose": "window", "user": "liisa", "host": socket.gethostname(),
           "pid": os.getpid(), "since": "2026-12-05T09:30:00"} | fields
    lock_path(project).write_text(json.dumps(doc), encoding="utf-8")


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_lock_file_lies_beside_the_project_and_names_its_holder(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    with acquire_lock(project, since=NOW, purpose="cli"):
        assert lock_path(project) == tmp_path / "kauppa.segdesk.lock"
        holder = read_holder(project)
        assert (holder.pid, holder.host, holder.since, holder.purpose) == (os.getpid(), socket.gethostname(), NOW, "cli")


def test_releasing_removes_the_lock_file(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    acquire_lock(project, since=NOW).release()
    assert not lock_path(project).exists()


def test_second_opener_in_the_same_process_is_refused(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    with acquire_lock(project, since=NOW):
        with pytest.raises(ProjectLockedError) as caught:
            acquire_lock(project, since=NOW)
    assert caught.value.details["host"] == socket.gethostname()


def test_lock_of_a_running_process_is_refused_with_who_where_and_since(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_lock(project, pid=sleeper.pid)
        with pytest.raises(ProjectLockedError) as caught:
            acquire_lock(project, since=NOW)
    finally:
        sleeper.kill()
        sleeper.wait()
    message = str(caught.value)
    assert "is open in SegmentDesk on " + socket.gethostname() in message
    assert "by liisa since 2026-12-05 09:30; close it there or try again." in message
    assert "\n" not in message


def test_lock_of_a_process_that_is_gone_is_taken_over(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    write_lock(project, pid=dead_pid())
    with acquire_lock(project, since=NOW):
        assert read_holder(project).pid == os.getpid()


def test_lock_left_by_an_earlier_process_with_this_pid_is_taken_over(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    write_lock(project)                      # this pid, but not a lock this process took
    with acquire_lock(project, since=NOW):
        assert read_holder(project).since == NOW


def test_lock_from_another_computer_is_refused_even_if_its_pid_is_free_here(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    write_lock(project, host="kassakone", pid=dead_pid())
    with pytest.raises(ProjectLockedError) as caught:
        acquire_lock(project, since=NOW)
    assert "on kassakone by liisa" in str(caught.value)


def test_a_command_line_run_waits_for_another_run_but_not_for_a_window(tmp_path, monkeypatch):
    project = tmp_path / "kauppa.segdesk"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    slept = []
    monkeypatch.setattr(lock_module.time, "sleep", lambda s: (slept.append(s), write_lock(project, pid=dead_pid())))
    try:
        write_lock(project, pid=sleeper.pid, purpose="cli")
        with acquire_lock(project, since=NOW, purpose="cli", wait=5):
            assert slept                     # waited, then the other run was gone
        write_lock(project, pid=sleeper.pid, purpose="window")
        slept.clear()
        with pytest.raises(ProjectLockedError):
            acquire_lock(project, since=NOW, purpose="cli", wait=5)
        assert not slept
    finally:
        sleeper.kill()
        sleeper.wait()


def test_unreadable_fresh_lock_is_respected_and_an_old_one_taken_over(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    lock_path(project).write_bytes(b"")
    made = dt.datetime.fromtimestamp(lock_path(project).stat().st_mtime)
    with pytest.raises(ProjectLockedError) as caught:
        acquire_lock(project, since=made + dt.timedelta(seconds=1))
    assert "cannot be read" in str(caught.value)
    with acquire_lock(project, since=made + dt.timedelta(minutes=5)):
        assert read_holder(project).pid == os.getpid()


def test_release_leaves_a_lock_that_another_holder_took_over(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    held = acquire_lock(project, since=NOW)
    write_lock(project, host="kassakone")
    held.release()
    assert read_holder(project).host == "kassakone"


def test_holder_round_trips_through_its_lock_file_bytes():
    holder = LockHolder(user="liisa", host="kone", pid=42, since=NOW, purpose="cli")
    assert LockHolder.from_bytes(holder.to_bytes()) == holder
    assert not LockHolder.from_bytes(b"{not json").readable


def test_breaking_a_lock_whose_process_is_gone_removes_it_and_says_whose(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    pid = dead_pid()
    write_lock(project, pid=pid)
    holder = lock_module.break_lock(project, now=NOW)
    assert (holder.user, holder.pid) == ("liisa", pid)
    assert not lock_path(project).exists()
    assert lock_module.break_lock(project, now=NOW) is None


@pytest.mark.parametrize("where", ["running here", "another computer"])
def test_a_live_or_foreign_lock_is_broken_only_by_force(tmp_path, where):
    project = tmp_path / "kauppa.segdesk"
    if where == "running here":
        held = acquire_lock(project, since=NOW)
    else:
        write_lock(project, host="kassakone", pid=dead_pid())
    with pytest.raises(ProjectLockedError) as caught:
        lock_module.break_lock(project, now=NOW)
    assert caught.value.details["reason"] == ("locked" if where == "running here" else "elsewhere")
    assert lock_path(project).exists()
    assert lock_module.break_lock(project, now=NOW, force=True) is not None
    assert not lock_path(project).exists()
    if where == "running here":
        held.release()


def test_leftover_new_and_stale_files_of_killed_processes_are_cleaned_once_old(tmp_path):
    project = tmp_path / "kauppa.segdesk"
    old = [lock_path(project).with_name(lock_path(project).name + suffix) for suffix in (".123-ab.new", ".9-cd.stale")]
    young = lock_path(project).with_name(lock_path(project).name + ".77-ef.new")
    other = tmp_path / "muu.segdesk.lock.5-aa.new"
    for path in [*old, young, other]:
        path.write_bytes(b"{}")
    now = dt.datetime.fromtimestamp(young.stat().st_mtime) + dt.timedelta(seconds=5)
    for path in [*old, other]:
        os.utime(path, (now.timestamp() - 3600, now.timestamp() - 3600))
    with acquire_lock(project, since=now):
        pass
    assert [p.exists() for p in [*old, young, other]] == [False, False, True, True]
