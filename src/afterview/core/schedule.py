"""The tray's schedule, visible: the notifications it would raise between two moments if it ran all
along and nothing were done (``afterview agenda``).

It runs the tray's own reminder loop (reminders/loop.py) on a simulated clock that jumps from one
wake-up to the next, with a private copy of the raised-reminder log, so it is the same code deciding,
and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from afterview.core.reminder_source import WorkspaceReminderSource
from afterview.core.workspace import Workspace
from afterview.reminders.loop import Notice, ReminderLoop

MAX_TICKS = 100_000  # a bound, not a limit anyone meets: each tick raises something or moves time on


@dataclass(frozen=True)
class Raised:
    """One notification the tray would show: when, and what it says."""

    at: datetime
    notice: Notice


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current


class _Collector:
    def __init__(self, clock: _Clock) -> None:
        self.clock = clock
        self.raised: list[Raised] = []

    def notify(self, notice: Notice) -> None:
        self.raised.append(Raised(self.clock.now(), notice))


class _SimulatedSource(WorkspaceReminderSource):
    """The workspace's plan and settings, with a log of its own that starts from the real one."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._log = dict(workspace.fired())

    def fired(self) -> Mapping[str, datetime]:
        return self._log

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        self._log.update((key, at) for key in keys)


def agenda(workspace: Workspace, start: datetime, end: datetime) -> list[Raised]:
    """Every notification from ``start`` to ``end`` (inclusive), in order."""
    clock = _Clock(start)
    collector = _Collector(clock)
    loop = ReminderLoop(_SimulatedSource(workspace), collector, clock)
    loop.tick()
    for _ in range(MAX_TICKS):
        wakeup = loop.wakeup
        if wakeup is None or wakeup > end:
            break
        # A wake-up that did not move on would be looked at again for ever: then time moves a minute.
        clock.current = wakeup if wakeup > clock.current else clock.current + timedelta(minutes=1)
        loop.expect_tick_at(clock.current)
        loop.tick()
    return collector.raised
