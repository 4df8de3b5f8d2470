"""The Windows and macOS installer recipes, checked for what the issue asks (they cannot be built here)."""
from __future__ import annotations

import plistlib
import re
from pathlib import Path

from macos_plist import PROJECT_MIME, PROJECT_UTI, info_plist

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "windows" / "segmentdesk.iss").read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = sections.setdefault(match.group(1), [])
        elif current is not None:
            current.append(line)
    return sections


def test_windows_installer_installs_per_user_without_admin_rights():
    setup = _sections(ISS)["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert r"DefaultDirName={autopf}\SegmentDesk" in setup
    registry = _sections(ISS)["Registry"]
    assert registry and all(line.startswith("Root: HKA;") for line in registry)


def test_windows_installer_associates_segdesk_and_adds_a_start_menu_entry():
    sections = _sections(ISS)
    assert "ChangesAssociations=yes" in sections["Setup"]
    assert any(r'Subkey: "Software\Classes\.segdesk"' in line and "{#ProgId}" in line for line in sections["Registry"])
    assert any('"%1"' in line and "shell\\open\\command" in line for line in sections["Registry"])
    assert any(line.startswith('Name: "{autoprograms}\\SegmentDesk"') for line in sections["Icons"])


def test_windows_uninstall_deletes_nothing_beyond_the_installed_files():
    sections = _sections(ISS)
    assert "UninstallDelete" not in sections
    assert sections["InstallDelete"] == ['Type: filesandordirs; Name: "{app}\\_internal"']


def test_macos_plist_exports_and_owns_the_segdesk_document_type():
    plist = info_plist("1.2.3")
    plistlib.dumps(plist)                   # only plist types
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeIdentifier"] == PROJECT_UTI
    assert exported["UTTypeTagSpecification"] == {"public.filename-extension": ["segdesk"],
                                                  "public.mime-type": [PROJECT_MIME]}
    owner = [t for t in plist["CFBundleDocumentTypes"] if t["LSHandlerRank"] == "Owner"]
    assert owner == [{"CFBundleTypeName": "SegmentDesk project", "CFBundleTypeRole": "Editor",
                      "LSHandlerRank": "Owner", "LSItemContentTypes": [PROJECT_UTI]}]
    assert plist["CFBundleShortVersionString"] == "1.2.3"
