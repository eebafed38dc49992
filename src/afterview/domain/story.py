"""An application's story on one page: what happened, in time order, and what comes next.

A pure function of the application, its planned steps and "now" (no Qt, no clock): each round
with its kind, format and people, the reviews, the letters sent (drafts stay with their round),
the decision date they gave, the follow-ups the user marked done or skipped and those that ran
out, the employer's answer and the lessons, then the steps still to come. The next step, the one
the Applications table shows as "Next action", is picked by :func:`next_step` for both.

Titles and details are in the user's language; dates are left to the view, which shows each in
the user's zone (a whole day, such as the decision date, is that day wherever the user is).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from afterview.domain.calendar import local_date, resolve_zone
from afterview.domain.labels import LETTER_LABELS, format_label, kind_label, stage_label
from afterview.domain.letters import asks_for_a_letter, letter_for
from afterview.domain.model import (
    Application,
    FollowUpKind,
    Interview,
    InterviewKind,
    Letter,
    OutcomeKind,
    Stage,
)
from afterview.domain.plan import Status, Step, decision_date
from afterview.domain.progress import COMPLETED_BY_LETTER
from afterview.domain.wording import action, timing
from afterview.i18n import QT_TRANSLATE_NOOP, plural, short_date, translate

# Statuses of a step still to act on (lapsed, done and skipped ones belong to the past).
ACTIVE = frozenset({Status.DUE, Status.LATE, Status.UPCOMING, Status.SNOOZED})
# An application made before creation times were kept carries this one: not a day to show.
UNKNOWN_CREATION = datetime(1970, 1, 1, tzinfo=UTC)


class EventKind(StrEnum):
    ADDED = "added"  # the application was added
    INTERVIEW = "interview"  # a round (its stage, if it moved the process on)
    REVIEW = "review"  # the self-assessment, finished
    LETTER = "letter"  # a letter or note sent
    DECISION = "decision"  # the day they said they would decide
    FOLLOW_UP = "follow_up"  # a step the user marked done or skipped, or one that ran out
    OUTCOME = "outcome"  # the employer's answer, or the process closed
    LESSONS = "lessons"  # what the user learned
    PLANNED = "planned"  # a step still to come


@dataclass(frozen=True)
class Event:
    """One line of the story. ``day`` is set for a whole day (the decision date): shown as that
    day in every zone, while ``at`` (its start in the interview's zone) only places it in order."""

    kind: EventKind
    at: datetime
    title: str
    details: tuple[str, ...] = ()
    to_come: bool = False
    day: date | None = None
    status: Status | None = None  # a step's: how it stands (late, due, snoozed, done …)
    step_kind: FollowUpKind | None = None  # a step's: what kind of step it tells


@dataclass(frozen=True)
class NextStep:
    step: Step
    action: str  # "Send your thank-you letter to Ana Ruiz"
    timing: str  # "due in 5 h"
    due: datetime  # do it by then: its deadline, else when it is due
    status: Status


@dataclass(frozen=True)
class Story:
    title: str  # "Acme — Analyst"
    stage: str  # the stage now, as the user reads it
    next_step: NextStep | None
    events: tuple[Event, ...]  # in time order: the past first, then what is still to come

    @property
    def past(self) -> tuple[Event, ...]:
        return tuple(event for event in self.events if not event.to_come)

    @property
    def to_come(self) -> tuple[Event, ...]:
        return tuple(event for event in self.events if event.to_come)


def next_step(steps: Iterable[Step], now: datetime) -> Step | None:
    """The most pressing open step: the one to do by the soonest time (its deadline, else when it
    is due), the first in the plan on a tie; what is only worth doing (a thank-you after a
    rejection) comes after what is expected. Lapsed, done and skipped steps are no longer next."""
    return min(
        (step for step in steps if step.status(now) in ACTIVE),
        key=lambda step: (step.optional, step.deadline or step.due_at),
        default=None,
    )


def story(app: Application, steps: Sequence[Step], now: datetime) -> Story:
    """The story of ``app`` at ``now``, from its record and its planned ``steps``."""
    own = [step for step in steps if step.application_id == app.id]
    pressing = next_step(own, now)
    events = [
        *_added(app),
        *_rounds(app, now),
        *_decision(app, now),
        *_outcome(app),
        *_steps(app, own, pressing, now),
    ]
    events.sort(key=lambda event: (event.to_come, event.at))  # stable: same moment, order above
    first = None
    if pressing is not None:
        due = pressing.deadline or pressing.due_at
        first = NextStep(pressing, action(pressing, app), timing(pressing, now), due, pressing.status(now))
    return Story(app.title, stage_label(app.stage), first, tuple(events))


# --- the record's own events --------------------------------------------------------------------


def _added(app: Application) -> list[Event]:
    if app.created_at == UNKNOWN_CREATION:
        return []
    return [Event(EventKind.ADDED, app.created_at, translate("Story", "Added to Afterview"))]


# How far each kind of round takes the process (only forward: a one-to-one after the final round
# is not a step back).
_ROUND_STAGES = {InterviewKind.SCREENING: Stage.SCREENING, InterviewKind.FINAL: Stage.FINAL}
_STAGE_ORDER = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL)


