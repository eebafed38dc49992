"""The question bank and the insights, computed from plain records: one table per rule, edges included.

Times are Madrid local (UTC+1 in November) unless a row says otherwise; the default interview of
``application()`` is Tue 2026-11-24 10:00–10:45, so its thank-you letters are due by Wed 10:45.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from afterview.domain.insights import (
    STOP_WORDS,
    BankEntry,
    Funnel,
    Insights,
    LetterRecord,
    RatingPoint,
    Theme,
    describe_funnel,
    describe_letters,
    describe_ratings,
    describe_themes,
    encouragement,
    funnel,
    insights,
    normalise_question,
    question_bank,
    rating_trend,
    recurring_themes,
    thank_you_record,
    theme_terms,
    theme_words,
)
from afterview.domain.model import (
    Application,
    Assessment,
    FollowUpKind,
    FollowUpState,
    Interview,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings
from tests.support.builders import application, local

NOW = local("2026-11-25T12:00")


def interview(
    start: str,
    *,
    questions: tuple[QuestionReview, ...] = (),
    overall: int | None = None,
    to_improve: str = "",
    zone: str = "Europe/Madrid",
    reviewed: bool = True,
) -> Interview:
    assessment = Assessment(list(questions), overall_rating=overall, to_improve=to_improve) if reviewed else None
    return Interview(starts_at=local(start, ZoneInfo(zone)), time_zone=zone, assessment=assessment)


def company(name: str, *interviews: Interview, stage: Stage = Stage.INTERVIEWING, **fields: Any) -> Application:
    return Application(company=name, stage=stage, interviews=list(interviews), **fields)


# --- question bank ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Why us?", "why us"),
        ("why  us ?", "why us"),
        ("WHY US", "why us"),
        ("  Why us?!  ", "why us"),
        ("Tell me about\nyourself.", "tell me about yourself"),
        ("¿Por qué nosotros?", "por qué nosotros"),
        ("¿Por que\u0301 nosotros?", "por qué nosotros"),  # the accent typed as a combining mark
        ("What's your 5-year plan?", "what's your 5-year plan"),  # inner punctuation stays
        ("Straße?", "strasse"),  # casefold, not just lower
        ("???", "???"),  # nothing but punctuation still groups with its twins
    ],
)
def test_questions_are_grouped_however_they_were_typed(typed: str, key: str) -> None:
    assert normalise_question(typed) == key


def test_no_reviews_no_bank() -> None:
    assert question_bank([]) == []
    assert question_bank([application(), company("Beta", interview("2026-11-20T10:00", reviewed=False))]) == []
    assert question_bank([company("Beta", interview("2026-11-20T10:00"))]) == []  # a review with no questions


def test_the_bank_counts_each_question_and_keeps_the_latest_answer() -> None:
    latest = interview(
        "2026-11-24T10:00",
        questions=(
            QuestionReview("Why us?", "Your mission on open data.", 4, "Name a project"),
            QuestionReview("A weakness?", "Impatience.", 2),
        ),
    )
    older = interview("2026-11-10T16:00", questions=(QuestionReview("why  us ?", "Good salary", 1),))
    oldest = interview("2026-10-01T09:00", questions=(QuestionReview("WHY US", "No idea"),))
    # The latest interview comes first in the data: "latest" is by date, not by order.
    apps = [company("Acme", latest), company("Beta", older, oldest)]
    assert question_bank(apps) == [
        BankEntry("Why us?", 3, "Your mission on open data.", 4, local("2026-11-24T10:00"), "Acme", "Name a project"),
        BankEntry("A weakness?", 1, "Impatience.", 2, local("2026-11-24T10:00"), "Acme", ""),
    ]


@pytest.mark.parametrize(
    ("older_rating", "newer_rating", "latest_rating"),
    [(3, None, None), (None, 5, 5), (2, 4, 4), (None, None, None)],
)
def test_the_latest_rating_is_the_latest_interviews_even_when_blank(
    older_rating: int | None, newer_rating: int | None, latest_rating: int | None
) -> None:
    older = interview("2026-11-02T10:00", questions=(QuestionReview("Salary?", "30k", older_rating),))
    newer = interview("2026-11-20T10:00", questions=(QuestionReview("salary", "35k", newer_rating),))
    [entry] = question_bank([company("Beta", older), company("Acme", newer)])
    assert (entry.times_asked, entry.latest_answer, entry.latest_rating, entry.company) == (
        2,
        "35k",
        latest_rating,
        "Acme",
    )


def test_last_asked_is_the_date_where_the_interview_took_place() -> None:
    # 22:00 in New York on the 24th is already the 25th in Madrid and UTC.
    late_call = interview("2026-11-24T22:00", zone="America/New_York", questions=(QuestionReview("Why us?"),))
    [entry] = question_bank([company("Acme", late_call)])
    assert entry.last_asked.date().isoformat() == "2026-11-24"
    assert entry.last_asked == datetime.fromisoformat("2026-11-25T03:00+00:00")


def test_most_asked_first_then_most_recent() -> None:
    apps = [
        company("A", interview("2026-11-01T10:00", questions=(QuestionReview("Old one"), QuestionReview("Twice")))),
        company("B", interview("2026-11-20T10:00", questions=(QuestionReview("New one"), QuestionReview("twice")))),
    ]
    assert [(entry.question, entry.times_asked) for entry in question_bank(apps)] == [
        ("twice", 2),
        ("New one", 1),
        ("Old one", 1),
    ]


# --- funnel -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("app", "interviewed", "offer"),
    [
        (Application(company="No interview yet"), False, False),
        (company("Past interview", interview("2026-11-24T10:00")), True, False),
        (company("Starts exactly now", interview("2026-11-25T12:00")), True, False),
        (company("Future interview only", interview("2026-11-30T10:00")), False, False),
        (company("Offer stage", interview("2026-11-20T10:00"), stage=Stage.OFFER), True, True),
        (company("Accepted", interview("2026-11-20T10:00"), stage=Stage.ACCEPTED), True, True),
        (
            company(
                "Offer recorded as outcome",
                interview("2026-11-20T10:00"),
                outcome=Outcome(OutcomeKind.OFFER, local("2026-11-23T10:00")),
            ),
            True,
            True,
        ),
        (company("Rejected", interview("2026-11-20T10:00"), stage=Stage.REJECTED), True, False),
    ],
)
def test_funnel_counts_one_application(app: Application, interviewed: bool, offer: bool) -> None:
    assert funnel([app], NOW) == Funnel(1, int(interviewed), int(offer))


def test_funnel_over_several_and_none() -> None:
    apps = [
        Application(company="A"),
        company("B", interview("2026-11-20T10:00")),
        company("C", interview("2026-11-20T10:00"), interview("2026-11-23T10:00"), stage=Stage.OFFER),
    ]
    assert funnel(apps, NOW) == Funnel(3, 2, 1)
    assert funnel([], NOW) == Funnel(0, 0, 0)


# --- thank-you letters on time ------------------------------------------------------------------

DEADLINE = local("2026-11-25T10:45")


def thanks(state: FollowUpState = FollowUpState.PENDING, done_at: str | None = None) -> Step:
    return Step(
        "app",
        FollowUpKind.THANK_YOU,
        due_at=local("2026-11-24T10:45"),
        remind_at=local("2026-11-24T11:45"),
        deadline=DEADLINE,
        lapses_at=DEADLINE + timedelta(days=2),
        interviewer_id="ana",
        state=state,
        done_at=local(done_at) if done_at else None,
    )


DONE = FollowUpState.DONE


@pytest.mark.parametrize(
    ("step", "now", "expected"),
    [
        (thanks(DONE, "2026-11-24T15:00"), NOW, LetterRecord(1, 0, 0)),
        (thanks(DONE, "2026-11-25T10:45"), NOW, LetterRecord(1, 0, 0)),  # at the deadline is on time
        (thanks(DONE, "2026-11-25T10:46"), NOW, LetterRecord(0, 1, 0)),
        (thanks(DONE), NOW, LetterRecord(0, 1, 0)),  # done, time unknown: not claimed as on time
        (thanks(DONE, "2026-11-24T15:00"), local("2026-11-24T16:00"), LetterRecord(1, 0, 0)),  # sent before due
        (thanks(), local("2026-11-25T10:44"), LetterRecord(0, 0, 0)),  # still time: not counted
        (thanks(), DEADLINE, LetterRecord(0, 0, 1)),
        (thanks(), local("2026-12-10T10:00"), LetterRecord(0, 0, 1)),  # lapsed: still not sent
        (thanks(FollowUpState.SKIPPED), NOW, LetterRecord(0, 0, 1)),
        (thanks(FollowUpState.SNOOZED), NOW, LetterRecord(0, 0, 1)),
    ],
)
def test_thank_you_letters_on_time_late_or_not_sent(step: Step, now: datetime, expected: LetterRecord) -> None:
    assert thank_you_record([step], now) == expected


def test_only_thank_you_steps_count() -> None:
    linkedin = thanks(DONE, "2026-11-24T15:00")
    linkedin.kind = FollowUpKind.LINKEDIN
    assert thank_you_record([linkedin], NOW) == LetterRecord(0, 0, 0)
    assert thank_you_record([], NOW).due == 0


def test_thank_you_record_from_the_plan() -> None:
    app = application(people=3)
    ana, luis, _mei = app.interviews[0].interviewers
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, ana.id, sent_at=local("2026-11-24T15:00")))
    assert thank_you_record(plan([app], Settings()), local("2026-11-25T09:00")) == LetterRecord(1, 0, 0)
    assert thank_you_record(plan([app], Settings()), NOW) == LetterRecord(1, 0, 2)
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, luis.id, sent_at=local("2026-11-25T18:00")))
    assert thank_you_record(plan([app], Settings()), local("2026-11-26T09:00")) == LetterRecord(1, 1, 1)


# --- self-rating trend --------------------------------------------------------------------------


def test_rating_trend_is_chronological_and_skips_unrated_interviews() -> None:
    apps = [
        company("Acme", interview("2026-11-20T10:00", overall=4), interview("2026-11-22T10:00")),
        company("Beta", interview("2026-11-01T10:00", overall=2), interview("2026-11-05T10:00", reviewed=False)),
        company("Gamma", interview("2026-11-10T10:00", overall=3)),
    ]
    assert rating_trend(apps) == [
        RatingPoint(local("2026-11-01T10:00"), 2, "Beta"),
        RatingPoint(local("2026-11-10T10:00"), 3, "Gamma"),
        RatingPoint(local("2026-11-20T10:00"), 4, "Acme"),
    ]


def test_no_ratings_no_trend() -> None:
    assert rating_trend([]) == []
    assert rating_trend([application(), company("Beta", interview("2026-11-20T10:00"))]) == []


# --- improvement themes -------------------------------------------------------------------------


def test_theme_words_drop_stop_words_in_both_languages() -> None:
    assert theme_words("Give a CONCRETE example, and don't ramble!") == {"concrete", "example", "ramble"}
    assert theme_words("Preparar más ejemplos de la empresa; 2 o 3.") == {"ejemplos", "empresa"}
    assert {"the", "and", "prepare", "que", "para", "los"} <= STOP_WORDS


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        ("Slow down!", {("slow",), ("down",), ("slow", "down")}),
        ("eye contact, posture", {("eye",), ("contact",), ("posture",), ("eye", "contact")}),
        ("research the company", {("research",), ("company",)}),  # a stop word breaks the phrase
        ("two 2 minutes", {("two",), ("minutes",)}),  # so does a number
        ("Ejemplos concretos", {("ejemplos",), ("concretos",), ("ejemplos", "concretos")}),
        ("", set()),
    ],
)
def test_theme_terms_are_words_and_two_word_phrases(note: str, terms: set[tuple[str, ...]]) -> None:
    assert theme_terms(note) == terms


def test_a_theme_must_come_back_in_two_different_interviews() -> None:
    once_but_twice = interview(
        "2026-11-01T10:00",
        to_improve="Eye contact. More eye contact!",
        questions=(QuestionReview("Q", to_improve="eye contact"),),
    )
    assert recurring_themes([company("Acme", once_but_twice)]) == []
    other = interview("2026-11-05T10:00", questions=(QuestionReview("Q", to_improve="Keep eye contact; posture"),))
    assert recurring_themes([company("Acme", once_but_twice), company("Beta", other)]) == [Theme("eye contact", 2)]


def test_themes_most_frequent_first_plurals_merged_top_five() -> None:
    notes = [
        "Concrete examples; salary research",
        "One concrete example please",
        "Examples! Research the salary, structure",
        "structure answers (STAR), research, pacing",
        "pacing; answers; questions",
        "questions for them, answers",
    ]
    interviews = [interview(f"2026-11-{day:02d}T10:00", to_improve=text) for day, text in enumerate(notes, 1)]
    assert recurring_themes([company("Acme", *interviews)]) == [
        Theme("answers", 3),  # no singular "answer" written: kept as is
        Theme("example", 3),  # more often than "concrete example", so shown on its own too
        Theme("research", 3),
        Theme("concrete example", 2),  # a phrase before a word as often; "concrete" alone is left out
        Theme("pacing", 2),
    ]
    everything = recurring_themes([company("Acme", *interviews)], limit=10)
    assert [theme.text for theme in everything[5:]] == ["questions", "salary", "structure"]


def test_no_notes_no_themes() -> None:
    assert recurring_themes([]) == []
    assert recurring_themes([company("Acme", interview("2026-11-01T10:00", reviewed=False))]) == []


# --- the sentence and the words for screen readers ----------------------------------------------


def found(
    applied: int = 0,
    interviewed: int = 0,
    offers: int = 0,
    letters: LetterRecord | None = None,
    ratings: tuple[int, ...] = (),
) -> Insights:
    points = tuple(RatingPoint(local(f"2026-11-{day:02d}T10:00"), r, "Acme") for day, r in enumerate(ratings, 1))
    return Insights(Funnel(applied, interviewed, offers), letters or LetterRecord(0, 0, 0), points, ())


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (found(), "Add your first interview to see how your search is going."),
        (
            found(3),
            "You have sent 3 applications. Add your first interview to see how your search is going. "
            "Keep going: the call will come.",
        ),
        (
            found(12, 5, letters=LetterRecord(9, 1, 0)),
            "You have thanked 9 of 10 interviewers on time. 5 of your 12 applications reached an interview. "
            "Keep going: the call will come.",
        ),
        (
            found(1, 1, letters=LetterRecord(0, 0, 1)),
            "You have thanked 0 of 1 interviewer on time. Your application reached an interview. "
            "Keep going: the call will come.",
        ),
        (
            found(4, 2, ratings=(2, 3, 4)),
            "Your self-rating has risen from 2 to 4. 2 of your 4 applications reached an interview. "
            "Keep going: the call will come.",
        ),
        (found(4, 2, ratings=(4, 3)), "2 of your 4 applications reached an interview. Keep going: the call will come."),
        (
            found(6, 3, 1, LetterRecord(3, 0, 0)),
            "You have thanked 3 of 3 interviewers on time. 1 offer so far: well done.",
        ),
        (found(6, 3, 2), "2 offers so far: well done."),
        (found(5, 5), "All 5 of your applications reached an interview. Keep going: the call will come."),
    ],
)
def test_encouragement(data: Insights, sentence: str) -> None:
    assert encouragement(data) == sentence


def test_descriptions_state_the_numbers() -> None:
    assert describe_funnel(Funnel(12, 5, 1)) == "12 applied, 5 interviewed, 1 offer"
    assert describe_funnel(Funnel(0, 0, 0)) == "0 applied, 0 interviewed, 0 offers"
    assert describe_letters(LetterRecord(9, 1, 0)) == "9 of 10 thank-you letters sent on time, 1 sent late, 0 not sent."
    assert describe_letters(LetterRecord(0, 0, 0)) == "No thank-you letters due yet."
    assert describe_ratings(()) == "No interview rated yet."
    assert describe_ratings(found(ratings=(3,)).ratings) == "1 interview rated: 3 out of 5 on 2026-11-01."
    assert describe_ratings(found(ratings=(2, 3, 5)).ratings) == (
        "3 interviews rated, from 2 out of 5 on 2026-11-01 to 5 out of 5 on 2026-11-03; average 3.3. In order: 2, 3, 5."
    )
    assert "In order" not in describe_ratings(found(ratings=(3,) * 13).ratings)
    assert describe_themes([Theme("examples", 3), Theme("pacing", 2)]) == (
        "Points to improve that keep coming back: examples in 3 interviews, pacing in 2 interviews."
    )
    assert describe_themes([]) == "No point to improve has come back in two interviews yet."


def test_insights_together() -> None:
    app = application(people=2)
    app.interviews[0].assessment = Assessment(overall_rating=3)
    app.interviews[0].letters.append(
        Letter(LetterKind.THANK_YOU, app.interviews[0].interviewers[0].id, sent_at=local("2026-11-24T15:00"))
    )
    result = insights([app, Application(company="Beta")], plan([app], Settings()), NOW)
    assert (result.funnel, result.letters, [p.rating for p in result.ratings], result.themes) == (
        Funnel(2, 1, 0),
        LetterRecord(1, 0, 1),
        [3],
        (),
    )
