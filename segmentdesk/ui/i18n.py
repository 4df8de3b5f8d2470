"""UI language: Finnish or English, following the system unless the user chose one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import resources_dir

SUPPORTED = ("en", "fi")
_state = {"lang": "en", "translator": None}


def system_language() -> str:
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def resolve(choice: str) -> str:
    """"system" → the system's language if supported, else English."""
    return system_language() if choice == "system" else (choice if choice in SUPPORTED else "en")


def install(choice: str) -> str:
    """Load the translation for ``choice`` into the running application; returns the language used."""
    app = QCoreApplication.instance()
    lang = resolve(choice)
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "translations" / f"segmentdesk_{lang}.qm")):
        app.installTranslator(translator)
        _state["translator"] = translator
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland) if lang == "fi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _state["lang"] = lang
    return lang


def current_language() -> str:
    return _state["lang"]
