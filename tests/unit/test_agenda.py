"""Grouping for the Today view, at the edges of the day and the week."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.domain.agenda import Group, agenda
from afterview.domain.model import FollowUpKind, FollowUpState
from afterview.domain.plan import Step, plan
from afterview.domain.progress import record
from afterview.domain.settings import Settings
from tests.support.builders import application, local

MADRID = ZoneInfo("Europe/Madrid")
K = FollowUpKind


def kinds(groups: dict[Group, list[Step]], group: Group) -> list[FollowUpKind]:
    return [step.kind for step in groups[group]]


def test_groups_on_the_day_after_an_interview() -> None:
    app = application("2026-11-24T10:00")  # Tuesday
    groups = agenda(plan([app], Settings()), local("2026-11-25T12:00"), MADRID)
    assert kinds(groups, Group.OVERDUE) == [K.SELF_ASSESSMENT, K.THANK_YOU]  # review since yesterday; letter late
    assert kinds(groups, Group.TODAY) == [K.ASK_DECISION_DATE, K.LINKEDIN]  # no decision date was recorded
    assert kinds(groups, Group.THIS_WEEK) == []  # the first check-in is Dec 3, more than a week out
    assert groups[Group.SNOOZED] == []


def test_later_today_and_this_week() -> None:
    app = application("2026-11-25T16:00")
    groups = agenda(plan([app], Settings()), local("2026-11-25T09:00"), MADRID)
    assert K.ASK_NEXT_STEP in kinds(groups, Group.TODAY)
    assert K.THANK_YOU in kinds(groups, Group.TODAY)
    assert kinds(groups, Group.THIS_WEEK) == [K.ASK_DECISION_DATE]  # tomorrow, unless a date is recorded
    groups = agenda(plan([app], Settings()), local("2026-11-29T09:00"), MADRID)
    assert kinds(groups, Group.THIS_WEEK) == [K.CHECK_IN]


def test_snoozed_done_and_lapsed_steps() -> None:
    app = application("2026-11-24T10:00")
    steps = plan([app], Settings())
    [thanks] = [s for s in steps if s.kind is K.THANK_YOU]
    [review] = [s for s in steps if s.kind is K.SELF_ASSESSMENT]
    record(app, thanks, FollowUpState.SNOOZED, local("2026-11-24T12:00"), until=local("2026-11-24T18:00"))
    record(app, review, FollowUpState.DONE, local("2026-11-24T12:00"))
    groups = agenda(plan([app], Settings()), local("2026-11-24T13:00"), MADRID)
    assert kinds(groups, Group.SNOOZED) == [K.THANK_YOU]
    assert K.SELF_ASSESSMENT not in [s.kind for members in groups.values() for s in members]
    groups = agenda(plan([app], Settings()), local("2026-11-30T13:00"), MADRID)
    left = {step.kind for members in groups.values() for step in members}
    assert left == {K.CHECK_IN, K.ASK_DECISION_DATE}  # the letters have lapsed; asking still helps


def test_thank_you_letters_come_before_linkedin_even_when_the_weekend_pushes_their_deadline() -> None:
    # Friday: the letters' 24 h end on Saturday, so they are due Monday 17:00; the invitations by Sunday.
    app = application("2026-11-27T10:00", people=2)
    steps = plan([app], Settings())
    [thanks] = {s.deadline for s in steps if s.kind is K.THANK_YOU}
    [connect] = {s.deadline for s in steps if s.kind is K.LINKEDIN}
    assert connect is not None and thanks is not None and connect < thanks  # what used to put LinkedIn first
    groups = agenda(steps, local("2026-11-28T09:00"), MADRID)  # Saturday morning
    assert kinds(groups, Group.TODAY) == [K.THANK_YOU, K.THANK_YOU, K.LINKEDIN, K.LINKEDIN]
    people = [person.id for person in app.interviews[0].interviewers]
    assert [s.interviewer_id for s in groups[Group.TODAY]] == people * 2


def test_the_guides_order_keeps_interviews_apart() -> None:
    # A later interview's letters do not jump ahead of an earlier interview's invitations.
    first, second = application("2026-11-23T10:00"), application("2026-11-24T16:00")
    groups = agenda(plan([first, second], Settings()), local("2026-11-25T09:00"), MADRID)
    today = [(s.application_id, s.kind) for s in groups[Group.TODAY] if s.kind in (K.THANK_YOU, K.LINKEDIN)]
    assert today.index((second.id, K.THANK_YOU)) < today.index((second.id, K.LINKEDIN))
