"""Rules that used to live in dialogs, now stated once in the domain: which interview is the latest,
which letter a step asks for, what a quick pick of the decision date records, how words are folded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.domain.calendar import add_business_days, next_business_day
from afterview.domain.folding import fold
from afterview.domain.labels import stage_label
from afterview.domain.letters import letter_for
from afterview.domain.model import Application, FollowUpKind, Interview, InterviewKind, LetterKind, Stage
from afterview.domain.rounds import suggested_kind
from afterview.domain.timeline import QuickPick, apply_quick_pick

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def rounds(*days: int) -> Application:
    return Application(
        company="Acme",
        interviews=[Interview(starts_at=MONDAY + timedelta(days=day), time_zone="UTC") for day in days],
    )


def test_the_latest_interview_is_the_last_round_or_the_last_one_started() -> None:
    app = rounds(0, 7, 2)
    assert app.latest_interview() is app.interviews[1]
    assert app.latest_interview(started_by=MONDAY + timedelta(days=3)) is app.interviews[2]
    assert app.latest_interview(started_by=MONDAY - timedelta(days=1)) is app.interviews[1]  # none yet: the last
    assert Application(company="Acme").latest_interview() is None


@pytest.mark.parametrize(
    ("step", "letter"),
    [
        (FollowUpKind.THANK_YOU, LetterKind.THANK_YOU),
        (FollowUpKind.LINKEDIN, LetterKind.LINKEDIN_NOTE),
        (FollowUpKind.CHECK_IN, LetterKind.CHECK_IN_EMAIL),
        (FollowUpKind.FEEDBACK_REQUEST, LetterKind.FEEDBACK_REQUEST),
        (FollowUpKind.SELF_ASSESSMENT, LetterKind.THANK_YOU),
    ],
)
def test_each_step_asks_for_its_letter(step: FollowUpKind, letter: LetterKind) -> None:
    assert letter_for(step) is letter


def test_a_quick_pick_records_the_words_and_the_date_they_point_to() -> None:
    app = rounds(0)  # Monday 23 November
    apply_quick_pick(app, QuickPick.TWO_WEEKS, None, date(2026, 11, 25))
    assert (app.decision_timeline, app.decision_expected_on) == ("in 2 weeks", date(2026, 12, 7))
    apply_quick_pick(app, QuickPick.ONE_WEEK, None, date(2026, 11, 25))  # replaces its own earlier words
    assert (app.decision_timeline, app.decision_expected_on) == ("in 1 week", date(2026, 11, 30))
    app.decision_timeline = "by the end of the month, Ana said"
    apply_quick_pick(app, QuickPick.TWO_WEEKS, None, date(2026, 11, 25))  # never over the user's own words
    assert app.decision_timeline == "by the end of the month, Ana said"
    apply_quick_pick(app, QuickPick.ON_A_DATE, date(2026, 12, 3), date(2026, 11, 25))
    assert app.decision_expected_on == date(2026, 12, 3)
    app.decision_timeline = "they'll let me know"
    apply_quick_pick(app, QuickPick.NOT_SAID, date(2026, 12, 3), date(2026, 11, 25))
    assert app.decision_expected_on is None


def test_what_they_said_is_kept_as_a_date_counted_from_the_round_it_was_said_after() -> None:
    app = rounds(0)  # Monday 23 November
    app.decision_timeline = "in two weeks"
    apply_quick_pick(app, QuickPick.NOT_SAID, None, date(2026, 11, 25))
    assert app.decision_expected_on == date(2026, 12, 7)
    app.interviews.append(Interview(starts_at=MONDAY + timedelta(days=14), time_zone="UTC"))  # a later round
    apply_quick_pick(app, QuickPick.ON_A_DATE, app.decision_expected_on, date(2026, 12, 8))  # reopened: a date
    assert app.decision_expected_on == date(2026, 12, 7)  # not re-read from the new round


def test_words_fold_without_case_or_accents() -> None:
    assert fold("Días HÁBILES") == "dias habiles"
    assert fold("Año") == "ano" and fold("ﬁn") == "fin"


def test_stages_are_named_for_people() -> None:
    assert stage_label(Stage.REJECTED) == "Not selected"


@given(day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), count=st.integers(0, 60))
def test_business_days_in_closed_form_are_counted_one_by_one(day: date, count: int) -> None:
    expected = day
    for _ in range(count):
        expected = next_business_day(expected)
    assert add_business_days(day, count) == expected


@pytest.mark.parametrize(
    ("name", "people", "kind"),
    [
        ("Phone screen", 1, InterviewKind.SCREENING),
        ("Llamada con la selectora", 1, InterviewKind.SCREENING),
        ("Entrevista final", 2, InterviewKind.FINAL),
        ("Final panel", 4, InterviewKind.FINAL),
        ("Assessment centre", 6, InterviewKind.GROUP),
        ("Dinámica de grupo", 5, InterviewKind.GROUP),
        ("Segunda ronda", 3, InterviewKind.PANEL),
        ("Technical interview", 2, InterviewKind.ONE_TO_ONE),
        ("", 1, InterviewKind.ONE_TO_ONE),
    ],
)
def test_the_kind_of_round_is_suggested_from_its_name_or_the_people_met(
    name: str, people: int, kind: InterviewKind
) -> None:
    assert suggested_kind(name, people) is kind