def _rounds(app: Application, now: datetime) -> list[Event]:
    """Each round, its review and its letters sent; a round that moved the process on says so."""
    events: list[Event] = []
    reached = 0
    latest = app.latest_interview()
    planned = any(not interview.cancelled and interview.starts_at > now for interview in app.interviews)
    for interview in sorted(app.interviews, key=lambda interview: interview.starts_at):
        details = list(_round_details(interview))
        stage = _ROUND_STAGES.get(interview.kind, Stage.INTERVIEWING)
        if not interview.cancelled and interview.starts_at <= now and _STAGE_ORDER.index(stage) > reached:
            reached = _STAGE_ORDER.index(stage)
            details.insert(1, translate("Story", "Stage: {stage}").format(stage=stage_label(stage)))
        if interview is latest:
            details.extend(_what_they_said(app))
        name = interview.round_name.strip() or kind_label(interview.kind)
        title = translate("Story", "Interview: {name}").format(name=name)
        to_come = interview.starts_at > now
        if interview.cancelled:  # by the employer (an imported calendar cancellation): told in the past
            title = translate("Story", "Interview cancelled: {name}").format(name=name)
            details.insert(0, translate("Story", "Cancelled by the employer; it was planned for this date."))
            if to_come and not planned:
                details.append(
                    translate(
                        "Story",
                        "No other interview is planned. The stage is still {stage}: change it or record "
                        "their answer if the process has stopped.",
                    ).format(stage=stage_label(app.stage))
                )
            to_come = False
        events.append(Event(EventKind.INTERVIEW, interview.starts_at, title, tuple(details), to_come))
        events.extend(_review(interview, name))
        events.extend(_sent(interview))
    return events


def _round_details(interview: Interview) -> list[str]:
    minutes = translate("Wording", "{minutes} min").format(minutes=interview.duration_minutes)
    details = [
        translate("Story", "{kind} · {format} · {minutes}").format(
            kind=kind_label(interview.kind), format=format_label(interview.format), minutes=minutes
        )
    ]
    if interview.location.strip():
        details.append(translate("Story", "Where: {location}").format(location=interview.location.strip()))
    people = [f"{person.name} ({person.title})" if person.title else person.name for person in interview.interviewers]
    if people:
        details.append(translate("Story", "With {people}").format(people=", ".join(people)))
    else:
        details.append(translate("Story", "No interviewers recorded"))
    for letter in interview.letters:
        if letter.sent_at is None:
            details.append(
                translate("Story", "Drafted, not sent yet: {letter}").format(letter=_letter_name(interview, letter))
            )
    if interview.assessment is not None and interview.assessment.completed_at is None:
        details.append(translate("Story", "Review started, not finished"))
    return details


def _what_they_said(app: Application) -> list[str]:
    said = []
    if app.decision_timeline.strip():
        said.append(
            translate("Story", "When they will decide, as they said: {said}").format(said=app.decision_timeline)
        )
    if app.next_step.strip():
        said.append(translate("Story", "The next step, as they said: {step}").format(step=app.next_step))
    return said


def _review(interview: Interview, name: str) -> list[Event]:
    review = interview.assessment
    if review is None or review.completed_at is None:
        return []
    details = []
    if review.overall_rating is not None:
        details.append(translate("Story", "Overall: {rating} of 5").format(rating=review.overall_rating))
    if review.questions:
        details.append(
            plural(
                len(review.questions),
                translate("Story", "{count} question noted"),
                translate("Story", "{count} questions noted"),
            )
        )
    if review.went_well.strip():
        details.append(translate("Story", "Went well: {text}").format(text=review.went_well.strip()))
    if review.to_improve.strip():
        details.append(translate("Story", "To improve: {text}").format(text=review.to_improve.strip()))
    title = translate("Story", "You reviewed “{name}”").format(name=name)
    return [Event(EventKind.REVIEW, review.completed_at, title, tuple(details))]


def _letter_name(interview: Interview, letter: Letter) -> str:
    """ "Thank-you letter to Ana Ruiz", or the kind alone for a letter to nobody in particular."""
    kind = translate("LetterEditor", LETTER_LABELS[letter.kind])
    person = interview.interviewer(letter.interviewer_id) if letter.interviewer_id else None
    return translate("Story", "{letter} to {name}").format(letter=kind, name=person.name) if person else kind


def _sent(interview: Interview) -> list[Event]:
    events = []
    for letter in interview.letters:
        if letter.sent_at is None:
            continue
        title = translate("Story", "Sent: {letter}").format(letter=_letter_name(interview, letter))
        details = (translate("Story", "Subject: {subject}").format(subject=letter.subject),) if letter.subject else ()
        events.append(Event(EventKind.LETTER, letter.sent_at, title, details))
    return events


def _decision(app: Application, now: datetime) -> list[Event]:
    """The day they said they would decide (a date, or what they said read as one)."""
    last = app.latest_interview()
    decided = decision_date(app, last) if last is not None else None
    if last is None or decided is None:
        return []
    day = local_date(decided, resolve_zone(last.time_zone))
    title = translate("Story", "The day they said they would decide")
    return [Event(EventKind.DECISION, decided, title, to_come=decided > now, day=day)]


