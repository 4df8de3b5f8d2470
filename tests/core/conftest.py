"""Shared fixtures of the headless core tests: where the fixture files are, and small datasets."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of small hand-made fixture files (``tests/data``)."""
    return DATA_DIR


@pytest.fixture
def write_bytes(tmp_path: Path):
    """Write ``data`` to a file called ``name`` in a fresh folder and return its path."""
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return write
