"""No reminder is lost, by construction: for any pair of time zones (the user's, the interview's), any
date and any quiet hours, every step that can still be done is raised at least once before it
lapses, nothing is raised in the user's quiet hours (but what to ask at an interview the user is
at), and a call is suggested inside the employer's business hours wherever those meet the user's
waking hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from afterview.core.schedule import agenda
from afterview.core.workspace import Workspace
from afterview.domain.calendar import at_local, within_hours
from afterview.domain.model import Application, Interview, Interviewer
from afterview.domain.plan import Step
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock

ZONES = [
    "Europe/Madrid", "Australia/Sydney", "America/Los_Angeles", "America/New_York", "Asia/Tokyo", "Asia/Kolkata",
    "Pacific/Auckland", "America/Sao_Paulo", "Europe/London", "UTC", "Asia/Kathmandu", "Pacific/Chatham",
]  # fmt: skip


def awake_in_business_hours(moment: datetime, step: Step, rules: Settings, zone: ZoneInfo) -> bool:
    local = moment.astimezone(ZoneInfo(step.call_zone or "UTC"))
    in_business = local.weekday() < 5 and rules.business_hours_start <= local.time() < rules.business_hours_end
    return in_business and not within_hours(moment, rules.quiet_hours_start, rules.quiet_hours_end, zone)


def a_call_fits(step: Step, rules: Settings, zone: ZoneInfo, until: datetime) -> bool:
    """Whether any quarter of an hour from the step's reminder to ``until`` suits a call."""
    moment = step.remind_at
    while moment < until:
        if awake_in_business_hours(moment, step, rules, zone):
            return True
        moment += timedelta(minutes=15)
    return False


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    user_zone=st.sampled_from(ZONES),
    interview_zone=st.sampled_from(ZONES),
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
    hour=st.integers(0, 23),
    quiet_start=st.integers(18, 23),
    quiet_end=st.integers(5, 10),
    decided_after=st.one_of(st.none(), st.integers(1, 20)),
)
@example("Europe/Madrid", "Australia/Sydney", date(2026, 11, 24), 10, 21, 8, 10)  # the case that was lost
@example("America/Los_Angeles", "Europe/Madrid", date(2026, 11, 24), 10, 21, 8, None)
def test_every_step_is_raised_before_it_lapses_and_never_in_quiet_hours(
    tmp_path_factory: pytest.TempPathFactory,
    user_zone: str,
    interview_zone: str,
    day: date,
    hour: int,
    quiet_start: int,
    quiet_end: int,
    decided_after: int | None,
) -> None:
    zone = ZoneInfo(user_zone)
    rules = Settings(time_zone=user_zone, quiet_hours_start=time(quiet_start), quiet_hours_end=time(quiet_end))
    start = at_local(day, time(hour), ZoneInfo(interview_zone))
    app = Application(
        company="Acme", created_at=start,
        decision_expected_on=None if decided_after is None else day + timedelta(days=decided_after),
        interviews=[Interview(starts_at=start, time_zone=interview_zone, interviewers=[Interviewer("Ana Ruiz")])],
    )  # fmt: skip
    paths = AppPaths(tmp_path_factory.mktemp("zones") / "data")
    clock = FakeClock(start - timedelta(days=1))
    with Store.open(paths, clock) as store:
        store.save_settings(rules)
        store.save(app)
        workspace = Workspace(store, clock)
        end = start + timedelta(days=90)
        raised = agenda(workspace, clock.now(), end)
        steps = {step.key: step for step in workspace.steps()}
    times: dict[str, list[datetime]] = {}
    for item in raised:
        for key in item.notice.step_keys:
            times.setdefault(key, []).append(item.at)
    for key, step in steps.items():
        at = times.get(key, [])
        lapses = step.lapses_at or end
        if step.is_open and step.remind_at < lapses:
            assert at, f"{key} was never raised (reminder {step.remind_at}, lapses {lapses})"
            assert all(moment < lapses for moment in at), f"{key} raised after it lapsed"
        if step.quiet_hours_apply:
            assert not any(within_hours(m, rules.quiet_hours_start, rules.quiet_hours_end, zone) for m in at), key
        if step.call_zone is not None and at and a_call_fits(step, rules, zone, min(lapses, end)):
            assert awake_in_business_hours(at[0], step, rules, zone), f"{key}: a call at {at[0]} while one could fit"
    assert all(
        moment.tzinfo is not None and moment >= clock.now().astimezone(UTC) for m in times.values() for moment in m
    )
