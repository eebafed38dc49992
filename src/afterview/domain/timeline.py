"""Turning what the employer said ("in two weeks", "a finales de mes") into a decision date.

The reader understands English and Spanish, in any case and with or without accents (the text is
folded with :func:`afterview.domain.folding.fold`), numbers in digits or in words ("ten",
"twenty-one", "veintiuno", "treinta y uno"). Every date is counted from the day the words were
said (``said_on``, passed in: the domain has no clock). What it reads:

- **Amounts**: "in 2 weeks", "within 10 days", "a month", "en dos semanas", "dentro de 3 meses".
  Hours become days, rounded up ("within 48 hours" is 2 days, "36 hours" also 2). Business days
  ("5 business days", "3 días hábiles/laborables") skip weekends (not holidays). A fortnight and
  "una quincena" are 14 days; so are the Spanish idioms "quince días" and "15 días", and "ocho
  días" is a week (7 days), as Spanish speakers mean them. "A week and a half", "dos semanas y
  media" and "1.5 weeks" round up to whole days. A month later is the same day of the month, or
  the month's last day when it has no such day (31 January + 1 month = 28 February). Zero and more
  than 365 of anything are not read; neither is "two weeks ago" / "hace dos semanas".
- **Vague amounts**: "a couple of", "un par de" = 2; "a few", "few", "several", "unos", "unas",
  "unas cuantas", "algunas", "varias" = 3 ("in a few weeks" = 3 weeks, "en unos días" = 3 days).
- **Ranges** count their later end: "two to three weeks", "2-3 weeks", "1 or 2 weeks", "a week or
  two", "entre dos y tres semanas", "de 2 a 3 semanas", "between Monday and Wednesday" (the
  Wednesday on or after that Monday), "del 10 al 15 de diciembre", "December 10-15".
- **Weekdays**: "by Friday", "on Monday", "el viernes", "para el lunes", "this Friday", "este
  viernes" mean the first such day *after* the day it was said (said on a Friday, "by Friday" is
  the next week's: they would have said "today"). English "next Friday", "Friday next week" and
  Spanish "el viernes de la semana que viene" mean the Friday of the following calendar week
  (Monday to Sunday). Spanish "el próximo viernes" and "el viernes que viene" mean the coming
  Friday, as they do in Spanish. "A week from Friday" is that Friday plus a week. "Today", "hoy",
  "end of day" are the day itself; "tomorrow", "mañana" (not "por la mañana") the next;
  "the day after tomorrow", "pasado mañana" the one after.
- **Weeks**: "next week", "la semana que viene", "la próxima semana", "by the end of next week",
  "a finales de la semana que viene" = Friday of next week; "early next week", "a principios de
  la semana que viene" = Tuesday of next week; "mid next week", "a mediados de la semana que
  viene" = its Wednesday; "the week after next" = the Friday after. "This week", "end of (this)
  week", "esta semana", "a finales de semana" = this week's Friday, or the same day when said on
  that Friday, or next week's Friday when said on a weekend. "The weekend", "el fin de semana" =
  the coming Sunday ("next weekend" = the following week's; Spanish "el próximo fin de semana" =
  the coming one).
- **Months**: "next month", "el mes que viene", "el próximo mes" = the last day of next month;
  "end of the month", "this month", "a finales de mes", "a fin de mes" = the last day of this
  month. In a month, "early" / "a principios de" / "a primeros de" is the 10th (the end of its
  first ten days: like a range, the later end counts), "mid" / "a mediados de" the 15th, "end of",
  "late", "a finales de" and plain "in December" / "en diciembre" the last day. A part of "this
  month" already past ("mid-month" said on the 24th) is that part of next month. "End of the
  year", "a finales de año" = 31 December.
- **Dates**: "December 15", "Dec 15th, 2026", "15 December", "the 15th of December", "15 de
  diciembre (de 2026)", "2026-12-15", "15/12", "15/12/2026", "15.12.2026", "15-12-26". Numbers
  with slashes are **day first** (the Spanish and British order); only when that cannot be a date
  and the other order can ("12/15") are they read month first. Without a year, a date already past
  this year means next year; a day itself ("on the 15th", "the 15th", "el 15", "el día 15") means
  this month, or the next month that has that day when it is past ("the 15th of next month", "el
  15 del mes que viene" start from next month). The day it was said counts as not past.
- **Not read**: "soon", "shortly", "pronto", "en breve", "ASAP", "cuanto antes", "in the coming
  weeks", "they'll let me know", "no sé", "by December" (the start or the end?), "the first week of
  December", invalid dates ("31/02"). An unread answer gives no date, so the plan asks when they
  will decide rather than guess; a vague answer never produces a wrong date.

When the words name several dates ("end of the month, or early next month at the latest"), the
latest counts: a check-in after it is never early. Each rule reads its words once, from the most
specific rule to the most general, so "early next week" is not also read as "next week".
"""

