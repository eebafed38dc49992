"""The follow-up plan: from what the user entered, the steps they should take and when.

A pure function of the applications and the settings (DESIGN.md's table of steps and defaults):

- before each interview starts, a short checklist: ask about the next step and when they will
  decide (no decision date recorded after the last round, or none that can be read: a step to ask
  by email, the next business day);
- review the interview (self-assessment), from its end;
- a thank-you letter to each interviewer within 24 h (a deadline on a weekend moves to the next
  business day's end), then "late, still worth sending" for 2 business days, then it lapses; after a
  screening call only to the recruiter, after a group interview only to the organiser (the first
  person recorded); with nobody recorded, a step asking for their names;
- a LinkedIn invitation to each of them within 2 days, reminded the day after (when the user's
  quiet hours end on their next calendar day); after a screening call or a group interview only if
  the settings ask for it;
- check-ins when the employer is quiet: the first business day after the decision date plus one
  business day of grace, or 7 business days after the last (final) round with no date; at most 2, at
  least 7 days apart (one left undone lapses after those 7 days), then a suggestion to close the
  process out instead;
- after a rejection, a lessons-learned review, a short gracious reply and an optional feedback
  request; thank-yous and LinkedIn invitations not yet sent stay, as optional;
- with an offer, a reply by the offer's deadline; the offer desk's steps (domain/offers.py: ask
  for an extension, tell the pending employers, then accept, decline and withdraw).

Statuses (due, late, lapsed …) depend on "now", which is always passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache

from afterview.domain.calendar import (
    add_business_days,
    at_local,
    is_business_day,
    local_date,
    next_business_day,
    outside_quiet_hours,
    resolve_zone,
    within_business_hours,
)
from afterview.domain.model import (
    Application,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewKind,
    LetterKind,
    OutcomeKind,
    Stage,
)
from afterview.domain.settings import Settings
from afterview.domain.timeline import decision_date_from

FEEDBACK_REQUEST_WINDOW = timedelta(days=14)
REJECTION_REPLY_WINDOW = timedelta(days=7)
ASK_DECISION_BUSINESS_DAYS = 5  # asking when they will decide stays worth doing for a week


class Status(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    LATE = "late"
    SNOOZED = "snoozed"
    LAPSED = "lapsed"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(slots=True)
class Step:
    """One thing to do, with its timing and the user's progress on it.

    Treat it as a value: the plan makes new steps rather than changing them. (Not frozen only
    because frozen dataclasses are several times slower to build, and a plan builds tens of
    thousands.)
    """

    application_id: str
    kind: FollowUpKind
    due_at: datetime  # from when it is something to do
    remind_at: datetime  # when to raise the first reminder
    deadline: datetime | None = None  # do it by then; after it, "late"
    lapses_at: datetime | None = None  # after it, no longer worth doing nor raised
    interview_id: str | None = None
    interviewer_id: str | None = None
    number: int = 1
    repeats: bool = True  # remind again once a day while overdue
    call_zone: str | None = None  # a call: remind only in business hours of this zone
    optional: bool = False  # worth doing, not expected (a thank-you after a rejection keeps the door open)
    quiet_hours_apply: bool = True  # False for what belongs to an interview the user is at, whatever the hour
    state: FollowUpState = FollowUpState.PENDING
    done_at: datetime | None = None
    snoozed_until: datetime | None = None

    @property
    def key(self) -> str:
        """Stable across runs and restarts: the reminder log and the stored progress use it."""
        return ":".join(
            (
                self.kind.value,
                self.application_id,
                self.interview_id or "-",
                self.interviewer_id or "-",
                str(self.number),
            )
        )

    @property
    def is_open(self) -> bool:
        return self.state not in (FollowUpState.DONE, FollowUpState.SKIPPED)

    def status(self, now: datetime) -> Status:
        if self.state is FollowUpState.DONE:
            return Status.DONE
        if self.state is FollowUpState.SKIPPED:
            return Status.SKIPPED
        if self.lapses_at is not None and now >= self.lapses_at:
            return Status.LAPSED
        if self.state is FollowUpState.SNOOZED and self.snoozed_until is not None and now < self.snoozed_until:
            return Status.SNOOZED
        if now < self.due_at:
            return Status.UPCOMING
        if self.deadline is not None and now >= self.deadline:
            return Status.LATE
        return Status.DUE

    def needs_action(self, now: datetime) -> bool:
        """Due or late: what ``afterview due`` lists and the Today view puts first."""
        return self.status(now) in (Status.DUE, Status.LATE)


def plan(applications: Iterable[Application], settings: Settings, zone: tzinfo | None = None) -> list[Step]:
    """Every step of every application, in due order (ties keep the order of interviews and interviewers).

    ``zone`` is the user's (where "the day after" begins); by default the one in the settings, else
    each interview's own.
    """
    from afterview.domain.offers import desk_steps  # the offer desk builds on this module

    apps = list(applications)
    steps = [step for app in apps for step in plan_application(app, settings, zone)]
    steps.extend(desk_steps(apps, settings))  # steps that look across applications (an open offer's)
    steps.sort(key=lambda step: step.due_at)
    return steps


def plan_application(app: Application, settings: Settings, zone: tzinfo | None = None) -> list[Step]:
    if any(interview.cancelled for interview in app.interviews):
        # A round the employer cancelled (a calendar cancellation) is planned as if it never was.
        app = replace(app, interviews=[interview for interview in app.interviews if not interview.cancelled])
    planner = _Planner(app, settings, zone)
    if app.stage in (Stage.WITHDRAWN, Stage.ACCEPTED) or _outcome_is(app, OutcomeKind.WITHDRAWN):
        from afterview.domain.offers import closing_steps

        return planner.history() + closing_steps(app)  # an accepted, declined or withdrawn offer's letter
    if app.stage is Stage.REJECTED or _outcome_is(app, OutcomeKind.REJECTED):
        return planner.history() + planner.still_worth_sending() + planner.after_rejection()
    if app.stage is Stage.NO_RESPONSE or _outcome_is(app, OutcomeKind.NO_RESPONSE):
        return planner.history() + planner.lessons(planner.closed_at())
    steps: list[Step] = []
    for interview in app.interviews:
        steps.extend(planner.interview_steps(interview))
    steps.extend(planner.ask_decision_date())
    if app.stage is Stage.OFFER or _outcome_is(app, OutcomeKind.OFFER):
        return [*steps, *planner.offer_reply()]
    steps.extend(planner.check_ins())
    return steps


def _outcome_is(app: Application, kind: OutcomeKind) -> bool:
    return app.outcome is not None and app.outcome.kind is kind


def decision_date(app: Application, last: Interview) -> datetime | None:
    """The employer's decision day as the start of that day in the interview's zone, if known and current.

    A date recorded before the latest interview belongs to an earlier round and is ignored.
    """
    zone = resolve_zone(last.time_zone)
    interview_day = local_date(last.starts_at, zone)
    day = app.decision_expected_on or decision_date_from(app.decision_timeline, interview_day)
    if day is None or day < interview_day:
        return None
    return at_local(day, datetime.min.time(), zone)


@dataclass(frozen=True)
class _Spans:
    """The settings' durations as timedeltas, made once per settings rather than once per interview."""

    review_delay: timedelta
    ask_before: timedelta
    review_lapse: timedelta
    grace: timedelta
    connect_within: timedelta
    spacing: timedelta

    @staticmethod
    @lru_cache(maxsize=8)
    def of(settings: Settings) -> _Spans:
        return _Spans(
            review_delay=timedelta(hours=settings.assessment_reminder_hours),
            ask_before=timedelta(minutes=settings.ask_minutes_before_start),
            review_lapse=timedelta(days=settings.assessment_lapse_days),
            grace=timedelta(days=settings.late_grace_days),
            connect_within=timedelta(days=settings.linkedin_days),
            spacing=timedelta(days=settings.check_in_spacing_days),
        )


ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Windows:
    """When a round's letters are due, reminded, late and lapsed (the same for each interviewer)."""

    end: datetime
    thank_remind: datetime
    thank_by: datetime
    thank_lapses: datetime
    connect_remind: datetime
    connect_by: datetime
    connect_lapses: datetime


