"""The command line as one writer among others: it holds the project's lock while it writes, and a
project open elsewhere gives exit 2 with one line instead of a lost update."""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from segmentdesk.cli import main
from segmentdesk.core.project.lock import acquire_lock, lock_path
from segmentdesk.core.project.store import load_project

DATA = Path(__file__).resolve().parent / "data"
CUSTOMERS = DATA / "customers_fi.csv"
ROUNDS = 50


def segment_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.segment.json"
    path.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": name,
                                "rule": {"all": [{"field": "order_count", "op": "ge", "value": 0}]}}),
                    encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "kauppa.segdesk"
    assert main(["import", str(CUSTOMERS), "--project", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("argv", [
    ["segment", "add", "--file", "{segment}"],
    ["export", "--out", "{out}"],
    ["import", str(CUSTOMERS)],
])
def test_a_project_open_in_a_window_refuses_writes_with_exit_2_and_one_line(project, tmp_path, capsys, argv):
    before = project.read_bytes()
    args = [a.format(segment=segment_file(tmp_path, "Kaikki"), out=tmp_path / "x.xlsx") for a in argv]
    with acquire_lock(project, since=dt.datetime(2026, 12, 5, 9, 30), purpose="window"):
        code = main(args + ["--project", str(project)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"segmentdesk-cli: {project} is open in SegmentDesk on ")
    assert err.strip().endswith("since 2026-12-05 09:30; close it there or try again.")
    assert "\n" not in err.strip()
    assert project.read_bytes() == before
    assert not (tmp_path / "x.xlsx").exists()


def test_a_write_leaves_no_lock_behind(project, tmp_path):
    assert main(["segment", "add", "--project", str(project), "--file", str(segment_file(tmp_path, "A"))]) == 0
    assert not lock_path(project).exists()


def test_a_failed_write_leaves_no_lock_behind(project, tmp_path):
    bad = tmp_path / "bad.segment.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["segment", "add", "--project", str(project), "--file", str(bad)]) == 2
    assert not lock_path(project).exists()


def test_reading_commands_work_while_a_window_holds_the_lock(project, capsys):
    with acquire_lock(project, since=dt.datetime(2026, 12, 5, 9, 30)):
        assert main(["segments", "--project", str(project), "--json"]) == 0


def _add_segments(project: str, folder: str, prefix: str, rounds: int, queue) -> None:
    """One writer process: add ``rounds`` segments through the command line, retrying each refusal."""
    import contextlib
    import io

    from segmentdesk import cli

    cli.LOCK_WAIT_SECONDS = 0.0            # refuse at once, so that refusals do happen and are retried
    refused = 0
    for i in range(rounds):
        path = segment_file(Path(folder), f"{prefix}{i:02d}")
        while True:
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = cli.main(["segment", "add", "--project", project, "--file", str(path)])
            if code == 0:
                break
            assert code == 2 and "segmentdesk-cli run" in err.getvalue(), err.getvalue()
            refused += 1
    queue.put(refused)


def test_two_processes_adding_50_segments_each_lose_none(project, tmp_path):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_add_segments, args=(str(project), str(tmp_path), prefix, ROUNDS, queue))
               for prefix in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=240)
    assert [w.exitcode for w in workers] == [0, 0]
    refused = queue.get(timeout=5) + queue.get(timeout=5)
    names = {s.name for s in load_project(project).segments}
    assert names == {f"{p}{i:02d}" for p in "ab" for i in range(ROUNDS)}, f"{refused} refusals retried"
    con = sqlite3.connect(project)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert not lock_path(project).exists()


def test_unlock_removes_a_lock_left_by_a_run_that_is_gone(project, capsys):
    import subprocess
    import sys

    gone = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout)
    lock = acquire_lock(project, since=dt.datetime(2026, 12, 5, 9, 30), purpose="cli")
    data = json.loads(lock_path(project).read_text(encoding="utf-8")) | {"pid": gone}
    lock.release()
    lock_path(project).write_text(json.dumps(data), encoding="utf-8")
    assert main(["unlock", "--project", str(project)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith(f"Removed the lock of {project} (cli of ") and f"process {gone}, since 2026-12-05 09:30" in out
    assert not lock_path(project).exists()
    assert main(["unlock", "--project", str(project)]) == 0
    assert capsys.readouterr().out == f"{project} is not locked.\n"


def test_unlock_leaves_another_computers_lock_with_exit_2_unless_forced(project, capsys):
    lock_path(project).write_text(json.dumps({"app": "SegmentDesk", "purpose": "window", "user": "liisa",
                                              "host": "kassakone", "pid": 1, "since": "2026-12-05T09:30:00"}))
    assert main(["unlock", "--project", str(project)]) == 2
    _, err = capsys.readouterr()
    assert "on kassakone by liisa" in err and err.strip().endswith("run again with --force.")
    assert lock_path(project).exists()
    assert main(["unlock", "--project", str(project), "--force"]) == 0
    out, err = capsys.readouterr()
    assert "warning: breaking the lock" in err and "liisa on kassakone" in out
    assert not lock_path(project).exists()
