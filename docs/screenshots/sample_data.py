"""Sample data for screenshots and demos: a student's search a few weeks in, seen on a fixed day."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewFormat,
    InterviewKind,
    Letter,
    LetterKind,
    OfferTerms,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=MADRID)  # a Wednesday morning


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MADRID)


def applications() -> list[Application]:
    ana = Interviewer(
        "Ana Ruiz", "Data team lead", "ana.ruiz@nunez.example", linkedin_url="https://www.linkedin.com/in/anaruiz"
    )
    omar = Interviewer("Omar Haddad", "Senior analyst", "omar@nunez.example")
    nunez = Application(
        company="Núñez Analytics",
        position="Junior data analyst",
        stage=Stage.INTERVIEWING,
        decision_timeline="in two weeks",
        next_step="A short case study",
        created_at=at("2026-11-02T09:00"),
        interviews=[
            Interview(
                at("2026-11-24T10:00"), "Europe/Madrid", 45, "First interview", InterviewFormat.VIDEO,
                kind=InterviewKind.PANEL, location="https://meet.example/nunez",
                notes="They use dbt and Looker; the team is growing.", interviewers=[ana, omar],
                assessment=Assessment(
                    [
                        QuestionReview("Tell us about a project you are proud of", "My thesis dashboard", 4, "Shorter intro"),
                        QuestionReview("How do you handle messy data?", "Validation rules first", 3, "Give a concrete example"),
                        QuestionReview("Why do you want to work here?", "Their product and the team", 4),
                    ],
                    overall_rating=4,
                    went_well="Good rapport with Ana",
                    to_improve="Concrete examples; research the product more",
                    completed_at=at("2026-11-24T12:30"),
                ),
                letters=[Letter(LetterKind.THANK_YOU, ana.id, "en", "Thank you", "Dear Ana, …", at("2026-11-24T16:00"))],
            )
        ],
    )  # fmt: skip
    lena = Interviewer("Lena Schmidt", "Engineering manager", "lena@globex.example")
    globex = Application(
        company="Globex",
        position="Backend engineer intern",
        stage=Stage.OFFER,
        decision_expected_on=date(2026, 11, 13),
        offer_deadline=date(2026, 12, 4),
        offer_terms=OfferTerms("32,000 € a year", date(2027, 1, 11), "Hybrid: two days a week at the office"),
        outcome=Outcome(OutcomeKind.OFFER, at("2026-11-24T13:00"), "", ""),
        created_at=at("2026-10-10T09:00"),
        interviews=[
            Interview(at("2026-10-20T15:00"), "Europe/Madrid", 60, "Phone screen", InterviewFormat.PHONE, interviewers=[lena],
                      assessment=Assessment([QuestionReview("Why do you want to work here?", "Scale of the platform", 3, "Be more specific")],
                                            overall_rating=3, to_improve="Be more specific: use a concrete example", completed_at=at("2026-10-20T18:00"))),
            Interview(at("2026-11-06T11:00"), "Europe/Madrid", 90, "Final", InterviewFormat.IN_PERSON, kind=InterviewKind.FINAL, location="Paseo de la Castellana 100",
                      interviewers=[Interviewer("Kenji Tanaka", "CTO")],
                      assessment=Assessment([QuestionReview("Design a URL shortener", "Hash + key-value store", 4, "Talk about trade-offs")],
                                            overall_rating=4, to_improve="Talk about trade-offs earlier", completed_at=at("2026-11-06T14:00"))),
        ],
        follow_ups=[FollowUp(FollowUpKind.CHECK_IN, at("2026-11-17T09:00"), number=1, state=FollowUpState.DONE, done_at=at("2026-11-17T10:00"))],
    )  # fmt: skip
    globex.follow_ups[0].interview_id = globex.interviews[1].id
    initech = Application(
        company="Initech",
        position="Business analyst trainee",
        stage=Stage.REJECTED,
        created_at=at("2026-10-01T09:00"),
        outcome=Outcome(OutcomeKind.REJECTED, at("2026-11-23T17:00"), "They chose someone with SQL experience", "Great feedback on communication"),
        interviews=[
            Interview(at("2026-11-12T09:30"), "Europe/Madrid", 45, "Interview", InterviewFormat.VIDEO, interviewers=[Interviewer("Priya Patel", "HR partner")],
                      assessment=Assessment([QuestionReview("Tell us about a project you are proud of", "Hackathon app", 3, "Quantify the impact"),
                                             QuestionReview("What is your SQL level?", "Basic", 2, "Practise window functions")],
                                            overall_rating=2, to_improve="Practise SQL; quantify the impact", completed_at=at("2026-11-12T12:00"))),
        ],
    )  # fmt: skip
    stark = Application(
        company="Stark Industries",
        position="Product management intern",
        stage=Stage.INTERVIEWING,
        decision_expected_on=date(2026, 12, 11),
        created_at=at("2026-11-15T09:00"),
        interviews=[Interview(at("2026-11-25T16:30"), "Europe/Madrid", 45, "First interview", InterviewFormat.VIDEO,
                              interviewers=[Interviewer("Chloé Dubois", "Group product manager")])],
    )  # fmt: skip
    umbrella = Application(
        company="Umbrella", position="Data engineer", stage=Stage.APPLIED, created_at=at("2026-11-20T09:00")
    )
    return [nunez, globex, initech, stark, umbrella]
