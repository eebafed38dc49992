"""The real clock and the computer's time zone, for the app; tests hand the code fakes instead."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

# The zone helpers (tzlocal, zoneinfo) load when a zone is first asked for: the window paints first.

log = logging.getLogger(__name__)


class SystemClock:
    def now(self) -> datetime:
        from datetime import UTC, datetime  # loaded by then; not before the window's first paint

        return datetime.now(UTC)


def system_zone_name() -> str:
    """The computer's IANA zone ("Europe/Madrid"), or UTC if it cannot be told."""
    import tzlocal

    from afterview.domain.calendar import UnknownTimeZone, resolve_zone

    try:
        name = tzlocal.get_localzone_name()
        if name:
            resolve_zone(name)
            return name
    except (UnknownTimeZone, LookupError, OSError, ValueError) as error:
        log.warning("Cannot tell the computer's time zone (%s); using UTC", error)
    return "UTC"


def user_zone(configured: str) -> tzinfo:
    """The zone quiet hours follow: the one chosen in settings, else the computer's."""
    from afterview.domain.calendar import resolve_zone

    return resolve_zone(configured or system_zone_name())
