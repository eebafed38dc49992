"""Time zones and the clock protocol.

A zone is named either by its IANA name ("Europe/Madrid"), by "UTC", or, when a hand-written file
gave only an offset, by that fixed offset ("+01:00"). "Now" is never read here: whoever needs it is
handed a :class:`Clock`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
            raise UnknownTimeZone(f"'{name}' is not a valid UTC offset.")
        return timezone(-offset if sign == "-" else offset)
    if not name or len(name) > 64 or name.startswith("/") or ".." in name:
        raise UnknownTimeZone(f"'{name[:64]}' is not a known time zone (expected e.g. Europe/Madrid).")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(f"'{name}' is not a known time zone (expected e.g. Europe/Madrid).") from None


def offset_name(moment: datetime) -> str:
    """The fixed-offset zone name ("+01:00") of an aware datetime; "UTC" for a zero offset."""
    offset = moment.utcoffset()
    if offset is None:
        raise UnknownTimeZone("The time has no UTC offset.")
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def to_utc(moment: datetime) -> datetime:
    """Normalise an aware datetime to UTC (stored instants are always UTC)."""
    return moment.astimezone(UTC)
