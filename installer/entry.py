"""The frozen bundle's one entry point: started as ``segmentdesk-cli`` (a console program of its own on
Windows and inside the macOS .app, a link to the same program on Linux) it runs the command line,
under any other name the window.  One analysed program serves both names, so the bundle holds each
module once."""
from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).name.lower().startswith("segmentdesk-cli"):
        from segmentdesk.cli import main as run
    else:
        from segmentdesk.app import main as run
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
