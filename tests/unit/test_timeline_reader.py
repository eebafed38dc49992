"""The timeline reader: what the employer said, in English or Spanish, becomes a date, or is left unread.

Most rows are said on Tuesday 24 November 2026; the last group on a Friday, a Saturday, at the end
of a month and at the end of the year. Every choice the rows rely on is stated in the docstring of
:mod:`afterview.domain.timeline`.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.domain.timeline import NOTHING_SAID, Reading, decision_date_from, read_timeline

TUESDAY = date(2026, 11, 24)
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
NEW_YEARS_EVE = date(2026, 12, 31)
END_OF_JANUARY = date(2027, 1, 31)

SAID_ON_TUESDAY: list[tuple[str, date]] = [
    # Amounts.
    ("in 2 weeks", date(2026, 12, 8)),
    ("in two weeks", date(2026, 12, 8)),
    ("within 48 hours", date(2026, 11, 26)),
    ("in 36 hours", date(2026, 11, 26)),  # hours become days, rounded up
    ("within 24h", date(2026, 11, 25)),
    ("in a fortnight", date(2026, 12, 8)),
    ("en quince días", date(2026, 12, 8)),  # Spanish idiom: two weeks
    ("en una quincena", date(2026, 12, 8)),
    ("en ocho días", date(2026, 12, 1)),  # Spanish idiom: a week
    ("in ten days", date(2026, 12, 4)),
    ("en diez días", date(2026, 12, 4)),
    ("within 5 business days", date(2026, 12, 1)),
    ("5 working days", date(2026, 12, 1)),
    ("en 3 días hábiles", date(2026, 11, 27)),
    ("EN TRES DIAS LABORABLES", date(2026, 11, 27)),  # case and accents never matter
    ("in a month", date(2026, 12, 24)),
    ("dentro de un mes", date(2026, 12, 24)),
    ("in six weeks", date(2027, 1, 5)),
    ("twenty-one days", date(2026, 12, 15)),
    ("veintiún días", date(2026, 12, 15)),
    ("treinta y un días", date(2026, 12, 25)),
    ("a week and a half", date(2026, 12, 5)),
    ("dos semanas y media", date(2026, 12, 12)),
    ("1.5 weeks", date(2026, 12, 5)),
    ("They said: within the next 10 days, probably.", date(2026, 12, 4)),
    # Vague amounts.
    ("in a few weeks", date(2026, 12, 15)),
    ("en unas semanas", date(2026, 12, 15)),
    ("a few days", date(2026, 11, 27)),
    ("in a couple of weeks", date(2026, 12, 8)),
    ("en un par de semanas", date(2026, 12, 8)),
    # Ranges: the later end.
    ("two to three weeks", date(2026, 12, 15)),
    ("in 2-3 weeks", date(2026, 12, 15)),
    ("in 2 – 3 weeks", date(2026, 12, 15)),
    ("entre dos y tres semanas", date(2026, 12, 15)),
    ("de 2 a 3 semanas", date(2026, 12, 15)),
    ("2 o 3 semanas", date(2026, 12, 15)),
    ("a week or two", date(2026, 12, 8)),
    ("una o dos semanas", date(2026, 12, 8)),
    ("5-7 business days", date(2026, 12, 3)),
    ("between Monday and Wednesday", date(2026, 12, 2)),
    ("entre el lunes y el miércoles", date(2026, 12, 2)),
    ("Monday or Tuesday next week", date(2026, 12, 1)),
    # Weekdays.
    ("by Friday", date(2026, 11, 27)),
    ("on Monday", date(2026, 11, 30)),
    ("el viernes", date(2026, 11, 27)),
    ("para el lunes", date(2026, 11, 30)),
    ("this Friday", date(2026, 11, 27)),
    ("este viernes", date(2026, 11, 27)),
    ("next Friday", date(2026, 12, 4)),  # the Friday of the following week
    ("Friday next week", date(2026, 12, 4)),
    ("el viernes de la semana que viene", date(2026, 12, 4)),
    ("el próximo viernes", date(2026, 11, 27)),  # in Spanish, the coming Friday
    ("a week from Friday", date(2026, 12, 4)),
    ("today", date(2026, 11, 24)),
    ("mañana", date(2026, 11, 25)),
    ("el lunes por la mañana", date(2026, 11, 30)),  # "por la mañana" is the morning
    ("pasado mañana", date(2026, 11, 26)),
    # Weeks.
    ("next week", date(2026, 12, 4)),
    ("by the end of next week", date(2026, 12, 4)),
    ("la semana que viene", date(2026, 12, 4)),
    ("la próxima semana", date(2026, 12, 4)),
    ("a finales de la semana que viene", date(2026, 12, 4)),
    ("end of this week", date(2026, 11, 27)),
    ("by the end of the week", date(2026, 11, 27)),
    ("a finales de semana", date(2026, 11, 27)),
    ("early next week", date(2026, 12, 1)),
    ("a principios de la semana que viene", date(2026, 12, 1)),
    ("mid next week", date(2026, 12, 2)),
    ("the week after next", date(2026, 12, 11)),
    ("over the weekend", date(2026, 11, 29)),
    ("el fin de semana", date(2026, 11, 29)),
    # Months.
    ("next month", date(2026, 12, 31)),
    ("el mes que viene", date(2026, 12, 31)),
    ("by the end of the month", date(2026, 11, 30)),
    ("a finales de mes", date(2026, 11, 30)),
    ("a principios de mes", date(2026, 12, 10)),  # this month's start is past: next month's
    ("mid-month", date(2026, 12, 15)),
    ("early next month", date(2026, 12, 10)),
    ("mid-December", date(2026, 12, 15)),
    ("a mediados de diciembre", date(2026, 12, 15)),
    ("early January", date(2027, 1, 10)),
    ("a principios de enero", date(2027, 1, 10)),
    ("end of December", date(2026, 12, 31)),
    ("finales de diciembre", date(2026, 12, 31)),
    ("in January", date(2027, 1, 31)),
    ("a finales de año", date(2026, 12, 31)),
    # Dates.
    ("by December 15", date(2026, 12, 15)),
    ("December 15th", date(2026, 12, 15)),
    ("Dec. 15, 2026", date(2026, 12, 15)),
    ("15 December", date(2026, 12, 15)),
    ("the 15th of December", date(2026, 12, 15)),
    ("on the 15th", date(2026, 12, 15)),  # the 15th of November is past
    ("on the 30th", date(2026, 11, 30)),
    ("by the 15th of next month", date(2026, 12, 15)),
    ("15 de diciembre", date(2026, 12, 15)),
    ("el quince de diciembre de 2026", date(2026, 12, 15)),
    ("el 15", date(2026, 12, 15)),
    ("el día 31", date(2026, 12, 31)),  # November has no 31st
    ("15/12", date(2026, 12, 15)),  # day first
    ("15/12/2026", date(2026, 12, 15)),
    ("4/12", date(2026, 12, 4)),
    ("12/15", date(2026, 12, 15)),  # only month first can be a date
    ("15.12.2026", date(2026, 12, 15)),
    ("2026-12-15", date(2026, 12, 15)),
    ("March 3", date(2027, 3, 3)),  # already past this year: next year
    ("23 November", date(2027, 11, 23)),
    ("24 November", date(2026, 11, 24)),  # the day it was said is not past
    ("December 10-15", date(2026, 12, 15)),
    ("del 10 al 15 de diciembre", date(2026, 12, 15)),
    ("Friday, December 4", date(2026, 12, 4)),
    ("viernes 4 de diciembre", date(2026, 12, 4)),
    # Several dates: the latest.
    ("end of the month, or early next month at the latest", date(2026, 12, 10)),
]

SAID_ON_OTHER_DAYS: list[tuple[str, date, date]] = [
    ("by Friday", FRIDAY, date(2026, 12, 4)),  # not the same day: they would have said "today"
    ("next Friday", FRIDAY, date(2026, 12, 4)),
    ("end of the week", FRIDAY, date(2026, 11, 27)),  # the week ends that very day
    ("early next week", FRIDAY, date(2026, 12, 1)),
    ("by the end of the week", SATURDAY, date(2026, 12, 4)),
    ("next Monday", SATURDAY, date(2026, 11, 30)),
    ("next week", NEW_YEARS_EVE, date(2027, 1, 8)),
    ("end of the month", NEW_YEARS_EVE, date(2026, 12, 31)),
    ("next month", NEW_YEARS_EVE, date(2027, 1, 31)),
    ("in 2 weeks", NEW_YEARS_EVE, date(2027, 1, 14)),
    ("on the 15th", NEW_YEARS_EVE, date(2027, 1, 15)),
    ("15/1", NEW_YEARS_EVE, date(2027, 1, 15)),
    ("mid-December", NEW_YEARS_EVE, date(2027, 12, 15)),
    ("el viernes", NEW_YEARS_EVE, date(2027, 1, 1)),
    ("in one month", END_OF_JANUARY, date(2027, 2, 28)),  # February has no 31st
    ("el mes que viene", END_OF_JANUARY, date(2027, 2, 28)),
    ("on the 30th", END_OF_JANUARY, date(2027, 3, 30)),
    ("a mediados de mes", END_OF_JANUARY, date(2027, 2, 15)),
]

NOT_UNDERSTOOD = [
    "soon",
    "soon, they said",
    "shortly",
    "pronto",
    "en breve",
    "ASAP",
    "cuanto antes",
    "they'll let me know",
    "me avisarán",
    "no sé",
    "no lo dijeron",
    "in the coming weeks",
    "by December",  # the start of December or its end?
    "the first week of December",
    "after the 2nd interview",
    "on the one hand",
    "2 weeks ago",
    "hace dos semanas",
    "0 days",
    "in 400 days",
    "31/02",
    "available 24/7",
    "asdf qwerty",
    "???",
]


@pytest.mark.parametrize(("said", "expected"), SAID_ON_TUESDAY)
def test_said_on_a_tuesday(said: str, expected: date) -> None:
    assert read_timeline(said, TUESDAY) == Reading(expected, understood=True)
    assert decision_date_from(said, TUESDAY) == expected


@pytest.mark.parametrize(("said", "said_on", "expected"), SAID_ON_OTHER_DAYS)
def test_said_on_other_days(said: str, said_on: date, expected: date) -> None:
    assert decision_date_from(said, said_on) == expected


@pytest.mark.parametrize("said", NOT_UNDERSTOOD)
def test_vague_or_unclear_words_are_not_read(said: str) -> None:
    reading = read_timeline(said, TUESDAY)
    assert (reading.day, reading.understood, reading.said, reading.unread) == (None, False, True, True)
    assert decision_date_from(said, TUESDAY) is None


@pytest.mark.parametrize("said", ["", "   ", "\n\t"])
def test_nothing_said_is_not_unread(said: str) -> None:
    reading = read_timeline(said, TUESDAY)
    assert reading == NOTHING_SAID
    assert (reading.said, reading.unread, reading.understood) == (False, False, False)


def test_the_table_is_large_and_bilingual() -> None:
    rows = len(SAID_ON_TUESDAY) + len(SAID_ON_OTHER_DAYS) + len(NOT_UNDERSTOOD)
    assert rows >= 60
    spanish = {"días", "semana", "mes", "el", "de", "para", "mañana", "año", "entre", "dentro", "quincena", "no", "en"}
    assert sum(1 for said, _ in SAID_ON_TUESDAY if spanish & set(said.lower().split())) >= 25


WORDS = [
    "in", "en", "by", "the", "el", "de", "del", "a", "una", "of", "to", "y", "o", "or", "and", "-", "/", ",",
    "next", "this", "proximo", "que", "viene", "early", "mid", "end", "finales", "principios", "mediados",
    "week", "weeks", "semana", "month", "mes", "year", "año", "weekend", "fin", "day", "días", "hours", "hábiles",
    "business", "fortnight", "quincena", "few", "couple", "par", "half", "media", "ago", "hace", "from",
    "friday", "lunes", "miércoles", "december", "enero", "dec", "dic", "may", "mañana", "la", "today",
    "0", "00", "1", "2", "15", "15th", "29", "31", "32", "99", "999", "2026", "0000", "9999", "1.5", "24/7",
    "15/12", "31/02", "0/0", "2026-12-15", "0000-00-00", "two", "quince", "treinta", "twenty-one", "first",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=8),
    said_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_any_mix_of_the_words_it_knows_is_read_or_left_unread_without_failing(words: list[str], said_on: date) -> None:
    reading = read_timeline(" ".join(words), said_on)
    assert reading.understood == (reading.day is not None)
    assert reading.said == bool(words)


@given(text=st.text(max_size=60), said_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_any_text_at_all_is_read_or_left_unread_without_failing(text: str, said_on: date) -> None:
    reading = read_timeline(text, said_on)
    assert reading.understood == (reading.day is not None)