from __future__ import annotations

import calendar as month_calendar
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from functools import lru_cache, partial

from afterview.domain.calendar import UnknownTimeZone, add_business_days
from afterview.domain.folding import fold
from afterview.domain.model import Application
from afterview.i18n import QT_TRANSLATE_NOOP, translate

# --- what was read ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What a stated timeline says: ``day`` when ``understood``; ``said`` is False for empty text."""

    day: date | None
    understood: bool
    said: bool = True

    @property
    def unread(self) -> bool:
        """Words were written but no date could be read from them (the plan should ask)."""
        return self.said and not self.understood


NOTHING_SAID = Reading(None, understood=False, said=False)
UNREAD = Reading(None, understood=False, said=True)

# --- words --------------------------------------------------------------------------------------

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
}  # fmt: skip

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip

# Abbreviations only count next to a day number ("Dec 15", "15 dic"): alone, "mar" or "set" are words.
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12,
}  # fmt: skip

_ENGLISH_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_ENGLISH_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SPANISH_ONES = {
    "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiun": 21, "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_SPANISH_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip


def _cardinals() -> dict[str, float]:
    words: dict[str, float] = {word: value for value, word in enumerate(_ENGLISH_ONES)}
    for tens, value in _ENGLISH_TENS.items():
        words[tens] = value
        words.update({f"{tens} {one}": value + unit for unit, one in enumerate(_ENGLISH_ONES[1:10], start=1)})
    words.update(_SPANISH_ONES)
    for tens, value in _SPANISH_TENS.items():
        words[tens] = value
        words.update({f"{tens} y {one}": value + unit for one, unit in _SPANISH_ONES.items() if 0 < unit < 10})
    return words


_CARDINALS = _cardinals()

# Words that stand for a count before a unit ("a week", "un par de semanas"), beside the cardinals.
_COUNT_WORDS: dict[str, float] = {
    **_CARDINALS,
    "a": 1, "an": 1,
    "a couple of": 2, "couple of": 2, "a couple": 2, "un par de": 2, "par de": 2,
    "a few": 3, "few": 3, "several": 3, "unos": 3, "unas": 3, "unos cuantos": 3, "unas cuantas": 3,
    "unos pocos": 3, "unas pocas": 3, "algunos": 3, "algunas": 3, "varios": 3, "varias": 3,
    "half a": 0.5, "half an": 0.5, "medio": 0.5, "media": 0.5,
}  # fmt: skip

_ENGLISH_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip


def _day_words() -> dict[str, int]:
    """Days of the month in words: English ordinals, and cardinals ("quince de diciembre")."""
    words = {word: day for day, word in enumerate(_ENGLISH_ORDINALS, start=1)}
    words.update({f"twenty {word}": 20 + day for day, word in enumerate(_ENGLISH_ORDINALS[:9], start=1)})
    words.update({"thirtieth": 30, "thirty first": 31, "primero": 1})
    words.update({word: int(value) for word, value in _CARDINALS.items() if 1 <= value <= 31})
    return words


_DAY_WORDS = _day_words()
_ORDINALS = [word for word in _DAY_WORDS if word not in _CARDINALS]

# Units: what one of them is, in the reader's own terms.
_HOURS, _DAYS, _BUSINESS_DAYS, _WEEKS, _FORTNIGHTS, _MONTHS_UNIT = "h", "d", "b", "w", "f", "m"
_UNIT_WORDS = {
    "hour": _HOURS, "hours": _HOURS, "hr": _HOURS, "hrs": _HOURS, "h": _HOURS, "hora": _HOURS, "horas": _HOURS,
    "day": _DAYS, "days": _DAYS, "calendar days": _DAYS, "dia": _DAYS, "dias": _DAYS,
    "dias naturales": _DAYS, "dias corridos": _DAYS, "dias calendario": _DAYS,
    "business day": _BUSINESS_DAYS, "business days": _BUSINESS_DAYS, "working day": _BUSINESS_DAYS,
    "working days": _BUSINESS_DAYS, "work day": _BUSINESS_DAYS, "work days": _BUSINESS_DAYS,
    "workday": _BUSINESS_DAYS, "workdays": _BUSINESS_DAYS, "dia habil": _BUSINESS_DAYS,
    "dias habiles": _BUSINESS_DAYS, "dia laborable": _BUSINESS_DAYS, "dias laborables": _BUSINESS_DAYS,
    "dia laboral": _BUSINESS_DAYS, "dias laborales": _BUSINESS_DAYS, "dias utiles": _BUSINESS_DAYS,
    "week": _WEEKS, "weeks": _WEEKS, "wk": _WEEKS, "wks": _WEEKS, "semana": _WEEKS, "semanas": _WEEKS,
    "fortnight": _FORTNIGHTS, "fortnights": _FORTNIGHTS, "quincena": _FORTNIGHTS, "quincenas": _FORTNIGHTS,
    "month": _MONTHS_UNIT, "months": _MONTHS_UNIT, "mes": _MONTHS_UNIT, "meses": _MONTHS_UNIT,
}  # fmt: skip
_SPANISH_DAYS = {"dia", "dias"}
_SPANISH_IDIOMS = {15: 14, 8: 7}  # "en quince días" is two weeks, "en ocho días" one
_LONGEST = 365


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first; a space matches spaces or a hyphen."""
    escaped = (re.escape(word).replace(r"\ ", r"[\s-]+") for word in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


def _canonical(words: str) -> str:
    return " ".join(words.replace("-", " ").split())


_WEEKDAY = _alternatives(_WEEKDAYS)
_MONTH = _alternatives(_MONTHS)
_ANY_MONTH = _alternatives({**_MONTHS, **_MONTH_ABBREVIATIONS})
_UNIT = _alternatives(_UNIT_WORDS)
_DIGITS = r"(?<![\w.,/:])\d{1,3}(?:[.,]\d{1,2})?(?![\d/:])"


def _count(name: str) -> str:
    """A count before a unit: digits (with an optional decimal), or words followed by a space."""
    return rf"(?P<{name}>{_DIGITS}|\b(?:{_alternatives(_COUNT_WORDS)})(?=\s))"


def _day(name: str, words: Iterable[str] = _DAY_WORDS) -> str:
    """A day of the month: 1-31 with an optional ordinal ending, or in ``words``."""
    return (
        rf"(?:(?<![\w.,/:])(?P<{name}>\d{{1,2}})(?:st|nd|rd|th|o)?(?![\d/:])|\b(?P<{name}w>{_alternatives(words)})\b)"
    )


_YEAR = r"(?:\s*,?\s*(?:de\s+|del\s+)?(?P<year>\d{4})(?!\d))?"
_RANGE = r"\s*(?:-|to|and|or|through|until|till|y|o|a|al|hasta)\s*(?:the\s+|el\s+)?"

# Parts of a week or month; "a finales de" is found by searching for "finales de".
_EARLY = (
    r"early|(?:the\s+)?(?:beginning|start)\s+of(?:\s+the)?"
    r"|(?:principios|comienzos|inicios|primeros|principio|comienzo|inicio)\s+del?(?:\s+(?:la|el|este|esta))?"
)
_MID = r"mid|(?:the\s+)?middle\s+of(?:\s+the)?|(?:mediados|mitad)\s+del?(?:\s+(?:la|el|este|esta))?"
_END = r"later?|(?:the\s+)?end\s+of(?:\s+the)?|(?:finales|final|fin|ultimos)\s+del?(?:\s+(?:la|el|este|esta))?"
_PART = rf"(?:(?P<early>{_EARLY})|(?P<mid>{_MID})|(?P<end>{_END}))\s*-?\s*"

_NEXT_WEEK = (
    r"(?:the\s+)?(?:next|following|coming)\s+week|(?:la\s+)?(?:semana\s+que\s+viene|proxima\s+semana"
    r"|semana\s+proxima|siguiente\s+semana|semana\s+siguiente)"
)
_THIS_WEEK = r"this\s+week|esta\s+semana|within\s+the\s+week|dentro\s+de\s+(?:esta|la)\s+semana"
_NEXT_MONTH = (
    r"(?:the\s+)?(?:next|following|coming)\s+month|(?:el\s+)?(?:mes\s+que\s+viene|proximo\s+mes|mes\s+proximo"
    r"|siguiente\s+mes|mes\s+siguiente)"
)
_THIS_MONTH = r"this\s+month|este\s+mes|within\s+the\s+month|dentro\s+de\s+(?:este|el)\s+mes"


# --- arithmetic on days -------------------------------------------------------------------------


def _last_day(year: int, month: int) -> date:
    return date(year, month, month_calendar.monthrange(year, month)[1])


def _month_after(year: int, month: int, count: int = 1) -> tuple[int, int]:
    index = month - 1 + count
    return year + index // 12, index % 12 + 1


def _add_months(day: date, count: int) -> date:
    year, month = _month_after(day.year, day.month, count)
    return date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _after(said_on: date, weekday: int) -> date:
    """The first ``weekday`` after ``said_on`` (never ``said_on`` itself)."""
    return said_on + timedelta(days=(weekday - said_on.weekday() - 1) % 7 + 1)


def _in_week(said_on: date, weekday: int, weeks_on: int) -> date:
    """``weekday`` of the calendar week ``weeks_on`` weeks after the one ``said_on`` is in."""
    return _monday(said_on) + timedelta(weeks=weeks_on, days=weekday)


def _this_week(said_on: date, weekday: int) -> date:
    """``weekday`` of this week, or of next week when this week's is already past."""
    day = _in_week(said_on, weekday, 0)
    return day if day >= said_on else day + timedelta(weeks=1)


def _dated(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _upcoming(said_on: date, month: int, day: int, year: int | None) -> date | None:
    """The date of a day and month; without a year, the first one not before ``said_on``."""
    if year is not None:
        return _dated(year if year >= 100 else 2000 + year, month, day)
    for candidate_year in range(said_on.year, said_on.year + 5):  # 29 February waits for a leap year
        found = _dated(candidate_year, month, day)
        if found is not None and found >= said_on:
            return found
    return None


def _day_of_month(said_on: date, day: int, months_on: int = 0) -> date | None:
    """The first ``day`` of a month, from ``months_on`` months on, not before ``said_on``."""
    for step in range(months_on, months_on + 4):
        year, month = _month_after(said_on.year, said_on.month, step)
        found = _dated(year, month, day)
        if found is not None and found >= said_on:
            return found
    return None


# --- the rules ----------------------------------------------------------------------------------

Meaning = Callable[[re.Match[str], date], date | None]


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    if text[0].isdigit():
        return float(text.replace(",", "."))
    return _COUNT_WORDS.get(_canonical(text))


def _amount(said_on: date, count: float | None, unit_words: str, *, half: bool = False) -> date | None:
    if count is None:
        return None
    count += 0.5 if half else 0
    if not 0 < count <= _LONGEST:
        return None
    unit = _UNIT_WORDS[_canonical(unit_words)]
    if unit == _DAYS and _canonical(unit_words) in _SPANISH_DAYS:
        count = _SPANISH_IDIOMS.get(int(count), count) if count == int(count) else count
    if unit == _HOURS:
        return said_on + timedelta(days=math.ceil(count / 24))
    if unit == _DAYS:
        return said_on + timedelta(days=math.ceil(count))
    if unit == _BUSINESS_DAYS:
        return add_business_days(said_on, math.ceil(count))
    if unit == _WEEKS:
        return said_on + timedelta(days=math.ceil(count * 7))
    if unit == _FORTNIGHTS:
        return said_on + timedelta(days=math.ceil(count * 14))
    whole = int(count)
    return _add_months(said_on, whole) + timedelta(days=math.ceil((count - whole) * 30))


def _one_amount(match: re.Match[str], said_on: date) -> date | None:
    before = match.string[: match.start()]
    if re.search(r"\bhace\s+$", before) or re.match(r"\s+ago\b", match.string[match.end() :]):
        return None  # "two weeks ago", "hace dos semanas": in the past, not a timeline
    return _amount(said_on, _number(match["n"]), match["unit"], half=match["half"] is not None)


def _amount_range(match: re.Match[str], said_on: date) -> date | None:
    first, second = _number(match["n"]), _number(match["m"])
    if first is None or second is None:
        return None
    if match["sep"] == "y" and first >= 30 and first % 10 == 0 and second < 10 and not match["n"][0].isdigit():
        return _amount(said_on, first + second, match["unit"])  # "treinta y uno días"
    return _amount(said_on, max(first, second), match["unit"])


def _amount_or_more(match: re.Match[str], said_on: date) -> date | None:
    first, second = _number(match["n"]), _number(match["m"])
    if first is None or second is None:
        return None
    return _amount(said_on, max(first, second), match["unit"])


def _weekday_after_amount(match: re.Match[str], said_on: date) -> date | None:
    base = _weekday(said_on, match["w"], next_week=match["next"] is not None)
    return _amount(base, _number(match["n"]), match["unit"])


def _weekday(said_on: date, words: str, *, next_week: bool) -> date:
    weekday = _WEEKDAYS[words]
    return _in_week(said_on, weekday, 1) if next_week else _after(said_on, weekday)


def _weekday_range(match: re.Match[str], said_on: date) -> date | None:
    next_week = any(match[name] for name in ("next1", "after1", "next2", "after2"))
    start = _weekday(said_on, match["w1"], next_week=next_week)
    return start + timedelta(days=(_WEEKDAYS[match["w2"]] - start.weekday()) % 7)


def _one_weekday(match: re.Match[str], said_on: date) -> date | None:
    return _weekday(said_on, match["w1"], next_week=bool(match["next1"] or match["after1"]))


def _part_weekday(match: re.Match[str]) -> int:
    return 1 if match["early"] else 2 if match["mid"] else 4


def _part_of_next_week(match: re.Match[str], said_on: date) -> date | None:
    return _in_week(said_on, _part_weekday(match), 1)


def _part_of_this_week(match: re.Match[str], said_on: date) -> date | None:
    return _this_week(said_on, _part_weekday(match))


def _part_day(match: re.Match[str], year: int, month: int) -> date:
    if match["early"]:
        return date(year, month, 10)
    if match["mid"]:
        return date(year, month, 15)
    return _last_day(year, month)


def _part_of_named_month(match: re.Match[str], said_on: date) -> date | None:
    month = _MONTHS[match["month"]]
    if match["year"]:
        year = int(match["year"])
        return _part_day(match, year, month) if year >= 1 else None
    day = _part_day(match, said_on.year, month)
    return day if day >= said_on else _part_day(match, said_on.year + 1, month)


def _part_of_next_month(match: re.Match[str], said_on: date) -> date | None:
    return _part_day(match, *_month_after(said_on.year, said_on.month))


def _part_of_this_month(match: re.Match[str], said_on: date) -> date | None:
    day = _part_day(match, said_on.year, said_on.month)
    return day if day >= said_on else _part_day(match, *_month_after(said_on.year, said_on.month))


def _day_number(match: re.Match[str], name: str) -> int | None:
    if match[name]:
        return int(match[name])
    if match[f"{name}w"]:
        return _DAY_WORDS[_canonical(match[f"{name}w"])]
    return None


def _named_date(match: re.Match[str], said_on: date) -> date | None:
    month = {**_MONTHS, **_MONTH_ABBREVIATIONS}[match["month"]]
    days = [day for day in (_day_number(match, "d"), _day_number(match, "e")) if day is not None]
    year = int(match["year"]) if match["year"] else None
    found = [_upcoming(said_on, month, day, year) for day in days]
    return max((day for day in found if day is not None), default=None)


def _numeric_date(match: re.Match[str], said_on: date) -> date | None:
    if match.group(0) == "24/7":
        return None  # "available 24/7"
    first, second = int(match["d"]), int(match["m"])
    year = int(match["year"]) if match["year"] else None
    day_first = _upcoming(said_on, second, first, year) if second <= 12 else None
    if day_first is not None or first > 12:
        return day_first
    return _upcoming(said_on, first, second, year)  # "12/15": only month first can be a date


def _iso_date(match: re.Match[str], said_on: date) -> date | None:
    return _dated(int(match["year"]), int(match["m"]), int(match["d"]))


def _month_day(match: re.Match[str], said_on: date) -> date | None:
    day = _day_number(match, "d")
    return None if day is None else _day_of_month(said_on, day, 1 if match["next"] else 0)


def _month_day_in_words(match: re.Match[str], said_on: date) -> date | None:
    day = _DAY_WORDS.get(_canonical(match["dw"] or match["dw2"]), 0)
    return _day_of_month(said_on, day, 1 if match["next"] else 0)


def _weekend(match: re.Match[str], said_on: date) -> date | None:
    return _in_week(said_on, 6, 1) if match["next"] else _this_week(said_on, 6)


def _days_on(days: int) -> Meaning:
    return lambda match, said_on: said_on + timedelta(days=days)


def _rule(pattern: str, meaning: Meaning) -> tuple[str, Meaning]:
    return pattern, meaning


def _weekday_words(index: int) -> str:
    return (
        rf"(?:(?P<next{index}>next|the\s+following|following)\s+)?(?P<w{index}>{_WEEKDAY})\b"
        rf"(?:\s+(?:of\s+|de\s+)?(?P<after{index}>next\s+week|the\s+following\s+week"
        r"|la\s+(?:semana\s+que\s+viene|proxima\s+semana|semana\s+proxima|semana\s+siguiente)))?"
    )


_THIS_MONTHS_DAY = r"(?:\s+(?:of\s+)?(?:this\s+month|(?:de\s+)?este\s+mes))"
_NEXT_MONTHS_DAY = (
    r"(?:\s+(?:of\s+)?(?P<next>next\s+month|(?:del\s+)?(?:mes\s+que\s+viene|proximo\s+mes|mes\s+proximo)))"
)

# From the most specific to the most general: each rule reads its words, which no later rule sees.
_RULES: tuple[tuple[str, Meaning], ...] = (
    # Dates in numbers: 2026-12-15; 15/12, 15/12/2026, 15.12.2026, 15-12-26 (day first).
    _rule(r"(?<![\d/.-])(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/.-]?\d)", _iso_date),
    _rule(r"(?<![\d/.:,-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])", _numeric_date),
    _rule(r"(?<![\d/.:,-])(?P<d>\d{1,2})([.-])(?P<m>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\d.-]?\d)", _numeric_date),
    # Dates with a month's name: "December 15(-18)(, 2026)", "(the) 15(th) (of) December", "15 de diciembre".
    _rule(
        rf"\b(?P<month>{_ANY_MONTH})\b\.?\s*(?:the\s+)?{_day('d', _ORDINALS)}(?:{_RANGE}{_day('e', _ORDINALS)})?{_YEAR}",
        _named_date,
    ),
    _rule(
        rf"(?:\bthe\s+)?{_day('d')}(?:{_RANGE}{_day('e')})?\s*(?:of\s+|de\s+)?(?P<month>{_ANY_MONTH})\b\.?{_YEAR}",
        _named_date,
    ),
    # Parts of a named month: "mid-December", "a principios de enero", "end of March 2027", "en mayo".
    _rule(
        rf"\b(?:{_PART}|(?:in|during|en|durante)\s+)(?:the\s+month\s+of\s+|(?:el\s+)?mes\s+de\s+)?"
        rf"\b(?P<month>{_MONTH})\b{_YEAR}",
        _part_of_named_month,
    ),
    _rule(
        r"\b(?:(?:the\s+)?end\s+of(?:\s+the|\s+this)?\s+year|(?:finales|final|fin)\s+de(?:l|\s+este)?\s+ano)\b",
        lambda match, said_on: date(said_on.year, 12, 31),
    ),
    # A day of the month: "on the 15th", "the 15th of next month", "el 15", "el día quince".
    _rule(
        rf"\b(?:on|by|before|until|till|for)\s+the\s+{_day('d', _ORDINALS)}(?:{_NEXT_MONTHS_DAY}|{_THIS_MONTHS_DAY})?",
        _month_day,
    ),
    _rule(
        r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)(?P<dw>)"
        rf"(?:{_NEXT_MONTHS_DAY}|{_THIS_MONTHS_DAY}|(?=\s*(?:$|[^\w\s]|(?:of|at|or|and|to|latest)\b)))",
        _month_day,
    ),
    _rule(
        rf"\b(?:el|del|al)\s+(?:dia\s+)?(?P<d>\d{{1,2}})(?P<dw>)(?![\d:.,/]?\d)\b(?!\s*(?:(?:{_UNIT})\b|%))"
        rf"(?:{_NEXT_MONTHS_DAY}|{_THIS_MONTHS_DAY})?",
        _month_day,
    ),
    _rule(
        rf"\b(?:el|del|al)\s+(?:dia\s+(?P<dw>{_alternatives(_DAY_WORDS)})|(?P<dw2>(?!un\b|una\b|uno\b)"
        rf"{_alternatives({w: 0 for w in _CARDINALS})}))(?P<d>)\b(?!\s*(?:{_UNIT})\b)"
        rf"(?:{_NEXT_MONTHS_DAY}|{_THIS_MONTHS_DAY})?",
        _month_day_in_words,
    ),
    # "a week from Friday", "two weeks after next Monday".
    _rule(
        rf"{_count('n')}\s*(?P<unit>{_UNIT})\s+(?:from|after)\s+(?:(?P<next>next)\s+)?(?P<w>{_WEEKDAY})\b",
        _weekday_after_amount,
    ),
    # The weekend.
    _rule(
        r"\b(?:(?P<next>next)\s+weekend|(?:this\s+|the\s+)?weekend"
        r"|(?:el\s+|este\s+)?(?:proximo\s+)?fin\s+de\s+semana(?:\s+(?:que\s+viene|proximo))?)\b",
        _weekend,
    ),
    # Weekdays: "between Monday and Wednesday", "next Friday", "el viernes de la semana que viene".
    _rule(rf"\b{_weekday_words(1)}{_RANGE}{_weekday_words(2)}", _weekday_range),
    _rule(
        rf"\b(?:(?:el\s+)?proximo\s+|este\s+|this\s+)?{_weekday_words(1)}(?:\s+(?:que\s+viene|proximo))?",
        _one_weekday,
    ),
    # Weeks.
    _rule(
        r"\b(?:the\s+)?week\s+after\s+next\b",
        lambda match, said_on: _in_week(said_on, 4, 2),
    ),
    _rule(rf"\b{_PART}(?:{_NEXT_WEEK})\b", _part_of_next_week),
    _rule(rf"\b{_PART}(?:{_THIS_WEEK}|(?:the\s+)?week|(?:la\s+)?semana)\b", _part_of_this_week),
    _rule(rf"\b(?:{_NEXT_WEEK})\b", lambda match, said_on: _in_week(said_on, 4, 1)),
    _rule(rf"\b(?:{_THIS_WEEK})\b", lambda match, said_on: _this_week(said_on, 4)),
    # Months.
    _rule(rf"\b{_PART}(?:{_NEXT_MONTH})\b", _part_of_next_month),
    _rule(rf"\b{_PART}(?:{_THIS_MONTH}|(?:the\s+)?month|(?:el\s+)?mes)\b", _part_of_this_month),
    _rule(rf"\b(?:{_NEXT_MONTH})\b", lambda match, said_on: _last_day(*_month_after(said_on.year, said_on.month))),
    _rule(rf"\b(?:{_THIS_MONTH})\b", lambda match, said_on: _last_day(said_on.year, said_on.month)),
    # Amounts: "2-3 weeks", "entre dos y tres semanas", "a week or two", "in 48 hours", "en quince días".
    _rule(
        rf"{_count('n')}\s*(?P<sep>-|to|or|a|o|y)\s*{_count('m')}\s*(?P<unit>{_UNIT})\b",
        _amount_range,
    ),
    _rule(
        rf"{_count('n')}\s*(?P<unit>{_UNIT})\s+(?:or|o|to|a)\s+(?P<m>{_DIGITS}|\b(?:{_alternatives(_CARDINALS)}))\b"
        rf"(?!\s*(?:{_UNIT})\b)",
        _amount_or_more,
    ),
    _rule(
        rf"{_count('n')}\s*(?P<unit>{_UNIT})\b(?P<half>\s+(?:and\s+a\s+half|y\s+media|y\s+medio)\b)?",
        _one_amount,
    ),
    # Days by name.
    _rule(r"\b(?:(?:the\s+)?day\s+after\s+tomorrow|pasado\s+manana)\b", _days_on(2)),
    _rule(r"\btomorrow\b|(?<!la\s)(?<!esta\s)\bmanana\b", _days_on(1)),
    _rule(
        r"\b(?:today|tonight|hoy|end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business"
        r"|this\s+(?:afternoon|evening)|esta\s+(?:tarde|noche))\b",
        _days_on(0),
    ),
)


def _plain(text: str) -> str:
    """Lower case, accents removed ("días hábiles" → "dias habiles"), dashes and spaces folded."""
    return " ".join(re.sub(r"[\u2010-\u2015\u2212]", "-", fold(text)).split())


def _take(match: re.Match[str], *, meaning: Meaning, said_on: date, found: list[date]) -> str:
    """Reads what ``match`` means into ``found`` and blanks its words, so no later rule reads them."""
    day = meaning(match, said_on)
    if day is not None:
        found.append(day)
    return "|" * len(match.group(0))


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[re.Pattern[str], Meaning], ...]:
    """The rules compiled the first time something is read: compiling them all costs tens of
    milliseconds, which the window's start (that reads nothing yet) should not pay."""
    return tuple((re.compile(pattern), meaning) for pattern, meaning in _RULES)


