"""UI language: Finnish or English, following the system unless the user chose one."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

if TYPE_CHECKING:
    from ..core.formats import Formats

SUPPORTED = ("en", "fi")
_state = {"lang": "en", "translators": []}


def system_language() -> str:
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def resolve(choice: str) -> str:
    """"system" → the system's language if supported, else English."""
    return system_language() if choice == "system" else (choice if choice in SUPPORTED else "en")


def install(choice: str) -> str:
    """Load the translation for ``choice`` into the running application; returns the language used."""
    app = QCoreApplication.instance()
    lang = resolve(choice)
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    # Ours, and Qt's own for its standard buttons and dialogs ("Cancel", "Yes", "Save"…).
    files = [str(resources_dir() / "translations" / f"segmentdesk_{lang}.qm")]
    if lang != "en":
        files.append(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"))
    for file in files:
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            _state["translators"].append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland) if lang == "fi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _state["lang"] = lang
    return lang


def current_language() -> str:
    return _state["lang"]


def date_edit_format() -> str:
    """A date field's display format, writing dates as :func:`formats` does: the locale's own would put
    01/11/2026 in an English form beside 2026-11-01 everywhere else."""
    return "d.M.yyyy" if _state["lang"] == "fi" else "yyyy-MM-dd"


def formats() -> Formats:
    """The formatter for dates and numbers in the UI's language (core/formats.py): every number
    and date the window shows goes through it, so "2 000" and "2,000" never meet."""
    from ..core.formats import Formats     # here, not above: the start shell uses this module before NumPy loads
    return Formats(_state["lang"])
