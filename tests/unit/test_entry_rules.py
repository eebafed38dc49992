"""Rules behind the interview editor's fields: the hour a new interview starts at, dates as people
type them, and LinkedIn addresses as LinkedIn shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.domain.calendar import last_round_hour
from afterview.domain.dates import read_typed_date
from afterview.domain.model import Interviewer, check_linkedin_url, normalised_linkedin_url
from afterview.domain.timeline import QuickPick, apply_quick_pick, recorded_quick_pick
from tests.support.builders import application

MADRID = ZoneInfo("Europe/Madrid")
KOLKATA = ZoneInfo("Asia/Kolkata")


@pytest.mark.parametrize(
    ("now", "zone", "expected"),
    [
        (datetime(2026, 11, 25, 14, 20, tzinfo=MADRID), MADRID, datetime(2026, 11, 25, 14, 0, tzinfo=MADRID)),
        (datetime(2026, 11, 25, 14, 0, tzinfo=MADRID), MADRID, datetime(2026, 11, 25, 14, 0, tzinfo=MADRID)),
        (datetime(2026, 11, 25, 14, 59, 59, tzinfo=MADRID), MADRID, datetime(2026, 11, 25, 14, 0, tzinfo=MADRID)),
        (datetime(2026, 11, 25, 0, 10, tzinfo=MADRID), MADRID, datetime(2026, 11, 25, 0, 0, tzinfo=MADRID)),
        # Now given in UTC: the round hour is the user's (Kolkata is 5 h 30 ahead of UTC).
        (datetime(2026, 11, 25, 8, 50, tzinfo=UTC), KOLKATA, datetime(2026, 11, 25, 14, 0, tzinfo=KOLKATA)),
        # The night the clocks go back in Madrid: 02:40 the second time is 02:00 the second time.
        (datetime(2026, 10, 25, 1, 40, tzinfo=UTC), MADRID, datetime(2026, 10, 25, 1, 0, tzinfo=UTC)),
    ],
)
def test_a_new_interview_starts_at_the_last_round_hour(now: datetime, zone: ZoneInfo, expected: datetime) -> None:
    found = last_round_hour(now, zone)
    assert found == expected
    assert found.utcoffset() == UTC.utcoffset(None)  # an instant in UTC, as the model keeps them
    assert found <= now


SHOWN = date(2026, 12, 12)  # what the field showed before typing: Saturday 12 December 2026


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-31", date(2026, 12, 31)),
        ("2027-1-5", date(2027, 1, 5)),
        (" 2026-12-31 ", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        ("5/1", date(2026, 1, 5)),  # day first; the year shown
        ("5/1/27", date(2027, 1, 5)),
        ("Jan", date(2026, 1, 12)),  # a month alone: that month, the day and year shown
        ("january", date(2026, 1, 12)),
        ("enero", date(2026, 1, 12)),
        ("Feb", date(2026, 2, 12)),
        ("15 Jan", date(2026, 1, 15)),
        ("Jan 15", date(2026, 1, 15)),
        ("Jan 15th, 2027", date(2027, 1, 15)),
        ("15 de enero de 2027", date(2027, 1, 15)),
        ("Sat 12 Dec 2026", date(2026, 12, 12)),  # the field's own text
        ("sáb 12 dic 2026", date(2026, 12, 12)),
        ("Thu 31 Dec 2026", date(2026, 12, 31)),  # a weekday that does not match is only a word
        ("sept 3", date(2026, 9, 3)),
        ("20", date(2026, 12, 20)),  # a day alone: that day of the month shown
        ("2027", date(2027, 12, 12)),  # a year alone
    ],
)
def test_dates_are_read_as_people_type_them(typed: str, expected: date) -> None:
    assert read_typed_date(typed, SHOWN) == expected


def test_a_month_shorter_than_the_day_shown_keeps_its_last_day() -> None:
    assert read_typed_date("Feb", date(2026, 12, 31)) == date(2026, 2, 28)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "2026-13-01",
        "2026-02-30",
        "31/02/2026",
        "31 Feb",
        "32",
        "soon",
        "J",
        "Ja",
        "2026-12-",
        "12 13 14",
        "1/2/3/4",
    ],
)
def test_what_is_not_a_date_is_not_read(typed: str) -> None:
    assert read_typed_date(typed, SHOWN) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("linkedin.com/in/ana-ruiz", "https://linkedin.com/in/ana-ruiz"),
        ("www.linkedin.com/in/ana-ruiz/", "https://www.linkedin.com/in/ana-ruiz/"),
        ("es.linkedin.com/in/ana-ruiz", "https://es.linkedin.com/in/ana-ruiz"),
        ("  www.linkedin.com/in/ana-ruiz  ", "https://www.linkedin.com/in/ana-ruiz"),
        ("WWW.LinkedIn.com/in/Ana", "https://WWW.LinkedIn.com/in/Ana"),
        ("http://www.linkedin.com/in/ana", "http://www.linkedin.com/in/ana"),
        ("https://www.linkedin.com/in/ana", "https://www.linkedin.com/in/ana"),
        ("", ""),
        ("example.com/in/ana", "example.com/in/ana"),  # not LinkedIn: left for the check to name
        ("notlinkedin.com/in/ana", "notlinkedin.com/in/ana"),
    ],
)
def test_a_linkedin_address_as_linkedin_shows_it_is_stored_with_https(typed: str, stored: str) -> None:
    assert normalised_linkedin_url(typed) == stored


def test_a_linkedin_address_without_https_is_accepted_for_an_interviewer() -> None:
    person = Interviewer("Ana Ruiz", linkedin_url="www.linkedin.com/in/ana-ruiz")
    assert person.problems() == []
    assert person.linkedin_url == "https://www.linkedin.com/in/ana-ruiz"
    assert check_linkedin_url("linkedin.com/in/ana-ruiz") is None
    assert check_linkedin_url("example.com/in/ana") is not None


# --- the answer to "When will they decide?", read back ------------------------------------------------

INTERVIEW_DAY = date(2026, 11, 24)  # a Tuesday: "in 1 week" is 1 December, "in 2 weeks" 8 December


@pytest.mark.parametrize(
    ("said", "expected_on", "pick"),
    [
        ("", None, QuickPick.NOT_SAID),
        ("they'll let me know", None, QuickPick.NOT_SAID),  # words no date could be read from
        ("within two weeks", date(2026, 12, 8), QuickPick.NOT_SAID),  # the date their words read as
        ("by Friday", date(2026, 11, 27), QuickPick.NOT_SAID),
        ("in 1 week", date(2026, 12, 1), QuickPick.ONE_WEEK),
        ("in 2 weeks", date(2026, 12, 8), QuickPick.TWO_WEEKS),
        ("soon, they said", date(2026, 12, 1), QuickPick.ONE_WEEK),  # a pick keeps the user's words
        ("", date(2026, 12, 18), QuickPick.ON_A_DATE),
        ("", date(2026, 12, 1), QuickPick.ON_A_DATE),  # a date without words was chosen on the calendar
        ("within two weeks", date(2026, 12, 18), QuickPick.ON_A_DATE),  # a date other than their words'
        ("in 1 week", date(2026, 12, 18), QuickPick.ON_A_DATE),
    ],
)
def test_the_recorded_decision_answer_is_read_back(said: str, expected_on: date | None, pick: QuickPick) -> None:
    app = application("2026-11-24T10:00", decision_timeline=said, decision_expected_on=expected_on)
    assert recorded_quick_pick(app, INTERVIEW_DAY) is pick
    again = application("2026-11-24T10:00", decision_timeline=said, decision_expected_on=expected_on)
    apply_quick_pick(again, pick, expected_on, INTERVIEW_DAY)  # saved again unchanged: the same answer
    assert (again.decision_timeline, again.decision_expected_on) == (said, expected_on)
