"""Time zones and the clock protocol.

A zone is named either by its IANA name ("Europe/Madrid"), by "UTC", or, when a hand-written file
gave only an offset, by that fixed offset ("+01:00"). "Now" is never read here: whoever needs it is
handed a :class:`Clock`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from afterview.i18n import translate

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class UnknownTimeZone(ValueError):
    """A zone name that is neither an IANA zone nor a ±HH:MM offset."""


class Clock(Protocol):
    """Where "now" comes from: the system clock in the app, a fake one in tests."""

    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


@lru_cache(maxsize=256)
def resolve_zone(name: str) -> tzinfo:
    """The tzinfo for a stored zone name; raises :class:`UnknownTimeZone` with a readable message."""
    if name == "UTC":
        return UTC
    match = _OFFSET.match(name)
    if match:
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes))
        if offset >= timedelta(hours=24):
            raise UnknownTimeZone(translate("Calendar", "'{name}' is not a valid UTC offset.").format(name=name))
        return timezone(-offset if sign == "-" else offset)
    if not name or len(name) > 64 or name.startswith("/") or ".." in name:
        raise UnknownTimeZone(_unknown_zone(name[:64]))
    known = _known_zones()
    # An empty list means the zone database cannot be listed here (not that no zone exists): then
    # whatever ZoneInfo loads is trusted, as before.
    if known and name not in known:
        raise UnknownTimeZone(_unknown_zone(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # A region folder ("Europe") is a directory to ZoneInfo, a stray file is not TZif: not zones.
        raise UnknownTimeZone(_unknown_zone(name)) from None


@lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    """The names of real zones. "localtime" is left out: it names whatever zone the computer reading
    it is set to, so a record carrying it would mean different times on different computers."""
    try:
        return frozenset(available_timezones()) - {"localtime"}
    except OSError:
        return frozenset()


def _unknown_zone(name: str) -> str:
    return translate("Calendar", "'{name}' is not a known time zone (expected e.g. Europe/Madrid).").format(name=name)


def offset_name(moment: datetime) -> str:
    """The fixed-offset zone name ("+01:00") of an aware datetime; "UTC" for a zero offset."""
    offset = moment.utcoffset()
    if offset is None:
        raise UnknownTimeZone(translate("Calendar", "The time has no UTC offset."))
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# --- business days and hours ---------------------------------------------------------------------
# Business days are Monday to Friday. Public holidays differ by country and region and are not
# known offline; a holiday simply means a reminder the user snoozes.

SATURDAY = 5


def is_business_day(day: date) -> bool:
    return day.weekday() < SATURDAY


def next_business_day(day: date) -> date:
    """The first business day strictly after ``day``."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int) -> date:
    """``count`` business days after ``day`` (``count`` = 0 gives ``day`` itself).

    In closed form (the plan calls this tens of thousands of times): from a weekend, counting
    starts as from the Friday before; each five business days are a week; what is left crosses one
    weekend if it runs past Friday.
    """
    if count <= 0:
        return day
    weekday = day.weekday()
    if weekday >= SATURDAY:
        day -= timedelta(days=weekday - 4)
        weekday = 4
    weeks, rest = divmod(count, 5)
    days = weeks * 7 + rest + (2 if weekday + rest >= SATURDAY else 0)
    return day + timedelta(days=days)


def at_local(day: date, clock_time: time, zone: tzinfo) -> datetime:
    """The UTC instant of a wall-clock time on a day in a zone.

    A wall time skipped by a daylight-saving change lands after the gap (02:30 becomes 03:30); a
    repeated one means its first occurrence (PEP 495, fold=0).
    """
    return datetime.combine(day, clock_time, tzinfo=zone).astimezone(UTC)


def last_round_hour(now: datetime, zone: tzinfo) -> datetime:
    """The last whole hour on the clock in ``zone`` at or before ``now``, as a UTC instant (14:20 →
    14:00 the same day): when an interview most likely started, for a user who records it after it.

    In the hour the clocks go back, the hour is the one of the same pass (02:40 the second time →
    02:00 the second time).
    """
    local = now.astimezone(zone)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def local_date(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def within_hours(moment: datetime, start: time, end: time, zone: tzinfo) -> bool:
    """True when the wall-clock time of ``moment`` in ``zone`` lies in [start, end).

    A range whose start is after its end wraps around midnight (quiet hours 21:00–08:00).
    """
    now = moment.astimezone(zone).time().replace(tzinfo=None)
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def next_time_of_day(moment: datetime, clock_time: time, zone: tzinfo) -> datetime:
    """The first instant at or after ``moment`` when the wall clock in ``zone`` shows ``clock_time``."""
    day = local_date(moment, zone)
    candidate = at_local(day, clock_time, zone)
    while candidate < moment:
        day += timedelta(days=1)
        candidate = at_local(day, clock_time, zone)
    return candidate


def outside_quiet_hours(moment: datetime, quiet_start: time, quiet_end: time, zone: tzinfo) -> datetime:
    """``moment``, or the end of the quiet hours it falls in."""
    if within_hours(moment, quiet_start, quiet_end, zone):
        return next_time_of_day(moment, quiet_end, zone)
    return moment


def within_business_hours(moment: datetime, start: time, end: time, zone: tzinfo) -> datetime:
    """``moment`` if it falls in business hours on a business day, else the next opening."""
    local = moment.astimezone(zone)
    if is_business_day(local.date()) and start <= local.time().replace(tzinfo=None) < end:
        return moment
    day = local.date()
    if not is_business_day(day) or local.time().replace(tzinfo=None) >= end:
        day = next_business_day(day)
    return at_local(day, start, zone)
