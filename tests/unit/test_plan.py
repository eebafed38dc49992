"""The follow-up rules, one table per rule, with dates chosen to hit the edges.

November 2026: Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30. Times are Madrid local
(UTC+1 in winter) unless a row says otherwise.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewKind,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    Stage,
)
from afterview.domain.plan import Status, Step, plan, plan_application
from afterview.domain.progress import record, tomorrow_morning
from afterview.domain.settings import Settings
from afterview.domain.timeline import decision_date_from
from afterview.domain.wording import action, timing
from tests.support.builders import MADRID, application, local, shown

NEW_YORK = ZoneInfo("America/New_York")
K = FollowUpKind


def steps_of(app: Application, kind: FollowUpKind, settings: Settings | None = None) -> list[Step]:
    return [step for step in plan_application(app, settings or Settings()) if step.kind is kind]


def only(app: Application, kind: FollowUpKind, settings: Settings | None = None) -> Step:
    [step] = steps_of(app, kind, settings)
    return step


# --- ask before it ends -------------------------------------------------------------------------


def test_what_to_ask_comes_half_an_hour_before_the_interview_not_during_it() -> None:
    ask = only(application(), K.ASK_NEXT_STEP)
    assert (shown(ask.remind_at), shown(ask.lapses_at), ask.repeats) == (
        "Tue 2026-11-24 09:30",
        "Tue 2026-11-24 10:45",
        False,
    )
    assert ask.status(local("2026-11-24T09:40")) is Status.DUE
    assert ask.status(local("2026-11-24T10:46")) is Status.LAPSED


def test_what_to_ask_before_an_evening_interview_is_not_held_by_quiet_hours() -> None:
    ask = only(application("2026-11-24T22:00"), K.ASK_NEXT_STEP)
    assert (shown(ask.remind_at), ask.quiet_hours_apply) == ("Tue 2026-11-24 21:30", False)


@pytest.mark.parametrize("fields", [{"decision_expected_on": date(2026, 12, 4)}, {"decision_timeline": "they'll call"}])
def test_recording_when_they_decide_satisfies_the_ask(fields: dict[str, Any]) -> None:
    assert only(application(**fields), K.ASK_NEXT_STEP).state is FollowUpState.DONE


def test_a_decision_date_from_an_earlier_round_does_not_satisfy_the_ask() -> None:
    assert only(application(decision_expected_on=date(2026, 11, 1)), K.ASK_NEXT_STEP).is_open


# --- self-assessment ----------------------------------------------------------------------------


def test_review_due_at_the_end_reminded_an_hour_later_lapsing_after_a_week() -> None:
    review = only(application(), K.SELF_ASSESSMENT)
    assert [shown(review.due_at), shown(review.remind_at), shown(review.lapses_at)] == [
        "Tue 2026-11-24 10:45", "Tue 2026-11-24 11:45", "Tue 2026-12-01 10:45",
    ]  # fmt: skip


def test_a_completed_review_is_done() -> None:
    app = application()
    app.interviews[0].assessment = Assessment(overall_rating=4, completed_at=local("2026-11-24T12:00"))
    review = only(app, K.SELF_ASSESSMENT)
    assert (review.state, review.done_at) == (FollowUpState.DONE, local("2026-11-24T12:00"))


def test_an_unfinished_review_is_still_open() -> None:
    app = application()
    app.interviews[0].assessment = Assessment(overall_rating=4)
    assert only(app, K.SELF_ASSESSMENT).is_open


# --- thank-you letters --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "zone", "deadline", "lapses"),
    [
        ("2026-11-24T10:00", "Europe/Madrid", "Wed 2026-11-25 10:45", "Fri 2026-11-27 10:45"),  # a weekday: 24 h
        (
            "2026-11-26T18:00",
            "Europe/Madrid",
            "Fri 2026-11-27 18:45",
            "Tue 2026-12-01 18:45",
        ),  # late days are business days
        (
            "2026-11-27T16:00",
            "Europe/Madrid",
            "Mon 2026-11-30 17:00",
            "Wed 2026-12-02 17:00",
        ),  # Friday: to Monday's end
        ("2026-11-28T11:00", "Europe/Madrid", "Mon 2026-11-30 17:00", "Wed 2026-12-02 17:00"),  # Saturday
        (
            "2026-11-29T23:30",
            "Europe/Madrid",
            "Tue 2026-12-01 00:15",
            "Thu 2026-12-03 00:15",
        ),  # Sunday night: Monday is fine
        (
            "2026-11-27T16:00",
            "America/New_York",
            "Mon 2026-11-30 17:00",
            "Wed 2026-12-02 17:00",
        ),  # in the interview's zone
    ],
)
def test_thank_you_within_24_hours_weekends_move_to_the_next_business_day(
    start: str, zone: str, deadline: str, lapses: str
) -> None:
    thanks = only(application(start, zone=zone), K.THANK_YOU)
    assert (shown(thanks.deadline, ZoneInfo(zone)), shown(thanks.lapses_at, ZoneInfo(zone))) == (deadline, lapses)


def test_one_thank_you_and_one_invitation_per_interviewer() -> None:
    app = application(people=3)
    people = {person.id for person in app.interviews[0].interviewers}
    assert {step.interviewer_id for step in steps_of(app, K.THANK_YOU)} == people
    assert {step.interviewer_id for step in steps_of(app, K.LINKEDIN)} == people
    assert len({step.key for step in plan_application(app, Settings())}) == len(plan_application(app, Settings()))


def test_thank_you_statuses_over_time() -> None:
    thanks = only(application(), K.THANK_YOU)
    assert [thanks.status(local(moment)) for moment in ("2026-11-24T10:30", "2026-11-24T12:00", "2026-11-25T11:00", "2026-11-27T11:00")] == [
        Status.UPCOMING, Status.DUE, Status.LATE, Status.LAPSED,
    ]  # fmt: skip
    assert timing(thanks, local("2026-11-24T12:00")) == "due in 22 h"
    assert timing(thanks, local("2026-11-25T12:45")) == "late by 2 h, still worth doing"


def test_a_sent_letter_completes_the_thank_you_for_that_interviewer_only() -> None:
    app = application(people=2)
    ana, luis = app.interviews[0].interviewers
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, ana.id, sent_at=local("2026-11-24T15:00")))
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, luis.id))  # a draft, not sent
    states = {step.interviewer_id: (step.state, step.done_at) for step in steps_of(app, K.THANK_YOU)}
    assert states == {ana.id: (FollowUpState.DONE, local("2026-11-24T15:00")), luis.id: (FollowUpState.PENDING, None)}


def test_the_thank_you_window_is_a_setting() -> None:
    thanks = only(application(), K.THANK_YOU, Settings(thank_you_hours=12, late_grace_days=0))
    assert (shown(thanks.deadline), shown(thanks.lapses_at)) == ("Tue 2026-11-24 22:45", "Tue 2026-11-24 22:45")


# --- LinkedIn -----------------------------------------------------------------------------------


def test_linkedin_within_two_days_reminded_the_day_after() -> None:
    connect = only(application(), K.LINKEDIN)
    assert [shown(connect.remind_at), shown(connect.deadline), shown(connect.lapses_at)] == [
        "Wed 2026-11-25 08:00", "Thu 2026-11-26 10:45", "Mon 2026-11-30 10:45",
    ]  # fmt: skip


def test_the_day_after_is_the_users_next_morning_in_their_own_zone() -> None:
    # A 15:00 interview in New York ends at 21:45 in Madrid: the next morning there is Wednesday.
    app = application("2026-11-24T15:00", zone="America/New_York")
    connect = next(step for step in plan_application(app, Settings(), MADRID) if step.kind is K.LINKEDIN)
    assert shown(connect.remind_at, MADRID) == "Wed 2026-11-25 08:00"
    # A Friday interview ending late at night: Saturday morning, not Sunday.
    late = application("2026-11-27T22:45", zone="Europe/Madrid")
    assert shown(only(late, K.LINKEDIN).remind_at) == "Sat 2026-11-28 08:00"


def test_linkedin_applies_with_or_without_a_profile_address() -> None:
    app = application(people=2)
    app.interviews[0].interviewers[0].linkedin_url = "https://www.linkedin.com/in/anaruiz"
    assert len(steps_of(app, K.LINKEDIN)) == 2


def test_a_sent_invitation_note_completes_the_step() -> None:
    app = application()
    app.interviews[0].letters.append(
        Letter(LetterKind.LINKEDIN_NOTE, app.interviews[0].interviewers[0].id, sent_at=local("2026-11-25T09:00"))
    )
    assert only(app, K.LINKEDIN).state is FollowUpState.DONE


# --- check-ins ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "first_check_in"),
    [
        ({"decision_expected_on": date(2026, 12, 4)}, "Tue 2026-12-08 09:00"),  # Friday → Monday, + 1 day of grace
        ({"decision_expected_on": date(2026, 12, 5)}, "Tue 2026-12-08 09:00"),  # a Saturday: the same Tuesday
        ({"decision_expected_on": date(2026, 12, 1)}, "Thu 2026-12-03 09:00"),  # Tuesday → Wednesday + 1
        ({}, "Thu 2026-12-03 09:00"),  # no date: 7 business days after the interview
        ({"decision_expected_on": date(2026, 11, 2)}, "Thu 2026-12-03 09:00"),  # a stale date counts as none
        ({"decision_timeline": "in two weeks"}, "Thu 2026-12-10 09:00"),  # Tue Dec 8 → Wed + 1
        ({"decision_timeline": "en diez días"}, "Tue 2026-12-08 09:00"),  # Fri Dec 4 → Mon + 1
        ({"decision_timeline": "soon, they said"}, "Thu 2026-12-03 09:00"),  # unclear: the no-date rule
    ],
)
def test_first_check_in(fields: dict[str, Any], first_check_in: str) -> None:
    check_in = steps_of(application(**fields), K.CHECK_IN)[0]
    assert (shown(check_in.due_at), check_in.number, check_in.call_zone, check_in.deadline) == (
        first_check_in, 1, "Europe/Madrid", None,
    )  # fmt: skip
    assert check_in.lapses_at == check_in.due_at + timedelta(days=7)


def test_check_in_settings() -> None:
    settings = Settings(decision_grace_business_days=0, business_hours_start=time(10, 0))
    assert (
        shown(steps_of(application(decision_expected_on=date(2026, 12, 4)), K.CHECK_IN, settings)[0].due_at)
        == "Mon 2026-12-07 10:00"
    )
    settings = Settings(no_date_check_in_business_days=5)
    assert shown(steps_of(application(), K.CHECK_IN, settings)[0].due_at) == "Tue 2026-12-01 09:00"


def test_check_ins_are_in_the_interviews_zone() -> None:
    check_in = steps_of(application(zone="America/New_York"), K.CHECK_IN)[0]
    assert shown(check_in.due_at, NEW_YORK) == "Thu 2026-12-03 09:00"


def act(app: Application, kind: FollowUpKind, state: FollowUpState, at: str, number: int = 1) -> None:
    [step] = [step for step in steps_of(app, kind) if step.number == number]
    record(app, step, state, local(at))


def test_at_most_two_check_ins_a_week_apart_then_close_out_then_lessons() -> None:
    app = application(decision_expected_on=date(2026, 12, 4))
    first, second = steps_of(app, K.CHECK_IN)
    assert (shown(first.due_at), shown(second.due_at)) == ("Tue 2026-12-08 09:00", "Tue 2026-12-15 09:00")
    act(app, K.CHECK_IN, FollowUpState.DONE, "2026-12-08T10:00")
    second = steps_of(app, K.CHECK_IN)[1]
    assert shown(second.due_at) == "Tue 2026-12-15 10:00"  # a week after the call actually made
    act(app, K.CHECK_IN, FollowUpState.DONE, "2026-12-18T18:30", number=2)  # a Friday evening
    assert len(steps_of(app, K.CHECK_IN)) == 2  # never a third
    close_out = only(app, K.CLOSE_OUT)
    assert (shown(close_out.due_at), close_out.repeats, close_out.lapses_at) == ("Mon 2026-12-28 09:00", False, None)
    assert "close this process out" in action(close_out, app)
    assert steps_of(app, K.LESSONS) == []
    act(app, K.CLOSE_OUT, FollowUpState.DONE, "2026-12-28T09:30")
    assert shown(only(app, K.LESSONS).due_at) == "Mon 2026-12-28 09:30"


def test_an_ignored_check_in_lapses_after_the_spacing_and_the_next_takes_over() -> None:
    app = application(decision_expected_on=date(2026, 12, 4))
    first, second = steps_of(app, K.CHECK_IN)
    close_out = only(app, K.CLOSE_OUT)
    moments = ["2026-12-08T10:00", "2026-12-15T10:00", "2026-12-22T10:00"]
    assert [(first.status(local(m)), second.status(local(m)), close_out.status(local(m))) for m in moments] == [
        (Status.DUE, Status.UPCOMING, Status.UPCOMING),
        (Status.LAPSED, Status.DUE, Status.UPCOMING),
        (Status.LAPSED, Status.LAPSED, Status.DUE),
    ]


def test_a_skipped_check_in_counts_and_spacing_runs_from_its_due_time() -> None:
    app = application(decision_expected_on=date(2026, 12, 4))
    act(app, K.CHECK_IN, FollowUpState.SKIPPED, "2026-12-07T12:00")  # skipped before it was even due
    assert shown(steps_of(app, K.CHECK_IN)[1].due_at) == "Tue 2026-12-15 09:00"


def test_the_cap_and_the_spacing_are_settings() -> None:
    app = application(decision_expected_on=date(2026, 12, 4))
    settings = Settings(max_check_ins=1, check_in_spacing_days=3)
    act(app, K.CHECK_IN, FollowUpState.DONE, "2026-12-08T10:00")
    assert [step.number for step in steps_of(app, K.CHECK_IN, settings)] == [1]
    assert shown(only(app, K.CLOSE_OUT, settings).due_at) == "Fri 2026-12-11 10:00"
    assert shown(only(application(), K.CLOSE_OUT, Settings(max_check_ins=0)).due_at) == "Thu 2026-12-03 09:00"


def test_a_snoozed_check_in_is_quiet_until_its_snooze_ends() -> None:
    app = application()
    record(
        app,
        steps_of(app, K.CHECK_IN)[0],
        FollowUpState.SNOOZED,
        local("2026-12-03T09:05"),
        until=local("2026-12-03T15:00"),
    )
    check_in = steps_of(app, K.CHECK_IN)[0]
    assert check_in.status(local("2026-12-03T10:00")) is Status.SNOOZED
    assert check_in.status(local("2026-12-03T15:00")) is Status.DUE


def test_any_response_cancels_the_check_ins_and_a_new_round_restarts_them() -> None:
    app = application()
    app.outcome = Outcome(OutcomeKind.RESPONSE, local("2026-11-30T12:00"), "They want a second round")
    assert steps_of(app, K.CHECK_IN) == []
    assert steps_of(app, K.THANK_YOU)  # the letters still matter
    app.interviews.append(
        Interview(starts_at=local("2026-12-02T16:00"), time_zone="Europe/Madrid", interviewers=[Interviewer("Eva")])
    )
    check_in = steps_of(app, K.CHECK_IN)[0]
    assert (shown(check_in.due_at), check_in.interview_id) == ("Fri 2026-12-11 09:00", app.interviews[1].id)


def test_an_offer_closes_the_check_ins() -> None:
    app = application(stage=Stage.OFFER)
    assert steps_of(app, K.CHECK_IN) == []
    assert steps_of(app, K.THANK_YOU)


# --- outcomes -----------------------------------------------------------------------------------


def test_a_rejection_brings_lessons_and_an_optional_feedback_request_only() -> None:
    app = application(stage=Stage.REJECTED, outcome=Outcome(OutcomeKind.REJECTED, local("2026-12-01T11:00")))
    steps = plan_application(app, Settings())
    assert [step.kind for step in steps] == [K.LESSONS, K.REJECTION_REPLY, K.FEEDBACK_REQUEST]
    lessons, reply, feedback = steps
    assert (shown(lessons.due_at), lessons.interview_id) == ("Tue 2026-12-01 11:00", app.interviews[0].id)
    assert (reply.repeats, shown(reply.lapses_at)) == (False, "Tue 2026-12-08 11:00")
    assert (feedback.repeats, shown(feedback.lapses_at)) == (False, "Tue 2026-12-15 11:00")


def test_a_rejection_the_same_day_keeps_the_letters_as_optional() -> None:
    app = application(stage=Stage.REJECTED, outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-24T16:00")))
    kept = [step for step in plan_application(app, Settings()) if step.kind in (K.THANK_YOU, K.LINKEDIN)]
    assert [(step.kind, step.optional, step.repeats) for step in kept] == [
        (K.THANK_YOU, True, False), (K.LINKEDIN, True, False),
    ]  # fmt: skip
    assert action(kept[0], app).startswith("Still worth it, to keep the door open: Send your thank-you")


def test_written_lessons_and_a_sent_feedback_request_complete_them() -> None:
    app = application(stage=Stage.REJECTED, outcome=Outcome(OutcomeKind.REJECTED, local("2026-12-01T11:00")))
    app.lessons_learned = "Prepare a portfolio example"
    app.interviews[0].letters.append(Letter(LetterKind.FEEDBACK_REQUEST, sent_at=local("2026-12-02T09:00")))
    app.interviews[0].letters.append(Letter(LetterKind.REJECTION_REPLY, sent_at=local("2026-12-02T09:00")))
    assert all(not step.is_open for step in plan_application(app, Settings()))


def test_a_rejection_without_a_recorded_outcome_uses_the_last_interview() -> None:
    app = application(stage=Stage.REJECTED)
    assert shown(only(app, K.LESSONS).due_at) == "Tue 2026-11-24 10:45"


def test_closed_out_for_no_response_brings_lessons_only() -> None:
    app = application(stage=Stage.NO_RESPONSE, outcome=Outcome(OutcomeKind.NO_RESPONSE, local("2026-12-20T10:00")))
    assert [step.kind for step in plan_application(app, Settings())] == [K.LESSONS]


@pytest.mark.parametrize("stage", [Stage.WITHDRAWN, Stage.ACCEPTED])
def test_withdrawn_or_accepted_raise_nothing(stage: Stage) -> None:
    assert plan_application(application(stage=stage), Settings()) == []


def test_no_interviews_no_steps() -> None:
    assert plan_application(Application(company="Acme"), Settings()) == []


# --- progress, ordering, wording ----------------------------------------------------------------


def test_stored_progress_is_applied_and_updated_in_place() -> None:
    app = application()
    act(app, K.LINKEDIN, FollowUpState.SKIPPED, "2026-11-24T12:00")
    act(app, K.LINKEDIN, FollowUpState.DONE, "2026-11-24T13:00")
    assert len(app.follow_ups) == 1
    connect = only(app, K.LINKEDIN)
    assert (connect.state, connect.done_at, connect.status(local("2026-11-30T10:00"))) == (
        FollowUpState.DONE, local("2026-11-24T13:00"), Status.DONE,
    )  # fmt: skip


def test_snoozing_needs_a_future_time() -> None:
    app = application()
    with pytest.raises(ValueError, match="future"):
        record(
            app,
            only(app, K.THANK_YOU),
            FollowUpState.SNOOZED,
            local("2026-11-24T12:00"),
            until=local("2026-11-24T11:00"),
        )


def test_tomorrow_morning_is_the_start_of_the_next_working_day_hours() -> None:
    assert shown(tomorrow_morning(local("2026-11-24T23:30"), Settings(), MADRID)) == "Wed 2026-11-25 09:00"


def test_the_whole_plan_is_in_due_order() -> None:
    apps = [application("2026-11-26T09:00"), application("2026-11-24T09:00")]
    steps = plan(apps, Settings())
    assert [step.due_at for step in steps] == sorted(step.due_at for step in steps)


def test_wording_names_the_person_and_the_company() -> None:
    app = application(people=1)
    assert action(only(app, K.THANK_YOU), app) == "Send your thank-you letter to Ana Ruiz"
    assert action(only(app, K.LINKEDIN), app) == "Connect with Ana Ruiz on LinkedIn"
    first, second = steps_of(app, K.CHECK_IN)
    assert action(first, app) == "Check in with Acme: a brief, polite call or email"
    assert action(second, app) == "Check in again with Acme: a brief, polite call or email"


# --- stated timelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("in two weeks", date(2026, 12, 8)),
        ("2 weeks", date(2026, 12, 8)),
        ("within 10 days", date(2026, 12, 4)),
        ("a week", date(2026, 12, 1)),
        ("5 business days", date(2026, 12, 1)),
        ("a couple of weeks", date(2026, 12, 8)),
        ("by the end of the week", date(2026, 11, 27)),
        ("end of the month", date(2026, 11, 30)),
        ("in a month", date(2026, 12, 24)),
        ("en dos semanas", date(2026, 12, 8)),
        ("en 3 días hábiles", date(2026, 11, 27)),
        ("a finales de mes", date(2026, 11, 30)),
        ("un mes", date(2026, 12, 24)),
        ("soon", None),
        ("", None),
        ("0 days", None),
    ],
)
def test_stated_timelines_become_dates(said: str, expected: date | None) -> None:
    assert decision_date_from(said, date(2026, 11, 24)) == expected


def test_a_month_later_from_the_31st_is_the_end_of_the_shorter_month() -> None:
    assert decision_date_from("in one month", date(2027, 1, 31)) == date(2027, 2, 28)
    assert decision_date_from("by the end of the week", date(2026, 11, 28)) == date(2026, 12, 4)


def test_steps_have_no_gaps_in_their_timing() -> None:
    for step in plan_application(application(people=2), Settings()):
        assert step.remind_at >= step.due_at - timedelta(minutes=1)
        if step.deadline is not None:
            assert step.deadline > step.due_at
        if step.lapses_at is not None:
            assert step.lapses_at >= (step.deadline or step.due_at)


# --- kinds of rounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "settings", "thanks", "invitations"),
    [
        (InterviewKind.ONE_TO_ONE, Settings(), 3, 3),
        (InterviewKind.PANEL, Settings(), 3, 3),
        (InterviewKind.FINAL, Settings(), 3, 3),
        (InterviewKind.SCREENING, Settings(), 1, 0),  # one short email to the recruiter
        (InterviewKind.SCREENING, Settings(linkedin_after_screening=True), 1, 1),
        (InterviewKind.GROUP, Settings(), 1, 0),  # one note to the organiser
        (InterviewKind.GROUP, Settings(linkedin_after_group=True), 1, 1),
    ],
)
def test_each_kind_of_round_calls_for_its_letters(
    kind: InterviewKind, settings: Settings, thanks: int, invitations: int
) -> None:
    app = application(people=3)
    app.interviews[0].kind = kind
    steps = plan_application(app, settings)
    assert len([s for s in steps if s.kind is K.THANK_YOU]) == thanks
    assert len([s for s in steps if s.kind is K.LINKEDIN]) == invitations
    first = app.interviews[0].interviewers[0].id
    assert all(s.interviewer_id == first for s in steps if s.kind is K.THANK_YOU and thanks == 1)


def test_a_round_with_nobody_recorded_asks_for_their_names_by_the_thank_you_deadline() -> None:
    add = only(application(people=0), K.ADD_INTERVIEWERS)
    assert (shown(add.due_at), shown(add.deadline)) == ("Tue 2026-11-24 10:45", "Wed 2026-11-25 10:45")
    assert steps_of(application(people=0), K.THANK_YOU) == []


def test_check_ins_count_from_the_final_round() -> None:
    app = application()
    app.interviews[0].kind = InterviewKind.FINAL
    app.interviews.append(
        Interview(starts_at=local("2026-11-20T10:00"), time_zone="Europe/Madrid", interviewers=[Interviewer("Eva")])
    )  # an earlier screening added later in the list
    assert steps_of(app, K.CHECK_IN)[0].interview_id == app.interviews[0].id
