"""The Linux desktop entry, the .segdesk MIME type and the per-user install script of the tarball."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
needs_validator = pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                                     reason="desktop-file-validate (desktop-file-utils) is not installed")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@needs_validator
def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(LINUX / "segmentdesk.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_desktop_entry_opens_the_type_the_mime_file_declares_for_segdesk():
    mime = ET.parse(LINUX / "segmentdesk-mime.xml").getroot().find("m:mime-type", MIME_NS)
    assert mime.find("m:glob", MIME_NS).get("pattern") == "*.segdesk"
    entry = _entry(LINUX / "segmentdesk.desktop")
    assert entry["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    assert entry["Exec"] == "segmentdesk %f" and entry["Icon"] == "segmentdesk"


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_mime_database_maps_segdesk_files_to_the_project_type(tmp_path):
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "segmentdesk-mime.xml", tmp_path / "mime" / "packages" / "segmentdesk.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True)
    assert "application/x-segmentdesk-project:*.segdesk" in (tmp_path / "mime" / "globs2").read_text()


@pytest.fixture
def unpacked_bundle(tmp_path):
    """A folder laid out as the tarball unpacks (the programs are stand-ins; the icons the real ones)."""
    bundle = tmp_path / "Sovellukset" / "segment desk"          # a space, as users' folders have
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ROOT / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    (bundle / "share").mkdir()
    for name in ("segmentdesk.desktop", "segmentdesk-mime.xml"):
        shutil.copy(LINUX / name, bundle / "share" / name)
    shutil.copy(LINUX / "install-desktop.sh", bundle / "install-desktop.sh")
    (bundle / "segmentdesk").write_text("#!/bin/sh\nexit 0\n")
    (bundle / "segmentdesk").chmod(0o755)
    (bundle / "segmentdesk-cli").symlink_to("segmentdesk")
    return bundle


def _run(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    return subprocess.run(["sh", str(bundle / "install-desktop.sh"), *args], env=env, capture_output=True,
                          text=True, check=True)


def test_install_script_adds_menu_entry_icons_type_and_links_for_the_user(unpacked_bundle, tmp_path):
    home = tmp_path / "home"
    _run(unpacked_bundle, home)
    data = home / ".local" / "share"
    entry = _entry(data / "applications" / "segmentdesk.desktop")
    assert entry["Exec"] == f'"{unpacked_bundle}/segmentdesk" %f'
    assert entry["TryExec"] == f"{unpacked_bundle}/segmentdesk"
    assert (data / "mime" / "packages" / "segmentdesk.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "segmentdesk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "segmentdesk.svg").is_file()
    assert os.readlink(home / ".local" / "bin" / "segmentdesk-cli") == str(unpacked_bundle / "segmentdesk-cli")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(data / "applications" / "segmentdesk.desktop")], check=True)


def test_uninstall_removes_only_what_the_script_added(unpacked_bundle, tmp_path):
    home = tmp_path / "home"
    _run(unpacked_bundle, home)
    project = home / "Documents" / "kauppa.segdesk"
    project.parent.mkdir()
    project.write_bytes(b"SQLite format 3\0")
    _run(unpacked_bundle, home, "--uninstall")
    data = home / ".local" / "share"
    assert not (data / "applications" / "segmentdesk.desktop").exists()
    assert not (data / "mime" / "packages" / "segmentdesk.xml").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "segmentdesk.png").exists()
    assert not (home / ".local" / "bin" / "segmentdesk").is_symlink()
    assert project.read_bytes() == b"SQLite format 3\0" and (unpacked_bundle / "segmentdesk").is_file()
