"""Settings files: written atomically, so a failed save keeps the previous settings."""
from __future__ import annotations

import pytest

from segmentdesk.core import atomic_file
from segmentdesk.core.settings import Settings, load_settings, save_settings


def test_saved_settings_read_back(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(language="fi", small_segment_threshold=50), path)
    assert load_settings(path) == Settings(language="fi", small_segment_threshold=50)


def test_a_failing_save_leaves_the_previous_file_byte_identical_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    save_settings(Settings(language="fi"), path)
    before = path.read_bytes()

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full_disk)
    with pytest.raises(OSError):
        save_settings(Settings(language="en"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_tour_is_unseen_in_an_older_file_and_remembered_once_seen(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "language": "fi"}', encoding="utf-8")
    settings = load_settings(path)
    assert settings.tour_seen is False
    settings.tour_seen = True
    save_settings(settings, path)
    assert load_settings(path).tour_seen is True
