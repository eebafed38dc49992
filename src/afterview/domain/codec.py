"""Records to plain JSON-ready dictionaries and back, with messages that say where a problem is.

The same dictionary shape is stored in the data file and written to interchange files (format
version 1, documented in docs/data-format.md). The only difference is how interview start times are
written: the store keeps UTC ("…Z"), interchange files show the local time the user entered
("…+01:00"). Reading accepts both. Decoding never stops at the first problem: it collects every one,
each with its path ("interviews[0].starts_at"), then raises a single :class:`ValidationError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from afterview.domain.calendar import UnknownTimeZone, offset_name, resolve_zone
from afterview.domain.model import (
    Application,
    Assessment,
    FieldError,
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
    ValidationError,
    new_id,
)
from afterview.i18n import translate

Doc = dict[str, Any]
E = TypeVar("E", bound=StrEnum)

# No number Afterview keeps comes near this (durations are at most a day in minutes, ratings 1–5):
# anything larger is refused while reading, before the rules, so that even records read without
# the rules (the store's own file) can never overflow date arithmetic (a duration of 10**30 minutes).
NUMBER_LIMIT = 1_000_000
KEY_SHOWN = 40  # characters of an unknown field's name shown in a message


def instant_text(moment: datetime) -> str:
    """An instant as compact ISO-8601 UTC ("2026-11-24T09:00:00Z")."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _optional_instant(moment: datetime | None) -> str | None:
    return None if moment is None else instant_text(moment)


# --- encoding -------------------------------------------------------------------------------


def application_to_dict(app: Application, *, local_times: bool = False) -> Doc:
    """The full record as plain data; ``local_times`` writes interview starts in their own zone.

    ``offer_terms`` is written only when there are terms, so records written before it read back
    exactly as they were (no new schema version)."""
    doc = _application_fields(app, local_times)
    if app.offer_terms is not None:
        doc["offer_terms"] = _offer_terms_to_dict(app.offer_terms)
    if app.updated_at is not None:  # likewise: only once saved by a version that keeps it
        doc["updated_at"] = instant_text(app.updated_at)
    return doc


def _offer_terms_to_dict(terms: OfferTerms) -> Doc:
    return {
        "salary": terms.salary,
        "start_date": None if terms.start_date is None else terms.start_date.isoformat(),
        "notes": terms.notes,
    }


def _application_fields(app: Application, local_times: bool) -> Doc:
    return {
        "id": app.id,
        "company": app.company,
        "position": app.position,
        "stage": app.stage.value,
        "job_url": app.job_url,
        "location": app.location,
        "notes": app.notes,
        "decision_expected_on": None if app.decision_expected_on is None else app.decision_expected_on.isoformat(),
        "decision_timeline": app.decision_timeline,
        "next_step": app.next_step,
        "offer_deadline": None if app.offer_deadline is None else app.offer_deadline.isoformat(),
        "outcome": None if app.outcome is None else _outcome_to_dict(app.outcome),
        "lessons_learned": app.lessons_learned,
        "created_at": instant_text(app.created_at),
        "interviews": [_interview_to_dict(interview, local_times) for interview in app.interviews],
        "follow_ups": [_follow_up_to_dict(follow_up) for follow_up in app.follow_ups],
    }


def _outcome_to_dict(outcome: Outcome) -> Doc:
    return {
        "kind": outcome.kind.value,
        "recorded_at": instant_text(outcome.recorded_at),
        "notes": outcome.notes,
        "positive_takeaways": outcome.positive_takeaways,
    }


def _interview_to_dict(interview: Interview, local_times: bool) -> Doc:
    """``calendar_uid`` and ``cancelled`` are written only when set (an imported calendar
    invitation), so records written before them read back exactly as they were."""
    doc = _interview_fields(interview, local_times)
    if interview.calendar_uid:
        doc["calendar_uid"] = interview.calendar_uid
    if interview.cancelled:
        doc["cancelled"] = True
    return doc


