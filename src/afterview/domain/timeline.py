"""Turning what the employer said ("in two weeks", "en diez días") into a decision date.

Only plain phrases are understood, in English and Spanish: a number (in digits or words) and a unit
(days, business days, weeks, months), or "end of the week/month". Anything else gives None and the
plan falls back to its no-date rule, so a vague answer never produces a wrong date.
"""

from __future__ import annotations

import calendar as month_calendar
import re
from datetime import date, timedelta
from enum import IntEnum

from afterview.domain.calendar import add_business_days
from afterview.domain.folding import fold
from afterview.domain.model import Application
from afterview.i18n import QT_TRANSLATE_NOOP, translate

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "catorce": 14, "quince": 15,
    "veinte": 20, "treinta": 30, "un par de": 2, "par de": 2, "unos": 3, "unas": 3,
}  # fmt: skip

_UNITS = {
    "day": "days", "days": "days", "dia": "days", "dias": "days",
    "business day": "business", "business days": "business", "working day": "business",
    "working days": "business", "dia habil": "business", "dias habiles": "business",
    "dia laborable": "business", "dias laborables": "business",
    "week": "weeks", "weeks": "weeks", "semana": "weeks", "semanas": "weeks",
    "month": "months", "months": "months", "mes": "months", "meses": "months",
}  # fmt: skip

_NUMBER = "|".join(sorted((re.escape(word) for word in _NUMBERS), key=len, reverse=True))
_UNIT = "|".join(sorted((re.escape(word) for word in _UNITS), key=len, reverse=True))
_AMOUNT = re.compile(rf"(?:^|\b)(\d{{1,3}}|{_NUMBER})\s+({_UNIT})\b")
_END_OF = re.compile(
    r"\b(end of (?:the |this )?|finales de (?:la |este |esta )?|fin de (?:la |este |esta )?)(week|month|semana|mes)\b"
)


def _plain(text: str) -> str:
    """Lower case, accents removed ("días hábiles" → "dias habiles"), spaces folded."""
    return " ".join(fold(text).split())


def decision_date_from(text: str, said_on: date) -> date | None:
    """The date a stated timeline points to, counted from the day it was said; None if unclear."""
    plain = _plain(text)
    if not plain:
        return None
    end_of = _END_OF.search(plain)
    if end_of:
        unit = end_of.group(2)
        if unit in ("week", "semana"):
            return (
                said_on + timedelta(days=4 - said_on.weekday())
                if said_on.weekday() < 4
                else said_on + timedelta(days=11 - said_on.weekday())
            )
        return said_on.replace(day=month_calendar.monthrange(said_on.year, said_on.month)[1])
    amount = _AMOUNT.search(plain)
    if not amount:
        return None
    raw_count, raw_unit = amount.groups()
    count = int(raw_count) if raw_count.isdigit() else _NUMBERS[raw_count]
    unit = _UNITS[raw_unit]
    if count == 0 or count > 365:
        return None
    if unit == "days":
        return said_on + timedelta(days=count)
    if unit == "business":
        return add_business_days(said_on, count)
    if unit == "weeks":
        return said_on + timedelta(weeks=count)
    month_index = said_on.month - 1 + count
    year, month = said_on.year + month_index // 12, month_index % 12 + 1
    return said_on.replace(year=year, month=month, day=min(said_on.day, month_calendar.monthrange(year, month)[1]))


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


def apply_quick_pick(app: Application, pick: QuickPick, day: date | None, today: date) -> None:
    """Record the answer in ``app``: a date, or the words of a quick pick (which the timeline reader
    understands in English and Spanish) and the date they point to from the last interview."""
    if pick is QuickPick.ON_A_DATE:
        app.decision_expected_on = day
        return
    if pick is QuickPick.NOT_SAID:
        app.decision_expected_on = None
        return
    words = translate("Editor", _PICK_WORDS[pick])
    # What they said is kept in the user's words, unless it is only an earlier quick pick's, which
    # must not contradict this one.
    earlier = {*(_PICK_WORDS.values()), *(translate("Editor", text) for text in _PICK_WORDS.values())}
    if app.decision_timeline.casefold() in {"", *(text.casefold() for text in earlier)}:
        app.decision_timeline = words
    base = max((interview.local_starts_at().date() for interview in app.interviews), default=today)
    app.decision_expected_on = decision_date_from(_PICK_WORDS[pick], base)
