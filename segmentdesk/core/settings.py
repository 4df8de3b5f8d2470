"""User settings as versioned JSON in the platform's config folder (Qt-free).

Each version bump adds a migration from the version before, so an old settings file is
upgraded, never thrown away.  Window geometry and recent folders live in QSettings (UI).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from .atomic_file import write_text_atomic

VERSION = 1
SMALL_SEGMENT_DEFAULT = 30
BACKUP_COUNT_DEFAULT = 5
AUTOSAVE_MINUTES_DEFAULT = 5


@dataclass
class Settings:
    language: str = "system"          # "system", "en" or "fi"
    small_segment_threshold: int = SMALL_SEGMENT_DEFAULT
    # Column-role choices remembered per set of headers, so next month's file maps itself.
    remembered_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    # Rolling backups of a project (on open and after each import) and the window's autosave.
    # Added within version 1: older files lack them and get these defaults, so no migration is needed.
    backups_enabled: bool = True
    backup_count: int = BACKUP_COUNT_DEFAULT
    autosave_minutes: int = AUTOSAVE_MINUTES_DEFAULT      # 0: autosave off
    # The export dialog's last choices per project file (key: its path; "" for an unsaved project):
    # format, columns, folder, file_per_segment, hashed.  Never the consent basis: that is chosen each time.
    export_choices: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The first-run tour was shown (or skipped): it is not shown again at start, only from Help.
    tour_seen: bool = False


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    # 0 → 1: files written before versioning had only "language".
    0: lambda doc: {**doc, "version": 1},
}


def default_path() -> Path:
    from platformdirs import user_config_dir
    return Path(user_config_dir("SegmentDesk", appauthor=False)) / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings, migrating old versions; a missing or unreadable file gives defaults."""
    path = path or default_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(doc, dict):
        return Settings()
    version = int(doc.get("version", 0))
    while version < VERSION and version in MIGRATIONS:
        doc = MIGRATIONS[version](doc)
        version = int(doc["version"])
    known = {k: v for k, v in doc.items() if k in Settings.__dataclass_fields__}
    try:
        return Settings(**known)
    except TypeError:
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically: a failed write leaves the previous file as it was (raises OSError)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps({"version": VERSION, **asdict(settings)}, ensure_ascii=False, indent=2))


def headers_key(headers: list[str]) -> str:
    """Key under which a file's role choices are remembered: its headers, order-independent."""
    return "|".join(sorted(h.strip().casefold() for h in headers))
