"""Which reminders to raise now, and when to look again: pure functions of the plan and the log.

A step's first reminder is at its ``remind_at`` (or when a snooze ends); while it stays open and
overdue it is raised again at most once a day, when the quiet hours end, until it lapses. The log of
fired reminders (step key → when it last fired) is what makes this safe across restarts, sleep and
clock changes: the next reminder is always computed from the last one actually raised, so nothing is
raised twice, and anything whose time has passed is raised at the next look, so nothing is lost.
Nothing is raised inside quiet hours (in the user's zone); calls only in business hours (in the
interview's zone).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from afterview.domain.calendar import (
    at_local,
    local_date,
    outside_quiet_hours,
    resolve_zone,
    within_business_hours,
    within_hours,
)
from afterview.domain.model import FollowUpState
from afterview.domain.plan import Step
from afterview.domain.settings import Settings

FiredLog = Mapping[str, datetime]


@dataclass(frozen=True)
class Reminder:
    step: Step
    scheduled_for: datetime


def next_reminder(step: Step, last_fired: datetime | None, settings: Settings, zone: tzinfo) -> datetime | None:
    """When ``step`` should next be raised (perhaps already past), or None if never again."""
    if not step.is_open:
        return None
    snoozed_until = step.snoozed_until if step.state is FollowUpState.SNOOZED else None
    if snoozed_until is not None and (last_fired is None or snoozed_until > last_fired):
        candidate = max(snoozed_until, step.remind_at) if last_fired is None else snoozed_until
    elif last_fired is None:
        candidate = step.remind_at
    elif step.repeats:
        candidate = at_local(local_date(last_fired, zone) + timedelta(days=1), settings.quiet_hours_end, zone)
    else:
        return None
    candidate = _allowed_time(candidate, step, settings, zone)
    if step.lapses_at is not None and candidate >= step.lapses_at:
        return None
    return candidate


def _allowed_time(moment: datetime, step: Step, settings: Settings, zone: tzinfo) -> datetime:
    """The first moment at or after ``moment`` outside quiet hours and, for a call, in business hours.

    When the interview zone's business hours never meet the user's waking hours before the step
    lapses (Madrid and Sydney), the step is raised when the user is awake all the same: an email
    needs no business hours, and the notification says when a call would reach them.
    """
    if not step.quiet_hours_apply:
        return moment  # it belongs to an interview the user is at, whatever the hour
    awake = outside_quiet_hours(moment, settings.quiet_hours_start, settings.quiet_hours_end, zone)
    if step.call_zone is None:
        return awake
    call_zone = resolve_zone(step.call_zone)
    candidate = awake
    for _ in range(8):  # each pass can only move forward; two zones settle within a few passes
        adjusted = outside_quiet_hours(candidate, settings.quiet_hours_start, settings.quiet_hours_end, zone)
        adjusted = within_business_hours(
            adjusted, settings.business_hours_start, settings.business_hours_end, call_zone
        )
        if adjusted == candidate:
            if step.lapses_at is None or candidate < step.lapses_at:
                return candidate
            break
        candidate = adjusted
    return awake


def in_quiet_hours(now: datetime, settings: Settings, zone: tzinfo) -> bool:
    return within_hours(now, settings.quiet_hours_start, settings.quiet_hours_end, zone)


def raisable_at(step: Step, fired: FiredLog, settings: Settings, zone: tzinfo, now: datetime) -> datetime | None:
    """When the step's next reminder may actually be raised, seen from ``now``.

    A reminder whose time has passed (the app was closed, the computer asleep) is raised at the
    first allowed moment from now on: not inside quiet hours, and a call only in business hours.
    """
    if not settings.notifications_enabled or (step.lapses_at is not None and now >= step.lapses_at):
        return None  # checked first: most steps of a long job search have lapsed, and this is cheap
    when = next_reminder(step, fired.get(step.key), settings, zone)
    if when is None:
        return None
    if when < now:
        when = _allowed_time(now, step, settings, zone)
    if step.lapses_at is not None and when >= step.lapses_at:
        return None
    return when


def due(steps: Iterable[Step], fired: FiredLog, settings: Settings, zone: tzinfo, now: datetime) -> list[Reminder]:
    """The reminders to raise at ``now``, each with the time it was first meant for."""
    found = []
    for step in steps:
        when = raisable_at(step, fired, settings, zone, now)
        if when is not None and when <= now:
            scheduled = next_reminder(step, fired.get(step.key), settings, zone)
            assert scheduled is not None
            found.append(Reminder(step, scheduled))
    return found


def next_wakeup(
    steps: Iterable[Step], fired: FiredLog, settings: Settings, zone: tzinfo, now: datetime
) -> datetime | None:
    """When something next needs raising, or None when nothing is scheduled (or notifications are off)."""
    times = [when for step in steps if (when := raisable_at(step, fired, settings, zone, now)) is not None]
    return min(times, default=None)
