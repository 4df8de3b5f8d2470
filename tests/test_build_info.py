"""The version has one source (pyproject.toml); a bundle's commit and date come from the file the spec bakes."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from segmentdesk import build_info as build_info_module
from segmentdesk.build_info import BuildInfo, build_info
from segmentdesk.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def baked(tmp_path, monkeypatch):
    """Point the module at a build_info.json of the test's making, as the spec writes one into a bundle."""
    def write(content: dict | str) -> None:
        path = tmp_path / "build_info.json"
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        monkeypatch.setattr(build_info_module, "BUILD_INFO_FILE", path)
        build_info.cache_clear()

    monkeypatch.setattr(build_info_module, "BUILD_INFO_FILE", tmp_path / "absent.json")
    build_info.cache_clear()
    yield write
    build_info.cache_clear()


def test_version_is_pyprojects():
    with (ROOT / "pyproject.toml").open("rb") as handle:
        expected = tomllib.load(handle)["project"]["version"]
    assert build_info().version == expected


def test_package_version_attribute_is_the_same_version():
    import segmentdesk

    assert segmentdesk.__version__ == build_info().version


def test_checkout_without_baked_file_has_no_commit(baked):
    info = build_info()
    assert info.commit is None and info.built_at is None
    assert info.describe() == f"{info.version} (not a built bundle)"


def test_baked_commit_and_date_are_read(baked):
    baked({"commit": "1a2b3c4d5e", "built": "2026-12-05T21:30:00Z"})
    info = build_info()
    assert (info.commit, info.built_at.isoformat()) == ("1a2b3c4d5e", "2026-12-05T21:30:00+00:00")
    assert info.describe() == f"{info.version} (commit 1a2b3c4d5e, built 2026-12-05 21:30:00 UTC)"


def test_damaged_baked_file_reads_as_no_build_info(baked):
    baked("{not json")
    assert build_info().commit is None


def test_cli_version_prints_the_build_and_exits_0(baked, capsys):
    baked({"commit": "abcdef1234", "built": "2026-12-05T21:30:00Z"})
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out == f"segmentdesk-cli {build_info().version} (commit abcdef1234, built 2026-12-05 21:30:00 UTC)\n"


def test_bundle_reports_the_version_of_the_tree_it_was_built_from(baked):
    baked({"version": "9.8.7", "commit": "abcdef1234", "built": "2026-12-05T21:30:00Z"})
    assert build_info().version == "9.8.7"


def test_version_line_is_not_wrapped_on_a_narrow_terminal(baked, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    baked({"commit": "abcdef1234", "built": "2026-12-05T21:30:00Z"})
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.count("\n") == 1