def _interview_fields(interview: Interview, local_times: bool) -> Doc:
    starts = interview.local_starts_at().isoformat() if local_times else instant_text(interview.starts_at)
    return {
        "id": interview.id,
        "round_name": interview.round_name,
        "starts_at": starts,
        "time_zone": interview.time_zone,
        "duration_minutes": interview.duration_minutes,
        "format": interview.format.value,
        "kind": interview.kind.value,
        "location": interview.location,
        "notes": interview.notes,
        "interviewers": [
            {
                "id": person.id,
                "name": person.name,
                "title": person.title,
                "email": person.email,
                "phone": person.phone,
                "linkedin_url": person.linkedin_url,
            }
            for person in interview.interviewers
        ],
        "assessment": None if interview.assessment is None else _assessment_to_dict(interview.assessment),
        "letters": [
            {
                "id": letter.id,
                "kind": letter.kind.value,
                "interviewer_id": letter.interviewer_id,
                "language": letter.language,
                "subject": letter.subject,
                "body": letter.body,
                "sent_at": _optional_instant(letter.sent_at),
            }
            for letter in interview.letters
        ],
    }


def _assessment_to_dict(assessment: Assessment) -> Doc:
    return {
        "questions": [
            {"question": q.question, "answer": q.answer, "rating": q.rating, "to_improve": q.to_improve}
            for q in assessment.questions
        ],
        "overall_rating": assessment.overall_rating,
        "went_well": assessment.went_well,
        "to_improve": assessment.to_improve,
        "completed_at": _optional_instant(assessment.completed_at),
    }


def _follow_up_to_dict(follow_up: FollowUp) -> Doc:
    return {
        "id": follow_up.id,
        "kind": follow_up.kind.value,
        "interview_id": follow_up.interview_id,
        "interviewer_id": follow_up.interviewer_id,
        "number": follow_up.number,
        "due_at": instant_text(follow_up.due_at),
        "state": follow_up.state.value,
        "done_at": _optional_instant(follow_up.done_at),
        "snoozed_until": _optional_instant(follow_up.snoozed_until),
        "notes": follow_up.notes,
    }


# --- decoding -------------------------------------------------------------------------------

_MISSING = object()


