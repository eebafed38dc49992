"""The reminder loop on a real workspace: the log survives restarts, and the plan follows every change."""

from __future__ import annotations

from datetime import timedelta

from afterview.core.reminder_source import WorkspaceReminderSource
from afterview.core.workspace import Workspace
from afterview.domain.model import FollowUpKind, FollowUpState
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.reminders.loop import ReminderLoop
from afterview.storage.repository import Store
from tests.support.builders import application, local
from tests.support.fakes import FakeClock
from tests.support.reminders import Collector


def test_nothing_is_raised_twice_across_app_restarts(paths: AppPaths) -> None:
    clock = FakeClock(local("2026-11-24T11:40"))
    with Store.open(paths, clock) as store:
        store.save(application(people=2))
        store.save_settings(Settings(time_zone="Europe/Madrid"))
    raised: list[str] = []
    for moment in ("2026-11-24T11:40", "2026-11-24T11:50", "2026-11-24T12:05"):  # three runs, one tick each
        clock.current = local(moment)
        with Store.open(paths, clock) as store:
            notifier = Collector()
            ReminderLoop(WorkspaceReminderSource(Workspace(store, clock)), notifier, clock).tick()
            raised.extend(key for notice in notifier.notices for key in notice.step_keys)
    assert len(raised) == len(set(raised)) == 3  # the review and two thank-yous, once each


def test_the_plan_is_recomputed_only_when_the_data_changes(paths: AppPaths) -> None:
    clock = FakeClock(local("2026-11-24T12:00"))
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        workspace.save(application())
        source = WorkspaceReminderSource(workspace)
        first = source.steps()
        source.record_fired(["x"], clock.now())
        assert source.steps() is first  # the reminder log is not plan data
        [thanks] = [step for step in source.steps() if step.kind is FollowUpKind.THANK_YOU]
        workspace.mark(thanks, FollowUpState.DONE)
        after = source.steps()
        assert after is not first
        assert [step.state for step in after if step.kind is FollowUpKind.THANK_YOU] == [FollowUpState.DONE]
        workspace.save_settings(Settings(time_zone="America/Bogota"))
        assert str(source.user_zone()) == "America/Bogota"  # settings changes are picked up too
        source.paused_until = clock.now() + timedelta(hours=1)
        assert not source.settings().notifications_enabled and workspace.settings().notifications_enabled
