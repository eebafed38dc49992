"""Property-based: with a fake clock, random data and random ticks (sleeps, clock jumps both ways,
restarts, daylight-saving changes, the user moving time zone), no reminder is lost, none is raised
twice in a day, and none is raised inside quiet hours.

The oracle does not reuse the scheduler: it only knows each step's first reminder time, its lapse,
the quiet and business hours, and the rule "at most once a day, from the end of the quiet hours".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.model import Application, FollowUpState, Interview, Interviewer, Stage
from afterview.domain.plan import Step, plan
from afterview.domain.progress import record
from afterview.domain.settings import Settings
from afterview.reminders.loop import Notice, ReminderLoop
from tests.support.fakes import FakeClock
from tests.support.reminders import Collector, MemorySource

ZONES = ["Europe/Madrid", "America/New_York"]
# Around the daylight-saving changes of both zones.
DST_DAYS = [
    datetime(2026, 10, 23, tzinfo=UTC),
    datetime(2026, 10, 30, tzinfo=UTC),
    datetime(2027, 3, 12, tzinfo=UTC),
    datetime(2027, 3, 26, tzinfo=UTC),
]
SETTINGS = Settings()


@st.composite
def applications(draw: st.DrawFn, base: datetime) -> Application:
    interviews = []
    for _ in range(draw(st.integers(1, 2))):
        zone = draw(st.sampled_from(ZONES))
        start = base + timedelta(minutes=draw(st.integers(0, 6 * 24 * 60)))
        names = draw(st.lists(st.sampled_from(["Ana", "Luis", "Mei", "Omar"]), max_size=3, unique=True))
        interviews.append(
            Interview(
                start,
                time_zone=zone,
                duration_minutes=draw(st.integers(15, 120)),
                interviewers=[Interviewer(n) for n in names],
            )
        )
    decision = draw(st.none() | st.integers(0, 15).map(lambda days: (base + timedelta(days=days)).date()))
    app = Application(
        company=draw(st.sampled_from(["Acme", "Núñez", "Globex"])),
        stage=draw(st.sampled_from([Stage.INTERVIEWING, Stage.INTERVIEWING, Stage.FINAL, Stage.OFFER])),
        decision_expected_on=decision,
        interviews=interviews,
    )
    # Some steps already dealt with: they must never fire.
    for step in plan([app], SETTINGS):
        if draw(st.integers(0, 9)) == 0:
            record(app, step, draw(st.sampled_from([FollowUpState.DONE, FollowUpState.SKIPPED])), base)
    return app


Action = tuple[str, int]
actions = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(1, 40)),  # that many regular ticks
        st.tuples(st.just("sleep"), st.integers(2, 4 * 24 * 60)),  # minutes asleep
        st.tuples(st.just("back"), st.integers(1, 6 * 60)),  # clock set back, minutes
        st.tuples(st.just("restart"), st.integers(0, 600)),  # closed for minutes, then started again
        st.tuples(st.just("move"), st.integers(0, len(ZONES) - 1)),  # the user changes time zone
    ),
    min_size=5,
    max_size=40,
)


@dataclass
class Tick:
    at: datetime
    zone: ZoneInfo
    fired: list[str]
    notices: list[Notice] = field(default_factory=list)
    after_start: bool = False


def simulate(
    apps: list[Application], start: datetime, script: list[Action], zone_name: str
) -> tuple[list[Tick], list[Step]]:
    zone = ZoneInfo(zone_name)
    source = MemorySource(apps, SETTINGS, zone)
    clock = FakeClock(start)
    notifier = Collector()
    loop = ReminderLoop(source, notifier, clock)
    ticks: list[Tick] = []
    delay = timedelta(0)
    fresh_start = True

    def tick() -> None:
        nonlocal delay, fresh_start
        seen, shown = len(source.history), len(notifier.notices)
        delay = loop.tick()
        ticks.append(
            Tick(clock.now(), zone, [k for k, _ in source.history[seen:]], notifier.notices[shown:], fresh_start)
        )
        fresh_start = False

    tick()
    for kind, amount in script:
        if kind == "tick":
            for _ in range(amount):
                clock.current += delay
                tick()
        elif kind == "sleep":
            clock.current += timedelta(minutes=amount)
            tick()
        elif kind == "back":
            clock.current -= timedelta(minutes=amount)
            tick()
        elif kind == "restart":
            clock.current += timedelta(minutes=amount)
            loop = ReminderLoop(source, notifier, clock)
            fresh_start = True
            tick()
        else:
            zone = source.zone = ZoneInfo(ZONES[amount])
            tick()
    return ticks, plan(apps, SETTINGS)


def quiet(moment: datetime, zone: ZoneInfo) -> bool:
    local = moment.astimezone(zone).time()
    return local >= SETTINGS.quiet_hours_start or local < SETTINGS.quiet_hours_end


def allowed(step: Step, moment: datetime, zone: ZoneInfo) -> bool:
    if not step.quiet_hours_apply:
        return True
    if quiet(moment, zone):
        return False
    if step.call_zone is None:
        return True
    local = moment.astimezone(ZoneInfo(step.call_zone))
    return local.weekday() < 5 and SETTINGS.business_hours_start <= local.time() < SETTINGS.business_hours_end


def next_morning(fired: datetime, zone: ZoneInfo) -> datetime:
    day: date = fired.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(day, SETTINGS.quiet_hours_end, tzinfo=zone).astimezone(UTC)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(DST_DAYS),
    data=st.data(),
    script=actions,
    zone_name=st.sampled_from(ZONES),
    offset=st.integers(-2 * 24 * 60, 8 * 24 * 60),
)
def test_no_reminder_is_lost_doubled_or_raised_in_quiet_hours(
    base: datetime, data: st.DataObject, script: list[Action], zone_name: str, offset: int
) -> None:
    apps = data.draw(st.lists(applications(base), min_size=1, max_size=3))
    ticks, steps = simulate(apps, base + timedelta(minutes=offset), script, zone_name)
    by_key = {step.key: step for step in steps}
    last_fired: dict[str, datetime] = {}
    for tick in ticks:
        assert_raised_only_when_due(tick, by_key, last_fired)
        assert_nothing_owed_is_missed(tick, steps, last_fired)
        for key in tick.fired:
            last_fired[key] = tick.at
        assert_catch_up_is_one_summary(tick)


def assert_raised_only_when_due(tick: Tick, by_key: dict[str, Step], last_fired: dict[str, datetime]) -> None:
    """Never inside quiet hours, before its time, after its lapse, once done, or twice in a day."""
    # Never inside quiet hours (but for what to ask at an interview the user is at).
    if quiet(tick.at, tick.zone):
        held = [key for key in tick.fired if by_key[key].quiet_hours_apply]
        assert held == [], f"raised at {tick.at} inside quiet hours"
    for key in tick.fired:
        step = by_key[key]
        assert step.is_open, f"{key} was done or skipped but raised"
        assert tick.at >= step.remind_at, f"{key} raised before its time"
        assert step.lapses_at is None or tick.at < step.lapses_at, f"{key} raised after it lapsed"
        if key in last_fired:
            # Never twice in a day: the next one only from the next morning on.
            previous = last_fired[key]
            assert step.repeats, f"one-off {key} raised twice"
            assert tick.at >= next_morning(previous, tick.zone), f"{key} raised again at {tick.at} after {previous}"


def assert_nothing_owed_is_missed(tick: Tick, steps: list[Step], last_fired: dict[str, datetime]) -> None:
    """Never lost: anything whose time has come (and may be raised now) is raised at this tick."""
    for step in steps:
        if not step.is_open or (step.lapses_at is not None and tick.at >= step.lapses_at):
            continue
        if not allowed(step, tick.at, tick.zone):
            continue
        if step.key in last_fired:
            owed = step.repeats and tick.at >= next_morning(last_fired[step.key], tick.zone)
        else:
            owed = tick.at >= step.remind_at
        if owed:
            assert step.key in tick.fired, f"{step.key} was owed at {tick.at} but not raised"


def assert_catch_up_is_one_summary(tick: Tick) -> None:
    """Catch-up comes as one summary, never a flood."""
    summaries = [notice for notice in tick.notices if "came due" in notice.title]
    assert len(summaries) <= 1
    assert all(len(notice.step_keys) >= 2 for notice in summaries)
    assert sum(len(notice.step_keys) for notice in tick.notices) == len(tick.fired)
    assert len(tick.notices) <= 1 + 2 + 1  # a summary, a couple of singles or a group


def test_the_simulation_does_raise_things() -> None:
    """Guards the property test against passing vacuously."""
    base = DST_DAYS[0]
    app = Application(
        company="Acme",
        interviews=[
            Interview(base + timedelta(hours=10), time_zone="Europe/Madrid", interviewers=[Interviewer("Ana")])
        ],
    )
    ticks, _ = simulate(
        [app], base, [("tick", 40), ("sleep", 600), ("tick", 20), ("sleep", 3000), ("tick", 3)], "Europe/Madrid"
    )
    assert sum(len(tick.fired) for tick in ticks) >= 4
    assert any(any("came due while your computer was asleep" in n.title for n in tick.notices) for tick in ticks)
