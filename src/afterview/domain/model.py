"""The things Afterview keeps track of, and the rules that make a record valid.

Pure Python: no Qt, no files, no clock. Instants are timezone-aware datetimes normalised to UTC,
with the IANA zone (or fixed offset) the user entered them in kept beside them, so local times can
always be shown again exactly as entered. Every check returns field-specific messages a user can act
on; the storage, the command line and the window all show these same messages.

Field labels are written in English and marked with ``QT_TRANSLATE_NOOP("Validation", …)``: the
checks translate a label only when they report a problem with it, so checking a valid record (done
for every record saved or imported) never spends time looking words up.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from afterview.domain.calendar import UnknownTimeZone, resolve_zone
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate

# Sane upper bounds: generous for real use, small enough that a pasted novel or a corrupted
# file cannot make the window or the letters unusable.
NAME_MAX = 200
SHORT_TEXT_MAX = 500
EMAIL_MAX = 254
URL_MAX = 2048
LONG_TEXT_MAX = 20_000
DURATION_MAX_MINUTES = 24 * 60
RATING_MIN, RATING_MAX = 1, 5
YEAR_MIN, YEAR_MAX = 1900, 2100


def new_id() -> str:
    """A fresh stable identifier (a random UUID) for any record."""
    return str(uuid.uuid4())


class Stage(StrEnum):
    """Where an application stands in the employer's selection process."""

    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    FINAL = "final"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"

    @property
    def is_closed(self) -> bool:
        """True once the process is over and nothing more should be sent or raised."""
        return self in CLOSED_STAGES


CLOSED_STAGES = frozenset({Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN, Stage.NO_RESPONSE})


