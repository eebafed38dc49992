"""Calendar invitations as Afterview sees them, and the rules that turn one into interview rounds.

Pure: the file is read elsewhere (``interchange/invitation.py``) into the plain records below;
here a summary becomes a guessed company and position, the people invited become interviewers
(without the user's own addresses), and the events become rounds of one application: a new one,
or the one already holding a round with the same calendar UID (a moved interview moves, a
cancelled one is marked cancelled and raises nothing more).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from afterview.domain.folding import fold
from afterview.domain.model import NAME_MAX, Application, Interview, Interviewer, InterviewFormat, Stage, check_email
from afterview.domain.rounds import suggested_kind
from afterview.i18n import translate

DEFAULT_MINUTES = 60  # an event with no end (or an end before its start) is taken as an hour


@dataclass(frozen=True)
class Invitee:
    """Someone an invitation names: the organiser or an attendee."""

    name: str
    email: str


@dataclass(frozen=True)
class InvitedEvent:
    """One event of an invitation, its start in UTC and the zone it was written in."""

    uid: str
    starts_at: datetime
    time_zone: str
    duration_minutes: int = DEFAULT_MINUTES
    summary: str = ""
    location: str = ""
    meeting_link: str = ""
    organizer: Invitee | None = None
    attendees: tuple[Invitee, ...] = ()
    cancelled: bool = False

    @property
    def format(self) -> InterviewFormat:
        """Video when there is a meeting link, else in person."""
        return InterviewFormat.VIDEO if self.meeting_link else InterviewFormat.IN_PERSON


@dataclass(frozen=True)
class Invitation:
    events: tuple[InvitedEvent, ...]


class InvitationError(ValueError):
    """An invitation that cannot become an interview; the message says why, for the user."""


# --- company and position from the summary ----------------------------------------------------------

# What an interview is called in a summary (English and Spanish), possibly with its kind.
_INTERVIEW = (
    r"(?:(?:job|video|phone|online|virtual|technical|final|first|second|hr|1st|2nd|3rd)[\s-]+)?"
    r"(?:interview|screening(?:\s+call)?|phone\s+screen|entrevista"
    r"(?:\s+(?:de\s+trabajo|t[eé]cnica|final|telef[oó]nica|online|virtual|personal))?)"
)
_INTERVIEW_PART = re.compile(rf"^\s*{_INTERVIEW}\s*$", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(rf"\b{_INTERVIEW}\b", re.IGNORECASE)
# Words a calendar puts before the summary of an updated or cancelled event.
_PREFIX = re.compile(
    r"^\s*(?:(?:updated\s+)?invitation|invitaci[oó]n(?:\s+actualizada)?|updated|actualizad[oa]|"
    r"cancel+ed(?:\s+event)?|cancelad[oa]|evento\s+cancelado|fw|fwd|re)\s*:\s*",
    re.IGNORECASE,
)
_LEAD = re.compile(rf"^\s*{_INTERVIEW}\s*[:\-–—]\s*", re.IGNORECASE)  # "Entrevista: …", "Interview - …"
_IN_BRACKETS = re.compile(r"^(?P<rest>.*?)\s*[(\[](?P<inner>[^()\[\]]+)[)\]]\s*$")
_AT = re.compile(r"^(?P<before>.*?)\s+(?:at|with|@|en|con)\s+(?P<after>.+)$", re.IGNORECASE)
_DASHES = re.compile(r"\s+[-–—|]\s+|\s*[–—|]\s*")
_SLASH = re.compile(r"\s*/\s*")
_CONNECTORS = re.compile(r"^(?:for|para|de|del|the|el|la|an?|:|-)\s+|\s+(?:for|para|de|at|with|en|con)$", re.I)

# Addresses that say nothing about the employer: mail providers, calendars and hiring tools.
_NOT_AN_EMPLOYER = frozenset({
    "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "me", "mac", "aol", "gmx",
    "proton", "protonmail", "zoho", "mail", "yandex", "google", "microsoft", "calendar", "zoom", "teams",
    "greenhouse", "lever", "workday", "myworkday", "smartrecruiters", "calendly", "goodtime", "ashbyhq", "icims",
    "taleo", "successfactors", "personio", "teamtailor", "recruitee", "workable", "bamboohr",
})  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gob", "edu", "ac", "ltd", "plc"})


@dataclass(frozen=True)
class Guess:
    """What a summary (and the organiser's address) suggest; "" where nothing can be told."""

    company: str = ""
    position: str = ""


def guess_company_position(summary: str, organizer_email: str = "") -> Guess:
    """ "Interview – Junior analyst – Acme", "Acme / Junior analyst interview", "Entrevista: Analista
    junior (Acme)" → Acme, Junior analyst; the organiser's address names the company otherwise."""
    from_address = company_from_address(organizer_email)
    text = _PREFIX.sub("", summary.strip())
    text = _LEAD.sub("", text).strip()
    guess = _guess_from(text, from_address)
    return Guess((guess.company or from_address)[:NAME_MAX], guess.position[:NAME_MAX])


def _guess_from(text: str, from_address: str) -> Guess:
    bracketed = _IN_BRACKETS.match(text)
    if bracketed:  # "Analista junior (Acme)"
        return Guess(_clean(bracketed["inner"]), _clean(bracketed["rest"]))
    if _SLASH.search(text):  # "Acme / Junior analyst interview": the company first
        parts = _parts(_SLASH.split(text))
        return _ordered(parts, from_address, company_first=True)
    if _DASHES.search(text):  # "Interview – Junior analyst – Acme": the company last
        parts = _parts(_DASHES.split(text))
        return _ordered(parts, from_address, company_first=False)
    at = _AT.match(text)
    if at and _clean(at["after"]):  # "Junior analyst interview at Acme", "Entrevista con Acme"
        return Guess(_clean(at["after"]), _clean(at["before"]))
    rest = _clean(text)
    if from_address and fold(rest) == fold(from_address):
        return Guess(rest, "")
    return Guess("", rest)


def _parts(pieces: Iterable[str]) -> list[str]:
    """The pieces that are more than the word "interview"."""
    return [_clean(piece) for piece in pieces if piece.strip() and not _INTERVIEW_PART.match(piece)]


def _ordered(parts: list[str], from_address: str, *, company_first: bool) -> Guess:
    parts = [part for part in parts if part]
    if not parts:
        return Guess()
    if len(parts) == 1:
        return _guess_from(parts[0], from_address)
    named = [part for part in parts if from_address and fold(from_address) in fold(part)]
    company = named[0] if named else parts[0] if company_first else parts[-1]
    position = next(part for part in parts if part is not company)
    return Guess(company, position)


def _clean(text: str) -> str:
    """A name without the interview words and the little words left around them."""
    text = _INTERVIEW_WORDS.sub(" ", text)
    text = " ".join(text.split()).strip(" -–—:|,")
    previous = None
    while previous != text:
        previous, text = text, _CONNECTORS.sub("", text).strip()
    return text


def company_from_address(email: str) -> str:
    """ "talent@acme.example" → "Acme"; "" for a mail provider, a calendar or a hiring tool."""
    domain = email.rpartition("@")[2].strip().lower()
    labels = [label for label in domain.split(".") if label]
    if len(labels) < 2:
        return ""
    index = -3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else -2
    name = labels[index]
    if name in _NOT_AN_EMPLOYER:
        return ""
    return "-".join(piece.capitalize() for piece in name.split("-"))


# --- the people ---------------------------------------------------------------------------------


def own_addresses(my_emails: str) -> frozenset[str]:
    """The user's addresses from the "My email addresses" setting (comma-separated), folded."""
    return frozenset(fold(part.strip()) for part in my_emails.split(",") if part.strip())


def learned_address(invitation: Invitation, user_name: str, my_emails: str) -> str | None:
    """The user's address, from the first attendee named as the user is, when none is known yet."""
    if my_emails.strip() or not user_name.strip():
        return None
    wanted = fold(" ".join(user_name.split()))
    for event in invitation.events:
        for person in event.attendees:
            if person.email and not check_email(person.email) and fold(" ".join(person.name.split())) == wanted:
                return person.email
    return None


# A team's or a robot's mailbox (the local part, or its first word: "talent.es@", "hr-team@"), and
# what such a mailbox is called: not someone who interviews, thanks or connects on LinkedIn.
_TEAM_MAILBOXES = frozenset({
    "recruiting", "recruitment", "recruiter", "recruiters", "careers", "career", "jobs", "job", "talent",
    "talentacquisition", "hr", "rrhh", "humanresources", "people", "hiring", "noreply", "donotreply", "empleo", "empleos", "seleccion", "trabajo", "trabajaconnosotros", "info", "contact", "contacto",
    "admin", "calendar", "team", "interviews", "interview", "scheduling", "candidates", "campus", "graduates",
    "internships", "practicas",
})  # fmt: skip
_TEAM_NAMES = re.compile(
    r"\b(?:talent\s+acquisition|human\s+resources|recursos\s+humanos|recruiting|recruitment|careers|no[\s-]?reply"
    r"|do[\s-]?not[\s-]?reply|team|equipo|department|departamento|people\s+ops)\b"
    r"|^(?:the\s+)?(?:talent|jobs|hr|rrhh|people|hiring|selecci[oó]n|empleo)(?:\s+\S+)?$",
    re.IGNORECASE,
)


def is_team_mailbox(person: Invitee) -> bool:
    """True for a team's or a robot's address or name ("Talent Acquisition", recruiting@, careers@,
    jobs@, hr@, noreply@ …): invitations name it, but it is nobody to interview the user."""
    local = fold(person.email.partition("@")[0]).split("+")[0]
    words = [word for word in re.split(r"[._-]+", local) if word]
    joined = "".join(words)
    if words and (
        joined in _TEAM_MAILBOXES or words[0] in _TEAM_MAILBOXES or joined.startswith(("noreply", "donotreply"))
    ):
        return True
    return bool(_TEAM_NAMES.search(" ".join(person.name.split())))


def interviewers_of(event: InvitedEvent, own: frozenset[str]) -> list[Interviewer]:
    """The organiser then the attendees, each once, without the user nor a team's mailbox."""
    people: list[Interviewer] = []
    seen: set[str] = set()
    everyone = ([event.organizer] if event.organizer else []) + list(event.attendees)
    for person in everyone:
        key = fold(person.email or person.name)
        if not key or key in seen or fold(person.email) in own or is_team_mailbox(person):
            continue
        seen.add(key)
        people.append(Interviewer(name=person.name or _name_from_address(person.email), email=person.email))
    return people


def _name_from_address(email: str) -> str:
    """ "ana.ruiz@acme.example" → "Ana Ruiz": an interviewer needs a name, the file gave none."""
    local = email.partition("@")[0]
    return " ".join(word.capitalize() for word in re.split(r"[._-]+", local) if word) or email


# --- the rounds -----------------------------------------------------------------------------------


class RoundChange(StrEnum):
    ADDED = "added"
    MOVED = "moved"
    UPDATED = "updated"
    CANCELLED = "cancelled"


@dataclass
class Applied:
    """What an invitation makes of the data: the application to save (a copy), whether it is new,
    each round it touched, where each moved round was before (by interview id), whether it
    changes nothing at all (the same invitation again), and, for a new application, the open ones
    to the same company (another position: said, not merged)."""

    app: Application
    is_new: bool
    rounds: list[tuple[Interview, RoundChange]] = field(default_factory=list)
    moved_from: dict[str, datetime] = field(default_factory=dict)
    unchanged: bool = False
    same_company: tuple[Application, ...] = ()


def apply_invitation(invitation: Invitation, apps: Sequence[Application], my_emails: str, now: datetime) -> Applied:
    """The application ``invitation`` adds to or changes (a deep copy; nothing in ``apps`` changes).

    Raises :class:`InvitationError` when it only cancels rounds that are not in the data.
    """
    first = invitation.events[0]
    guess = guess_company_position(first.summary, first.organizer.email if first.organizer else "")
    found = _holding(invitation, apps) or _same_process(guess, apps)
    is_new = found is None
    app = copy.deepcopy(found) if found is not None else _new_application(guess, first, now)
    own = own_addresses(my_emails)
    applied = Applied(app, is_new)
    for event in invitation.events:
        held = next((i for i in app.interviews if event.uid and i.calendar_uid == event.uid), None)
        before = held.starts_at if held is not None else None
        change = _apply_event(app, event, own)
        if change is not None:
            applied.rounds.append(change)
            if change[1] is RoundChange.MOVED and before is not None:
                applied.moved_from[change[0].id] = before
            if change[1] is RoundChange.ADDED:
                _carry_known_details(change[0], app, apps)
    if not applied.rounds:
        raise InvitationError(
            translate("Invitations", "it cancels an interview that is not in your data, so there is nothing to change.")
        )
    applied.unchanged = found is not None and app == found
    if is_new and app.company:
        applied.same_company = tuple(
            other for other in apps if not other.stage.is_closed and fold(other.company) == fold(app.company)
        )
    return applied


def _carry_known_details(interview: Interview, app: Application, apps: Sequence[Application]) -> None:
    """What is known of each person (by email) from earlier rounds, this application's first, into a
    new round: their title, phone and LinkedIn address, and their name where the file gave none."""
    known = _known_people([other for other in apps if other.id != app.id] + [app], interview)
    for person in interview.interviewers:
        met = known.get(fold(person.email.strip()))
        if met is None or not person.email.strip():
            continue
        for name in ("title", "phone", "linkedin_url"):
            if not getattr(person, name) and getattr(met, name):
                setattr(person, name, getattr(met, name))
        if met.name.strip() and person.name == _name_from_address(person.email):
            person.name = met.name


def _known_people(apps: Sequence[Application], leaving_out: Interview) -> dict[str, Interviewer]:
    """Each person with an email, as last recorded (the later application and round win)."""
    people = (
        person
        for app in apps
        for round_ in sorted(app.interviews, key=lambda i: i.starts_at)
        if round_ is not leaving_out
        for person in round_.interviewers
        if person.email.strip()
    )
    return {fold(person.email.strip()): person for person in people}


def _holding(invitation: Invitation, apps: Sequence[Application]) -> Application | None:
    uids = {event.uid for event in invitation.events if event.uid}
    return next((app for app in apps for i in app.interviews if i.calendar_uid and i.calendar_uid in uids), None)


def _same_process(guess: Guess, apps: Sequence[Application]) -> Application | None:
    """An open application to the same company (and position, when the summary names one)."""
    if not guess.company:
        return None
    matching = [
        app
        for app in apps
        if not app.stage.is_closed
        and fold(app.company) == fold(guess.company)
        and (not guess.position or not app.position or fold(app.position) == fold(guess.position))
    ]
    return max(matching, key=lambda app: app.created_at, default=None)


def _new_application(guess: Guess, event: InvitedEvent, now: datetime) -> Application:
    company = guess.company or " ".join(event.summary.split())[:NAME_MAX]
    return Application(company=company, position=guess.position, stage=Stage.INTERVIEWING, created_at=now)


def _apply_event(app: Application, event: InvitedEvent, own: frozenset[str]) -> tuple[Interview, RoundChange] | None:
    held = next((i for i in app.interviews if event.uid and i.calendar_uid == event.uid), None)
    if held is None:
        if event.cancelled:
            return None  # a round never recorded: nothing to cancel
        interview = _interview(event, own)
        app.interviews.append(interview)
        return interview, RoundChange.ADDED
    moved = (held.starts_at, held.duration_minutes) != (event.starts_at, event.duration_minutes)
    _update(held, event, own)
    if event.cancelled:
        return held, RoundChange.CANCELLED
    return held, RoundChange.MOVED if moved else RoundChange.UPDATED


def _interview(event: InvitedEvent, own: frozenset[str]) -> Interview:
    people = interviewers_of(event, own)
    return Interview(
        starts_at=event.starts_at,
        time_zone=event.time_zone,
        duration_minutes=event.duration_minutes,
        format=event.format,
        kind=suggested_kind(event.summary, len(people)),
        location=event.meeting_link or event.location,
        interviewers=people,
        calendar_uid=event.uid,
        cancelled=event.cancelled,
    )


def _update(interview: Interview, event: InvitedEvent, own: frozenset[str]) -> None:
    """The new time, place and people; the people already there stay (letters name them)."""
    interview.starts_at = event.starts_at
    interview.time_zone = event.time_zone
    interview.duration_minutes = event.duration_minutes
    interview.cancelled = event.cancelled
    if event.meeting_link or event.location:
        interview.format = event.format
        interview.location = event.meeting_link or event.location
    known = {fold(person.email or person.name) for person in interview.interviewers}
    for person in interviewers_of(event, own):
        if fold(person.email or person.name) not in known:
            interview.interviewers.append(person)