_OUTCOMES = {
    OutcomeKind.RESPONSE: QT_TRANSLATE_NOOP("Story", "They answered: the process goes on"),
    OutcomeKind.OFFER: QT_TRANSLATE_NOOP("Story", "They made you an offer"),
    OutcomeKind.REJECTED: QT_TRANSLATE_NOOP("Story", "Not selected"),
    OutcomeKind.NO_RESPONSE: QT_TRANSLATE_NOOP("Story", "Closed with no answer"),
    OutcomeKind.WITHDRAWN: QT_TRANSLATE_NOOP("Story", "You withdrew"),
}
assert set(_OUTCOMES) == set(OutcomeKind), "every outcome has a title"


def _outcome(app: Application) -> list[Event]:
    """The employer's answer (with what came of it), and the lessons written after it."""
    outcome = app.outcome
    events = []
    if outcome is not None:
        details = []
        if outcome.kind is OutcomeKind.OFFER and app.offer_deadline is not None:
            details.append(translate("Story", "Reply by {day}").format(day=short_date(app.offer_deadline)))
        if outcome.notes.strip():
            details.append(translate("Story", "Notes: {text}").format(text=outcome.notes.strip()))
        if outcome.positive_takeaways.strip():
            details.append(
                translate("Story", "Positive take-aways: {text}").format(text=outcome.positive_takeaways.strip())
            )
        title = translate("Story", _OUTCOMES[outcome.kind])
        events.append(Event(EventKind.OUTCOME, outcome.recorded_at, title, tuple(details)))
    if app.lessons_learned.strip():
        # Written with the answer (the outcome dialog asks for them); with none, after the last round.
        latest = app.latest_interview()
        when = outcome.recorded_at if outcome else latest.ends_at if latest else app.created_at
        lessons = translate("Story", "Lessons learned")
        events.append(Event(EventKind.LESSONS, when, lessons, (app.lessons_learned.strip(),)))
    return events


# --- the plan's steps: what the user did with them, and what is still to come -------------------


def _steps(app: Application, steps: Sequence[Step], pressing: Step | None, now: datetime) -> list[Event]:
    """Steps marked done or skipped by the user (those done by a letter or a review are told by
    them), steps that ran out, and the open ones still to come (the next step is told on top)."""
    marked = {(record.kind, record.interview_id, record.interviewer_id, record.number) for record in app.follow_ups}
    events = []
    for step in steps:
        if step is pressing:
            continue
        status = step.status(now)
        if status in ACTIVE:
            events.append(_planned(app, step, status, now))
        elif status is Status.LAPSED and step.kind not in (FollowUpKind.ASK_NEXT_STEP, FollowUpKind.READ_BRIEF):
            # (asking in the interview runs out at its end, and reading the brief at its start:
            # a checklist and a help, not missed steps)
            title = translate("Story", "Not done in time: {action}").format(action=action(step, app))
            events.append(Event(EventKind.FOLLOW_UP, step.lapses_at or step.due_at, title, status=status))
        elif (step.kind, step.interview_id, step.interviewer_id, step.number) in marked:
            events.extend(_marked(app, step, status))
    return events


def _planned(app: Application, step: Step, status: Status, now: datetime) -> Event:
    if status is Status.SNOOZED and step.snoozed_until is not None:
        when = step.snoozed_until
    elif status is Status.UPCOMING:
        when = step.due_at
    else:
        when = step.deadline or step.due_at
    return Event(EventKind.PLANNED, when, action(step, app), (timing(step, now),), to_come=True, status=status)


def _marked(app: Application, step: Step, status: Status) -> list[Event]:
    if status is Status.DONE and step.done_at is not None and not _told_elsewhere(app, step):
        title = translate("Story", "Done: {action}").format(action=action(step, app))
        return [Event(EventKind.FOLLOW_UP, step.done_at, title, status=status, step_kind=step.kind)]
    if status is Status.SKIPPED:
        title = translate("Story", "Skipped: {action}").format(action=action(step, app))
        return [Event(EventKind.FOLLOW_UP, step.done_at or step.due_at, title, status=status, step_kind=step.kind)]
    return []


def _told_elsewhere(app: Application, step: Step) -> bool:
    """A step marked done that the story tells already: its review finished, or its letter sent
    (to its interviewer; else the one whose sending marked it done, at the same moment)."""
    interview = app.interview(step.interview_id) if step.interview_id else None
    if step.kind is FollowUpKind.SELF_ASSESSMENT:
        return (
            interview is not None and interview.assessment is not None and interview.assessment.completed_at is not None
        )
    if not asks_for_a_letter(step.kind):
        return False
    kinds = {letter_for(step.kind), *(kind for kind, done in COMPLETED_BY_LETTER.items() if done is step.kind)}
    sent = [letter for round_ in app.interviews for letter in round_.letters if letter.kind in kinds and letter.sent_at]
    if step.interviewer_id is not None:
        return any(letter.interviewer_id == step.interviewer_id for letter in sent)
    return any(letter.sent_at == step.done_at for letter in sent)
