"""`afterview agenda` and `afterview due --json` on the plan's hard cases, through the real command line."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from afterview.commands import run_agenda, run_due
from afterview.core.reminder_source import WorkspaceReminderSource
from afterview.core.schedule import agenda
from afterview.core.workspace import Workspace
from afterview.domain.model import (
    Application,
    Interview,
    Interviewer,
    InterviewKind,
    Outcome,
    OutcomeKind,
    Stage,
)
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.reminders.loop import ReminderLoop
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.reminders import Collector

MADRID = ZoneInfo("Europe/Madrid")
SYDNEY = ZoneInfo("Australia/Sydney")


def stored(paths: AppPaths, clock: FakeClock, *apps: Application) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(Settings(time_zone="Europe/Madrid"))
        for app in apps:
            store.save(app)


def interview(start: datetime, zone: str, *names: str, kind: InterviewKind = InterviewKind.ONE_TO_ONE) -> Interview:
    return Interview(
        starts_at=start, time_zone=zone, duration_minutes=45, kind=kind, interviewers=[Interviewer(n) for n in names]
    )


def agenda_json(paths: AppPaths, clock: FakeClock, start: str, end: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert run_agenda(paths, clock, start, end, True, out) == 0
    entries: list[dict[str, Any]] = json.loads(out.getvalue())
    return entries


def due_json(paths: AppPaths, clock: FakeClock, at: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert run_due(paths, clock, at, True, out) == 0
    entries: list[dict[str, Any]] = json.loads(out.getvalue())
    return entries


def test_a_sydney_check_in_for_a_madrid_student_is_raised_when_madrid_wakes(paths: AppPaths, clock: FakeClock) -> None:
    start = datetime(2026, 11, 24, 10, 0, tzinfo=SYDNEY)
    app = Application(
        company="Harbour Analytics", stage=Stage.INTERVIEWING, decision_expected_on=date(2026, 12, 4),
        interviews=[interview(start, "Australia/Sydney", "Mia Chen")], created_at=start,
    )  # fmt: skip
    stored(paths, clock, app)
    entries = agenda_json(paths, clock, "2026-11-23T00:00", "2026-12-31T00:00")
    check_ins = [entry for entry in entries if entry["kind"] == "check_in"]
    # Decision Fri 4 Dec; first business day after it Mon 7, plus one of grace: Tue 8 Dec, 09:00 in
    # Sydney, 23:00 on Monday in Madrid, inside the quiet hours: raised when they end.
    assert check_ins[0]["at"] == "2026-12-08T08:00:00+01:00"
    assert check_ins[0]["number"] == 1 and check_ins[0]["grouped"] is False
    assert "Email now, or call between 23:00 and 07:00 your time (09:00–17:00 in Sydney)" in check_ins[0]["body"]
    assert {entry["number"] for entry in check_ins} == {1, 2}  # never lost, at most two
    assert all(datetime.fromisoformat(e["at"]).astimezone(MADRID).hour >= 8 for e in entries)


def test_the_agenda_is_what_the_tray_raises_on_a_fake_clock(paths: AppPaths) -> None:
    clock = FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=MADRID))
    start = datetime(2026, 11, 24, 10, 0, tzinfo=MADRID)
    stored(paths, clock, Application(company="Acme", interviews=[interview(start, "Europe/Madrid", "Ana", "Luis")]))
    end = datetime(2026, 12, 20, tzinfo=MADRID)
    with Store.open(paths, clock, read_only=True) as store:
        workspace = Workspace(store, clock)
        planned = [(item.at, item.notice.step_keys) for item in agenda(workspace, clock.now(), end)]
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        notifier = Collector()
        loop = ReminderLoop(WorkspaceReminderSource(workspace), notifier, clock)
        times: list[datetime] = []
        while clock.now() <= end:
            before = len(notifier.notices)
            delay = loop.tick()
            times.extend(clock.now() for _ in notifier.notices[before:])
            clock.advance(seconds=delay.total_seconds())
    assert planned == [(at, notice.step_keys) for at, notice in zip(times, notifier.notices, strict=True)]
    assert len(planned) > 10


def test_due_json_says_when_each_step_is_next_raised(paths: AppPaths, clock: FakeClock) -> None:
    start = datetime(2026, 11, 24, 10, 0, tzinfo=MADRID)
    stored(paths, clock, Application(company="Acme", interviews=[interview(start, "Europe/Madrid", "Ana")]))
    entries = {entry["kind"]: entry for entry in due_json(paths, clock, "2026-11-24T22:00+01:00")}
    # At 22:00 the quiet hours have begun: the thank-you comes back at 08:00.
    assert entries["thank_you"]["remind_at"] == "2026-11-25T08:00:00+01:00"


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("no interviewers", {"add_interviewers", "self_assessment", "ask_decision_date"}),
        ("screening call", {"thank_you:Rosa", "self_assessment", "ask_decision_date"}),
        ("group interview", {"thank_you:Rosa", "self_assessment", "ask_decision_date"}),
        ("panel", {"thank_you:Rosa", "thank_you:Juan", "linkedin:Rosa", "linkedin:Juan", "self_assessment",
                   "ask_decision_date"}),
        ("rejected the same day", {"thank_you:Rosa", "linkedin:Rosa", "lessons", "rejection_reply",
                                   "feedback_request"}),
        ("offer with a deadline", {"offer_reply", "thank_you:Rosa", "linkedin:Rosa", "self_assessment"}),
    ],
)  # fmt: skip
def test_each_kind_of_round_and_outcome_gives_its_steps(
    case: str, expected: set[str], paths: AppPaths, clock: FakeClock
) -> None:
    start = datetime(2026, 11, 24, 10, 0, tzinfo=MADRID)
    kind = {"screening call": InterviewKind.SCREENING, "group interview": InterviewKind.GROUP}.get(
        case, InterviewKind.PANEL if case == "panel" else InterviewKind.ONE_TO_ONE
    )
    names = () if case == "no interviewers" else ("Rosa", "Juan") if kind is not InterviewKind.ONE_TO_ONE else ("Rosa",)
    app = Application(company="Acme", interviews=[interview(start, "Europe/Madrid", *names, kind=kind)])
    if case == "rejected the same day":
        app.stage, app.outcome = Stage.REJECTED, Outcome(OutcomeKind.REJECTED, start.replace(hour=17))
    if case == "offer with a deadline":
        app.stage, app.offer_deadline = Stage.OFFER, date(2026, 12, 4)
        app.decision_expected_on = date(2026, 11, 27)
    stored(paths, clock, app)
    entries = due_json(paths, clock, "2026-11-25T12:00+01:00")
    assert {e["kind"] + (f":{e['interviewer']}" if e["interviewer"] else "") for e in entries} == expected
    if case == "rejected the same day":
        assert all(e["optional"] for e in entries if e["kind"] in ("thank_you", "linkedin"))
    if case == "offer with a deadline":
        [reply] = [e for e in entries if e["kind"] == "offer_reply"]
        assert reply["deadline"] == "2026-12-04T16:00:00Z"  # the deadline day's business hours end, 17:00 Madrid
