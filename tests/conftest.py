"""Fixtures for every test: the user's own settings folder is never read or written."""
from __future__ import annotations

import pytest

from report_sample import build_sample_project


@pytest.fixture(autouse=True, scope="session")
def _isolated_folders_for_module_fixtures(tmp_path_factory):
    """The same for fixtures set up once per module or session (a project built by the command line),
    which run before any function-scoped fixture could point the folders elsewhere."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("session-config")))
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("session-data")))
        yield


@pytest.fixture(autouse=True)
def _isolated_settings_folder(tmp_path_factory, monkeypatch):
    """platformdirs finds the settings folder through XDG_CONFIG_HOME (the command line reads
    remembered roles from there) and the data folder through XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    # Backups go to the data folder (XDG_DATA_HOME): a test's projects never reach the user's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def report_project(tmp_path_factory, _isolated_folders_for_module_fixtures):
    """The sample shop as a project with segments, a persona, kept clusters and two snapshots
    (``tests/report_sample.py``), built once for the report tests of core, command line and window."""
    return build_sample_project(tmp_path_factory.mktemp("report"))
