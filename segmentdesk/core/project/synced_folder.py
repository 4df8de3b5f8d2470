"""Is a project in a folder a sync service copies between computers? (Qt-free)

OneDrive, Dropbox, Google Drive, iCloud Drive and Nextcloud/ownCloud copy a file to other computers
some time after it changes.  Two computers can then write the same project at once, and the lock
file (``lock.py``) cannot stop it: the other computer sees it only once it has been synced.  The
window warns; it does not refuse.

Found by where the path lies: the folders the services name themselves (environment variables such
as ``OneDrive``, Dropbox's ``info.json``), the folder names they create (``OneDrive - Firma``,
``Dropbox``, ``My Drive``, ``iCloudDrive``, macOS's ``~/Library/CloudStorage`` and
``~/Library/Mobile Documents``) and marker files in a synced folder's root (Dropbox's ``.dropbox``,
Nextcloud's and ownCloud's ``.sync_*.db``).  Paths are compared by their parts, without case, with
either kind of slash, so Windows paths are judged the same on every system.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

ONEDRIVE, DROPBOX, GOOGLE_DRIVE, ICLOUD, NEXTCLOUD, CLOUD = (
    "OneDrive", "Dropbox", "Google Drive", "iCloud Drive", "Nextcloud/ownCloud", "cloud storage")
_ENV_FOLDERS = {"OneDrive": ONEDRIVE, "OneDriveCommercial": ONEDRIVE, "OneDriveConsumer": ONEDRIVE}
# Folder names the services make, matched against each part of the path (casefolded).
_NAMES = [
    (re.compile(r"^onedrive( - .+|-.+)?$"), ONEDRIVE),
    (re.compile(r"^dropbox( \(.+\))?$"), DROPBOX),
    (re.compile(r"^(my drive|google drive|googledrive-.+|shared drives)$"), GOOGLE_DRIVE),
    (re.compile(r"^(icloud ?drive|icloud~.+)$"), ICLOUD),
    (re.compile(r"^(nextcloud|owncloud)( .+)?$"), NEXTCLOUD),
]
_CLOUD_STORAGE_PREFIXES = [("onedrive", ONEDRIVE), ("dropbox", DROPBOX), ("googledrive", GOOGLE_DRIVE),
                           ("icloud", ICLOUD), ("nextcloud", NEXTCLOUD), ("owncloud", NEXTCLOUD)]
_MARKERS = re.compile(r"^(\.dropbox|\._?sync_[0-9a-f]+\.db|\.owncloudsync\.log)$", re.IGNORECASE)


@dataclass(frozen=True)
class SyncedFolder:
    """The sync service (a brand name, shown as is) and the folder it keeps in sync."""

    service: str
    root: str


def parts(path: str | PurePath) -> list[str]:
    """A path's parts, casefolded, split on either slash (``C:\\Users`` and ``/home`` alike)."""
    return [p.casefold() for p in re.split(r"[\\/]+", str(path)) if p and p != "."]


def _under(path: list[str], root: list[str]) -> bool:
    return bool(root) and path[:len(root)] == root


def synced_folder(path: str | PurePath, *, env: Mapping[str, str] | None = None,
                  home: str | PurePath | None = None, look_on_disk: bool = True) -> SyncedFolder | None:
    """The sync service whose folder holds ``path``, or None.

    ``env`` and ``home`` default to this computer's; ``look_on_disk=False`` judges by names only
    (no marker files or Dropbox ``info.json`` read), for made-up paths.
    """
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    p = parts(path)
    for var, service in _ENV_FOLDERS.items():
        root = env.get(var)
        if root and _under(p, parts(root)):
            return SyncedFolder(service, root)
    if look_on_disk:
        for root in _dropbox_roots(env, home):
            if _under(p, parts(root)):
                return SyncedFolder(DROPBOX, root)
    found = _by_name(p, parts(home))
    if found is not None:
        return found
    if look_on_disk:
        return _by_marker(Path(path))
    return None


def _by_name(p: list[str], home: list[str]) -> SyncedFolder | None:
    library = home + ["library"]
    if _under(p, library + ["mobile documents"]):
        return SyncedFolder(ICLOUD, "/".join(library + ["mobile documents"]))
    if _under(p, library + ["cloudstorage"]) and len(p) > len(library) + 1:
        provider = p[len(library) + 1]
        service = next((s for prefix, s in _CLOUD_STORAGE_PREFIXES if provider.startswith(prefix)), CLOUD)
        return SyncedFolder(service, "/".join(p[:len(library) + 2]))
    for i, part in enumerate(p[:-1]):            # the last part is the file itself
        for pattern, service in _NAMES:
            if pattern.match(part):
                return SyncedFolder(service, "/".join(p[:i + 1]))
    return None


def _dropbox_roots(env: Mapping[str, str], home: str | PurePath) -> list[str]:
    """Dropbox's own record of its folders: ``info.json`` (personal and business accounts)."""
    places = [Path(home) / ".dropbox" / "info.json"]
    for var in ("LOCALAPPDATA", "APPDATA"):
        if env.get(var):
            places.append(Path(env[var]) / "Dropbox" / "info.json")
    roots = []
    for place in places:
        try:
            doc = json.loads(place.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(doc, dict):
            roots += [a["path"] for a in doc.values() if isinstance(a, dict) and isinstance(a.get("path"), str)]
    return roots


def _by_marker(path: Path) -> SyncedFolder | None:
    """A folder above ``path`` holding a sync client's own file (Dropbox's ``.dropbox``, Nextcloud's journal)."""
    for folder in path.absolute().parents:
        try:
            names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
        except OSError:
            continue
        for name in names:
            if _MARKERS.match(name):
                return SyncedFolder(DROPBOX if name.lower() == ".dropbox" else NEXTCLOUD, str(folder))
    return None