@lru_cache(maxsize=4096)
def read_timeline(text: str, said_on: date) -> Reading:
    """What ``text`` says about when they will decide, counted from ``said_on`` (see the module)."""
    plain = _plain(text)
    if not plain:
        return NOTHING_SAID
    found: list[date] = []
    for pattern, meaning in _compiled_rules():
        plain = pattern.sub(partial(_take, meaning=meaning, said_on=said_on, found=found), plain)
    if not found:
        return UNREAD
    return Reading(max(found), understood=True)


def decision_date_from(text: str, said_on: date) -> date | None:
    """The date a stated timeline points to, counted from the day it was said; None if unclear."""
    return read_timeline(text, said_on).day


class QuickPick(IntEnum):
    """The editor's answers to "When will they decide?"."""

    ONE_WEEK = 0
    TWO_WEEKS = 1
    ON_A_DATE = 2
    NOT_SAID = 3


_PICK_WORDS = {
    QuickPick.ONE_WEEK: QT_TRANSLATE_NOOP("Editor", "in 1 week"),
    QuickPick.TWO_WEEKS: QT_TRANSLATE_NOOP("Editor", "in 2 weeks"),
}


def _last_round_day(app: Application, today: date) -> date:
    """The day of the last round, in its own zone (a zone that does not exist counts as UTC: the
    editor reports it beside its field, and the date is read again once it is corrected)."""
    days = []
    for interview in app.interviews:
        try:
            days.append(interview.local_starts_at().date())
        except UnknownTimeZone:
            days.append(interview.starts_at.date())
    return max(days, default=today)


