"""LinkedIn's limits, planned: the monthly quota of personalised invitation notes.

A free LinkedIn account may add a note to only a few invitations a month (LinkedIn's help says five;
others report three to ten, so the number is a setting); Premium notes have 300 characters and no
monthly cap. Afterview counts the LinkedIn notes marked sent in the last 30 days, across every
application (:func:`quota`). When the open LinkedIn steps want more notes than are left, the notes
left are suggested for the decision-makers of open processes first (:func:`note_plan`; the rule is
:class:`Priority` and :func:`is_decision_maker`), and every other step offers the way without a
note: connect without one, then send the thank-you as a message once they accept
(``LetterKind.LINKEDIN_MESSAGE``, which has no character limit). Where that way is offered, a warning
too: withdrawing a pending invitation (to send it again with a note) blocks re-inviting that person
for up to three weeks.

Only letters of kind ``LINKEDIN_NOTE`` with a sending time count as notes: a step marked done
without a note, or the message sent after connecting, never does. Pure: "now" is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import IntEnum, StrEnum

from afterview.domain.calendar import local_date
from afterview.domain.folding import fold
from afterview.domain.model import Application, FollowUpKind, Interviewer, LetterKind
from afterview.domain.plan import Status, Step
from afterview.domain.settings import PREMIUM_NOTE_LIMIT, Settings
from afterview.i18n import number, short_date, translate

QUOTA_WINDOW = timedelta(days=30)  # notes sent within this long before "now" count against the quota
REINVITE_BLOCKED_WEEKS = 3  # LinkedIn: after withdrawing, no new invitation to that person for up to 3 weeks


class Account(StrEnum):
    """The values of the ``linkedin_account`` setting."""

    FREE = "free"
    PREMIUM = "premium"


def account(settings: Settings) -> Account:
    return Account.PREMIUM if settings.linkedin_account == Account.PREMIUM.value else Account.FREE


def note_characters(settings: Settings) -> int:
    """How long an invitation note may be: the setting on a free account, 300 with Premium."""
    return PREMIUM_NOTE_LIMIT if account(settings) is Account.PREMIUM else settings.linkedin_note_limit


# --- the quota ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quota:
    """The notes of the last 30 days against the monthly allowance (None: unlimited, Premium)."""

    allowance: int | None
    used: int
    frees_at: datetime | None = None  # at the limit: when the next note may be sent again

    @property
    def remaining(self) -> int | None:
        return None if self.allowance is None else max(self.allowance - self.used, 0)

    @property
    def at_limit(self) -> bool:
        return self.allowance is not None and self.used >= self.allowance


def notes_sent(applications: Iterable[Application], now: datetime) -> list[datetime]:
    """When each note that counts was sent (oldest first): LinkedIn notes marked sent in the 30 days up to now."""
    since = now - QUOTA_WINDOW
    return sorted(
        letter.sent_at
        for app in applications
        for interview in app.interviews
        for letter in interview.letters
        if letter.kind is LetterKind.LINKEDIN_NOTE and letter.sent_at is not None and since < letter.sent_at <= now
    )


def quota(applications: Iterable[Application], settings: Settings, now: datetime) -> Quota:
    sent = notes_sent(applications, now)
    if account(settings) is Account.PREMIUM:
        return Quota(None, len(sent))
    allowance = settings.linkedin_free_notes
    frees_at = None
    if allowance and len(sent) >= allowance:
        # Enough of the oldest notes must leave the window to bring the count below the allowance.
        frees_at = sent[len(sent) - allowance] + QUOTA_WINDOW
    return Quota(allowance, len(sent), frees_at)


# --- who gets the notes left ----------------------------------------------------------------------

# Words of a title (folded: no case, no accents) that make someone a decision-maker ...
DECISION_MAKER_WORDS = frozenset({
    "manager", "head", "director", "directora", "lead", "leader", "chief", "vp", "ceo", "cto", "cfo", "coo",
    "founder", "cofounder", "owner", "supervisor", "supervisora", "jefe", "jefa", "responsable", "gerente",
    "lider", "fundador", "fundadora", "socio", "socia", "coordinador", "coordinadora",
})  # fmt: skip
# ... unless the title says they recruit: the recruiter screens, the team decides.
RECRUITING_WORDS = frozenset({
    "recruiter", "recruiting", "recruitment", "talent", "sourcer", "headhunter", "hr", "human", "reclutador",
    "reclutadora", "reclutamiento", "seleccion", "rrhh", "hh", "humanos", "selection",
})  # fmt: skip


def is_decision_maker(person: Interviewer) -> bool:
    """Whether the title names someone who decides: a manager, head, director, lead, jefe/a,
    responsable … (:data:`DECISION_MAKER_WORDS`), and no recruiting word (:data:`RECRUITING_WORDS`)."""
    title_words = set(re.findall(r"[a-z0-9]+", fold(person.title)))
    return bool(title_words & DECISION_MAKER_WORDS) and not title_words & RECRUITING_WORDS


class Priority(IntEnum):
    """Who gets a note first (lower first); ties go to the earlier deadline."""

    DECISION_MAKER = 0  # an open process, and the title says they decide
    LATEST_ROUND = 1  # an open process, met in its latest round
    EARLIER_ROUND = 2  # an open process, met in an earlier round
    CLOSED = 3  # a process that is over (after a rejection the invitation is optional)


def priority(app: Application, step: Step, person: Interviewer | None) -> Priority:
    if step.optional or app.stage.is_closed:
        return Priority.CLOSED
    if person is not None and is_decision_maker(person):
        return Priority.DECISION_MAKER
    latest = app.latest_interview()
    return Priority.LATEST_ROUND if latest is not None and latest.id == step.interview_id else Priority.EARLIER_ROUND


@dataclass(frozen=True)
class Invitation:
    """One open LinkedIn step, with whether a note is kept for it."""

    step: Step
    name: str  # the interviewer's, "" when unknown
    company: str
    priority: Priority
    with_note: bool


@dataclass(frozen=True)
class NotePlan:
    """The quota and the open LinkedIn steps, best first for a note."""

    quota: Quota
    invitations: tuple[Invitation, ...]

    def for_step(self, step: Step) -> Invitation | None:
        return next((each for each in self.invitations if each.step.key == step.key), None)

    def noted(self) -> list[Invitation]:
        """The invitations the notes left are suggested for."""
        return [each for each in self.invitations if each.with_note]


def is_open_invitation(step: Step, now: datetime) -> bool:
    return step.kind is FollowUpKind.LINKEDIN and step.is_open and step.status(now) is not Status.LAPSED


def note_plan(
    applications: Sequence[Application], steps: Iterable[Step], settings: Settings, now: datetime
) -> NotePlan:
    """Which open LinkedIn steps get the notes left: by :class:`Priority`, then deadline."""
    counted = quota(applications, settings, now)
    by_id = {app.id: app for app in applications}
    ranked: list[tuple[Priority, datetime, str, str, Step]] = []
    for step in steps:
        app = by_id.get(step.application_id)
        if app is None or not is_open_invitation(step, now):
            continue
        interview = app.interview(step.interview_id or "")
        person = interview.interviewer(step.interviewer_id or "") if interview else None
        name = person.name if person else ""
        ranked.append((priority(app, step, person), step.deadline or step.due_at, name, app.company, step))
    ranked.sort(key=lambda entry: entry[:3])
    left = counted.remaining
    invitations = tuple(
        Invitation(step, name, company, rank, left is None or index < left)
        for index, (rank, _, name, company, step) in enumerate(ranked)
    )
    return NotePlan(counted, invitations)


# --- what the step says ----------------------------------------------------------------------------


def quota_text(counted: Quota, zone: tzinfo) -> str:
    """ "3 of 5 notes used this month"; at the limit, when the next one frees up. More notes sent than
    allowed (marked sent anyway, or a lower setting) read "none left (2 sent, 1 allowed)"."""
    if counted.allowance is None:
        return translate("LinkedIn", "Premium: notes of up to {limit} characters, no monthly limit").format(
            limit=PREMIUM_NOTE_LIMIT
        )
    if counted.used > counted.allowance:  # sent anyway, or the setting lowered: never "2 of 1"
        used = translate("LinkedIn", "No LinkedIn notes left this month ({used} sent, {allowance} allowed)").format(
            used=number(counted.used), allowance=number(counted.allowance)
        )
    else:
        used = translate("LinkedIn", "{used} of {allowance} LinkedIn notes used this month").format(
            used=number(counted.used), allowance=number(counted.allowance)
        )
    if counted.frees_at is None:
        return used
    return translate("LinkedIn", "{used}; the next frees up on {day}").format(
        used=used, day=short_date(local_date(counted.frees_at, zone))
    )


def no_note_text() -> str:
    return translate(
        "LinkedIn",
        "No note left for this invitation: connect without a note, then send your thank-you as a message "
        "once they accept.",
    )


def step_hint(plan: NotePlan, step: Step) -> str | None:
    """What a LinkedIn step adds to its line when no note is kept for it (None otherwise)."""
    invitation = plan.for_step(step)
    return no_note_text() if invitation is not None and not invitation.with_note else None


def kept_for_text(plan: NotePlan) -> str:
    """Who the notes left are suggested for ("" when none are left)."""
    names = [
        translate("LinkedIn", "{name} ({company})").format(name=each.name or "?", company=each.company)
        for each in plan.noted()
    ]
    if not names:
        return ""
    return translate("LinkedIn", "Keep your notes left for: {names} (decision-makers of open processes first).").format(
        names=", ".join(names)
    )


def withdraw_warning() -> str:
    return translate(
        "LinkedIn",
        "Do not withdraw an invitation to send it again with a note: LinkedIn then blocks inviting that "
        "person for up to {weeks} weeks.",
    ).format(weeks=REINVITE_BLOCKED_WEEKS)


def quota_facts(plan: NotePlan, step: Step, zone: tzinfo) -> dict[str, object] | None:
    """For ``afterview due --json``: the quota as it stands for a LinkedIn step (None for another
    step); ``frees_at`` in the user's ``zone``."""
    if step.kind is not FollowUpKind.LINKEDIN:
        return None
    invitation = plan.for_step(step)
    counted = plan.quota
    return {
        "account": "premium" if counted.allowance is None else "free",
        "allowance": counted.allowance,
        "used": counted.used,
        "remaining": counted.remaining,
        "with_note": invitation.with_note if invitation is not None else counted.remaining != 0,
        "frees_at": counted.frees_at.astimezone(zone).isoformat() if counted.frees_at else None,
    }
