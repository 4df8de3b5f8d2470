"""Where the app's resources live: a source checkout, an installed wheel or a frozen bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder (icons, translations, sample shop, reference data)."""
    frozen = getattr(sys, "_MEIPASS", None)          # PyInstaller unpacks data here
    candidates = [Path(frozen) / "resources"] if frozen else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources",
                   Path(sys.prefix) / "share" / "segmentdesk" / "resources"]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("SegmentDesk's resources folder is missing; reinstall the app.")


# The bundled sample shops: a consumer webshop (resources/sample) and a B2B wholesaler (resources/sample_b2b).
SAMPLE_FOLDERS = {"consumer": "sample", "b2b": "sample_b2b"}


def sample_dir(kind: str = "consumer") -> Path:
    """The folder of a bundled sample shop (``consumer`` or ``b2b``): customers.xlsx, orders.csv, segments/."""
    return resources_dir() / SAMPLE_FOLDERS[kind]


def reference_file(name: str) -> Path:
    return resources_dir() / "reference" / name


def icon_file(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"