class InterviewFormat(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class InterviewKind(StrEnum):
    """What sort of round it was: it shapes the steps (one letter per panel member, one note to the
    organiser of a group interview, a short email after a recruiter's screening call)."""

    SCREENING = "screening"
    ONE_TO_ONE = "one_to_one"
    PANEL = "panel"
    GROUP = "group"
    FINAL = "final"


class FollowUpKind(StrEnum):
    """Each step Afterview walks the candidate through after an interview."""

    ASK_NEXT_STEP = "ask_next_step"
    ASK_DECISION_DATE = "ask_decision_date"
    ADD_INTERVIEWERS = "add_interviewers"
    SELF_ASSESSMENT = "self_assessment"
    THANK_YOU = "thank_you"
    LINKEDIN = "linkedin"
    CHECK_IN = "check_in"
    CLOSE_OUT = "close_out"
    LESSONS = "lessons"
    FEEDBACK_REQUEST = "feedback_request"
    REJECTION_REPLY = "rejection_reply"
    OFFER_REPLY = "offer_reply"
    # The offer desk (domain/offers.py): while an offer is open, and after the decision.
    ASK_EXTENSION = "ask_extension"
    SHARE_OFFER = "share_offer"
    ACCEPT_OFFER = "accept_offer"
    DECLINE_OFFER = "decline_offer"
    WITHDRAW = "withdraw"
    READ_BRIEF = "read_brief"  # the evening before a round: read the preparation brief (domain/brief.py)


class FollowUpState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"


class LetterKind(StrEnum):
    THANK_YOU = "thank_you"
    LINKEDIN_NOTE = "linkedin_note"
    CHECK_IN_CALL = "check_in_call"
    CHECK_IN_EMAIL = "check_in_email"
    FEEDBACK_REQUEST = "feedback_request"
    OFFER_REPLY = "offer_reply"
    ASK_DECISION_DATE = "ask_decision_date"
    REJECTION_REPLY = "rejection_reply"
    LINKEDIN_MESSAGE = "linkedin_message"  # a thank-you message once an invitation sent without a note is accepted
    EXTENSION_REQUEST = "extension_request"
    OFFER_NEWS = "offer_news"
    OFFER_ACCEPT = "offer_accept"
    OFFER_DECLINE = "offer_decline"
    WITHDRAWAL = "withdrawal"


class OutcomeKind(StrEnum):
    """What the employer said (or did not say) in the end."""

    RESPONSE = "response"
    OFFER = "offer"
    REJECTED = "rejected"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, worded for the person who typed it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def within(self, prefix: str) -> FieldError:
        """The same problem, located inside a parent record (``interviews[0].`` …)."""
        return FieldError(f"{prefix}{self.field}" if self.field else prefix.rstrip("."), self.message)


class ValidationError(ValueError):
    """Raised when a record cannot be saved; carries every problem found, not just the first."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(self.summary())

    def summary(self) -> str:
        if len(self.errors) == 1:
            return str(self.errors[0])
        more = plural(
            len(self.errors) - 1,
            translate("Validation", "{count} more problem"),
            translate("Validation", "{count} more problems"),
        )
        return translate("Validation", "{problem} (and {more})").format(problem=self.errors[0], more=more)


# --- field checks ---------------------------------------------------------------------------
# Small functions returning a message or None, so the window can show them beside one field
# and the importer can prefix them with where in the file the field is. A ``label`` is the English
# label, marked with QT_TRANSLATE_NOOP("Validation", …) where it is written; it is translated here,
# only when there is a problem to report.

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# C0 and C1 control characters and lone surrogates; searched by the regex engine because this
# check runs over every text of every record each time the data is read.
_CONTROL_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# "+34 611 22 33 44", "(+34) 611-22.33.44", "+44 (0)20 7946 0958", "(555) 123-4567 ext. 12"
_PHONE = re.compile(r"^(?:\+|\(\+)?[0-9 ()./-]{3,40}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def check_length(label: str, value: str, limit: int) -> str | None:
    if len(value) > limit:
        return translate("Validation", "{label} is too long: at most {limit} characters, this has {length}.").format(
            label=_label(label), limit=number(limit), length=number(len(value))
        )
    return None


def check_required(label: str, value: str) -> str | None:
    if not value.strip():
        return translate("Validation", "{label} is required.").format(label=_label(label))
    return None


def check_email(value: str) -> str | None:
    if value and not _EMAIL.match(value):
        return translate(
            "Validation", "'{value}' is not a valid email address (expected something like name@company.com)."
        ).format(value=_clip(value))
    return None


def check_phone(value: str) -> str | None:
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 3):
        return translate("Validation", "'{value}' is not a phone number (digits, spaces, + ( ) - . allowed).").format(
            value=_clip(value)
        )
    return None


def check_url(value: str) -> str | None:
    if not value:
        return None
    parts = urlsplit(value) if " " not in value.strip() else None
    if parts is None or parts.scheme not in ("http", "https") or "." not in parts.netloc:
        return translate("Validation", "'{value}' is not a web address (it should start with https://).").format(
            value=_clip(value)
        )
    return None


# How LinkedIn shows a profile's address, without the scheme: "linkedin.com/in/…",
# "www.linkedin.com/in/…", "es.linkedin.com/in/…".
_BARE_LINKEDIN = re.compile(r"^(?:[a-z0-9-]+\.)?linkedin\.com(?:[/?#]|$)", re.IGNORECASE)


def normalised_linkedin_url(value: str) -> str:
    """A LinkedIn address as it is kept: with https:// when it was typed or pasted without a scheme,
    as LinkedIn itself shows it ("www.linkedin.com/in/name"); anything else as it was (trimmed), for
    :func:`check_linkedin_url` to judge."""
    value = value.strip()
    return f"https://{value}" if _BARE_LINKEDIN.match(value) else value


def check_linkedin_url(value: str) -> str | None:
    """None for a LinkedIn address (with or without https://: see :func:`normalised_linkedin_url`)."""
    value = normalised_linkedin_url(value)
    problem = check_url(value)
    if problem or not value:
        return problem
    host = (urlsplit(value).hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return translate(
            "Validation",
            "'{value}' is not a LinkedIn address (expected something like https://www.linkedin.com/in/name).",
        ).format(value=_clip(value))
    return None


def check_rating(label: str, value: int | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
        return translate(
            "Validation", "{label} must be a whole number from {minimum} to {maximum} (got {value})."
        ).format(label=_label(label), minimum=RATING_MIN, maximum=RATING_MAX, value=_clip(repr(value)))
    return None


def check_aware(label: str, value: datetime | None) -> str | None:
    """A moment must carry its time zone and fall in the years the calendar rules can work with."""
    if value is None:
        return None
    if value.utcoffset() is None:
        return translate("Validation", "{label} needs a time zone.").format(label=_label(label))
    return check_year(label, value.astimezone(UTC).date())


def check_year(label: str, value: date | None) -> str | None:
    # Far-off years are typing mistakes (9999, 0001) and would overflow date arithmetic later.
    if value is not None and not YEAR_MIN <= value.year <= YEAR_MAX:
        return translate("Validation", "{label} must be between the years {first} and {last} (got {value}).").format(
            label=_label(label), first=YEAR_MIN, last=YEAR_MAX, value=value.isoformat()
        )
    return None


def check_characters(label: str, value: str, *, multiline: bool) -> str | None:
    """No invisible control characters (an escape code, NUL …); line breaks only in long texts."""
    found = (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE).search(value)
    if found is None:
        return None
    character = found.group()
    if "\ud800" <= character <= "\udfff":
        return translate("Validation", "{label} contains text that is not valid Unicode.").format(label=_label(label))
    if character in "\n\r":
        return translate("Validation", "{label} contains a line break; remove it.").format(label=_label(label))
    return translate("Validation", "{label} contains a control character; remove it.").format(label=_label(label))


def _label(label: str) -> str:
    """A field label (marked with QT_TRANSLATE_NOOP where it is written) in the user's language."""
    return translate("Validation", label)


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class _Problems:
    """Collects field errors for one record without repeating the same if/append dance."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, message: str | None) -> None:
        if message:
            self.errors.append(FieldError(field_name, message))

    def text(self, field_name: str, label: str, value: str, limit: int, *, required: bool = False) -> None:
        missing = check_required(label, value) if required else None
        self.add(
            field_name,
            missing
            or check_length(label, value, limit)
            or check_characters(label, value, multiline=limit >= LONG_TEXT_MAX),
        )

    def nested(self, prefix: str, errors: Iterable[FieldError]) -> None:
        self.errors.extend(error.within(prefix) for error in errors)


# --- records --------------------------------------------------------------------------------


@dataclass
class Interviewer:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        # Kept with https://, however it was typed or imported: opening it needs the scheme.
        self.linkedin_url = normalised_linkedin_url(self.linkedin_url)

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.text("name", QT_TRANSLATE_NOOP("Validation", "The interviewer's name"), self.name, NAME_MAX, required=True)
        p.text("title", QT_TRANSLATE_NOOP("Validation", "Title"), self.title, NAME_MAX)
        p.text("email", QT_TRANSLATE_NOOP("Validation", "Email"), self.email, EMAIL_MAX)
        p.add("email", check_email(self.email))
        p.text("phone", QT_TRANSLATE_NOOP("Validation", "Phone"), self.phone, NAME_MAX)
        p.add("phone", check_phone(self.phone))
        p.text("linkedin_url", QT_TRANSLATE_NOOP("Validation", "LinkedIn address"), self.linkedin_url, URL_MAX)
        p.add("linkedin_url", check_linkedin_url(self.linkedin_url))
        return p.errors


@dataclass
class QuestionReview:
    """One question the interviewer asked, how it was answered, and what to do better."""

    question: str
    answer: str = ""
    rating: int | None = None
    to_improve: str = ""

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.text("question", QT_TRANSLATE_NOOP("Validation", "The question"), self.question, LONG_TEXT_MAX, required=True)
        p.text("answer", QT_TRANSLATE_NOOP("Validation", "Your answer"), self.answer, LONG_TEXT_MAX)
        p.add("rating", check_rating(QT_TRANSLATE_NOOP("Validation", "Rating"), self.rating))
        p.text("to_improve", QT_TRANSLATE_NOOP("Validation", "What to improve"), self.to_improve, LONG_TEXT_MAX)
        return p.errors


@dataclass
class Assessment:
    """The candidate's own review of one interview."""

    questions: list[QuestionReview] = field(default_factory=list)
    overall_rating: int | None = None
    went_well: str = ""
    to_improve: str = ""
    completed_at: datetime | None = None

    def problems(self) -> list[FieldError]:
        p = _Problems()
        for index, question in enumerate(self.questions):
            p.nested(f"questions[{index}].", question.problems())
        p.add("overall_rating", check_rating(QT_TRANSLATE_NOOP("Validation", "Overall rating"), self.overall_rating))
        p.text("went_well", QT_TRANSLATE_NOOP("Validation", "What went well"), self.went_well, LONG_TEXT_MAX)
        p.text("to_improve", QT_TRANSLATE_NOOP("Validation", "What to improve"), self.to_improve, LONG_TEXT_MAX)
        p.add("completed_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Completion time"), self.completed_at))
        return p.errors


@dataclass
class Letter:
    """A drafted (and perhaps sent) letter or note, usually to one interviewer."""

    kind: LetterKind
    interviewer_id: str | None = None
    language: str = "en"
    subject: str = ""
    body: str = ""
    sent_at: datetime | None = None
    id: str = field(default_factory=new_id)

    def problems(self) -> list[FieldError]:
        p = _Problems()
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", self.language):
            p.add(
                "language",
                translate("Validation", "'{value}' is not a language code (expected e.g. en or es).").format(
                    value=_clip(self.language)
                ),
            )
        p.text("subject", QT_TRANSLATE_NOOP("Validation", "Subject"), self.subject, SHORT_TEXT_MAX)
        p.text("body", QT_TRANSLATE_NOOP("Validation", "The letter"), self.body, LONG_TEXT_MAX)
        p.add("sent_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Sending time"), self.sent_at))
        return p.errors