class _Reader:
    """Reads one JSON object field by field, noting each problem with its path instead of failing."""

    def __init__(self, data: object, path: str, errors: list[FieldError], fields: frozenset[str]) -> None:
        self.path = path
        self.errors = errors
        self.data: Mapping[str, Any] = {}
        self.readable = isinstance(data, dict)
        if not isinstance(data, dict):
            self.fail(
                "",
                translate("Codec", "must be an object {example}, not {found}.").format(
                    example="{…}", found=_json_type(data)
                ),
            )
            self.readable = False  # its fields are not reported one by one: they do not exist
            return
        self.data = data
        for key in data:
            if key not in fields:
                self.fail(
                    _clip(str(key), KEY_SHOWN),
                    translate("Codec", "unknown field (expected one of: {fields}).").format(
                        fields=", ".join(sorted(fields))
                    ),
                )

    def fail(self, key: str, message: str) -> None:
        if key and not self.readable:
            return
        where = f"{self.path}{key}" if key else self.path.rstrip(".")
        self.errors.append(FieldError(where, message))

    def raw(self, key: str) -> Any:
        value = self.data.get(key, _MISSING)
        return _MISSING if value is None else value

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.raw(key)
        if value is _MISSING:
            if required:
                self.fail(key, translate("Codec", "is required."))
            return ""
        if not isinstance(value, str):
            self.fail(key, translate("Codec", "must be text, not {found}.").format(found=_json_type(value)))
            return ""
        if required and not value.strip():
            self.fail(key, translate("Codec", "is required."))
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.text(key)
        return value or None

    def integer(self, key: str, default: int | None) -> int | None:
        value = self.raw(key)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, translate("Codec", "must be a whole number, not {found}.").format(found=_json_type(value)))
            return default
        if abs(value) > NUMBER_LIMIT:
            self.fail(key, translate("Codec", "{value} is far out of range for this field.").format(value=_show(value)))
            return default
        return value

    def choice(self, key: str, kind: type[E], default: E | None) -> E | None:
        value = self.raw(key)
        choices = ", ".join(member.value for member in kind)
        if value is _MISSING:
            if default is None:
                self.fail(key, translate("Codec", "is required (one of: {choices}).").format(choices=choices))
            return default
        try:
            return kind(value)
        except ValueError:
            self.fail(
                key, translate("Codec", "{value} is not one of: {choices}.").format(value=_show(value), choices=choices)
            )
            return default

    def day(self, key: str) -> date | None:
        value = self.text(key)
        if not value:
            return None
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(
                key,
                translate("Codec", "{value} is not a date (expected YYYY-MM-DD, e.g. 2026-12-05).").format(
                    value=_show(value)
                ),
            )
            return None

    def instant(self, key: str, *, required: bool = False, zone: str | None = None) -> datetime | None:
        value = self.text(key, required=required)
        if not value:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(
                key,
                translate("Codec", "{value} is not a date and time (expected e.g. 2026-11-24T10:00:00+01:00).").format(
                    value=_show(value)
                ),
            )
            return None
        if moment.utcoffset() is None:
            if zone is None:
                self.fail(
                    key,
                    translate("Codec", "{value} needs a UTC offset (e.g. 2026-11-24T10:00:00+01:00).").format(
                        value=_show(value)
                    ),
                )
                return None
            moment = moment.replace(tzinfo=resolve_zone(zone))
        try:
            return moment.astimezone(UTC)
        except OverflowError:
            self.fail(
                key, translate("Codec", "{value} is too far in the past or the future.").format(value=_show(value))
            )
            return None

    def items(self, key: str) -> list[Any]:
        value = self.raw(key)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.fail(key, translate("Codec", "must be a list […], not {found}.").format(found=_json_type(value)))
            return []
        return value

    def nested(self, key: str) -> tuple[str, Any]:
        return f"{self.path}{key}.", self.raw(key)


def _json_type(value: object) -> str:
    """What kind of JSON value was found, for a message ("a list"); JSON's null is named as it is written."""
    if value is None:
        return "null"
    names = {
        dict: translate("Codec", "an object"),
        list: translate("Codec", "a list"),
        str: translate("Codec", "text"),
        bool: translate("Codec", "true/false"),
        int: translate("Codec", "a number"),
        float: translate("Codec", "a decimal number"),
    }
    return names.get(type(value), type(value).__name__)


def _show(value: object) -> str:
    if not isinstance(value, str):
        return _clip(repr(value), 60)
    text = f"'{value}'"
    return text if len(text) <= 60 else text[:59] + "…'"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


APPLICATION_FIELDS = frozenset(
    [
        "offer_deadline",
        "offer_terms",
        "updated_at",
        "id",
        "company",
        "position",
        "stage",
        "job_url",
        "location",
        "notes",
        "decision_expected_on",
        "decision_timeline",
        "next_step",
        "outcome",
        "lessons_learned",
        "created_at",
        "interviews",
        "follow_ups",
    ]
)
INTERVIEW_FIELDS = frozenset(
    [
        "kind",
        "id",
        "round_name",
        "starts_at",
        "time_zone",
        "duration_minutes",
        "format",
        "location",
        "notes",
        "interviewers",
        "assessment",
        "letters",
        "calendar_uid",
        "cancelled",
    ]
)
INTERVIEWER_FIELDS = frozenset(["id", "name", "title", "email", "phone", "linkedin_url"])
ASSESSMENT_FIELDS = frozenset(["questions", "overall_rating", "went_well", "to_improve", "completed_at"])
QUESTION_FIELDS = frozenset(["question", "answer", "rating", "to_improve"])
LETTER_FIELDS = frozenset(["id", "kind", "interviewer_id", "language", "subject", "body", "sent_at"])
FOLLOW_UP_FIELDS = frozenset(
    ["id", "kind", "interview_id", "interviewer_id", "number", "due_at", "state", "done_at", "snoozed_until", "notes"]
)
OUTCOME_FIELDS = frozenset(["kind", "recorded_at", "notes", "positive_takeaways"])
OFFER_TERMS_FIELDS = frozenset(["salary", "start_date", "notes"])


