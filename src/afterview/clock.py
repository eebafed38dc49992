"""The real clock, for the app; tests hand the code a fake one instead (see domain.calendar.Clock)."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
