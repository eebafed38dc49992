"""The suggested sending time beside a letter: a morning interview → that evening, an afternoon one →
the next morning, never before it ended, never in the past, never in the user's quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterview.domain.model import Interview
from afterview.domain.send_time import SendReason, deadline_text, send_time_text, suggested_send_time
from afterview.domain.settings import Settings
from tests.support.builders import MADRID, local, shown

NEW_YORK = ZoneInfo("America/New_York")
EVENING, MORNING, NOW = SendReason.EVENING, SendReason.NEXT_MORNING, SendReason.NOW
QUIET = Settings()  # 21:00-08:00
LATE_RISER = Settings(quiet_hours_start=time(17, 0), quiet_hours_end=time(10, 0))


def interview(start: str, minutes: int, zone: ZoneInfo = MADRID) -> Interview:
    return Interview(starts_at=local(start, zone).astimezone(UTC), time_zone=zone.key, duration_minutes=minutes)


# (interview start, minutes, its zone, settings, now (Madrid; None: when it ends), suggested (Madrid),
#  reason, moved out of the quiet hours)
CASES = [
    ("2026-11-24T09:00", 60, MADRID, QUIET, None, "Tue 2026-11-24 18:00", EVENING, False),
    ("2026-11-24T11:00", 59, MADRID, QUIET, None, "Tue 2026-11-24 18:00", EVENING, False),
    ("2026-11-24T11:30", 30, MADRID, QUIET, None, "Wed 2026-11-25 09:00", MORNING, False),  # ends at 12:00
    ("2026-11-24T15:00", 60, MADRID, QUIET, None, "Wed 2026-11-25 09:00", MORNING, False),
    ("2026-11-24T20:00", 90, MADRID, QUIET, None, "Wed 2026-11-25 09:00", MORNING, False),
    ("2026-11-27T15:00", 45, MADRID, QUIET, None, "Sat 2026-11-28 09:00", MORNING, False),  # within 24 hours
    ("2026-11-24T23:30", 60, MADRID, QUIET, None, "Wed 2026-11-25 18:00", EVENING, False),  # ends 00:30
    ("2026-10-25T09:00", 60, MADRID, QUIET, None, "Sun 2026-10-25 18:00", EVENING, False),  # clocks went back
    # the moment has passed: now, or when the quiet hours end
    ("2026-11-24T09:00", 60, MADRID, QUIET, "2026-11-25T14:10", "Wed 2026-11-25 14:10", NOW, False),
    ("2026-11-24T15:00", 60, MADRID, QUIET, "2026-11-25T23:00", "Thu 2026-11-26 08:00", NOW, True),
    # the user's quiet hours win
    ("2026-11-24T09:00", 60, MADRID, LATE_RISER, None, "Wed 2026-11-25 10:00", EVENING, True),
    ("2026-11-24T15:00", 60, MADRID, LATE_RISER, None, "Wed 2026-11-25 10:00", MORNING, True),
    # in New York: its evening (00:00 in Madrid, quiet) → the end of the user's quiet hours in Madrid
    ("2026-11-24T09:00", 60, NEW_YORK, QUIET, None, "Wed 2026-11-25 08:00", EVENING, True),
    # in New York in the afternoon: 09:00 there is 15:00 in Madrid
    ("2026-11-24T14:00", 60, NEW_YORK, QUIET, None, "Wed 2026-11-25 15:00", MORNING, False),
]


@pytest.mark.parametrize(
    ("start", "minutes", "zone", "settings", "now", "expected", "reason", "after_quiet"),
    CASES,
    ids=[f"{case[0]}+{case[1]}min-{case[2].key}-{case[6]}" for case in CASES],
)
def test_the_suggested_sending_time(
    start: str, minutes: int, zone: ZoneInfo, settings: Settings, now: str | None, expected: str,
    reason: SendReason, after_quiet: bool,
) -> None:  # fmt: skip
    round_ = interview(start, minutes, zone)
    moment = local(now) if now else round_.ends_at
    suggestion = suggested_send_time(round_, settings, MADRID, moment)
    assert (shown(suggestion.at), suggestion.reason, suggestion.after_quiet_hours) == (expected, reason, after_quiet)
    assert suggestion.at >= round_.ends_at and suggestion.at >= moment


def test_a_letter_drafted_during_the_interview_is_still_suggested_for_after_it() -> None:
    round_ = interview("2026-11-24T10:00", 60)
    suggestion = suggested_send_time(round_, QUIET, MADRID, round_.starts_at + timedelta(minutes=5))
    assert shown(suggestion.at) == "Tue 2026-11-24 18:00"


def test_an_unknown_interview_zone_falls_back_to_the_users() -> None:
    round_ = Interview(starts_at=local("2026-11-24T09:00"), time_zone="Mars/Olympus", duration_minutes=60)
    assert shown(suggested_send_time(round_, QUIET, MADRID, round_.ends_at).at) == "Tue 2026-11-24 18:00"


@pytest.mark.parametrize(
    ("start", "now", "text"),
    [
        ("2026-11-24T09:00", None, "Best sent: Tue 24 Nov, 18:00 (the evening of a morning interview)"),
        ("2026-11-24T15:00", None, "Best sent: Wed 25 Nov, 09:00 (the morning after an afternoon interview)"),
        # passed: no time that follows the clock, but the moment missed
        (
            "2026-11-24T15:00", "2026-11-25T12:30",
            "Send it when you can today: its best moment (Wed 25 Nov, 09:00) has passed",
        ),
        (
            "2026-11-24T15:00", "2026-11-25T23:00",
            "Best sent: Thu 26 Nov, 08:00, after your quiet hours (its best moment, Wed 25 Nov, 09:00, has passed)",
        ),
    ],
)  # fmt: skip
def test_the_suggestion_as_the_editor_shows_it(start: str, now: str | None, text: str) -> None:
    round_ = interview(start, 60)
    suggestion = suggested_send_time(round_, QUIET, MADRID, local(now) if now else round_.ends_at)
    assert send_time_text(suggestion, MADRID) == text


def test_a_passed_moment_reads_the_same_minute_after_minute() -> None:
    round_ = interview("2026-11-24T09:00", 60)
    texts = {
        send_time_text(
            suggested_send_time(round_, QUIET, MADRID, local("2026-11-28T12:15") + timedelta(minutes=m)), MADRID
        )
        for m in range(3)
    }
    assert texts == {"Send it when you can today: its best moment (Tue 24 Nov, 18:00) has passed"}


@pytest.mark.parametrize(
    ("now", "text"),
    [
        ("2026-11-28T12:15", "Due by Mon 30 Nov, 10:00, as on Today."),
        ("2026-12-01T09:00", "Its deadline on Today (Mon 30 Nov, 10:00) has passed: still worth sending."),
    ],
)
def test_the_deadline_under_the_suggestion(now: str, text: str) -> None:
    assert deadline_text(local("2026-11-30T10:00"), local(now), MADRID) == text


def test_the_text_is_in_the_users_zone() -> None:
    suggestion = suggested_send_time(
        interview("2026-11-24T09:00", 60), QUIET, MADRID, datetime(2026, 11, 24, 10, tzinfo=UTC)
    )
    assert send_time_text(suggestion, NEW_YORK).startswith("Best sent: Tue 24 Nov, 12:00")