class _Planner:
    """The rules for one application; small methods, one per step kind."""

    def __init__(self, app: Application, settings: Settings, zone: tzinfo | None = None) -> None:
        self.app = app
        self.settings = settings
        self.user_zone = zone or (resolve_zone(settings.time_zone) if settings.time_zone else None)
        self.spans = _Spans.of(settings)
        self.progress = {_progress_key(record): record for record in app.follow_ups}
        self.last = app.latest_interview()
        self._decisions: dict[str, datetime | None] = {}

    def step(
        self,
        kind: FollowUpKind,
        due_at: datetime,
        *,
        remind_at: datetime | None = None,
        deadline: datetime | None = None,
        lapses_at: datetime | None = None,
        interview_id: str | None = None,
        interviewer_id: str | None = None,
        number: int = 1,
        repeats: bool = True,
        call_zone: str | None = None,
        optional: bool = False,
        quiet_hours_apply: bool = True,
    ) -> Step:
        """A step with the user's stored progress applied."""
        planned = Step(
            self.app.id, kind, due_at, remind_at or due_at, deadline, lapses_at, interview_id, interviewer_id,
            number, repeats, call_zone, optional, quiet_hours_apply,
        )  # fmt: skip
        record = self.progress.get((planned.kind, planned.interview_id, planned.interviewer_id, planned.number))
        if record is None:
            return planned
        return replace(planned, state=record.state, done_at=record.done_at, snoozed_until=record.snoozed_until)

    def done(self, step: Step, when: datetime | None) -> Step:
        """The step completed by what the user recorded elsewhere (a sent letter, a finished review)."""
        if not step.is_open:
            return step
        return replace(step, state=FollowUpState.DONE, done_at=when, snoozed_until=None)

    def history(self) -> list[Step]:
        """What was done around the interviews of a closed process: kept for the record (Insights
        counts the letters sent), while nothing still open is raised any more."""
        recorded = {interview_id for (_, interview_id, _, _) in self.progress}
        return [
            step
            for interview in self.app.interviews
            # The letters' steps are worked out only where one can have been closed (most closed
            # processes of a long search have none): a letter sent, or a step marked.
            for step in self.interview_steps(
                interview, letters=interview.id in recorded or any(letter.sent_at for letter in interview.letters)
            )
            if not step.is_open
        ]

    # --- around each interview ---------------------------------------------------------------

    def interview_steps(self, interview: Interview, *, letters: bool = True) -> list[Step]:
        spans = self.spans
        end = interview.ends_at
        # Before it starts, not during it: a reminder in the middle of an interview (perhaps on a
        # shared screen) helps nobody. The user is at the interview, so quiet hours do not apply.
        ask = self.step(
            FollowUpKind.ASK_NEXT_STEP, interview.starts_at - spans.ask_before, lapses_at=end,
            interview_id=interview.id, repeats=False, quiet_hours_apply=False,
        )  # fmt: skip
        if self._decision_known_for(interview):
            ask = self.done(ask, None)
        review = self.step(
            FollowUpKind.SELF_ASSESSMENT, end, remind_at=end + spans.review_delay,
            lapses_at=end + spans.review_lapse, interview_id=interview.id,
        )  # fmt: skip
        if interview.assessment is not None and interview.assessment.completed_at is not None:
            review = self.done(review, interview.assessment.completed_at)
        before = [ask, review] if not self.settings.brief_evening_before else [self.read_brief(interview), ask, review]
        return [*before, *self.letters_after(interview)] if letters else before

    def read_brief(self, interview: Interview) -> Step:
        """The evening before the round (in the user's zone): read the preparation brief. Raised once,
        outside quiet hours (when they would hold it past the start, the morning before, when they
        end); no longer worth it once the round starts."""
        settings = self.settings
        zone = self._zone_for(interview)
        day_before = local_date(interview.starts_at, zone) - ONE_DAY
        when = min(at_local(day_before, settings.brief_evening_time, zone), interview.starts_at)
        if outside_quiet_hours(when, settings.quiet_hours_start, settings.quiet_hours_end, zone) >= interview.starts_at:
            when = min(when, at_local(day_before, settings.quiet_hours_end, zone))
        return self.step(
            FollowUpKind.READ_BRIEF, when, lapses_at=interview.starts_at, interview_id=interview.id, repeats=False
        )

    def letters_after(self, interview: Interview) -> list[Step]:
        """A thank-you (and a LinkedIn invitation) to each person the round calls for; with no
        names recorded, a step asking for them (the letters follow once they are there)."""
        end = interview.ends_at
        people = _addressees(interview)
        if not people:
            thank_by = self._thank_you_deadline(interview)
            add = self.step(
                FollowUpKind.ADD_INTERVIEWERS, end, deadline=thank_by, lapses_at=self._late_until(thank_by, interview),
                interview_id=interview.id,
            )  # fmt: skip
            return [add]
        sent = _sent_letters(interview)
        windows = self._windows(interview)
        connects = self._connects_after(interview)
        steps: list[Step] = []
        for person in people:
            thanks = self.thank_you(interview, person.id, windows)
            thanked = sent.get((LetterKind.THANK_YOU, person.id))
            steps.append(self.done(thanks, thanked) if thanked else thanks)
            if connects:
                connect = self.linkedin(interview, person.id, windows)
                # Connected with a note, or without one and then thanked by message (domain/linkedin.py).
                connected = sent.get((LetterKind.LINKEDIN_NOTE, person.id)) or sent.get(
                    (LetterKind.LINKEDIN_MESSAGE, person.id)
                )
                steps.append(self.done(connect, connected) if connected else connect)
        return steps

    def _windows(self, interview: Interview) -> _Windows:
        """The letters' times for one round, worked out once for all its interviewers."""
        end = interview.ends_at
        thank_by = self._thank_you_deadline(interview)
        connect_by = end + self.spans.connect_within
        return _Windows(
            end=end, thank_remind=end + self.spans.review_delay, thank_by=thank_by,
            thank_lapses=self._late_until(thank_by, interview),
            connect_remind=min(self._next_day(end, interview), connect_by), connect_by=connect_by,
            connect_lapses=self._late_until(connect_by, interview),
        )  # fmt: skip

    def thank_you(self, interview: Interview, person_id: str, windows: _Windows) -> Step:
        return self.step(
            FollowUpKind.THANK_YOU, windows.end, remind_at=windows.thank_remind, deadline=windows.thank_by,
            lapses_at=windows.thank_lapses, interview_id=interview.id, interviewer_id=person_id,
        )  # fmt: skip

    def linkedin(self, interview: Interview, person_id: str, windows: _Windows) -> Step:
        return self.step(
            FollowUpKind.LINKEDIN, windows.end, remind_at=windows.connect_remind, deadline=windows.connect_by,
            lapses_at=windows.connect_lapses, interview_id=interview.id, interviewer_id=person_id,
        )  # fmt: skip

    def _connects_after(self, interview: Interview) -> bool:
        if interview.kind is InterviewKind.SCREENING:
            return self.settings.linkedin_after_screening
        if interview.kind is InterviewKind.GROUP:
            return self.settings.linkedin_after_group
        return True

    def _zone_for(self, interview: Interview) -> tzinfo:
        return self.user_zone or resolve_zone(interview.time_zone)

    def _next_day(self, moment: datetime, interview: Interview) -> datetime:
        """ "The day after": when the quiet hours end on the user's next calendar day."""
        zone = self._zone_for(interview)
        return at_local(local_date(moment, zone) + ONE_DAY, self.settings.quiet_hours_end, zone)

    def _late_until(self, deadline: datetime, interview: Interview) -> datetime:
        """The end of the "late, still worth doing" window: business days after the deadline, so
        the window never ends on a weekend."""
        zone = resolve_zone(interview.time_zone)
        local = deadline.astimezone(zone)
        last_day = add_business_days(local.date(), self.settings.late_grace_days)
        return at_local(last_day, local.time().replace(tzinfo=None), zone)

    def _thank_you_deadline(self, interview: Interview) -> datetime:
        """24 h after the end; when that lands on a weekend, the end of the next business day."""
        zone = resolve_zone(interview.time_zone)
        deadline = interview.ends_at + timedelta(hours=self.settings.thank_you_hours)
        day = local_date(deadline, zone)
        if is_business_day(day):
            return deadline
        return at_local(next_business_day(day), self.settings.business_hours_end, zone)

    def _decision_known_for(self, interview: Interview) -> bool:
        """Whether the user recorded when the employer will decide, after the latest round.

        Earlier rounds' reminders have lapsed by then, so only the latest interview is checked.
        """
        last = self._last_interview()
        if last is None or interview.id != last.id:
            return False
        return self._decided_after(last) is not None or bool(self.app.decision_timeline.strip())

    # --- when the employer is quiet -------------------------------------------------------------

    def _last_interview(self) -> Interview | None:
        return self.last

    def _decided_after(self, interview: Interview) -> datetime | None:
        """:func:`decision_date` from ``interview``, read once per round (three rules ask for it)."""
        if interview.id not in self._decisions:
            self._decisions[interview.id] = decision_date(self.app, interview)
        return self._decisions[interview.id]

    def _deciding_round(self) -> Interview | None:
        """The round whose date the check-ins count from: the last final round, else the last round."""
        finals = [interview for interview in self.app.interviews if interview.kind is InterviewKind.FINAL]
        return max(finals, key=lambda interview: interview.starts_at) if finals else self.last

    def ask_decision_date(self) -> list[Step]:
        """No decision date recorded (or none that can be read) after the last round: ask by email,
        the next business day, instead of silently assuming one."""
        last = self._last_interview()
        if last is None or self._decided_after(last) is not None or self._answered_since(last):
            return []
        zone = resolve_zone(last.time_zone)
        day = next_business_day(local_date(last.ends_at, zone))
        due = at_local(day, self.settings.business_hours_start, zone)
        lapses = at_local(add_business_days(day, ASK_DECISION_BUSINESS_DAYS), self.settings.business_hours_end, zone)
        step = self.step(FollowUpKind.ASK_DECISION_DATE, due, lapses_at=lapses, interview_id=last.id)
        return [self._done_by_letter(step, LetterKind.ASK_DECISION_DATE, since=last.ends_at)]

    def _done_by_letter(self, step: Step, kind: LetterKind, *, since: datetime) -> Step:
        """The step done by the first letter of ``kind`` sent since ``since`` (any interview)."""
        sent = [
            letter.sent_at
            for interview in self.app.interviews
            for letter in interview.letters
            if letter.kind is kind and letter.sent_at is not None and letter.sent_at >= since
        ]
        return self.done(step, min(sent)) if sent else step

    def check_ins(self) -> list[Step]:
        s = self.settings
        last = self._deciding_round()
        if last is None or self._answered_since(last):
            return []
        zone = resolve_zone(last.time_zone)
        decided = self._decided_after(last)
        if decided is not None:
            first_day = add_business_days(next_business_day(local_date(decided, zone)), s.decision_grace_business_days)
        else:
            first_day = add_business_days(local_date(last.ends_at, zone), s.no_date_check_in_business_days)
        due = at_local(first_day, s.business_hours_start, zone)
        steps: list[Step] = []
        spacing = self.spans.spacing
        for number in range(1, s.max_check_ins + 1):
            # A check-in left undone for the spacing lapses rather than nagging daily for ever; the
            # next one (if any) is then due, so the spacing holds either way.
            check_in = self.step(
                FollowUpKind.CHECK_IN, due, lapses_at=due + spacing, interview_id=last.id, number=number,
                call_zone=last.time_zone,
            )  # fmt: skip
            steps.append(check_in)
            acted_at = check_in.done_at if check_in.state is FollowUpState.DONE and check_in.done_at else due
            due = within_business_hours(
                max(acted_at, due) + spacing, s.business_hours_start, s.business_hours_end, zone
            )
        close_out = self.step(FollowUpKind.CLOSE_OUT, due, interview_id=last.id, repeats=False)
        steps.append(close_out)
        if close_out.state is FollowUpState.DONE:
            steps.extend(self.lessons(close_out.done_at or close_out.due_at))
        return steps

    def _answered_since(self, last: Interview) -> bool:
        outcome = self.app.outcome
        return outcome is not None and outcome.recorded_at >= last.starts_at

    # --- after the outcome ----------------------------------------------------------------------

    def closed_at(self) -> datetime:
        if self.app.outcome is not None:
            return self.app.outcome.recorded_at
        last = self._last_interview()
        return last.ends_at if last is not None else self.app.created_at

    def lessons(self, due: datetime) -> list[Step]:
        last = self._last_interview()
        step = self.step(
            FollowUpKind.LESSONS, due, lapses_at=due + timedelta(days=self.settings.assessment_lapse_days),
            interview_id=last.id if last else None,
        )  # fmt: skip
        return [self.done(step, None) if self.app.lessons_learned.strip() else step]

    def after_rejection(self) -> list[Step]:
        due = self.closed_at()
        last = self._last_interview()
        feedback = self.step(
            FollowUpKind.FEEDBACK_REQUEST, due, lapses_at=due + FEEDBACK_REQUEST_WINDOW,
            interview_id=last.id if last else None, repeats=False,
        )  # fmt: skip
        reply = self.step(
            FollowUpKind.REJECTION_REPLY, due, lapses_at=due + REJECTION_REPLY_WINDOW,
            interview_id=last.id if last else None, repeats=False,
        )  # fmt: skip
        since = last.starts_at if last else self.app.created_at
        return [
            *self.lessons(due),
            self._done_by_letter(reply, LetterKind.REJECTION_REPLY, since=since),
            self._done_by_letter(feedback, LetterKind.FEEDBACK_REQUEST, since=datetime.min.replace(tzinfo=UTC)),
        ]

    def still_worth_sending(self) -> list[Step]:
        """After a rejection, the last round's thank-yous and LinkedIn invitations not yet sent stay,
        as optional: advisers recommend both to keep the door open. Raised once, never nagged."""
        last = self._last_interview()
        if last is None:
            return []
        rejected_at = self.closed_at()
        return [
            replace(step, optional=True, repeats=False)
            for step in self.letters_after(last)
            if step.is_open
            and step.kind in (FollowUpKind.THANK_YOU, FollowUpKind.LINKEDIN)
            and (step.lapses_at is None or step.lapses_at > rejected_at)
        ]

    def offer_reply(self) -> list[Step]:
        """An offer: reply by its deadline (the end of that business day in the last round's zone)."""
        last = self._last_interview()
        outcome = self.app.outcome
        due = outcome.recorded_at if outcome is not None else (last.ends_at if last else self.app.created_at)
        deadline = lapses = None
        if self.app.offer_deadline is not None:
            zone = resolve_zone(last.time_zone) if last else UTC
            deadline = at_local(self.app.offer_deadline, self.settings.business_hours_end, zone)
            lapses = deadline + ONE_DAY
        step = self.step(
            FollowUpKind.OFFER_REPLY, min(due, deadline) if deadline else due, deadline=deadline, lapses_at=lapses,
            interview_id=last.id if last else None,
        )  # fmt: skip
        since = last.starts_at if last else self.app.created_at
        return [self._done_by_letter(step, LetterKind.OFFER_REPLY, since=since)]


def _addressees(interview: Interview) -> list[Interviewer]:
    """Who gets a letter: everyone met, but after a screening call only the recruiter and after a
    group interview or assessment centre only the organiser (the first person recorded)."""
    if interview.kind in (InterviewKind.SCREENING, InterviewKind.GROUP):
        return interview.interviewers[:1]
    return list(interview.interviewers)


def _sent_letters(interview: Interview) -> dict[tuple[LetterKind, str | None], datetime]:
    """When each interviewer was first sent each kind of letter."""
    sent: dict[tuple[LetterKind, str | None], datetime] = {}
    for letter in interview.letters:
        if letter.sent_at is not None:
            key = (letter.kind, letter.interviewer_id)
            sent[key] = min(sent.get(key, letter.sent_at), letter.sent_at)
    return sent


def _progress_key(record: FollowUp) -> tuple[FollowUpKind, str | None, str | None, int]:
    return (record.kind, record.interview_id, record.interviewer_id, record.number)
