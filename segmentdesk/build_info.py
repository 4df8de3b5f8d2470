"""Which SegmentDesk this is: the version (one source, pyproject.toml) and, in a built bundle, the
commit and date it was built from.

The version comes from the package's metadata, which pip writes from pyproject.toml; a checkout
reads pyproject.toml itself.  A bundle's version, commit and date are baked in by
installer/segmentdesk.spec (``build_info.json`` beside this module, from the pyproject.toml and git
of the tree it was built from); a checkout has no commit and says so, rather than running git on
every start.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

BUILD_INFO_FILE = Path(__file__).resolve().parent / "build_info.json"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str | None = None       # None: not a built bundle (a checkout or a plain pip install)
    built: str | None = None        # ISO 8601 UTC, e.g. "2026-12-05T21:30:00Z"

    @property
    def built_at(self) -> dt.datetime | None:
        """The build's moment (UTC), or None outside a bundle or for an unreadable date."""
        try:
            return dt.datetime.strptime(self.built or "", "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        except ValueError:
            return None

    def describe(self) -> str:
        """One line: ``0.1.0 (commit 1a2b3c4d5e, built 2026-12-05 21:30 UTC)``."""
        if self.commit is None:
            return f"{self.version} (not a built bundle)"
        when = (self.built or "unknown date").replace("T", " ").replace("Z", " UTC")
        return f"{self.version} (commit {self.commit}, built {when})"


def _version_from_pyproject(path: Path) -> str | None:
    """The ``[project] version`` of a checkout's pyproject.toml, if it is SegmentDesk's."""
    try:
        import tomllib
        with path.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
    except (OSError, ValueError):
        return None
    return project.get("version") if project.get("name") == "segmentdesk" else None


def _version() -> str:
    # A checkout's pyproject.toml wins over an editable install's metadata, which is as old as the install.
    from_checkout = _version_from_pyproject(_PYPROJECT)
    if from_checkout:
        return from_checkout
    try:
        return metadata.version("segmentdesk")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _baked(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in data.items()
            if k in ("version", "commit", "built") and re.fullmatch(r"[\w:.+\-]+", str(v))}


@lru_cache(maxsize=1)
def build_info() -> BuildInfo:
    """This program's version, and its commit and build date when it is a built bundle (whose
    version was read from the pyproject.toml it was built from)."""
    baked = _baked(BUILD_INFO_FILE)
    return BuildInfo(version=baked.get("version") or _version(), commit=baked.get("commit"), built=baked.get("built"))


class VersionAction(argparse.Action):
    """``--version`` for the window and the command line: ``PROG 0.1.0 (commit …, built …)`` on one
    line (argparse's own version action wraps a long line at the terminal's width), then exit 0."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show the version and build, then exit") -> None:  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"{parser.prog} {build_info().describe()}")
        parser.exit()