def apply_quick_pick(app: Application, pick: QuickPick, day: date | None, today: date) -> None:
    """Record the answer in ``app``: a date, or the words of a quick pick (which the timeline reader
    understands in English and Spanish) and the date they point to from the last interview."""
    if pick is QuickPick.ON_A_DATE:
        app.decision_expected_on = day
        return
    base = _last_round_day(app, today)
    if pick is QuickPick.NOT_SAID:
        # What they said, read now from the round it was said after and kept as a date: a later
        # round never re-reads "in two weeks" from its own day. Unreadable words keep no date.
        app.decision_expected_on = decision_date_from(app.decision_timeline, base)
        return
    words = translate("Editor", _PICK_WORDS[pick])
    # What they said is kept in the user's words, unless it is only an earlier quick pick's, which
    # must not contradict this one.
    earlier = {*(_PICK_WORDS.values()), *(translate("Editor", text) for text in _PICK_WORDS.values())}
    if app.decision_timeline.casefold() in {"", *(text.casefold() for text in earlier)}:
        app.decision_timeline = words
    app.decision_expected_on = decision_date_from(_PICK_WORDS[pick], base)


def recorded_quick_pick(app: Application, today: date) -> QuickPick:
    """The answer :func:`apply_quick_pick` recorded in ``app``, for the editor to show it again.

    Only a date and what they said are kept, so the answer is read back from them: no date is
    "they didn't say" (with or without words); a date that what they said reads as (from the last
    round, as it was recorded) is also "they didn't say", their words deciding; a date a quick pick
    gives, recorded with that pick's words (in English or the user's language) or with words of the
    user's own (a pick keeps them), is that pick; any other date was chosen on the calendar. Saved
    again unchanged, each answer records the same date and words.
    """
    expected = app.decision_expected_on
    if expected is None:
        return QuickPick.NOT_SAID
    base = _last_round_day(app, today)
    said = app.decision_timeline.strip()
    pick_words = {
        text.casefold() for english in _PICK_WORDS.values() for text in (english, translate("Editor", english))
    }
    own_words = bool(said) and said.casefold() not in pick_words
    if own_words and decision_date_from(said, base) == expected:
        return QuickPick.NOT_SAID
    for pick, english in _PICK_WORDS.items():
        its_words = said.casefold() in {english.casefold(), translate("Editor", english).casefold()}
        if (its_words or own_words) and decision_date_from(english, base) == expected:
            return pick
    return QuickPick.ON_A_DATE
