"""segmentdesk-cli selftest: every step on the sample shop, one line and exit 1 on the first failure."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk import selftest
from segmentdesk.cli import main
from segmentdesk.core.data.dataset import build_dataset

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def offscreen(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_selftest_without_a_display_opens_the_window_offscreen_and_exits_0():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "segmentdesk.cli", "selftest"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("selftest ok: 2000 customers, 4 segments evaluated")
    assert "main window opened" in done.stdout
    assert done.stdout.count("\n") == 1 and done.stderr == ""


def test_no_display_chooses_the_offscreen_platform(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert selftest.use_offscreen_without_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_a_display_or_the_users_platform_is_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert not selftest.use_offscreen_without_display()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert not selftest.use_offscreen_without_display()
    assert "QT_QPA_PLATFORM" not in os.environ


def test_failing_step_exits_1_with_one_line_naming_it(monkeypatch, capsys):
    def broken_export(*_args, **_kwargs):
        raise OSError("No space left on device\nsecond line")

    monkeypatch.setattr(selftest, "export_segments", broken_export)
    assert main(["selftest", "--no-window"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "selftest failed: export: OSError: No space left on device\n"


def test_sample_segments_all_empty_is_a_failure(monkeypatch, capsys):
    monkeypatch.setattr(selftest.Evaluator, "mask", lambda self, node, **kw: pd.Series([False]).to_numpy())
    assert main(["selftest", "--no-window"]) == 1
    assert capsys.readouterr().err == "selftest failed: segments: every sample segment came out empty\n"


def test_rfm_is_reported_absent_for_data_without_dated_orders():
    ds = build_dataset(pd.DataFrame({"email": ["a@example.fi"]}), {"email": "email"})
    assert selftest.rfm_group_count(ds) is None
    assert "RFM not in this version" in selftest.SelftestResult(customers=1).summary()


def test_a_dialog_left_open_fails_the_window_step_instead_of_hanging(monkeypatch, offscreen, qapp):
    from PySide6.QtWidgets import QMessageBox

    def modal_dialog():
        box = QMessageBox(QMessageBox.Icon.Question, "Save changes?", "Save?")
        box.exec()

    monkeypatch.setattr(selftest, "WINDOW_SECONDS", 1)
    monkeypatch.setattr(selftest, "_draw_in_window", modal_dialog)
    with pytest.raises(selftest.SelftestFailure, match=r"^window: the window stopped at a dialog: Save changes\?$"):
        selftest.run_selftest()


def test_clusters_are_reported_absent_where_the_core_has_no_clustering(monkeypatch):
    def no_module(name, package=None):
        raise ModuleNotFoundError(f"No module named {name!r}", name="segmentdesk.core.analytics.clusters")

    monkeypatch.setattr(selftest.importlib, "import_module", no_module)
    assert selftest.cluster_sizes(None) is None
    assert "clusters not in this version" in selftest.SelftestResult(customers=1).summary()


def test_a_library_missing_under_the_clustering_is_a_failure(monkeypatch):
    def missing_library(name, package=None):
        raise ModuleNotFoundError("No module named 'numpy'", name="numpy")

    monkeypatch.setattr(selftest.importlib, "import_module", missing_library)
    with pytest.raises(ModuleNotFoundError):
        selftest.cluster_sizes(None)
