"""Realistic records for tests, including accents, emoji, right-to-left names and cells a
spreadsheet would take for formulas."""

from __future__ import annotations

from datetime import UTC, date, datetime

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewFormat,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)

CREATED = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def full_application(company: str = "Núñez & Hijos S.A. 🚀") -> Application:
    """An application with every field filled, in several scripts."""
    ana = Interviewer(
        name="Ana Ruiz Peña", title="Jefa de equipo", email="ana@nunez.example", phone="+34 600 123 456",
        linkedin_url="https://www.linkedin.com/in/anaruiz",
    )  # fmt: skip
    omar = Interviewer(name="عمر الفاروق", title="مدير", email="omar@nunez.example")
    interview = Interview(
        starts_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        time_zone="Europe/Madrid",
        duration_minutes=45,
        round_name="Segunda ronda",
        format=InterviewFormat.IN_PERSON,
        location="Calle Mayor 1, Madrid",
        notes="Hablamos de análisis de datos ✨",
        interviewers=[ana, omar],
        assessment=Assessment(
            questions=[QuestionReview("¿Por qué nosotros?", "Por la misión.", 4, "Dar un ejemplo concreto")],
            overall_rating=4,
            went_well="Buena conexión",
            to_improve="Preparar preguntas",
            completed_at=datetime(2026, 11, 24, 11, 0, tzinfo=UTC),
        ),
        letters=[
            Letter(
                LetterKind.THANK_YOU,
                ana.id,
                "es",
                "Gracias",
                "Estimada Ana: …",
                datetime(2026, 11, 24, 15, 0, tzinfo=UTC),
            )
        ],
    )
    return Application(
        company=company,
        position="Analista júnior",
        stage=Stage.INTERVIEWING,
        job_url="https://nunez.example/empleo/42?ref=uni&x=1",
        location="Madrid",
        notes='Línea 1\nLínea 2 "citada"',
        decision_expected_on=date(2026, 12, 5),
        decision_timeline="dos semanas",
        next_step="Entrevista final",
        outcome=Outcome(
            OutcomeKind.RESPONSE, datetime(2026, 11, 26, 10, 0, tzinfo=UTC), "Siguen evaluando", "Buen trato"
        ),
        lessons_learned="Investigar más la empresa",
        interviews=[interview],
        follow_ups=[
            FollowUp(
                FollowUpKind.THANK_YOU,
                datetime(2026, 11, 25, 9, 45, tzinfo=UTC),
                interview_id=interview.id,
                interviewer_id=ana.id,
                state=FollowUpState.DONE,
                done_at=datetime(2026, 11, 24, 15, 0, tzinfo=UTC),
            ),
            FollowUp(
                FollowUpKind.CHECK_IN,
                datetime(2026, 12, 8, 9, 0, tzinfo=UTC),
                interview_id=interview.id,
                number=2,
                state=FollowUpState.SNOOZED,
                snoozed_until=datetime(2026, 12, 9, 8, 0, tzinfo=UTC),
                notes="Llamar a RR. HH.",
            ),
        ],
        created_at=CREATED,
    )


def minimal_application(company: str = "Acme", position: str = "Junior analyst") -> Application:
    return Application(company=company, position=position, created_at=CREATED)


def sample_applications() -> list[Application]:
    """Three applications that stress a spreadsheet round trip: accents, commas, quotes, line breaks,
    formula-like cells, several interviews and zones, and one with no interviews at all."""
    app = full_application()
    app.interviews.append(
        Interview(
            starts_at=datetime(2026, 11, 25, 15, 0, tzinfo=UTC),
            time_zone="America/New_York",
            duration_minutes=30,
            round_name='=HYPERLINK("http://evil.example")',
            format=InterviewFormat.PHONE,
            notes='+ they asked about SQL, Python; "pandas"\nand more',
            interviewers=[
                Interviewer("Bo Li", title="CTO, co-founder", email="bo@x.example"),
                Interviewer("@handle"),
                Interviewer("María José (MJ)"),
            ],
            assessment=Assessment(overall_rating=2),
        )
    )
    app.interviews.append(
        Interview(
            starts_at=datetime(2026, 11, 26, 5, 0, tzinfo=UTC),
            time_zone="+05:30",
            location="-1st floor",
            format=InterviewFormat.VIDEO,
            assessment=Assessment(went_well="no rating: not exported"),
        )
    )
    rejected = Application(
        company='Comma, "Quote" Inc',
        position="'Quoted' analyst",
        stage=Stage.REJECTED,
        job_url="https://jobs.example/1?a=1,2",
        notes="line one\nline two\r\nline three",
        decision_expected_on=date(2026, 1, 15),
        decision_timeline="'=1+1'",
        outcome=Outcome(OutcomeKind.REJECTED, datetime(2026, 1, 20, tzinfo=UTC)),
        lessons_learned="-prepare more\n-ask earlier",
        interviews=[
            Interview(starts_at=datetime(2026, 1, 10, 14, 0, tzinfo=UTC), time_zone="UTC"),
            Interview(starts_at=datetime(2026, 3, 29, 0, 30, tzinfo=UTC), time_zone="-03:30"),
        ],
    )
    bare = Application(company="Ünïcödé GmbH", stage=Stage.NO_RESPONSE)
    return [app, rejected, bare]
