"""Validation rules of the domain model, with the exact messages a user sees."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    QuestionReview,
    Stage,
    ValidationError,
)
from tests.support.samples import full_application, minimal_application

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def messages(app: Application) -> dict[str, str]:
    return {error.field: error.message for error in app.problems()}


def with_interview(**fields: Any) -> Application:
    app = minimal_application()
    app.interviews.append(Interview(starts_at=START, **fields))
    return app


def with_interviewer(**fields: Any) -> Application:
    app = with_interview()
    app.interviews[0].interviewers.append(Interviewer(**fields))
    return app


def test_a_complete_application_is_valid() -> None:
    full_application().validate()


@pytest.mark.parametrize("company", ["", "   ", "\t\n"])
def test_company_is_required(company: str) -> None:
    assert messages(Application(company=company)) == {"company": "Company is required."}


def test_overlong_text_says_the_limit_and_the_length() -> None:
    app = Application(company="x" * 201)
    assert messages(app) == {"company": "Company is too long: at most 200 characters, this has 201."}
    app = minimal_application()
    app.notes = "n" * 20_001
    assert messages(app) == {"notes": "Notes is too long: at most 20,000 characters, this has 20,001."}


@pytest.mark.parametrize("email", ["ana@", "ana", "ana@acme", "ana @acme.com", "@acme.com", "ana@acme.c"])
def test_malformed_emails_are_named(email: str) -> None:
    assert messages(with_interviewer(name="Ana", email=email)) == {
        "interviews[0].interviewers[0].email": f"'{email}' is not a valid email address "
        "(expected something like name@company.com)."
    }


@pytest.mark.parametrize("email", ["ana@acme.com", "ana.ruiz+jobs@correo.acme.es", ""])
def test_good_or_empty_emails_pass(email: str) -> None:
    assert messages(with_interviewer(name="Ana", email=email)) == {}


@pytest.mark.parametrize("url", ["acme.com", "ftp://acme.com/x", "https://", "https://acme com", "javascript:alert(1)"])
def test_malformed_job_urls_are_named(url: str) -> None:
    app = minimal_application()
    app.job_url = url
    assert messages(app) == {"job_url": f"'{url}' is not a web address (it should start with https://)."}


def test_linkedin_urls_must_point_to_linkedin() -> None:
    assert messages(with_interviewer(name="Ana", linkedin_url="https://es.linkedin.com/in/ana")) == {}
    assert messages(with_interviewer(name="Ana", linkedin_url="https://evil-linkedin.com/in/ana")) == {
        "interviews[0].interviewers[0].linkedin_url": "'https://evil-linkedin.com/in/ana' is not a LinkedIn "
        "address (expected something like https://www.linkedin.com/in/name)."
    }


@pytest.mark.parametrize("phone", ["+34 600 123 456", "(555) 010-2030 ext. 12", "555.010.2030"])
def test_phone_numbers_in_common_shapes_pass(phone: str) -> None:
    assert messages(with_interviewer(name="Ana", phone=phone)) == {}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("company", "Acme\x00", "Company contains a control character; remove it."),
        ("company", "Acme\r\nInc", "Company contains a line break; remove it."),
        ("company", "Acme\ud800", "Company contains text that is not valid Unicode."),
        ("notes", "ok\x1b[2J", "Notes contains a control character; remove it."),
    ],
)
def test_invisible_characters_are_refused(field: str, value: str, message: str) -> None:
    app = minimal_application()
    setattr(app, field, value)
    assert messages(app) == {field: message}


def test_long_texts_may_have_line_breaks_and_tabs() -> None:
    app = minimal_application()
    app.notes = "Line one\r\n\tLine two"
    assert messages(app) == {}


@pytest.mark.parametrize("year", [1, 1899, 2101, 9999])
def test_far_off_years_are_refused(year: int) -> None:
    from datetime import date

    app = minimal_application()
    app.decision_expected_on = date(year, 1, 1)
    app.interviews.append(Interview(starts_at=datetime(year, 6, 1, tzinfo=UTC)))
    assert set(messages(app)) == {"decision_expected_on", "interviews[0].starts_at"}
    assert "between the years 1900 and 2100" in messages(app)["decision_expected_on"]


@pytest.mark.parametrize("phone", ["call me", "12", "+34 600 12a 456"])
def test_phone_numbers_that_are_not(phone: str) -> None:
    assert "interviews[0].interviewers[0].phone" in messages(with_interviewer(name="Ana", phone=phone))


def test_interviewer_needs_a_name() -> None:
    assert messages(with_interviewer(name=" ")) == {
        "interviews[0].interviewers[0].name": "The interviewer's name is required."
    }


@pytest.mark.parametrize("rating", [0, 6, -1, True])
def test_ratings_outside_one_to_five_are_refused(rating: int) -> None:
    app = with_interview(
        assessment=Assessment(questions=[QuestionReview("Why us?", rating=rating)], overall_rating=rating)
    )
    assert messages(app) == {
        "interviews[0].assessment.questions[0].rating": f"Rating must be a whole number from 1 to 5 (got {rating!r}).",
        "interviews[0].assessment.overall_rating": f"Overall rating must be a whole number from 1 to 5 (got {rating!r}).",
    }


def test_a_question_needs_its_text() -> None:
    app = with_interview(assessment=Assessment(questions=[QuestionReview("", rating=3)]))
    assert messages(app) == {"interviews[0].assessment.questions[0].question": "The question is required."}


@pytest.mark.parametrize("minutes", [0, -30])
def test_an_interview_that_ends_before_it_starts_is_refused(minutes: int) -> None:
    assert messages(with_interview(duration_minutes=minutes)) == {
        "interviews[0].duration_minutes": "The interview must end after it starts (at least 1 minute long)."
    }


def test_an_interview_longer_than_a_day_is_refused() -> None:
    assert messages(with_interview(duration_minutes=24 * 60 + 1)) == {
        "interviews[0].duration_minutes": "Duration is at most 1440 minutes (24 hours)."
    }


def test_start_times_need_a_time_zone() -> None:
    app = minimal_application()
    app.interviews.append(Interview(starts_at=datetime(2026, 11, 24, 9, 0)))
    assert messages(app) == {"interviews[0].starts_at": "The start time needs a time zone."}


@pytest.mark.parametrize("zone", ["Europe/Madird", "Mars/Olympus", "+25:00", "../../etc/passwd", ""])
def test_unknown_time_zones_are_named(zone: str) -> None:
    problem = messages(with_interview(time_zone=zone))["interviews[0].time_zone"]
    assert "is not a" in problem and zone[:10] in problem


@pytest.mark.parametrize("zone", ["Europe/Madrid", "America/New_York", "UTC", "+01:00", "-05:30"])
def test_known_time_zones_pass(zone: str) -> None:
    assert messages(with_interview(time_zone=zone)) == {}


def test_letters_must_go_to_an_interviewer_of_the_interview() -> None:
    app = with_interviewer(name="Ana")
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, interviewer_id="someone-else"))
    assert messages(app) == {
        "interviews[0].letters[0].interviewer_id": "The letter is addressed to an interviewer who is not in this interview."
    }


def test_letter_language_must_be_a_language_code() -> None:
    app = with_interview()
    app.interviews[0].letters.append(Letter(LetterKind.LINKEDIN_NOTE, language="Spanish"))
    assert messages(app) == {
        "interviews[0].letters[0].language": "'Spanish' is not a language code (expected e.g. en or es)."
    }


def test_a_snoozed_follow_up_needs_a_wake_up_time() -> None:
    app = minimal_application()
    app.follow_ups.append(FollowUp(FollowUpKind.CHECK_IN, START, state=FollowUpState.SNOOZED))
    assert messages(app) == {"follow_ups[0].snoozed_until": "A snoozed follow-up needs the time to remind you again."}


def test_duplicate_ids_are_refused() -> None:
    app = with_interviewer(name="Ana")
    app.interviews[0].interviewers.append(Interviewer("Luis", id=app.interviews[0].interviewers[0].id))
    assert list(messages(app)) == ["interviews[0].interviewers[1].id"]


def test_validate_reports_every_problem_at_once() -> None:
    app = with_interviewer(name="", email="bad")
    app.company = ""
    with pytest.raises(ValidationError) as raised:
        app.validate()
    assert [error.field for error in raised.value.errors] == [
        "company",
        "interviews[0].interviewers[0].name",
        "interviews[0].interviewers[0].email",
    ]
    assert str(raised.value) == "company: Company is required. (and 2 more problems)"


def test_closed_stages() -> None:
    assert {stage for stage in Stage if stage.is_closed} == {
        Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN, Stage.NO_RESPONSE,
    }  # fmt: skip


def test_local_start_shows_the_time_as_entered() -> None:
    interview = Interview(starts_at=START, time_zone="Europe/Madrid")
    assert interview.local_starts_at().isoformat() == "2026-11-24T10:00:00+01:00"
    assert interview.ends_at == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
