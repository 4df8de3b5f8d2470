"""The one atomic writer: a failed or cancelled write leaves the target as it was and no temporary file."""
from __future__ import annotations

import os

import pytest

from segmentdesk.core import atomic_file as module
from segmentdesk.core.atomic_file import AtomicFiles, atomic_file, write_text_atomic
from segmentdesk.core.errors import Cancelled


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "kept.txt"
    path.write_bytes(b"old bytes\r\n")
    return path


def fail_on_replace(monkeypatch, *, call: int = 1) -> None:
    """Make the ``call``-th ``os.replace`` (1-based) fail as a file open in Excel does on Windows."""
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == call:
            raise PermissionError(13, "Permission denied", str(src), None, str(dst))
        real(src, dst)

    monkeypatch.setattr(module.os, "replace", replace)


def test_a_finished_write_replaces_the_target(target):
    with atomic_file(target) as tmp:
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["kept.txt"]


def test_the_temporary_file_is_in_the_targets_folder(target):
    with atomic_file(target) as tmp:
        assert tmp.parent == target.parent and tmp != target
        tmp.write_bytes(b"new")


def test_a_write_that_fails_leaves_the_target_byte_identical_and_no_temporary_file(target):
    with pytest.raises(OSError), atomic_file(target) as tmp:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old bytes\r\n"
    assert [p.name for p in target.parent.iterdir()] == ["kept.txt"]


def test_a_cancelled_write_leaves_the_target_byte_identical_and_no_temporary_file(target):
    with pytest.raises(Cancelled), atomic_file(target) as tmp:
        tmp.write_bytes(b"half")
        raise Cancelled()
    assert target.read_bytes() == b"old bytes\r\n"
    assert [p.name for p in target.parent.iterdir()] == ["kept.txt"]


def test_a_failing_move_leaves_the_target_byte_identical_and_no_temporary_file(target, monkeypatch):
    fail_on_replace(monkeypatch)
    with pytest.raises(PermissionError):
        write_text_atomic(target, "new")
    assert target.read_bytes() == b"old bytes\r\n"
    assert [p.name for p in target.parent.iterdir()] == ["kept.txt"]


def test_several_files_move_into_place_together(tmp_path, target):
    fresh = tmp_path / "fresh.txt"
    with AtomicFiles() as files:
        files.new(target).write_bytes(b"one")
        files.new(fresh).write_bytes(b"two")
        assert not fresh.exists(), "nothing is in place before the commit"
        files.commit()
    assert (target.read_bytes(), fresh.read_bytes()) == (b"one", b"two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.txt", "kept.txt"]


def test_a_later_failing_move_undoes_the_earlier_ones(tmp_path, target, monkeypatch):
    other = tmp_path / "other.txt"
    other.write_bytes(b"other old")
    fresh = tmp_path / "fresh.txt"
    fail_on_replace(monkeypatch, call=3)
    with pytest.raises(PermissionError), AtomicFiles() as files:
        files.new(target).write_bytes(b"one")
        files.new(fresh).write_bytes(b"two")
        files.new(other).write_bytes(b"three")
        files.commit()
    assert target.read_bytes() == b"old bytes\r\n"
    assert other.read_bytes() == b"other old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt", "other.txt"], "no new file, no leftovers"


def test_leaving_the_block_without_a_commit_writes_nothing(tmp_path, target):
    with AtomicFiles() as files:
        files.new(target).write_bytes(b"one")
        files.new(tmp_path / "fresh.txt").write_bytes(b"two")
    assert target.read_bytes() == b"old bytes\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_write_text_atomic_writes_utf8(tmp_path):
    path = tmp_path / "asetukset.json"
    write_text_atomic(path, "{\"kieli\": \"äö\"}")
    assert path.read_bytes() == "{\"kieli\": \"äö\"}".encode()