@dataclass
class Interview:
    """One interview round: when, how, with whom, and what came of it."""

    starts_at: datetime
    time_zone: str = "UTC"
    duration_minutes: int = 60
    round_name: str = ""
    format: InterviewFormat = InterviewFormat.VIDEO
    kind: InterviewKind = InterviewKind.ONE_TO_ONE
    location: str = ""
    notes: str = ""
    interviewers: list[Interviewer] = field(default_factory=list)
    assessment: Assessment | None = None
    letters: list[Letter] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    # From a calendar invitation: its UID (the same invitation again updates this round) and
    # whether the organiser cancelled it (a cancelled round raises no steps).
    calendar_uid: str = ""
    cancelled: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def local_starts_at(self) -> datetime:
        """The start as the user entered it, in the interview's own time zone."""
        return self.starts_at.astimezone(resolve_zone(self.time_zone))

    def interviewer(self, interviewer_id: str) -> Interviewer | None:
        return next((person for person in self.interviewers if person.id == interviewer_id), None)

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.add("starts_at", check_aware(QT_TRANSLATE_NOOP("Validation", "The start time"), self.starts_at))
        try:
            resolve_zone(self.time_zone)
        except UnknownTimeZone as error:
            p.add("time_zone", str(error))
        if isinstance(self.duration_minutes, bool) or not isinstance(self.duration_minutes, int):
            p.add("duration_minutes", translate("Validation", "Duration must be a whole number of minutes."))
        elif self.duration_minutes < 1:
            p.add(
                "duration_minutes",
                translate("Validation", "The interview must end after it starts (at least 1 minute long)."),
            )
        elif self.duration_minutes > DURATION_MAX_MINUTES:
            p.add(
                "duration_minutes",
                translate("Validation", "Duration is at most {minutes} minutes (24 hours).").format(
                    minutes=DURATION_MAX_MINUTES
                ),
            )
        p.text("round_name", QT_TRANSLATE_NOOP("Validation", "Round name"), self.round_name, NAME_MAX)
        p.text("location", QT_TRANSLATE_NOOP("Validation", "Location or link"), self.location, URL_MAX)
        p.text("notes", QT_TRANSLATE_NOOP("Validation", "Notes"), self.notes, LONG_TEXT_MAX)
        p.text("calendar_uid", QT_TRANSLATE_NOOP("Validation", "Calendar invitation id"), self.calendar_uid, URL_MAX)
        for index, person in enumerate(self.interviewers):
            p.nested(f"interviewers[{index}].", person.problems())
        _check_unique_ids(p, "interviewers", self.interviewers)
        if self.assessment is not None:
            p.nested("assessment.", self.assessment.problems())
        known = {person.id for person in self.interviewers}
        for index, letter in enumerate(self.letters):
            p.nested(f"letters[{index}].", letter.problems())
            if letter.interviewer_id is not None and letter.interviewer_id not in known:
                p.add(
                    f"letters[{index}].interviewer_id",
                    translate("Validation", "The letter is addressed to an interviewer who is not in this interview."),
                )
        _check_unique_ids(p, "letters", self.letters)
        return p.errors


