"""What the bundle leaves out: modules no code path of SegmentDesk imports, and the files of Qt,
matplotlib, Pillow and scikit-learn's stack the app never opens.  Read by segmentdesk.spec at build time.

Qt's plugins and translations are kept by name (an unknown plugin of a newer Qt is dropped), the rest
is dropped by name (an unknown file of a newer matplotlib is kept).  Shared libraries that came in
only as a dependency of something dropped are then found by following what the kept binaries link
to (:func:`drop_unlinked_libraries`), so no list of them has to be kept in step with Qt's.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Python modules the analysis would otherwise follow from optional imports of our dependencies.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "IPython", "jupyter_client", "ipykernel",
    "notebook", "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest", "pytestqt", "importlinter", "grimp",
    "PyInstaller", "setuptools", "pkg_resources", "pip", "distutils", "lib2to3", "pydoc_data", "readline",
    "sphinx", "docutils", "pygments", "rich", "markdown_it", "jinja2", "numba", "pyarrow",
    "sqlalchemy", "tables", "fsspec", "xarray", "dask", "cupy", "torch", "array_api_strict",
    # No network: the app never makes a connection, and OpenSSL is 6 MB (hashlib falls back to
    # Python's own SHA-2, which the do-not-contact list uses).
    "ssl", "_ssl", "_hashlib",
    "matplotlib.tests", "matplotlib.testing", "numpy.tests",
    "numpy.distutils", "pandas.tests", "pandas.io.formats.style", "sklearn.tests", "sklearn.datasets.tests",
    "scipy.tests", "scipy.io", "scipy.odr", "scipy.datasets", "scipy.misc",
    # Parts of scikit-learn and SciPy that k-means and the decision tree never import (measured by
    # importing them); a feature that starts using one must take it off this list.
    "sklearn.datasets", "sklearn.ensemble", "sklearn.feature_extraction", "scipy.cluster",
    # Image formats matplotlib never writes or reads for us (their codecs are several MB).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtConcurrent",
]

# Qt plugins the window needs: platforms (offscreen for the self-test, xcb and wayland for Linux
# desktops, the native ones elsewhere), the desktop portal theme and input methods, Wayland's shell
# and window decorations, and the image formats of our icons (PNG is built into QtGui).  Not kept:
# the GTK theme, whose GTK, Cairo and Pango would be bundled beside the user's own and clash.
QT_PLUGINS_KEPT: dict[str, set[str] | None] = {       # folder → file names (None: the whole folder)
    "platforms": {"libqoffscreen.so", "libqminimal.so", "libqxcb.so", "libqwayland.so",
                  "libqwayland-generic.so", "libqwayland-egl.so",
                  "qwindows.dll", "qoffscreen.dll", "qminimal.dll",
                  "libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"},
    "platformthemes": {"libqxdgdesktopportal.so"},
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-shell-integration": {"libxdg-shell.so"},
    "iconengines": None,
    "imageformats": {"libqsvg.so", "libqico.so", "qsvg.dll", "qico.dll", "libqsvg.dylib", "libqicns.dylib"},
    "styles": None,
}
# Qt's own words for its standard buttons, in the languages the app speaks (ui/i18n.install loads them).
QT_TRANSLATIONS_KEPT = ("qtbase_fi.qm", "qtbase_en.qm")

# matplotlib data never shown: sample data sets, and fonts other than DejaVu Sans (matplotlib's
# default, with its mathtext display face) and the last-resort font matplotlib loads for missing glyphs.
_MPL_DATA_DROPPED = ("sample_data/", "fonts/afm/", "fonts/pdfcorefonts/")
_MPL_FONTS_KEPT = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                   "DejaVuSansDisplay.ttf", "LastResortHE-Regular.ttf")


# resources/ the app never reads at run time: the README's screenshots and the translations' sources.
_RESOURCES_LEFT_OUT = ("screenshots/",)
_RESOURCE_SUFFIXES_LEFT_OUT = (".ts",)


def resource_files(resources: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for everything under ``resources`` the app may read: all of it
    but what :data:`_RESOURCES_LEFT_OUT` names, so a new resource folder is bundled without a change here."""
    found = []
    for path in sorted(p for p in resources.rglob("*") if p.is_file()):
        inner = path.relative_to(resources).as_posix()
        if inner.startswith(_RESOURCES_LEFT_OUT) or path.suffix in _RESOURCE_SUFFIXES_LEFT_OUT:
            continue
        found.append((str(path), str(PurePosixPath("resources") / PurePosixPath(inner).parent)))
    return found


