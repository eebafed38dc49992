"""The job-search report: what a career adviser or an unemployment office asks to see.

A pure function of the applications, their planned steps, a period, "now" and the user's zone. Per
application, in date order, it tells what the application's story tells (:mod:`afterview.domain.story`,
so the two never disagree): when it was added, each round (date, kind, interviewers, the stage it
reached), the letters sent and when, the steps done (check-ins among them), the employer's answers,
the outcome and the lessons. The self-reviews stay private. A summary comes first: applications,
interviews, offers and thank-you letters sent on time.

:class:`Report` holds one :class:`Row` per event (the CSV has one line each) and gives the
:class:`~afterview.domain.brief.Paper` that the text and PDF renderers draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from afterview.domain.brief import Paper, Section
from afterview.domain.insights import funnel, thank_you_record
from afterview.domain.labels import stage_label
from afterview.domain.model import Application, FollowUpKind, FollowUpState
from afterview.domain.plan import Status, Step
from afterview.domain.story import Event, EventKind, story
from afterview.i18n import QT_TRANSLATE_NOOP, short_date, short_date_time, translate

# What each kind of event is called in the CSV's "event" column.
EVENT_LABELS = {
    EventKind.ADDED: QT_TRANSLATE_NOOP("Report", "application"),
    EventKind.INTERVIEW: QT_TRANSLATE_NOOP("Report", "interview"),
    EventKind.LETTER: QT_TRANSLATE_NOOP("Report", "letter sent"),
    EventKind.DECISION: QT_TRANSLATE_NOOP("Report", "decision date"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Report", "follow-up"),
    EventKind.OUTCOME: QT_TRANSLATE_NOOP("Report", "answer"),
    EventKind.LESSONS: QT_TRANSLATE_NOOP("Report", "lessons"),
}
# The self-review is the student's own (and steps still to come are not a record).
LEFT_OUT = frozenset({EventKind.REVIEW, EventKind.PLANNED})


@dataclass(frozen=True)
class Row:
    """One event of one application, as the CSV writes it."""

    company: str
    position: str
    day: date  # in the user's zone
    time: str  # "10:00", or "" for a whole day
    event: str  # what kind of event, in the user's language
    what: str
    details: str


@dataclass(frozen=True)
class Chapter:
    """One application in the report."""

    title: str
    stage: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Summary:
    applications: int
    interviews: int
    offers: int
    thanks_on_time: int
    thanks_due: int


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: tuple[str, ...]
    summary: Summary
    chapters: tuple[Chapter, ...]

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(row for chapter in self.chapters for row in chapter.rows)

    def paper(self) -> Paper:
        """The summary first (a page of its own when printed), then each application."""
        first = Section(translate("Report", "Summary"), items=summary_lines(self.summary))
        chapters = tuple(
            Section(
                chapter.title,
                (translate("Report", "Stage now: {stage}").format(stage=chapter.stage),),
                tuple(_row_text(row) for row in chapter.rows),
                new_page=index == 0,
            )
            for index, chapter in enumerate(self.chapters)
        )
        if not chapters:
            chapters = (
                Section(translate("Report", "Applications"), (translate("Report", "Nothing in this period."),)),
            )
        return Paper(self.title, self.subtitle, (first, *chapters))


def report(
    applications: Sequence[Application],
    steps: Sequence[Step],
    period: tuple[datetime | None, datetime | None],
    now: datetime,
    zone: tzinfo,
    name: str = "",
) -> Report:
    """The report of what happened from ``period[0]`` (inclusive) to ``period[1]`` (exclusive);
    None at either end: from the beginning, up to now. A period that ends after now also tells the
    interviews already planned in it (said to be still to come). Applications with nothing in the
    period are left out."""
    start, end = period
    until = end if end is not None else now
    chapters: list[tuple[datetime, Application, Chapter]] = []
    interviews = 0
    for app in applications:
        told_story = story(app, steps, now)
        told = [event for event in told_story.past if _reported(event)]
        if until > now:
            told.extend(_planned_interview(event) for event in told_story.to_come if event.kind is EventKind.INTERVIEW)
        events = sorted(
            (
                event
                for event in [*told, *_check_ins(app, told)]
                if (start is None or event.at >= start) and event.at < until
            ),
            key=lambda event: event.at,
        )
        if events:
            interviews += sum(1 for event in events if event.kind is EventKind.INTERVIEW and not event.to_come)
            rows = tuple(_row(app, event, zone) for event in events)
            chapters.append((events[0].at, app, Chapter(app.title, stage_label(app.stage), rows)))
    chapters.sort(key=lambda item: item[0])
    included = [app for _, app, _ in chapters]
    return Report(
        translate("Report", "Job-search report"),
        _subtitle(start, end, now, zone, name),
        _summary(included, interviews, steps, (start, min(until, now))),
        tuple(chapter for _, _, chapter in chapters),
    )


def _reported(event: Event) -> bool:
    if event.kind in LEFT_OUT or event.step_kind is FollowUpKind.READ_BRIEF:  # reading the brief: private
        return False
    # Of the steps, those done: a step missed or skipped is not part of the record shown to others.
    return event.kind is not EventKind.FOLLOW_UP or event.status is Status.DONE


def _planned_interview(event: Event) -> Event:
    """A round still to come, said to be (a report asked for days ahead tells what is planned)."""
    title = translate("Report", "{what} (still to come)").format(what=event.title)
    return replace(event, title=title)


def _check_ins(app: Application, told: Sequence[Event]) -> list[Event]:
    """The check-ins the user marked done that the story does not tell (the plan of a closed
    process keeps no check-in steps, yet the check-in happened)."""
    moments = {event.at for event in told if event.kind is EventKind.FOLLOW_UP}
    return [
        Event(
            EventKind.FOLLOW_UP,
            record.done_at,
            translate("Report", "Checked in with {company} (check-in {number})").format(
                company=app.company, number=record.number
            ),
            status=Status.DONE,
        )
        for record in app.follow_ups
        if record.kind is FollowUpKind.CHECK_IN
        and record.state is FollowUpState.DONE
        and record.done_at is not None
        and record.done_at not in moments
    ]


def _row(app: Application, event: Event, zone: tzinfo) -> Row:
    if event.day is not None:
        day, time = event.day, ""
    else:
        local = event.at.astimezone(zone)
        day, time = local.date(), f"{local:%H:%M}"
    label = translate("Report", EVENT_LABELS[event.kind])
    return Row(app.company, app.position, day, time, label, event.title, "; ".join(event.details))


def _row_text(row: Row) -> str:
    when = short_date(row.day) + (f", {row.time}" if row.time else "")
    text = f"{when} — {row.what}"
    return f"{text}\n{row.details}" if row.details else text


def _subtitle(start: datetime | None, end: datetime | None, now: datetime, zone: tzinfo, name: str) -> tuple[str, ...]:
    lines = []
    if name.strip():
        lines.append(translate("Report", "Prepared for {name}").format(name=name.strip()))
    # The end is exclusive (the start of the day after the last one): its last moment names the day.
    last_moment = end - timedelta(microseconds=1) if end is not None else now
    last = short_date(last_moment.astimezone(zone).date())
    if start is None:
        lines.append(translate("Report", "Everything recorded up to {last}").format(last=last))
    else:
        first = short_date(start.astimezone(zone).date())
        lines.append(translate("Report", "From {first} to {last}").format(first=first, last=last))
    lines.append(translate("Report", "Made on {when}").format(when=short_date_time(now.astimezone(zone))))
    return tuple(lines)


def _summary(
    included: Sequence[Application],
    interviews: int,
    steps: Sequence[Step],
    period: tuple[datetime | None, datetime],
) -> Summary:
    start, until = period
    ids = {app.id for app in included}
    thanks = thank_you_record(
        (
            step
            for step in steps
            if step.application_id in ids
            and (step.deadline or step.due_at) < until
            and (start is None or (step.deadline or step.due_at) >= start)
        ),
        until,
    )
    offers = funnel(included, until).offers
    return Summary(len(included), interviews, offers, thanks.on_time, thanks.due)


def summary_lines(summary: Summary) -> tuple[str, ...]:
    return (
        translate("Report", "Applications: {count}").format(count=summary.applications),
        translate("Report", "Interviews: {count}").format(count=summary.interviews),
        translate("Report", "Offers: {count}").format(count=summary.offers),
        translate("Report", "Thank-you letters sent on time: {on_time} of {due}").format(
            on_time=summary.thanks_on_time, due=summary.thanks_due
        ),
    )


def csv_header() -> tuple[str, ...]:
    return (
        translate("Report", "company"),
        translate("Report", "position"),
        translate("Report", "date"),
        translate("Report", "time"),
        translate("Report", "event"),
        translate("Report", "what"),
        translate("Report", "details"),
    )
