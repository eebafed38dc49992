"""Loads the chosen language: Afterview's own translation (resources/translations/afterview_<lang>.qm,
made from the .ts by ``make translations``) and Qt's, for the buttons and dialogs Qt draws itself.

The language is the one chosen in Settings or, when it is left to the computer, the system's (the
window asks Qt; the command line reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG like other programs).
The setting lives in the data file, which the window reads only after it appears, so the chosen
language is also remembered in the small window-state file, read at start (:mod:`afterview.i18n`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from afterview import i18n
from afterview.resources import resource

log = logging.getLogger(__name__)

# Kept alive here: a QTranslator that is garbage-collected stops translating.
_installed: list[QTranslator] = []


# Where qtbase_<lang> still has the texts of a class Qt 6 renamed or split ("Folder", the kind of a
# folder in the file chooser, is QAbstractFileIconProvider's now).
_FORMER_CONTEXTS = {"QAbstractFileIconProvider": ("QFileIconProvider", "QFileDialog", "QFileSystemModel")}


class _QtTranslator(QTranslator):
    """Qt's own translation, also for the texts Qt 6 gave an accelerator the translation does not
    know yet: qtbase_es has "Look in:" and "Files of type:" but not "&Look in:" and "Files of &type:",
    so the file chooser's labels stayed English. Such a text is looked up without its "&", and the
    accelerator is put back on the same letter when the translation has it (else on the first)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = super().translate(context, source_text, disambiguation, n) or ""
        for former in _FORMER_CONTEXTS.get(context, ()):  # a class Qt 6 renamed: its texts, as translated
            found = found or super().translate(former, source_text, disambiguation, n) or ""
        if found or "&" not in (source_text or ""):
            return found
        plain = source_text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        found = super().translate(context, plain, disambiguation, n) or ""
        return _with_accelerator(found, source_text) if found else ""


def _with_accelerator(text: str, source_text: str) -> str:
    marked = source_text.replace("&&", "").find("&")
    letter = source_text.replace("&&", "")[marked + 1 : marked + 2].lower()
    at = text.lower().find(letter) if letter.strip() else -1
    at = at if at >= 0 else 0
    return text[:at] + "&" + text[at:]


def _load(file_stem: str, folder: str, kind: type[QTranslator] = QTranslator) -> QTranslator | None:
    translator = kind()
    if translator.load(file_stem, folder):
        return translator
    log.warning("No translation %s in %s", file_stem, folder)
    return None


def use(language: str) -> str:
    """Speak ``language`` everywhere: in Afterview's texts and, with an application, in Qt's own.

    Returns the language in use (English when a translation cannot be loaded).
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == i18n.DEFAULT_LANGUAGE or language not in i18n.LANGUAGES:
        i18n.install(i18n.DEFAULT_LANGUAGE, None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return i18n.DEFAULT_LANGUAGE
    own = _load(f"afterview_{language}", str(resource("translations")))
    if own is None:
        i18n.install(i18n.DEFAULT_LANGUAGE, None)
        return i18n.DEFAULT_LANGUAGE
    _installed.append(own)
    qt_own = _load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), _QtTranslator)
    if qt_own is not None:
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    i18n.install(language, lambda context, text: own.translate(context, text) or "")
    QLocale.setDefault(QLocale(language))
    return language
