"""Projects in a folder a sync service copies between computers are recognised by their paths."""
from __future__ import annotations

import json

import pytest

from segmentdesk.core.project.synced_folder import (DROPBOX, GOOGLE_DRIVE, ICLOUD, NEXTCLOUD, ONEDRIVE,
                                                    synced_folder)

WIN_HOME = r"C:\Users\liisa"
MAC_HOME = "/Users/liisa"


def service(path, *, env=None, home=WIN_HOME):
    found = synced_folder(path, env=env or {}, home=home, look_on_disk=False)
    return found and found.service


def test_onedrive_folder_named_in_the_environment_is_found_without_regard_to_case():
    env = {"OneDrive": r"C:\Users\liisa\OneDrive"}
    assert service(r"c:\users\LIISA\onedrive\Kauppa\asiakkaat.segdesk", env=env) == ONEDRIVE


def test_onedrive_for_business_folder_in_the_environment_is_found():
    env = {"OneDriveCommercial": r"D:\Work files\Firma Oy"}
    assert service(r"D:\Work files\Firma Oy\p.segdesk", env=env) == ONEDRIVE


@pytest.mark.parametrize("path, expected", [
    (r"C:\Users\liisa\OneDrive - Kauppa Oy\Asiakkaat\p.segdesk", ONEDRIVE),
    (r"C:\Users\liisa\Dropbox\p.segdesk", DROPBOX),
    (r"C:\Users\liisa\Dropbox (Kauppa)\p.segdesk", DROPBOX),
    (r"G:\My Drive\Asiakkaat\p.segdesk", GOOGLE_DRIVE),
    (r"C:\Users\liisa\Google Drive\p.segdesk", GOOGLE_DRIVE),
    (r"C:\Users\liisa\iCloudDrive\p.segdesk", ICLOUD),
    (r"C:\Users\liisa\Nextcloud\p.segdesk", NEXTCLOUD),
    ("/home/liisa/ownCloud/p.segdesk", NEXTCLOUD),
])
def test_folders_named_by_a_sync_service_are_found(path, expected):
    assert service(path) == expected


@pytest.mark.parametrize("path, expected", [
    ("/Users/liisa/Library/Mobile Documents/com~apple~CloudDocs/p.segdesk", ICLOUD),
    ("/Users/liisa/Library/CloudStorage/OneDrive-Personal/p.segdesk", ONEDRIVE),
    ("/Users/liisa/Library/CloudStorage/GoogleDrive-liisa@example.fi/My Drive/p.segdesk", GOOGLE_DRIVE),
    ("/Users/liisa/Library/CloudStorage/Dropbox/p.segdesk", DROPBOX),
])
def test_macos_cloud_folders_are_found(path, expected):
    assert service(path, home=MAC_HOME) == expected


@pytest.mark.parametrize("path", [
    r"C:\Users\liisa\Documents\Kauppa\p.segdesk",
    "/home/liisa/kauppa/p.segdesk",
    r"C:\Users\liisa\Documents\OneDrive.segdesk",          # a file named like a service is not a folder
    "/home/liisa/dropboxes/p.segdesk",
])
def test_ordinary_folders_are_not_synced(path):
    assert service(path) is None


def test_dropbox_folder_named_in_its_info_json_is_found(tmp_path):
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(json.dumps({"business": {"path": "/srv/Yritys"}}))
    found = synced_folder("/srv/Yritys/p.segdesk", env={}, home=home)
    assert (found.service, found.root) == (DROPBOX, "/srv/Yritys")


@pytest.mark.parametrize("marker, expected", [(".dropbox", DROPBOX), (".sync_3f2a9c1b.db", NEXTCLOUD)])
def test_folder_whose_root_holds_a_sync_clients_file_is_found(tmp_path, marker, expected):
    root = tmp_path / "pilvi"
    (root / "Kauppa").mkdir(parents=True)
    (root / marker).write_bytes(b"")
    found = synced_folder(root / "Kauppa" / "p.segdesk", env={}, home=tmp_path / "home")
    assert (found.service, found.root) == (expected, str(root))


def test_plain_folder_on_disk_is_not_synced(tmp_path):
    (tmp_path / "Kauppa").mkdir()
    assert synced_folder(tmp_path / "Kauppa" / "p.segdesk", env={}, home=tmp_path / "home") is None