@dataclass
class FollowUp:
    """The user's progress on one follow-up step (the plan decides which steps exist and when).

    A step is identified by its kind, interview, interviewer and number (the n-th check-in; 1 for
    every other kind); ``due_at`` records when it was due when the user acted on it.
    """

    kind: FollowUpKind
    due_at: datetime
    interview_id: str | None = None
    interviewer_id: str | None = None
    number: int = 1
    state: FollowUpState = FollowUpState.PENDING
    done_at: datetime | None = None
    snoozed_until: datetime | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.add("due_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Due time"), self.due_at))
        p.add("done_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Completion time"), self.done_at))
        p.add("snoozed_until", check_aware(QT_TRANSLATE_NOOP("Validation", "Snooze time"), self.snoozed_until))
        if isinstance(self.number, bool) or not isinstance(self.number, int) or not 1 <= self.number <= 99:
            p.add(
                "number",
                translate("Validation", "The step number must be a whole number from 1 to 99 (got {value}).").format(
                    value=_clip(repr(self.number))
                ),
            )
        if self.state is FollowUpState.SNOOZED and self.snoozed_until is None:
            p.add("snoozed_until", translate("Validation", "A snoozed follow-up needs the time to remind you again."))
        p.text("notes", QT_TRANSLATE_NOOP("Validation", "Notes"), self.notes, LONG_TEXT_MAX)
        return p.errors


