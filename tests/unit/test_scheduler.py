"""Reminders: when each is raised, repeated, held back for quiet hours and business hours, and never twice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from afterview.domain.model import Application, FollowUpKind, FollowUpState, Stage
from afterview.domain.plan import Step, plan
from afterview.domain.progress import in_an_hour, record, tomorrow_morning
from afterview.domain.settings import Settings
from afterview.reminders.loop import GROUP_FROM, ReminderLoop
from afterview.reminders.scheduler import Reminder, due, next_reminder, next_wakeup
from tests.support.builders import MADRID, application, local, shown
from tests.support.fakes import FakeClock
from tests.support.reminders import Collector, MemorySource

K = FollowUpKind
SETTINGS = Settings()
# For the loop's tests that start on the interview's morning: the evening-before reminder to read the
# preparation brief would be raised first (its own timing is in test_first_reminders_follow_the_plan).
NO_BRIEF = Settings(brief_evening_before=False)


def find(steps: Sequence[Step], kind: FollowUpKind, number: int = 1) -> Step:
    [step] = [step for step in steps if step.kind is kind and step.number == number]
    return step


def first(kind: FollowUpKind, app: Application | None = None, settings: Settings = SETTINGS) -> Step:
    return find(plan([app or application()], settings), kind)


# --- the time of each reminder ----------------------------------------------------------------


def test_first_reminders_follow_the_plan() -> None:
    steps = plan([application(people=1)], SETTINGS)
    times = [(step.kind, step.number, shown(next_reminder(step, None, SETTINGS, MADRID))) for step in steps]
    assert times == [
        (K.READ_BRIEF, 1, "Mon 2026-11-23 19:00"),  # the evening before: read the preparation brief
        (K.ASK_NEXT_STEP, 1, "Tue 2026-11-24 09:30"),
        (K.SELF_ASSESSMENT, 1, "Tue 2026-11-24 11:45"),
        (K.THANK_YOU, 1, "Tue 2026-11-24 11:45"),
        (K.LINKEDIN, 1, "Wed 2026-11-25 08:00"),
        (K.ASK_DECISION_DATE, 1, "Wed 2026-11-25 09:00"),
        (K.CHECK_IN, 1, "Thu 2026-12-03 09:00"),
        (K.CHECK_IN, 2, "Thu 2026-12-10 09:00"),
        (K.CLOSE_OUT, 1, "Thu 2026-12-17 09:00"),
    ]


def test_an_overdue_step_repeats_once_a_day_when_quiet_hours_end_until_it_lapses() -> None:
    thanks = first(K.THANK_YOU)  # deadline Wed 10:45, lapses Fri 10:45
    fired = local("2026-11-24T11:46")
    assert shown(next_reminder(thanks, fired, SETTINGS, MADRID)) == "Wed 2026-11-25 08:00"
    assert shown(next_reminder(thanks, local("2026-11-26T08:00"), SETTINGS, MADRID)) == "Fri 2026-11-27 08:00"
    assert next_reminder(thanks, local("2026-11-27T08:00"), SETTINGS, MADRID) is None  # Sat 08:00 is past the lapse


def test_a_reminder_that_fired_late_in_the_evening_waits_for_the_next_morning_not_a_minute() -> None:
    check_in = first(K.CHECK_IN)
    assert shown(next_reminder(check_in, local("2026-12-03T20:59"), SETTINGS, MADRID)) == "Fri 2026-12-04 09:00"


def test_a_one_off_reminder_never_repeats() -> None:
    ask = first(K.ASK_NEXT_STEP)
    assert next_reminder(ask, local("2026-11-24T09:30"), SETTINGS, MADRID) is None


def test_done_and_skipped_steps_never_fire_again() -> None:
    app = application()
    for kind, state in [(K.THANK_YOU, FollowUpState.DONE), (K.LINKEDIN, FollowUpState.SKIPPED)]:
        record(app, first(kind, app), state, local("2026-11-24T12:00"))
    steps = plan([app], SETTINGS)
    for kind in (K.THANK_YOU, K.LINKEDIN):
        assert next_reminder(find(steps, kind), None, SETTINGS, MADRID) is None
    assert [r.step.kind for r in due(steps, {}, SETTINGS, MADRID, local("2026-11-26T12:00"))] == [
        K.SELF_ASSESSMENT, K.ASK_DECISION_DATE,
    ]  # fmt: skip


def test_quiet_hours_hold_reminders_until_they_end() -> None:
    late = application("2026-11-24T20:00")  # ends 20:45; reviews and thanks at 21:45, inside quiet hours
    review = first(K.SELF_ASSESSMENT, late)
    assert shown(next_reminder(review, None, SETTINGS, MADRID)) == "Wed 2026-11-25 08:00"
    steps = plan([late], SETTINGS)
    assert due(steps, {}, SETTINGS, MADRID, local("2026-11-24T23:00")) == []
    assert due(steps, {}, SETTINGS, MADRID, local("2026-11-25T06:00")) == []
    assert {r.step.kind for r in due(steps, {}, SETTINGS, MADRID, local("2026-11-25T08:00"))} == {
        K.SELF_ASSESSMENT,
        K.THANK_YOU,
        K.LINKEDIN,  # the day after: when the quiet hours end
    }


def test_quiet_hours_follow_the_users_zone() -> None:
    new_york = ZoneInfo("America/New_York")
    review = first(K.SELF_ASSESSMENT)  # 11:45 Madrid is 05:45 in New York: quiet there
    assert shown(next_reminder(review, None, SETTINGS, new_york), new_york) == "Tue 2026-11-24 08:00"


def test_quiet_hours_are_settings_and_can_be_turned_off() -> None:
    review = first(K.SELF_ASSESSMENT, application("2026-11-24T20:00"))
    no_quiet = Settings(quiet_hours_start=time(0, 0), quiet_hours_end=time(0, 0))
    assert shown(next_reminder(review, None, no_quiet, MADRID)) == "Tue 2026-11-24 21:45"


def test_calls_are_only_suggested_in_business_hours_of_the_interviews_zone() -> None:
    app = application(zone="America/New_York")  # first check-in Thu Dec 3, 09:00 New York = 15:00 Madrid
    check_in = first(K.CHECK_IN, app)
    assert shown(next_reminder(check_in, None, SETTINGS, MADRID)) == "Thu 2026-12-03 15:00"
    # Seen from Madrid at 23:30 (quiet) the next chance is 08:00 Madrid = 02:00 New York: too early for
    # a call, so it waits for 09:00 New York.
    steps = plan([app], SETTINGS)
    assert shown(
        next_wakeup(steps, {check_in.key: local("2026-12-03T15:00")}, SETTINGS, MADRID, local("2026-12-03T23:30"))
    ) == ("Fri 2026-12-04 15:00")


def test_a_missed_call_reminder_waits_for_business_hours_rather_than_firing_at_night() -> None:
    app = application()
    steps = [step for step in plan([app], SETTINGS) if step.kind is K.CHECK_IN]
    assert due(steps, {}, SETTINGS, MADRID, local("2026-12-03T19:00")) == []  # app opened after hours
    assert shown(next_wakeup(steps, {}, SETTINGS, MADRID, local("2026-12-03T19:00"))) == "Fri 2026-12-04 09:00"
    assert len(due(steps, {}, SETTINGS, MADRID, local("2026-12-04T09:00"))) == 1


def test_snooze_for_an_hour_and_until_tomorrow_morning() -> None:
    app = application()
    thanks = first(K.THANK_YOU, app)
    fired = {thanks.key: local("2026-11-24T11:45")}
    record(app, thanks, FollowUpState.SNOOZED, local("2026-11-24T11:50"), until=in_an_hour(local("2026-11-24T11:50")))
    snoozed = first(K.THANK_YOU, app)
    assert shown(next_reminder(snoozed, fired[thanks.key], SETTINGS, MADRID)) == "Tue 2026-11-24 12:50"
    until = tomorrow_morning(local("2026-11-24T12:50"), SETTINGS, MADRID)
    record(app, snoozed, FollowUpState.SNOOZED, local("2026-11-24T12:50"), until=until)
    assert (
        shown(next_reminder(first(K.THANK_YOU, app), local("2026-11-24T12:50"), SETTINGS, MADRID))
        == "Wed 2026-11-25 09:00"
    )


def test_a_snooze_before_the_first_reminder_delays_it() -> None:
    app = application()
    record(
        app, first(K.LINKEDIN, app), FollowUpState.SNOOZED, local("2026-11-24T12:00"), until=local("2026-11-25T18:00")
    )
    assert shown(next_reminder(first(K.LINKEDIN, app), None, SETTINGS, MADRID)) == "Wed 2026-11-25 18:00"


def test_nothing_past_its_lapse_is_raised_even_if_never_raised() -> None:
    steps = plan([application()], SETTINGS)
    raised = {r.step.kind for r in due(steps, {}, SETTINGS, MADRID, local("2026-12-03T10:00"))}
    assert raised == {K.CHECK_IN}  # the letters, the invitation and the review have lapsed by then


def test_notifications_off_raise_nothing_and_schedule_nothing() -> None:
    steps = plan([application()], SETTINGS)
    off = Settings(notifications_enabled=False)
    assert due(steps, {}, off, MADRID, local("2026-11-24T12:00")) == []
    assert next_wakeup(steps, {}, off, MADRID, local("2026-11-24T12:00")) is None


def test_next_wakeup_is_the_earliest_reminder() -> None:
    steps = plan([application()], SETTINGS)
    assert shown(next_wakeup(steps, {}, SETTINGS, MADRID, local("2026-11-23T12:00"))) == "Mon 2026-11-23 19:00"
    read = {find(steps, K.READ_BRIEF).key: local("2026-11-23T19:00")}  # the brief's reminder, the evening before
    assert shown(next_wakeup(steps, read, SETTINGS, MADRID, local("2026-11-24T09:00"))) == "Tue 2026-11-24 09:30"
    assert next_wakeup(steps, {}, SETTINGS, MADRID, local("2026-11-24T11:50")) == local("2026-11-24T11:50")  # due now
    assert next_wakeup([], {}, SETTINGS, MADRID, local("2026-11-24T09:00")) is None


# --- the loop -------------------------------------------------------------------------------------


def run_loop(source: MemorySource, clock: FakeClock, until: datetime) -> tuple[Collector, ReminderLoop]:
    notifier = Collector()
    loop = ReminderLoop(source, notifier, clock)
    while clock.now() < until:
        clock.current += loop.tick()
    return notifier, loop


def test_the_loop_raises_each_reminder_once_on_time_and_sleeps_at_most_a_minute() -> None:
    source = MemorySource([application()], NO_BRIEF)
    clock = FakeClock(local("2026-11-24T09:25"))
    notifier, loop = run_loop(source, clock, local("2026-11-24T11:50"))
    asking = "In the interview: ask about the next step and when they will decide; note each name"
    assert [(notice.title, shown(at)) for notice, (_, at) in zip(notifier.notices, source.history, strict=False)][
        :1
    ] == [(asking, "Tue 2026-11-24 09:30")]
    titles = [notice.title for notice in notifier.notices]
    assert titles == [
        asking,
        "Review how the interview went while it is fresh",
        "Send your thank-you letter to Ana Ruiz",
    ]
    assert notifier.notices[2].body == "Acme — Analyst · due in 23 h"
    assert all(at - local("2026-11-24T09:30") < timedelta(seconds=61) for key, at in source.history[:1])
    assert loop.tick() <= timedelta(seconds=60)


def test_reminders_missed_while_closed_come_as_one_summary() -> None:
    source = MemorySource([application(people=2)])
    clock = FakeClock(local("2026-11-24T15:00"))  # started long after the interview ended
    notifier = Collector()
    ReminderLoop(source, notifier, clock).tick()
    [summary] = notifier.notices
    assert summary.title == "3 follow-ups came due while Afterview was closed"
    assert summary.body.splitlines() == [
        "• Review how the interview went while it is fresh (Acme)",
        "• Send your thank-you letter to Ana Ruiz (Acme)",
        "• Send your thank-you letter to Luis Gil (Acme)",
    ]
    assert len(summary.step_keys) == 3


def test_a_restart_raises_nothing_twice() -> None:
    source = MemorySource([application()])
    clock = FakeClock(local("2026-11-24T11:40"))
    run_loop(source, clock, local("2026-11-24T12:00"))
    before = list(source.history)
    notifier = Collector()
    ReminderLoop(source, notifier, clock).tick()  # a second app run with the same log
    assert notifier.notices == []
    assert source.history == before


def test_waking_from_sleep_summarises_what_came_due_meanwhile() -> None:
    source = MemorySource([application(people=1)])
    clock = FakeClock(local("2026-11-24T11:00"))
    notifier = Collector()
    loop = ReminderLoop(source, notifier, clock)
    loop.tick()
    clock.current = local("2026-11-25T12:00")  # the lid was closed for a day
    loop.tick()
    # The review, the thank-you, the LinkedIn invitation (the day after) and asking when they decide.
    assert notifier.notices[-1].title == "4 follow-ups came due while your computer was asleep"


def test_a_clock_jumping_back_does_not_repeat_reminders() -> None:
    source = MemorySource([application()], NO_BRIEF)
    clock = FakeClock(local("2026-11-24T11:44"))
    _, loop = run_loop(source, clock, local("2026-11-24T11:50"))
    fired_before = {key for key, _ in source.history}
    clock.current = local("2026-11-24T09:00")
    for _ in range(200):
        clock.current += loop.tick()
    assert clock.now() > local("2026-11-24T11:50")
    keys = [key for key, _ in source.history]
    assert len(keys) == len(set(keys))  # nothing twice; only the ask, whose time came round again, is new
    assert {key.split(":")[0] for key in set(keys) - fired_before} == {"ask_next_step"}


def test_many_reminders_at_once_become_one_notice() -> None:
    source = MemorySource([application(people=3)])
    clock = FakeClock(local("2026-11-24T11:44"))
    notifier = Collector()
    loop = ReminderLoop(source, notifier, clock)
    loop.tick()
    clock.current = local("2026-11-24T11:45")
    loop.tick()
    assert notifier.notices[-1].title == f"{GROUP_FROM + 1} follow-ups are due"


def test_closed_applications_are_silent() -> None:
    source = MemorySource([application(stage=Stage.WITHDRAWN)])
    notifier, _ = run_loop(source, FakeClock(local("2026-11-24T10:00")), local("2026-11-24T13:00"))
    assert notifier.notices == []


class CachingSource(MemorySource):
    """Hands out the same plan object until the data changes, as the app's session does."""

    def __init__(self, apps: list[Application]) -> None:
        super().__init__(apps)
        self._plan: Sequence[Step] | None = None

    def steps(self) -> Sequence[Step]:
        if self._plan is None:
            self._plan = super().steps()
        return self._plan

    def changed(self) -> None:
        self._plan = None


def test_idle_ticks_skip_the_work_but_a_change_is_seen_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import afterview.reminders.loop as loop_module

    app = application("2026-11-24T10:00")
    source = CachingSource([app])
    clock = FakeClock(local("2026-11-24T12:00"))
    notifier = Collector()
    loop = ReminderLoop(source, notifier, clock)
    loop.tick()  # raises what came due while closed
    calls: list[int] = []

    def counted_due(*args: Any) -> list[Reminder]:
        calls.append(1)
        return due(*args)

    monkeypatch.setattr(loop_module, "due", counted_due)
    for _ in range(5):
        clock.advance(seconds=30)
        loop.tick()
    assert calls == []  # nothing changed and nothing is due: no scanning
    [thanks] = [s for s in source.steps() if s.kind is K.THANK_YOU]  # raised in the summary at start
    record(app, thanks, FollowUpState.SNOOZED, clock.now(), until=clock.now() + timedelta(minutes=1))
    source.changed()
    clock.advance(minutes=1)
    loop.tick()
    assert calls == [1]
    assert notifier.notices[-1].title == "Send your thank-you letter to Ana Ruiz"
