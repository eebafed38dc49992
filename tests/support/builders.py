"""Builders for the follow-up tests: a Madrid-local moment from its text, a moment shown as the user
would read it, and a one-interview application with only what a test varies.

November 2026: Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30; Madrid is UTC+1 in winter.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from afterview.domain.model import Application, Interview, Interviewer, Stage

MADRID = ZoneInfo("Europe/Madrid")
# The moment imports happen in the interchange tests (the fake clock's default start, a Wednesday).
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def local(text: str, zone: ZoneInfo = MADRID) -> datetime:
    """A wall-clock time in ``zone``, written as ISO text so that tables of dates read easily."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def shown(moment: datetime | None, zone: ZoneInfo = MADRID) -> str | None:
    """A moment as the user reads it (with the weekday), so that an off-by-a-day error is visible."""
    return None if moment is None else moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


def application(
    start: str = "2026-11-24T10:00", minutes: int = 45, zone: str = "Europe/Madrid", people: int = 1, **fields: Any
) -> Application:
    """An application at Acme with one interview (Tuesday 10:00 in Madrid unless told) and up to
    three interviewers; ``fields`` set any other field of the application."""
    interview = Interview(
        starts_at=local(start, ZoneInfo(zone)),
        time_zone=zone,
        duration_minutes=minutes,
        interviewers=[Interviewer(name) for name in ["Ana Ruiz", "Luis Gil", "Mei Chen"][:people]],
    )
    fields.setdefault("stage", Stage.INTERVIEWING)
    return Application(company="Acme", position="Analyst", interviews=[interview], **fields)
