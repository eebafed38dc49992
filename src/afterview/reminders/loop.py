"""The reminder loop, without Qt: one tick compares the wall clock with the plan and raises what is due.

The tray arms a single-shot timer for the delay each tick returns (never more than a minute), so
there are no long timers to drift. A tick that comes much later than asked for means the computer
slept or the clock jumped; reminders that came due meanwhile (or while the app was closed) are raised
once, as one summary, instead of as a flood.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Literal, Protocol

from afterview.domain.calendar import Clock
from afterview.domain.model import Application
from afterview.domain.plan import Step
from afterview.domain.settings import Settings
from afterview.domain.wording import action, call_hint, timing
from afterview.i18n import translate
from afterview.reminders.scheduler import Reminder, due, next_wakeup

log = logging.getLogger(__name__)

MAX_INTERVAL = timedelta(seconds=60)
MIN_INTERVAL = timedelta(seconds=1)
# A tick this much later than asked for means sleep or a clock jump rather than a busy machine.
GAP_TOLERANCE = timedelta(seconds=90)
GROUP_FROM = 3  # this many reminders at once become one notification

Missed = Literal["closed", "asleep"]  # why reminders came due unseen: Afterview was closed, or the computer slept


@dataclass(frozen=True)
class Notice:
    """One notification: what the user sees, and which steps it covers."""

    title: str
    body: str
    step_keys: tuple[str, ...]


class Notifier(Protocol):
    def notify(self, notice: Notice) -> None: ...


class ReminderSource(Protocol):
    """What the loop reads and writes: the store in the app, an in-memory fake in tests."""

    def steps(self) -> Sequence[Step]: ...
    def application(self, app_id: str) -> Application: ...
    def settings(self) -> Settings: ...
    def user_zone(self) -> tzinfo: ...
    def fired(self) -> Mapping[str, datetime]: ...
    def record_fired(self, keys: Sequence[str], at: datetime) -> None: ...


class ReminderLoop:
    def __init__(self, source: ReminderSource, notifier: Notifier, clock: Clock) -> None:
        self.source = source
        self.notifier = notifier
        self.clock = clock
        self._last_tick: datetime | None = None
        self._expected_next: datetime | None = None
        self._steps: Sequence[Step] | None = None
        self._state: tuple[object, ...] = ()
        self._wakeup: datetime | None = None

    def tick(self) -> timedelta:
        """Raise what is due now; return how long to wait before the next tick."""
        now = self.clock.now()
        missed_reason = self._missed_reason(now)
        settings, zone = self.source.settings(), self.source.user_zone()
        steps = self.source.steps()
        # An idle tick costs nothing: with the same plan, settings and zone, and the computed
        # wake-up still ahead (and no sleep or clock jump), there is nothing to look at.
        state = (settings, str(zone))
        unchanged = steps is self._steps and state == self._state  # the same plan object, kept alive here
        if missed_reason is None and unchanged and self._wakeup is not None and now < self._wakeup:
            delay = min(MAX_INTERVAL, max(MIN_INTERVAL, self._wakeup - now))
            self._last_tick, self._expected_next = now, now + delay
            return delay
        fired = self.source.fired()
        reminders = due(steps, fired, settings, zone, now)
        if reminders:
            # Logged before notifying: a crash in between loses one pop-up (the step still shows in
            # the window), never raises it twice.
            self.source.record_fired([reminder.step.key for reminder in reminders], now)
            for notice in self.compose(reminders, now, missed_reason):
                log.info("Notifying: %s (%s)", notice.title, ", ".join(notice.step_keys))
                self.notifier.notify(notice)
            fired = self.source.fired()
        wakeup = next_wakeup(steps, fired, settings, zone, now)
        self._steps, self._state, self._wakeup = steps, state, wakeup
        delay = MAX_INTERVAL if wakeup is None else min(MAX_INTERVAL, max(MIN_INTERVAL, wakeup - now))
        self._last_tick, self._expected_next = now, now + delay
        return delay

    @property
    def wakeup(self) -> datetime | None:
        """When the plan next needs raising, as the last tick worked out (None: nothing scheduled)."""
        return self._wakeup

    def expect_tick_at(self, moment: datetime) -> None:
        """Treat a tick at ``moment`` as on time: a simulated run (the agenda) sleeps exactly until
        its next wake-up instead of ticking every minute, and that is no sleep of the computer."""
        self._expected_next = moment

    def _missed_reason(self, now: datetime) -> Missed | None:
        if self._expected_next is None:
            return "closed"
        assert self._last_tick is not None
        if now > self._expected_next + GAP_TOLERANCE:
            log.info("Woke %s late: the computer slept or the clock jumped forward", now - self._expected_next)
            return "asleep"
        if now < self._last_tick:
            log.info("The clock went back by %s", self._last_tick - now)
        return None

    def compose(self, reminders: Sequence[Reminder], now: datetime, missed_reason: Missed | None) -> list[Notice]:
        """The notifications for one tick: missed ones summarised, a crowd grouped, the rest one each."""
        # After a start or a wake-up, whatever was scheduled before this moment came due unseen.
        missed = [r for r in reminders if r.scheduled_for < now] if missed_reason else []
        fresh = [r for r in reminders if r not in missed]
        notices = []
        if len(missed) == 1:
            fresh.insert(0, missed[0])
        elif missed:  # two or more
            if missed_reason == "asleep":
                title = translate("ReminderLoop", "{count} follow-ups came due while your computer was asleep")
            else:
                title = translate("ReminderLoop", "{count} follow-ups came due while Afterview was closed")
            notices.append(self._summary(title.format(count=len(missed)), missed, now))
        if len(fresh) >= GROUP_FROM:
            title = translate("ReminderLoop", "{count} follow-ups are due").format(count=len(fresh))
            notices.append(self._summary(title, fresh, now))
        else:
            notices.extend(self._single(reminder, now) for reminder in fresh)
        return notices

    def _single(self, reminder: Reminder, now: datetime) -> Notice:
        app = self.source.application(reminder.step.application_id)
        body = f"{app.title} · {timing(reminder.step, now)}"
        hint = call_hint(reminder.step, self.source.settings(), self.source.user_zone(), now)
        return Notice(action(reminder.step, app), f"{body}\n{hint}" if hint else body, (reminder.step.key,))

    def _summary(self, title: str, reminders: Sequence[Reminder], now: datetime) -> Notice:
        lines = []
        for reminder in reminders[:4]:
            app = self.source.application(reminder.step.application_id)
            lines.append(f"• {action(reminder.step, app)} ({app.company})")
        if len(reminders) > 4:
            lines.append(translate("ReminderLoop", "… and {count} more in Afterview").format(count=len(reminders) - 4))
        return Notice(title, "\n".join(lines), tuple(reminder.step.key for reminder in reminders))
