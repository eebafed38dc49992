"""Dates as people type them into a date field: "2026-12-31", "31/12/2026", "Jan", "15 de enero".

:func:`read_typed_date` reads what was typed against the date the field showed before, which fills
in whatever was not typed: a month alone ("Jan", "enero") keeps the day and the year shown (the
month's last day when it has no such day), a day alone ("20") keeps the month and the year, a year
alone ("2027") the day and the month. What it reads:

- **ISO dates**: "2026-12-31", "2027-1-5" (year, month, day).
- **Numbers with separators**, day first (the Spanish and British order): "31/12/2026",
  "31.12.2026", "31-12-26" (two-digit years are 20xx), "5/1" (the year shown).
- **Words**: month names and their abbreviations in English and Spanish ("Jan", "january",
  "sept", "enero", "dic"), a day number (with "st", "nd", "rd", "th" or "º"), a four-digit year,
  in any order, with "de", "del" and "of" between them; weekday names are skipped, so the field's
  own text ("Sat 12 Dec 2026", "sáb 12 dic 2026") reads back as its date.

Anything else (an impossible date such as "31 Feb", two months, words that are not dates) is not a
date: ``None``, and the field keeps what it showed.
"""

from __future__ import annotations

import calendar as month_calendar
import re
from datetime import date

from afterview.domain.folding import fold

_MONTH_WORDS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12,
}  # fmt: skip
_SKIPPED = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "lun", "mie", "jue", "vie", "sab", "dom",
    "de", "del", "of", "the", "el",
}  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|º|ª|o|a)?")
_YEAR = re.compile(r"\d{4}")
_NUMBERS_ONLY = re.compile(r"[\d\s]*[/.-][\d\s/.-]*")


def read_typed_date(text: str, shown: date) -> date | None:
    """The date ``text`` names, with what it leaves out taken from ``shown``; None if it names none."""
    plain = fold(text).strip()
    if not plain:
        return None
    if match := _ISO.fullmatch(plain):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.fullmatch(plain):
        year = shown.year if match[3] is None else int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        return _date(year, int(match[2]), int(match[1]))
    if _NUMBERS_ONLY.fullmatch(plain):
        return None  # numbers and separators in no shape above: "2026-12-" is still being typed
    return _from_words(plain, shown)


def _from_words(plain: str, shown: date) -> date | None:
    """A date from words and numbers in any order ("15 de enero de 2027", "Jan 15th, 2027")."""
    day = month = year = None
    for token in re.split(r"[\s,./-]+", plain):
        if not token or token in _SKIPPED or token.rstrip(".") in _SKIPPED:
            continue
        if token in _MONTH_WORDS and month is None:
            month = _MONTH_WORDS[token]
        elif _YEAR.fullmatch(token) and year is None:
            year = int(token)
        elif (found := _DAY.fullmatch(token)) and day is None:
            day = int(found[1])
        else:
            return None  # a word that is not part of a date, or a part named twice
    if day is None and month is None and year is None:
        return None
    year = shown.year if year is None else year
    month = shown.month if month is None else month
    if day is None:  # a month or a year alone keeps the day shown, within that month
        last = _date(year, month, 1) and month_calendar.monthrange(year, month)[1]
        day = min(shown.day, last or shown.day)
    return _date(year, month, day)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
