"""The window's language (issue 17): which translations to load, and the few helpers that
show the Qt-free packages' English texts in it.

The language is decided once, before any widget exists: the ``--lang`` option or
``RECSTUDIO_LANG`` for tests, else the ``language`` preference, else the system locale. It
applies to the next launch only — Qt widgets take their texts when they are built, and
re-translating a live window would mean a ``changeEvent`` in every widget for a choice made
once. The Qt-free packages keep English (the CLI and exports speak English); the UI passes
their texts through the ``rules``/``fields``/``words`` contexts of the model catalogue.

Launch is a budget (design.md): loading a ``.qm`` is an mmap of a few kB, and the
preference is read as plain JSON (no pydantic) — together well under a millisecond.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recstudio.model.messages import localize

#: the languages offered in the View ▸ Language menu: (preference value, name in itself)
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"))
#: the preference value meaning "follow the system locale"
SYSTEM = "system"
ENV_OVERRIDE = "RECSTUDIO_LANG"
TRANSLATIONS_DIR = Path(__file__).with_name("translations")

#: every translator installed by ``install_translators`` (QCoreApplication does not own
#: them: they must outlive the application's use of them)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a name pyside6-lupdate recognises; the UI's
    modules call it with literal strings so the extractor finds them (use ``.format`` after
    it, never an f-string inside)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr_message(problem: Any) -> str:
    """A rule problem's text in the window's language. Problems that carry a ``template``
    are localized by :func:`recstudio.model.messages.localize` (the ``rules`` entry keyed by
    the message id, their vocabulary arguments translated too); anything else shows its
    English ``message`` looked up as it is."""
    if isinstance(getattr(problem, "template", None), str) and problem.template:
        return localize(problem, _translate)[0]
    text = str(getattr(problem, "message", problem))
    return QCoreApplication.translate("rules", text) if text else text


def tr_hint(problem: Any) -> str:
    """A problem's "how to fix" in the window's language (the ``<message id>.hint`` entry
    with the message's own arguments), else its English ``hint`` looked up as it is."""
    if isinstance(getattr(problem, "template", None), str) and problem.template:
        return localize(problem, _translate)[1]
    hint = str(getattr(problem, "hint", "") or "")
    return QCoreApplication.translate("rules", hint) if hint else hint


def _translate(context: str, text: str, disambiguation: str) -> str:
    return QCoreApplication.translate(context, text, disambiguation or None)


def tr_field(text: str) -> str:
    """A field label or tooltip from the model's metadata (context ``fields``)."""
    return QCoreApplication.translate("fields", text) if text else text


def tr_word(text: str) -> str:
    """A status word or short enumeration label (context ``words``)."""
    return QCoreApplication.translate("words", text) if text else text


def preferred_language(preferences_file: Path | None = None) -> str:
    """The ``language`` preference as stored (``system`` when unset or unreadable); read
    once at launch and remembered for the Language menu (no disk when the menu is built)."""
    path = preferences_file if preferences_file is not None else _preferences_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    value = data.get("language") if isinstance(data, dict) else None
    remember_preference(value if isinstance(value, str) and value else SYSTEM)
    return _preference[0]


#: the language preference as last read or written (``system`` until then)
_preference: list[str] = [SYSTEM]


def remember_preference(value: str) -> None:
    _preference[0] = value


def current_preference() -> str:
    return _preference[0]


def choose_language(
    override: str | None = None,
    preference: str | None = None,
    system_name: str | None = None,
) -> str:
    """The language code to load: an explicit override wins, then the preference, then
    the system locale (``zh_CN``, ``zh_Hans_CN`` … → zh_CN; anything else → en)."""
    for candidate in (override, os.environ.get(ENV_OVERRIDE), preference):
        if candidate and candidate != SYSTEM:
            return _supported(candidate)
    if system_name is None:
        system_name = _system_locale_name()
    return _supported(system_name)


def _system_locale_name() -> str:
    # LANGUAGE/LC_ALL/LC_MESSAGES/LANG first: QLocale.system() on Linux reads them too, but a
    # test (or a user) setting LANG for one run expects exactly that to count
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(key, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0]
    return QLocale.system().name()


def _supported(name: str) -> str:
    code = name.split(".")[0].replace("-", "_")
    lowered = code.lower()
    if lowered.startswith("zh"):
        # Traditional-script locales (zh_TW, zh_HK, zh_Hant) are not offered: English is a
        # safer fallback for them than Simplified characters
        traditional = any(tag in lowered for tag in ("_tw", "_hk", "_mo", "hant"))
        return "en" if traditional else "zh_CN"
    return "en"


def _preferences_file() -> Path:
    from recstudio.settings.paths import config_dir

    return config_dir() / "preferences.json"


def install_translators(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Load every ``recstudio*_<language>.qm`` of the package and Qt's own ``qtbase`` one
    (dialog buttons, line-edit menus); returns the names loaded. English loads nothing:
    the sources are English."""
    app = app if app is not None else QCoreApplication.instance()
    remove_translators(app)
    loaded: list[str] = []
    if language == "en" or app is None:
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [
        *sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm")),
        Path(qt_dir) / f"qtbase_{language}.qm",
    ]
    for path in files:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    return loaded


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Uninstall what ``install_translators`` installed (tests switch languages)."""
    app = app if app is not None else QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def language_names() -> Mapping[str, str]:
    return dict(LANGUAGES)
