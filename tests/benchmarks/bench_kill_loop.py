"""The kill loop of ``tests/test_cli_kill_loop.py``, longer: prints how each killed command ended.

    .venv/bin/python tests/benchmarks/bench_kill_loop.py [--rounds 150] [--customers 20000] [--seed 1]

Every round must leave the project opening, passing ``PRAGMA integrity_check`` and in the
state before or after the command (the loop raises AssertionError otherwise).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from test_cli_kill_loop import kill_loop  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        # Backups and settings of the commands stay inside the temporary folder.
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        start = time.perf_counter()
        outcomes = kill_loop(Path(tmp) / "shop", rounds=args.rounds, seed=args.seed, customers=args.customers)
        took = time.perf_counter() - start
    print(f"{'action':<8} {'state':<7} {'command':<9} rounds")
    for (action, state, how), n in sorted(outcomes.items()):
        print(f"{action:<8} {state:<7} {how:<9} {n}")
    killed = sum(n for (_, _, how), n in outcomes.items() if how == "killed")
    print(f"{args.rounds} rounds, {killed} killed, every one before or after; {took:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
