"""An application's story: what happened, in time order, with the next step on top.

November 2026: Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30. Times are Madrid local
(UTC+1 in winter); the builders' interview is Tuesday 24 at 10:00, 45 minutes, with Ana Ruiz.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUpKind,
    FollowUpState,
    Interview,
    InterviewKind,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)
from afterview.domain.plan import Step, plan_application
from afterview.domain.progress import record, record_sent
from afterview.domain.settings import Settings
from afterview.domain.story import Event, EventKind, Story, next_step, story
from tests.support.builders import MADRID, application, local, shown
from tests.support.samples import full_application, minimal_application

SETTINGS = Settings(time_zone="Europe/Madrid")
E = EventKind
Line = tuple[EventKind, str | None, str]


def told(app: Application, now: str) -> Story:
    return story(app, plan_application(app, SETTINGS, MADRID), local(now))


def lines(events: tuple[Event, ...]) -> list[Line]:
    """Each event as (kind, when in Madrid, title): an off-by-a-day date shows its weekday."""
    return [(event.kind, shown(event.at), event.title) for event in events]


# --- the builders' applications, at moments along the process ----------------------------------


def just_had_it() -> Application:
    return application(created_at=local("2026-11-20T09:00"))


def thanked_and_reviewed() -> Application:
    app = application(people=2, created_at=local("2026-11-20T09:00"))
    [round_] = app.interviews
    ana, luis = round_.interviewers
    ana.title = "Data lead"
    round_.assessment = Assessment(
        [QuestionReview("Why us?", "The mission", 4)], 4, "Good rapport", "Shorter intro", local("2026-11-24T12:30")
    )
    round_.letters = [
        Letter(LetterKind.THANK_YOU, ana.id, subject="Thank you", body="Dear Ana", sent_at=local("2026-11-24T16:00")),
        Letter(LetterKind.THANK_YOU, luis.id, body="Dear Luis"),  # drafted, not sent
    ]
    return app


def checked_in_by_hand() -> Application:
    """A decision by Mon 30 Nov; the first check-in (Wed 2 Dec, after a business day's grace)
    made on Thu 3 Dec and marked done, the second skipped."""
    app = application(decision_expected_on=date(2026, 11, 30))
    [round_] = app.interviews
    round_.letters = [Letter(LetterKind.THANK_YOU, round_.interviewers[0].id, sent_at=local("2026-11-24T15:00"))]
    round_.assessment = Assessment(overall_rating=3, completed_at=local("2026-11-24T11:00"))
    first, second = (step for step in plan_application(app, SETTINGS, MADRID) if step.kind is FollowUpKind.CHECK_IN)
    record(app, first, FollowUpState.DONE, local("2026-12-03T10:00"))
    record(app, second, FollowUpState.SKIPPED, local("2026-12-11T10:00"))
    return app


def not_selected() -> Application:
    app = application(stage=Stage.REJECTED, lessons_learned="Practise SQL\nAsk earlier")
    app.outcome = Outcome(OutcomeKind.REJECTED, local("2026-11-27T12:00"), "Chose someone with SQL", "Kind feedback")
    [round_] = app.interviews
    round_.letters = [Letter(LetterKind.THANK_YOU, round_.interviewers[0].id, sent_at=local("2026-11-24T15:00"))]
    return app


def offered() -> Application:
    app = application(stage=Stage.OFFER, offer_deadline=date(2026, 12, 4))
    app.outcome = Outcome(OutcomeKind.OFFER, local("2026-11-26T18:00"))
    return app


def three_rounds() -> Application:
    """A recruiter's call, an interview, the final, and one more chat after it (no step back)."""
    app = application("2026-11-02T10:00")
    app.interviews[0].kind = InterviewKind.SCREENING
    for day, kind, name in (
        ("2026-11-09T10:00", InterviewKind.ONE_TO_ONE, "Team interview"),
        ("2026-11-16T10:00", InterviewKind.FINAL, ""),
        ("2026-11-20T10:00", InterviewKind.ONE_TO_ONE, "Coffee with the team"),
    ):
        app.interviews.append(Interview(local(day), "Europe/Madrid", 45, name, kind=kind))
    return app


CASES: list[tuple[str, Callable[[], Application], str, str | None, list[Line]]] = [
    (
        "right after the interview: review it first; the letters and check-ins are still to come",
        just_had_it, "2026-11-24T11:00",
        "Review how the interview went while it is fresh",
        [
            (E.ADDED, "Fri 2026-11-20 09:00", "Added to Afterview"),
            (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: One-to-one interview"),
            (E.PLANNED, "Wed 2026-11-25 09:00", "Ask Acme by email when they will decide"),
            (E.PLANNED, "Wed 2026-11-25 10:45", "Send your thank-you letter to Ana Ruiz"),
            (E.PLANNED, "Thu 2026-11-26 10:45", "Connect with Ana Ruiz on LinkedIn"),
            (E.PLANNED, "Thu 2026-12-03 09:00", "Check in with Acme: a brief, polite call or email"),
            (E.PLANNED, "Thu 2026-12-10 09:00", "Check in again with Acme: a brief, polite call or email"),
            (E.PLANNED, "Thu 2026-12-17 09:00", "No answer after your check-ins: close this process out and move on"),
        ],
    ),
    (
        "the next morning: the review and the letter sent are told; asking when they decide is next",
        thanked_and_reviewed, "2026-11-25T09:30",
        "Ask Acme by email when they will decide",
        [
            (E.ADDED, "Fri 2026-11-20 09:00", "Added to Afterview"),
            (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: One-to-one interview"),
            (E.REVIEW, "Tue 2026-11-24 12:30", "You reviewed “One-to-one interview”"),
            (E.LETTER, "Tue 2026-11-24 16:00", "Sent: Thank-you letter to Ana Ruiz"),
            (E.PLANNED, "Wed 2026-11-25 10:45", "Send your thank-you letter to Luis Gil"),
            (E.PLANNED, "Thu 2026-11-26 10:45", "Connect with Ana Ruiz on LinkedIn"),
            (E.PLANNED, "Thu 2026-11-26 10:45", "Connect with Luis Gil on LinkedIn"),
            (E.PLANNED, "Thu 2026-12-03 09:00", "Check in with Acme: a brief, polite call or email"),
            (E.PLANNED, "Thu 2026-12-10 09:00", "Check in again with Acme: a brief, polite call or email"),
            (E.PLANNED, "Thu 2026-12-17 09:00", "No answer after your check-ins: close this process out and move on"),
        ],
    ),
    (
        "check-ins marked done and skipped, the LinkedIn note that ran out, the decision day gone by",
        checked_in_by_hand, "2026-12-14T09:00",
        "No answer after your check-ins: close this process out and move on",
        [
            (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: One-to-one interview"),
            (E.REVIEW, "Tue 2026-11-24 11:00", "You reviewed “One-to-one interview”"),
            (E.LETTER, "Tue 2026-11-24 15:00", "Sent: Thank-you letter to Ana Ruiz"),
            (E.DECISION, "Mon 2026-11-30 00:00", "The day they said they would decide"),
            (E.FOLLOW_UP, "Mon 2026-11-30 10:45", "Not done in time: Connect with Ana Ruiz on LinkedIn"),
            (E.FOLLOW_UP, "Thu 2026-12-03 10:00", "Done: Check in with Acme: a brief, polite call or email"),
            (E.FOLLOW_UP, "Fri 2026-12-11 10:00", "Skipped: Check in again with Acme: a brief, polite call or email"),  # when skipped
        ],
    ),
    (
        "not selected: the answer with its notes, the lessons, the gracious reply and feedback to come",
        not_selected, "2026-11-27T15:00",
        "Reply briefly and graciously to Acme's decision",
        [
            (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: One-to-one interview"),
            (E.LETTER, "Tue 2026-11-24 15:00", "Sent: Thank-you letter to Ana Ruiz"),
            (E.OUTCOME, "Fri 2026-11-27 12:00", "Not selected"),
            (E.LESSONS, "Fri 2026-11-27 12:00", "Lessons learned"),
            # still to do, by when: one already late (and only worth it), one due since the answer
            (E.PLANNED, "Thu 2026-11-26 10:45", "Still worth it, to keep the door open: Connect with Ana Ruiz on LinkedIn"),
            (E.PLANNED, "Fri 2026-11-27 12:00", "Optional: ask for feedback on your interviews"),
        ],
    ),
    (
        "an offer a week on: the reply is next; the letters and the review ran out",
        offered, "2026-12-02T09:00",
        "Reply to Acme's offer",
        [
            (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: One-to-one interview"),
            (E.OUTCOME, "Thu 2026-11-26 18:00", "They made you an offer"),
            (E.FOLLOW_UP, "Fri 2026-11-27 10:45", "Not done in time: Send your thank-you letter to Ana Ruiz"),
            (E.FOLLOW_UP, "Mon 2026-11-30 10:45", "Not done in time: Connect with Ana Ruiz on LinkedIn"),
            (E.FOLLOW_UP, "Tue 2026-12-01 10:45", "Not done in time: Review how the interview went while it is fresh"),
        ],
    ),
    (
        "no interview yet: only its beginning, and nothing to do",
        minimal_application, "2026-11-25T10:00",
        None,
        [(E.ADDED, "Fri 2026-11-20 09:30", "Added to Afterview")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("build", "now", "first", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_story_in_time_order_with_the_next_step_on_top(
    build: Callable[[], Application], now: str, first: str | None, expected: list[Line]
) -> None:
    told_ = told(build(), now)
    assert (told_.next_step.action if told_.next_step else None) == first
    assert lines(told_.events) == expected
    past = [event.at for event in told_.past]
    to_come = [event.at for event in told_.to_come]
    assert past == sorted(past) and to_come == sorted(to_come)
    assert told_.events == told_.past + told_.to_come


def details(told_: Story, kind: EventKind) -> list[tuple[str, ...]]:
    return [event.details for event in told_.events if event.kind is kind]


def test_each_round_says_how_it_was_held_and_with_whom_and_what_is_left_in_draft() -> None:
    told_ = told(thanked_and_reviewed(), "2026-11-25T09:30")
    assert details(told_, E.INTERVIEW) == [
        (
            "One-to-one interview · Video call · 45 min",
            "Stage: Interviewing",
            "With Ana Ruiz (Data lead), Luis Gil",
            "Drafted, not sent yet: Thank-you letter to Luis Gil",
        )
    ]
    assert details(told_, E.REVIEW) == [
        ("Overall: 4 of 5", "1 question noted", "Went well: Good rapport", "To improve: Shorter intro")
    ]
    assert details(told_, E.LETTER) == [("Subject: Thank you",)]
    assert told_.title == "Acme — Analyst" and told_.stage == "Interviewing"
    assert told_.next_step is not None and told_.next_step.timing == "due now"


def test_the_answer_brings_its_notes_the_lessons_and_an_offer_its_deadline() -> None:
    rejected = told(not_selected(), "2026-11-27T15:00")
    assert details(rejected, E.OUTCOME) == [("Notes: Chose someone with SQL", "Positive take-aways: Kind feedback")]
    assert details(rejected, E.LESSONS) == [("Practise SQL\nAsk earlier",)]
    assert details(told(offered(), "2026-12-02T09:00"), E.OUTCOME) == [("Reply by Fri 04 Dec 2026",)]


def test_what_they_said_goes_with_the_last_round_and_the_decision_is_a_whole_day() -> None:
    app = full_application()  # "dos semanas", decided by Sat 5 Dec, an answer on Thu 26 Nov
    told_ = story(app, plan_application(app, SETTINGS, MADRID), local("2026-11-27T10:00"))
    assert lines(told_.events) == [
        (E.ADDED, "Fri 2026-11-20 09:30", "Added to Afterview"),
        (E.INTERVIEW, "Tue 2026-11-24 10:00", "Interview: Segunda ronda"),
        (E.REVIEW, "Tue 2026-11-24 12:00", "You reviewed “Segunda ronda”"),
        (E.LETTER, "Tue 2026-11-24 16:00", "Sent: Thank-you letter to Ana Ruiz Peña"),
        (E.OUTCOME, "Thu 2026-11-26 11:00", "They answered: the process goes on"),
        (E.LESSONS, "Thu 2026-11-26 11:00", "Lessons learned"),
        (E.PLANNED, "Thu 2026-11-26 10:45", "Connect with Ana Ruiz Peña on LinkedIn"),
        (E.PLANNED, "Thu 2026-11-26 10:45", "Connect with عمر الفاروق on LinkedIn"),
        (E.DECISION, "Sat 2026-12-05 00:00", "The day they said they would decide"),
    ]
    [round_details] = details(told_, E.INTERVIEW)
    assert round_details[-2:] == (
        "When they will decide, as they said: dos semanas",
        "The next step, as they said: Entrevista final",
    )
    [decision] = [event for event in told_.events if event.kind is E.DECISION]
    assert decision.day == date(2026, 12, 5) and decision.to_come


def test_a_snoozed_step_waits_until_its_new_time() -> None:
    app = just_had_it()
    thanks = next(step for step in plan_application(app, SETTINGS, MADRID) if step.kind is FollowUpKind.THANK_YOU)
    record(app, thanks, FollowUpState.SNOOZED, local("2026-11-24T11:00"), until=local("2026-11-24T15:00"))
    [snoozed] = [event for event in told(app, "2026-11-24T11:00").to_come if "thank-you" in event.title]
    assert (shown(snoozed.at), snoozed.details) == ("Tue 2026-11-24 15:00", ("snoozed for 4 h",))


def test_a_round_that_moves_the_process_on_says_so_and_a_later_chat_is_no_step_back() -> None:
    told_ = told(three_rounds(), "2026-11-21T10:00")
    stages = [
        [line for line in event.details if line.startswith("Stage:")]
        for event in told_.events
        if event.kind is E.INTERVIEW
    ]
    assert stages == [["Stage: Screening"], ["Stage: Interviewing"], ["Stage: Final round"], []]
    titles = [event.title for event in told_.events if event.kind is E.INTERVIEW]
    assert titles == [
        "Interview: Screening call (recruiter)",
        "Interview: Team interview",
        "Interview: Final round",
        "Interview: Coffee with the team",
    ]


def test_a_round_still_to_come_is_told_as_such_without_a_stage() -> None:
    told_ = told(application("2026-11-30T10:00"), "2026-11-25T10:00")
    [upcoming] = [event for event in told_.events if event.kind is E.INTERVIEW]
    assert upcoming.to_come and not any(line.startswith("Stage:") for line in upcoming.details)
    assert told_.next_step is not None
    # The first thing to do for it: read the preparation brief the evening before.
    assert told_.next_step.action == "Read your preparation brief for your interview with Acme"


def step(kind: FollowUpKind, due: str, deadline: str | None = None, *, optional: bool = False) -> Step:
    return Step("app", kind, local(due), local(due), local(deadline) if deadline else None, optional=optional)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # the soonest to do by: a deadline counts, else when it is due
        ([step(FollowUpKind.LINKEDIN, "2026-11-24T10:45", "2026-11-26T10:45"),
          step(FollowUpKind.THANK_YOU, "2026-11-24T10:45", "2026-11-25T10:45")], 1),
        # a tie keeps the plan's order
        ([step(FollowUpKind.SELF_ASSESSMENT, "2026-11-24T10:45"), step(FollowUpKind.THANK_YOU, "2026-11-24T10:45")], 0),
        # what is only worth doing waits for what is expected
        ([step(FollowUpKind.THANK_YOU, "2026-11-24T10:45", "2026-11-25T10:45", optional=True),
          step(FollowUpKind.REJECTION_REPLY, "2026-11-27T12:00")], 1),
        # done and lapsed steps are not next; nothing open, nothing next
        ([step(FollowUpKind.CHECK_IN, "2026-11-01T09:00")], None),
        ([], None),
    ],
)  # fmt: skip
def test_the_next_step_is_the_most_pressing_open_one(steps: list[Step], expected: int | None) -> None:
    for one in steps:
        if one.kind is FollowUpKind.CHECK_IN:
            one.state = FollowUpState.DONE
    chosen = next_step(steps, local("2026-11-28T10:00"))
    assert chosen is (steps[expected] if expected is not None else None)


def test_a_check_in_done_by_sending_its_email_is_told_once_as_the_letter() -> None:
    app = application(decision_expected_on=date(2026, 11, 30))
    [round_] = app.interviews
    email = Letter(LetterKind.CHECK_IN_EMAIL, subject="Following up")
    round_.letters.append(email)
    record_sent(app, email, plan_application(app, SETTINGS, MADRID), local("2026-12-02T09:30"))
    told_ = told(app, "2026-12-02T10:00")
    assert [title for _, when, title in lines(told_.past) if when == "Wed 2026-12-02 09:30"] == ["Sent: Check-in email"]