def unused_numeric_stack(package: Path) -> list[str]:
    """["sklearn", "scipy"] when no module of ``package`` imports scikit-learn or SciPy, else [].
    pandas names SciPy in optional imports, which would otherwise bring its 65 MB into a bundle of
    an app that never calls it; once the app clusters with scikit-learn, both are needed."""
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(from|import)\s+(sklearn|scipy)\b", text, flags=re.MULTILINE):
            return []
    return ["sklearn", "scipy"]


def _qt_parts(dest: PurePosixPath) -> tuple[str, ...] | None:
    """The path below PySide6/Qt (PySide6 itself on Windows) if ``dest`` lies there."""
    parts = dest.parts
    if len(parts) >= 2 and parts[0] == "PySide6":
        return parts[2:] if parts[1] == "Qt" else parts[1:]
    return None


def keep(dest_name: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    dest = PurePosixPath(dest_name.replace("\\", "/"))
    qt = _qt_parts(dest)
    if qt is not None and len(qt) >= 2:
        if qt[0] == "plugins":
            kept = QT_PLUGINS_KEPT.get(qt[1], set())
            return kept is None or qt[-1] in kept
        if qt[0] == "translations":
            return qt[-1] in QT_TRANSLATIONS_KEPT
        if qt[0] in ("qml", "metatypes"):
            return False
    text = dest.as_posix()
    if text.startswith("matplotlib/mpl-data/"):
        inner = text[len("matplotlib/mpl-data/"):]
        if inner.startswith(_MPL_DATA_DROPPED):
            return False
        if inner.startswith("fonts/ttf/"):
            return dest.name in _MPL_FONTS_KEPT
    return True


def drop_unused(toc: list) -> list:
    """``toc`` without the entries :func:`keep` refuses (PyInstaller TOC: (dest, source, kind))."""
    return [entry for entry in toc if keep(entry[0])]


def is_dependency_library(dest_name: str) -> bool:
    """A shared library collected because something links to it (Qt's own libraries, the system's
    and the ones a wheel vendors in ``<name>.libs``), as opposed to a Python extension, a Qt plugin
    or the Python library, which the programs load by name and which are always kept (Linux names)."""
    dest = PurePosixPath(dest_name)
    name = dest.name
    if name.startswith("libpython"):
        return False
    if dest.parts[:3] == ("PySide6", "Qt", "lib"):
        return True
    if len(dest.parts) == 2 and dest.parts[0].endswith(".libs"):
        return True
    return len(dest.parts) == 1 and name.startswith("lib") and ".so" in name


def drop_unlinked_libraries(binaries: list, *, linked_names: Callable[[str], Iterable[str]]) -> list:
    """``binaries`` without the dependency libraries (:func:`is_dependency_library`) that no kept
    binary links to, directly or through another kept library.  ``linked_names(source path)`` gives
    the file names a binary links to (PyInstaller's ``bindepend.get_imports`` on the build machine)."""
    by_name: dict[str, list] = {}
    roots = []
    for entry in binaries:
        if is_dependency_library(entry[0]):
            by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
        else:
            roots.append(entry)
    reached: set[str] = set()
    todo = [entry[1] for entry in roots]
    while todo:
        for name in linked_names(todo.pop()):
            base = Path(name).name
            if base in by_name and base not in reached:
                reached.add(base)
                todo.extend(entry[1] for entry in by_name[base])
    return [entry for entry in binaries
            if not is_dependency_library(entry[0]) or PurePosixPath(entry[0]).name in reached]


def strippable(inner: str) -> bool:
    """Whether a file inside the bundle's ``_internal`` may have its symbols stripped on Linux: every
    shared library and extension module except those a wheel vendors in ``<name>.libs`` (auditwheel
    patched them; strip breaks their headers: "ELF load command address/offset not page-aligned")."""
    path = PurePosixPath(inner)
    if any(part.endswith(".libs") for part in path.parts[:-1]):
        return False
    return ".so" in path.name