def application_from_dict(data: object, *, created_at: datetime, check_rules: bool = True) -> Application:
    """Build and validate an application; ``created_at`` is used when the data has none.

    Raises :class:`ValidationError` with every problem, each located by its path in ``data``.
    ``check_rules`` false skips the model's rules (emails, lengths …) but still checks every type:
    the store passes it for its own file, whose records were checked when saved, because reading
    thousands of applications at start would otherwise spend most of its time re-checking them.
    """
    errors: list[FieldError] = []
    app = _read_application(_Reader(data, "", errors, APPLICATION_FIELDS), created_at)
    # Rules checks run on whatever could be read; a field that already failed to read is not
    # reported twice.
    unreadable = {error.field for error in errors}
    if check_rules or errors:
        errors.extend(error for error in app.problems() if not _under(error.field, unreadable))
    if errors:
        raise ValidationError(errors)
    return app


def _under(field: str, unreadable: set[str]) -> bool:
    """Whether a field is, or lies inside, one that already failed to read."""
    return any(field == bad or field.startswith((f"{bad}.", f"{bad}[")) or not bad for bad in unreadable)


def _read_list(reader: _Reader, key: str, read_one: Callable[[_Reader], Any], fields: frozenset[str]) -> list[Any]:
    return [
        read_one(_Reader(item, f"{reader.path}{key}[{index}].", reader.errors, fields))
        for index, item in enumerate(reader.items(key))
    ]


def _read_application(r: _Reader, created_at: datetime) -> Application:
    outcome_path, outcome_data = r.nested("outcome")
    terms_path, terms_data = r.nested("offer_terms")
    return Application(
        id=r.text("id") or new_id(),
        company=r.text("company", required=True),
        position=r.text("position"),
        stage=r.choice("stage", Stage, Stage.APPLIED) or Stage.APPLIED,
        job_url=r.text("job_url"),
        location=r.text("location"),
        notes=r.text("notes"),
        decision_expected_on=r.day("decision_expected_on"),
        decision_timeline=r.text("decision_timeline"),
        next_step=r.text("next_step"),
        offer_deadline=r.day("offer_deadline"),
        offer_terms=None
        if terms_data is _MISSING
        else _read_offer_terms(_Reader(terms_data, terms_path, r.errors, OFFER_TERMS_FIELDS)),
        outcome=None
        if outcome_data is _MISSING
        else _read_outcome(_Reader(outcome_data, outcome_path, r.errors, OUTCOME_FIELDS)),
        lessons_learned=r.text("lessons_learned"),
        created_at=r.instant("created_at") or created_at,
        updated_at=r.instant("updated_at"),
        interviews=_read_list(r, "interviews", _read_interview, INTERVIEW_FIELDS),
        follow_ups=_read_list(r, "follow_ups", _read_follow_up, FOLLOW_UP_FIELDS),
    )


def _read_offer_terms(r: _Reader) -> OfferTerms:
    return OfferTerms(salary=r.text("salary"), start_date=r.day("start_date"), notes=r.text("notes"))


def _read_outcome(r: _Reader) -> Outcome:
    return Outcome(
        kind=r.choice("kind", OutcomeKind, None) or OutcomeKind.RESPONSE,
        recorded_at=r.instant("recorded_at", required=True) or datetime(1970, 1, 1, tzinfo=UTC),
        notes=r.text("notes"),
        positive_takeaways=r.text("positive_takeaways"),
    )