@dataclass
class Outcome:
    """How the process ended (or the employer's latest answer), and what to keep from it."""

    kind: OutcomeKind
    recorded_at: datetime
    notes: str = ""
    positive_takeaways: str = ""

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.add("recorded_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Recording time"), self.recorded_at))
        p.text("notes", QT_TRANSLATE_NOOP("Validation", "Notes"), self.notes, LONG_TEXT_MAX)
        p.text(
            "positive_takeaways",
            QT_TRANSLATE_NOOP("Validation", "Positive take-aways"),
            self.positive_takeaways,
            LONG_TEXT_MAX,
        )
        return p.errors


@dataclass
class OfferTerms:
    """What the student wants to remember of an offer, as they typed it (compared, never scored)."""

    salary: str = ""
    start_date: date | None = None
    notes: str = ""

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.text("salary", QT_TRANSLATE_NOOP("Validation", "Salary"), self.salary, SHORT_TEXT_MAX)
        p.add("start_date", check_year(QT_TRANSLATE_NOOP("Validation", "The start date"), self.start_date))
        p.text("notes", QT_TRANSLATE_NOOP("Validation", "Notes"), self.notes, LONG_TEXT_MAX)
        return p.errors


@dataclass
class Application:
    """One job application and everything that followed it."""

    company: str
    position: str = ""
    stage: Stage = Stage.APPLIED
    job_url: str = ""
    location: str = ""
    notes: str = ""
    decision_expected_on: date | None = None
    decision_timeline: str = ""
    next_step: str = ""
    offer_deadline: date | None = None  # an offer's: reply by this day
    offer_terms: OfferTerms | None = None  # an offer's terms, as the student entered them
    outcome: Outcome | None = None
    lessons_learned: str = ""
    interviews: list[Interview] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    created_at: datetime = field(default_factory=lambda: datetime(1970, 1, 1, tzinfo=UTC))
    id: str = field(default_factory=new_id)
    updated_at: datetime | None = None  # the last save (None: before Afterview kept it); sync merges by it

    @property
    def title(self) -> str:
        """How the user recognises it in a list or a message: "Acme — Junior analyst"."""
        return f"{self.company} — {self.position}" if self.position else self.company

    def interview(self, interview_id: str) -> Interview | None:
        return next((round_ for round_ in self.interviews if round_.id == interview_id), None)

    def latest_interview(self, started_by: datetime | None = None) -> Interview | None:
        """The last round; with ``started_by``, the last one that had started by then (the one to
        review), falling back to the last round when none has started yet."""
        started = [i for i in self.interviews if started_by is None or i.starts_at <= started_by]
        return max(started or self.interviews, key=lambda interview: interview.starts_at, default=None)

    def problems(self) -> list[FieldError]:
        p = _Problems()
        p.text("company", QT_TRANSLATE_NOOP("Validation", "Company"), self.company, NAME_MAX, required=True)
        p.text("position", QT_TRANSLATE_NOOP("Validation", "Position"), self.position, NAME_MAX)
        p.text("job_url", QT_TRANSLATE_NOOP("Validation", "Job posting address"), self.job_url, URL_MAX)
        p.add("job_url", check_url(self.job_url))
        p.text("location", QT_TRANSLATE_NOOP("Validation", "Location"), self.location, NAME_MAX)
        p.text("notes", QT_TRANSLATE_NOOP("Validation", "Notes"), self.notes, LONG_TEXT_MAX)
        p.text(
            "decision_timeline",
            QT_TRANSLATE_NOOP("Validation", "Decision timeline"),
            self.decision_timeline,
            SHORT_TEXT_MAX,
        )
        p.text("next_step", QT_TRANSLATE_NOOP("Validation", "Next step"), self.next_step, SHORT_TEXT_MAX)
        p.text(
            "lessons_learned", QT_TRANSLATE_NOOP("Validation", "Lessons learned"), self.lessons_learned, LONG_TEXT_MAX
        )
        p.add(
            "decision_expected_on",
            check_year(QT_TRANSLATE_NOOP("Validation", "The decision date"), self.decision_expected_on),
        )
        if self.outcome is not None:
            p.nested("outcome.", self.outcome.problems())
        if self.offer_terms is not None:
            p.nested("offer_terms.", self.offer_terms.problems())
        p.add("created_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Creation time"), self.created_at))
        p.add("updated_at", check_aware(QT_TRANSLATE_NOOP("Validation", "Time of the last change"), self.updated_at))
        for index, interview in enumerate(self.interviews):
            p.nested(f"interviews[{index}].", interview.problems())
        _check_unique_ids(p, "interviews", self.interviews)
        interview_ids = {interview.id for interview in self.interviews}
        for index, follow_up in enumerate(self.follow_ups):
            p.nested(f"follow_ups[{index}].", follow_up.problems())
            if follow_up.interview_id is not None and follow_up.interview_id not in interview_ids:
                p.add(
                    f"follow_ups[{index}].interview_id",
                    translate("Validation", "The follow-up belongs to an interview that is not in this application."),
                )
        _check_unique_ids(p, "follow_ups", self.follow_ups)
        return p.errors

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every problem, or return quietly."""
        errors = self.problems()
        if errors:
            raise ValidationError(errors)


def _check_unique_ids(p: _Problems, name: str, records: Sequence[Interviewer | Interview | Letter | FollowUp]) -> None:
    seen: set[str] = set()
    for index, record in enumerate(records):
        if not record.id:
            p.add(f"{name}[{index}].id", translate("Validation", "The id is empty."))
        elif record.id in seen:
            p.add(
                f"{name}[{index}].id",
                translate("Validation", "The id '{id}' is used twice.").format(id=_clip(record.id)),
            )
        seen.add(record.id)
