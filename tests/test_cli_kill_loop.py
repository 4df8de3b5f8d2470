"""Crash safety: ``segmentdesk-cli`` killed (SIGKILL) at random moments never leaves a broken project.

Each round starts an import, a segment add, a customer edit or an export on a small generated shop and kills
it after a seeded random delay (before, during or after its write).  The project must then
open, pass ``PRAGMA integrity_check`` and hold the state before or after the action, never a
mix.  ``tests/benchmarks/bench_kill_loop.py`` runs the same loop longer and prints its figures.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from segmentdesk.core.project.store import load_project
from segmentdesk.tools.sample_shop import write_shop

ROOT = Path(__file__).resolve().parent.parent
ACTIONS = ["import", "segment", "customer", "export"]


@dataclass(frozen=True)
class State:
    segments: tuple[str, ...]
    actions: tuple[str, ...]
    data_id: str
    customers: int
    edits: int           # rows of the customer register (customer_edits)


def read_state(project: Path) -> State:
    """The project's state, after checking it opens whole and passes SQLite's integrity check."""
    con = sqlite3.connect(project)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        data_id = con.execute("SELECT value FROM meta WHERE key = 'data_id'").fetchone()[0]
        edits = con.execute("SELECT count(*) FROM customer_edits").fetchone()[0]
    finally:
        con.close()
    p = load_project(project)
    return State(tuple(s.name for s in p.segments), tuple(e.action for e in p.audit), data_id, len(p.dataset), edits)


def _command(action: str, round_no: int, shop: Path, project: Path) -> list[str]:
    if action == "import":
        files = shop / ("b" if round_no % 2 else "a")
        return ["import", str(files / "customers.csv"), "--orders", str(files / "orders.csv"), "--project", str(project)]
    if action == "segment":
        seg = shop / f"s{round_no}.segment.json"
        seg.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": f"S{round_no}",
                                   "rule": {"all": [{"field": "order_count", "op": "ge", "value": 2}]}}))
        return ["segment", "add", "--project", str(project), "--file", str(seg)]
    if action == "customer":
        return ["customer", "edit", "--project", str(project), "--id", "000001", "--set", f"city=Kerava {round_no}"]
    return ["export", "--project", str(project), "--out", str(shop / f"x{round_no}.csv"), "--segments", "all",
            "--as-of", "2026-11-01"]


def _is_before_or_after(action: str, round_no: int, before: State, now: State) -> str:
    """'before' or 'after'; fails the test on any other state."""
    if now == before:
        return "before"
    if action == "segment":
        assert now == State(before.segments + (f"S{round_no}",), before.actions, before.data_id, before.customers,
                            before.edits)
    elif action == "customer":    # one register row, the column data untouched
        assert now == State(before.segments, now.actions, before.data_id, before.customers, before.edits + 1)
        assert now.actions[:len(before.actions)] == before.actions
    elif action == "export":
        assert now.segments == before.segments and now.data_id == before.data_id
        assert now.actions == before.actions + ("export",)
    else:       # the data, sources and log entry of an import are one transaction
        assert now.segments == before.segments and now.data_id != before.data_id
        assert now.actions == before.actions + ("import",)
    return "after"


def make_shop(folder: Path, customers: int) -> Path:
    write_shop(folder / "a", customers, seed=1, orders_per_customer=5.0, customers_format="csv")
    write_shop(folder / "b", customers + customers // 10, seed=2, orders_per_customer=5.0, customers_format="csv")
    return folder


def kill_loop(folder: Path, *, rounds: int, seed: int, customers: int = 3000, min_killed: int = 0,
              max_rounds: int = 0) -> Counter:
    """Run ``rounds`` killed commands; returns how many ended in which state, per action.

    Each action runs once whole first, to time it; a killed round waits a random 30–110 % of
    that time, so kills fall at start-up, during the write and (some) after the end.  On a busy
    machine a command's time varies more and more of them end before the kill: rounds go on past
    ``rounds`` (up to ``max_rounds``) until ``min_killed`` were killed mid-way."""
    shop = make_shop(folder, customers)
    project = folder / "shop.segdesk"
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(action: str, round_no: int) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "segmentdesk.cli", *_command(action, round_no, shop, project)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)

    took: dict[str, float] = {}
    for round_no, action in enumerate(ACTIONS, start=-len(ACTIONS)):
        start = time.perf_counter()
        assert run(action, round_no).wait() == 0
        took[action] = time.perf_counter() - start
    rng = random.Random(seed)
    outcomes: Counter = Counter()
    round_no = 0
    while round_no < rounds or (_killed(outcomes) < min_killed and round_no < max_rounds):
        round_no += 1
        action = rng.choice(ACTIONS)
        before = read_state(project)
        proc = run(action, round_no)
        time.sleep(rng.uniform(0.3, 1.1) * took[action])
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        outcomes[(action, _is_before_or_after(action, round_no, before, read_state(project)),
                  "finished" if finished else "killed")] += 1
    return outcomes


def _killed(outcomes: Counter) -> int:
    return sum(n for (_, _, how), n in outcomes.items() if how == "killed")


@pytest.mark.slow
def test_commands_killed_at_random_moments_leave_the_state_before_or_after(tmp_path):
    outcomes = kill_loop(tmp_path, rounds=28, seed=10, min_killed=14, max_rounds=60)
    assert _killed(outcomes) >= 14, outcomes    # the loop did kill commands mid-way, not only after they ended