def _read_interview(r: _Reader) -> Interview:
    zone = r.optional_text("time_zone")
    if zone is not None:
        try:
            resolve_zone(zone)
        except UnknownTimeZone as error:
            r.fail("time_zone", str(error))
            zone = None
    raw_start = r.text("starts_at", required=True)
    starts_at = r.instant("starts_at", zone=zone) if raw_start else None
    if zone is None and starts_at is not None:
        # A hand-written start with only an offset: keep that offset as the interview's zone so
        # the time is shown (and exported) exactly as written.
        zone = offset_name(datetime.fromisoformat(raw_start))
    assessment_path, assessment_data = r.nested("assessment")
    return Interview(
        id=r.text("id") or new_id(),
        round_name=r.text("round_name"),
        starts_at=starts_at or datetime(1970, 1, 1, tzinfo=UTC),
        time_zone=zone or "UTC",
        duration_minutes=r.integer("duration_minutes", 60) or 0,
        format=r.choice("format", InterviewFormat, InterviewFormat.VIDEO) or InterviewFormat.VIDEO,
        # Files from before interview kinds read as one-to-one interviews, the old behaviour.
        kind=r.choice("kind", InterviewKind, InterviewKind.ONE_TO_ONE) or InterviewKind.ONE_TO_ONE,
        location=r.text("location"),
        notes=r.text("notes"),
        interviewers=_read_list(r, "interviewers", _read_interviewer, INTERVIEWER_FIELDS),
        assessment=None
        if assessment_data is _MISSING
        else _read_assessment(_Reader(assessment_data, assessment_path, r.errors, ASSESSMENT_FIELDS)),
        letters=_read_list(r, "letters", _read_letter, LETTER_FIELDS),
        calendar_uid=r.text("calendar_uid"),
        cancelled=_read_flag(r, "cancelled"),
    )


def _read_flag(r: _Reader, key: str) -> bool:
    """A true/false field, false when absent."""
    value = r.raw(key)
    if value is _MISSING:
        return False
    if not isinstance(value, bool):
        r.fail(key, translate("Codec", "must be true or false, not {found}.").format(found=_json_type(value)))
        return False
    return value


def _read_interviewer(r: _Reader) -> Interviewer:
    return Interviewer(
        id=r.text("id") or new_id(),
        name=r.text("name", required=True),
        title=r.text("title"),
        email=r.text("email"),
        phone=r.text("phone"),
        linkedin_url=r.text("linkedin_url"),
    )


def _read_assessment(r: _Reader) -> Assessment:
    return Assessment(
        questions=_read_list(r, "questions", _read_question, QUESTION_FIELDS),
        overall_rating=r.integer("overall_rating", None),
        went_well=r.text("went_well"),
        to_improve=r.text("to_improve"),
        completed_at=r.instant("completed_at"),
    )


def _read_question(r: _Reader) -> QuestionReview:
    return QuestionReview(
        question=r.text("question", required=True),
        answer=r.text("answer"),
        rating=r.integer("rating", None),
        to_improve=r.text("to_improve"),
    )


def _read_letter(r: _Reader) -> Letter:
    return Letter(
        id=r.text("id") or new_id(),
        kind=r.choice("kind", LetterKind, None) or LetterKind.THANK_YOU,
        interviewer_id=r.optional_text("interviewer_id"),
        language=r.text("language") or "en",
        subject=r.text("subject"),
        body=r.text("body"),
        sent_at=r.instant("sent_at"),
    )


def _read_follow_up(r: _Reader) -> FollowUp:
    return FollowUp(
        id=r.text("id") or new_id(),
        kind=r.choice("kind", FollowUpKind, None) or FollowUpKind.THANK_YOU,
        interview_id=r.optional_text("interview_id"),
        interviewer_id=r.optional_text("interviewer_id"),
        number=r.integer("number", 1) or 0,
        due_at=r.instant("due_at", required=True) or datetime(1970, 1, 1, tzinfo=UTC),
        state=r.choice("state", FollowUpState, FollowUpState.PENDING) or FollowUpState.PENDING,
        done_at=r.instant("done_at"),
        snoozed_until=r.instant("snoozed_until"),
        notes=r.text("notes"),
    )
