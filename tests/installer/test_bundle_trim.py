"""What the bundle keeps and drops (installer/bundle_trim.py), without building one."""
from __future__ import annotations

from pathlib import Path

import pytest

from bundle_trim import drop_unlinked_libraries, keep, resource_files, strippable, unused_numeric_stack

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/translations/qtbase_fi.qm",
])
def test_qt_plugins_and_translations_the_app_needs_are_kept(dest):
    assert keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/qml/QtQuick/qmldir",
])
def test_qt_plugins_and_translations_the_app_never_loads_are_dropped(dest):
    assert not keep(dest)


def test_matplotlib_keeps_its_default_font_and_drops_sample_data_and_other_fonts():
    data = "matplotlib/mpl-data/"
    assert keep(data + "fonts/ttf/DejaVuSans.ttf") and keep(data + "matplotlibrc")
    assert keep(data + "fonts/ttf/LastResortHE-Regular.ttf")
    assert keep(data + "images/home.svg")
    assert not keep(data + "fonts/ttf/STIXGeneral.ttf") and not keep(data + "fonts/ttf/DejaVuSansMono.ttf")
    assert not keep(data + "sample_data/goog.npz")


def test_everything_else_is_kept():
    for dest in ("resources/reference/fi_postal_codes.csv", "segmentdesk/build_info.json",
                 "numpy.libs/libscipy_openblas64_.so", "pandas/_libs/lib.cpython-311-x86_64-linux-gnu.so"):
        assert keep(dest)


def _entry(dest):
    return (dest, f"/src/{Path(dest).name}", "BINARY")


def test_libraries_only_dropped_plugins_linked_to_are_dropped():
    binaries = [_entry("PySide6/Qt/plugins/platforms/libqxcb.so"), _entry("PySide6/Qt/lib/libQt6XcbQpa.so.6"),
                _entry("libxcb-cursor.so.0"), _entry("PySide6/Qt/lib/libQt6Network.so.6"),
                _entry("libgssapi_krb5.so.2"), _entry("libpython3.11.so.1.0")]
    links = {"/src/libqxcb.so": ["libQt6XcbQpa.so.6"], "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
             "/src/libQt6Network.so.6": ["libgssapi_krb5.so.2"]}
    kept = drop_unlinked_libraries(binaries, linked_names=lambda path: links.get(path, []))
    assert [e[0] for e in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                                    "libxcb-cursor.so.0", "libpython3.11.so.1.0"]


def test_wheel_vendored_library_an_extension_links_to_is_kept():
    binaries = [_entry("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so"),
                _entry("numpy.libs/libscipy_openblas64_.so"), _entry("numpy.libs/libgfortran.so.5")]
    links = {"/src/_multiarray_umath.cpython-311-x86_64-linux-gnu.so": ["libscipy_openblas64_.so"],
             "/src/libscipy_openblas64_.so": ["libgfortran.so.5"]}
    assert drop_unlinked_libraries(binaries, linked_names=lambda path: links.get(path, [])) == binaries


def test_strip_leaves_the_wheels_patched_libraries_alone():
    assert strippable("libpython3.11.so.1.0") and strippable("PySide6/Qt/lib/libQt6Core.so.6")
    assert strippable("libglib-2.0.so.0") and strippable("pandas/_libs/lib.cpython-311-x86_64-linux-gnu.so")
    assert not strippable("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not strippable("resources/reference/fi_postal_codes.csv")


def test_bundled_resources_are_all_but_screenshots_and_translation_sources():
    bundled = {Path(src).relative_to(ROOT / "resources").as_posix() for src, _ in resource_files(ROOT / "resources")}
    assert {"reference/fi_postal_codes.csv", "sample/customers.xlsx", "translations/segmentdesk_fi.qm",
            "icons/segmentdesk.svg", "icons/app/segmentdesk-48.png", "templates/segment_templates.json"} <= bundled
    assert not any(name.startswith("screenshots/") or name.endswith(".ts") for name in bundled)
    assert dict(resource_files(ROOT / "resources"))[str(ROOT / "resources/sample/segments/01-kanta-asiakkaat.segment.json")] \
        == "resources/sample/segments"


def test_scipy_and_sklearn_stay_out_until_the_app_imports_one(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "rfm.py").write_text('"""Not scipy: ranks with numpy."""\nimport numpy as np\n')
    assert unused_numeric_stack(tmp_path) == ["sklearn", "scipy"]
    (tmp_path / "core" / "clusters.py").write_text("def fit(x):\n    from sklearn.cluster import KMeans\n")
    assert unused_numeric_stack(tmp_path) == []
