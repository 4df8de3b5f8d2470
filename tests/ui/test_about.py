"""Help ▸ About says which build this is, and the application carries its icon."""
from __future__ import annotations

import json

import pytest

from segmentdesk import build_info as build_info_module
from segmentdesk.build_info import build_info


@pytest.fixture
def baked_build(tmp_path, monkeypatch):
    path = tmp_path / "build_info.json"
    path.write_text(json.dumps({"commit": "0123abcdef", "built": "2026-12-05T21:30:00Z"}), encoding="utf-8")
    monkeypatch.setattr(build_info_module, "BUILD_INFO_FILE", path)
    build_info.cache_clear()
    yield
    build_info.cache_clear()


def test_about_names_the_version_commit_and_build_date(window, baked_build):
    text = window.about_text()
    assert f"SegmentDesk {build_info().version}" in text
    assert "Built 2026-12-05 21:30 UTC from commit 0123abcdef." in text


def test_about_in_finnish_writes_the_build_date_the_finnish_way(window, baked_build):
    from segmentdesk.ui import i18n

    i18n.install("fi")
    try:
        text = window.about_text()
    finally:
        i18n.install("en")
    assert "5.12.2026 21:30 UTC" in text and "0123abcdef" in text


def test_about_outside_a_bundle_says_it_runs_from_source(window, monkeypatch, tmp_path):
    monkeypatch.setattr(build_info_module, "BUILD_INFO_FILE", tmp_path / "absent.json")
    build_info.cache_clear()
    try:
        assert "Run from the source code, not a built bundle." in window.about_text()
    finally:
        build_info.cache_clear()


def test_application_gets_the_segmentdesk_icon(qapp):
    from PySide6.QtGui import QIcon

    from segmentdesk.app import configure_application

    qapp.setWindowIcon(QIcon())
    configure_application(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(32, 32).width() == 32


def test_on_fusion_the_application_outlines_its_check_boxes(qapp):
    from segmentdesk.app import configure_application
    from segmentdesk.ui.dark_outlines import DarkOutlineStyle

    before = qapp.style().name()
    qapp.setStyle("fusion")
    try:
        configure_application(qapp)
        assert isinstance(qapp.style(), DarkOutlineStyle)
    finally:
        qapp.setStyle(before)
