"""Every word the user reads goes through here, so Afterview speaks their language.

Mark a string with ``translate("Context", "English text with {name}")`` — the call that
``pyside6-lupdate`` finds (``make translations`` updates resources/translations/afterview_es.ts) —
and fill its placeholders after translating::

    translate("Today", "Saved {title}.").format(title=app.title)

Never build the text before translating it (an f-string cannot be looked up). Tables of labels made
when a module is imported (before the language is known) mark their strings with
:func:`QT_TRANSLATE_NOOP` and translate them where they are shown. This module imports no
Qt, so the domain uses it too: until a language is installed (and in English) ``translate`` returns
the English text itself. The app and the command line install Qt's translator for the chosen
language with :func:`install` (see ``afterview.translations``).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the window's start need not load datetime
    from datetime import date, datetime

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

Lookup = Callable[[str, str], str]  # (context, English text) → the translation, or "" when there is none

_lookup: Lookup | None = None
_language = DEFAULT_LANGUAGE


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (``context`` tells translators where it appears)."""
    if _lookup is None:
        return text
    return _lookup(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a string defined before any language is chosen (a module-level table of labels): it is
    extracted for translators but returned as is; call ``translate(context, value)`` where it is shown."""
    return text


def install(language: str, lookup: Lookup | None) -> None:
    """Speak ``language`` from now on, looking translations up with ``lookup`` (None: English)."""
    global _lookup, _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _lookup = lookup if _language != DEFAULT_LANGUAGE else None


def language() -> str:
    """The language in use: a key of :data:`LANGUAGES`."""
    return _language


def language_from_locale(name: str | None) -> str:
    """The language for a locale name such as "es_ES.UTF-8" or "es-MX": Spanish or English."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def os_reason(error: OSError) -> str:
    """Why the system refused a file, in the user's language for the usual reasons (the system's
    own text otherwise: it comes in the computer's language, not necessarily the chosen one)."""
    reasons = {
        errno.ENOENT: translate("System", "No such file or directory"),
        errno.EACCES: translate("System", "Permission denied"),
        errno.EPERM: translate("System", "Operation not permitted"),
        errno.EISDIR: translate("System", "Is a directory"),
        errno.ENOTDIR: translate("System", "Not a directory"),
        errno.ENOSPC: translate("System", "No space left on device"),
        errno.EROFS: translate("System", "Read-only file system"),
        errno.EEXIST: translate("System", "File exists"),
    }
    return reasons.get(error.errno or -1) or error.strerror or str(error)


def chosen_language(setting: str, system_locale: str | None) -> str:
    """The language to speak: the setting when it names one, else the computer's."""
    return setting if setting in LANGUAGES else language_from_locale(system_locale)


def environment_locale() -> str | None:
    """The locale a command runs in, looked up as gettext does."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(":")[0]
    return None


REMEMBERED_SECTION, REMEMBERED_KEY = "ui", "language"


def remembered_setting(state_file: Path) -> str:
    """The language setting as last saved ("" when none), from the window-state file (an INI file
    that Qt's QSettings writes): cheap to read before the data, and without Qt. Read line by line:
    the one value wanted is a language code, anything else counts as none, and the window's start
    need not load an INI parser for it."""
    try:
        text = state_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == REMEMBERED_SECTION and line.partition("=")[0].strip() == REMEMBERED_KEY:
            value = line.partition("=")[2].strip()
            return value if value in LANGUAGES else ""
    return ""


def plural(count: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both already translated, with ``{count}`` and any other ``values``)
    for ``count`` things.

    English and Spanish both say "1 thing" and "0, 2, 3 … things", so two forms are enough.
    """
    return (one if count == 1 else many).format(count=number(count), **values)


def number(value: int) -> str:
    """A whole number as the language writes it: 12,500 in English, 12.500 in Spanish."""
    text = f"{value:,}"
    return text.replace(",", ".") if _language == "es" else text


# --- dates ------------------------------------------------------------------------------------
# Written out here rather than with strftime, whose names follow the C library's locale (which Qt
# sets from the environment) instead of the language chosen in Afterview.


def weekday_names() -> list[str]:
    """Monday to Sunday, abbreviated, in the user's language (the one table of weekday names)."""
    return [
        translate("Dates", "Mon"), translate("Dates", "Tue"), translate("Dates", "Wed"),
        translate("Dates", "Thu"), translate("Dates", "Fri"), translate("Dates", "Sat"), translate("Dates", "Sun"),
    ]  # fmt: skip


def _months() -> list[str]:
    return [
        translate("Dates", "Jan"), translate("Dates", "Feb"), translate("Dates", "Mar"), translate("Dates", "Apr"),
        translate("Dates", "May"), translate("Dates", "Jun"), translate("Dates", "Jul"), translate("Dates", "Aug"),
        translate("Dates", "Sep"), translate("Dates", "Oct"), translate("Dates", "Nov"), translate("Dates", "Dec"),
    ]  # fmt: skip


def short_date(day: date, *, year: bool = True) -> str:
    """ "Fri 06 Nov 2026" (English), "vie 06 nov 2026" (Spanish); without the year if asked."""
    text = f"{weekday_names()[day.weekday()]} {day.day:02d} {_months()[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def short_date_time(moment: datetime, *, year: bool = True, seconds: bool = False) -> str:
    """ "Fri 27 Nov 2026, 10:00": the date as :func:`short_date`, the time on the 24-hour clock
    (with ``seconds``, "10:00:05": copies made a few seconds apart must read apart)."""
    return (
        f"{short_date(moment.date(), year=year)}, {moment:%H:%M:%S}"
        if seconds
        else (f"{short_date(moment.date(), year=year)}, {moment:%H:%M}")
    )
