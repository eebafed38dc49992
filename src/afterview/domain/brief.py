"""The preparation brief: what the student's own history says to prepare before an interview to come.

A pure function of the applications, "now" and the user's zone (all passed in): the round and who
will be there, the questions they rated 3 or lower (with their latest answer and what to improve),
the points to improve that keep coming back (:func:`afterview.domain.insights.recurring_themes`),
the lessons from closed processes, and the questions to ask at the end. It returns a
:class:`Paper` (headings, paragraphs, bulleted items) in the user's language; the text and PDF
renderers in ``afterview.documents`` draw it, and the job-search report uses the same shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from afterview.domain.folding import fold
from afterview.domain.insights import question_bank, recurring_themes
from afterview.domain.labels import format_label, kind_label
from afterview.domain.model import Application, Interview, OutcomeKind
from afterview.i18n import QT_TRANSLATE_NOOP, plural, short_date, short_date_time, translate

WEAK_RATING = 3  # a question rated this or lower is worth preparing again
CLOSING_OUTCOMES = frozenset({OutcomeKind.REJECTED, OutcomeKind.NO_RESPONSE, OutcomeKind.WITHDRAWN})


@dataclass(frozen=True)
class Section:
    """One part of a document: a heading, its paragraphs, then its bulleted items."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    new_page: bool = False  # printed from the top of a new page


@dataclass(frozen=True)
class Paper:
    """A document to show, save as text or print: a title, lines under it, and its sections."""

    title: str
    subtitle: tuple[str, ...]
    sections: tuple[Section, ...]


# The questions worth asking at the end of any interview; the first one always (DESIGN.md). Written
# without "you" (singular or plural, formal or not?) so that a translation can address the
# interviewer formally ("usted" in Spanish) or not at all.
QUESTIONS_TO_ASK = (
    QT_TRANSLATE_NOOP("Brief", "What are the next steps, and when is a decision expected?"),
    QT_TRANSLATE_NOOP("Brief", "What would success look like in this role after six months?"),
    QT_TRANSLATE_NOOP("Brief", "Who would I work with most closely, and how is the team organised?"),
    QT_TRANSLATE_NOOP("Brief", "Is there anything in my background that I could explain in more detail?"),
)


def upcoming_interview(app: Application, now: datetime) -> Interview | None:
    """The next round of ``app`` still to start, if any (a round the employer cancelled is none)."""
    return min(
        (interview for interview in app.interviews if interview.starts_at > now and not interview.cancelled),
        key=lambda interview: interview.starts_at,
        default=None,
    )


def matches(app: Application, text: str) -> bool:
    """True when ``text`` is part of the company or the position, whatever the case and accents."""
    wanted = fold(text).strip()
    return bool(wanted) and (wanted in fold(app.company) or wanted in fold(app.position))


def brief(app: Application, applications: Sequence[Application], now: datetime, zone: tzinfo) -> Paper | None:
    """The brief for ``app``'s next interview, from the history in ``applications``; None when
    no round of ``app`` is still to come."""
    interview = upcoming_interview(app, now)
    if interview is None:
        return None
    title = translate("Brief", "Preparation brief: {title}").format(title=app.title)
    sections = (
        _interviewers(interview),
        _weak_questions(applications),
        _themes(applications),
        _lessons(applications),
        Section(translate("Brief", "Questions to ask at the end"), items=_questions_to_ask()),
    )
    return Paper(title, _round(interview, zone), sections)


def _round(interview: Interview, zone: tzinfo) -> tuple[str, ...]:
    when = short_date_time(interview.starts_at.astimezone(zone))
    lines = [
        translate("Brief", "Interview on {when}").format(when=when),
        translate("Brief", "{kind} · {format} · {minutes} min").format(
            kind=interview.round_name.strip() or kind_label(interview.kind),
            format=format_label(interview.format),
            minutes=interview.duration_minutes,
        ),
    ]
    if interview.location.strip():
        lines.append(translate("Brief", "Where: {location}").format(location=interview.location.strip()))
    return tuple(lines)


def _interviewers(interview: Interview) -> Section:
    heading = translate("Brief", "Who will interview you")
    if not interview.interviewers:
        return Section(heading, (translate("Brief", "Not known yet: ask the recruiter who you will meet."),))
    items = []
    for person in interview.interviewers:
        words = [person.name, *(part for part in (person.title, person.linkedin_url) if part)]
        items.append(" · ".join(words))
    return Section(heading, items=tuple(items))


def _weak_questions(applications: Sequence[Application]) -> Section:
    heading = translate("Brief", "Questions you rated 3 or lower")
    weak = [
        entry
        for entry in question_bank(applications)
        if entry.latest_rating is not None and entry.latest_rating <= WEAK_RATING
    ]
    if not weak:
        return Section(heading, (translate("Brief", "None: no question you reviewed was rated 3 or lower."),))
    items = []
    for entry in weak:
        lines = [
            translate("Brief", "{question} (rated {rating} of 5; {times}, last at {company} on {day})").format(
                question=entry.question,
                rating=entry.latest_rating,
                times=plural(
                    entry.times_asked,
                    translate("Brief", "asked {count} time"),
                    translate("Brief", "asked {count} times"),
                ),
                company=entry.company,
                day=short_date(entry.last_asked.date()),
            )
        ]
        if entry.latest_answer.strip():
            lines.append(translate("Brief", "Your latest answer: {answer}").format(answer=entry.latest_answer.strip()))
        if entry.to_improve.strip():
            lines.append(translate("Brief", "To improve: {text}").format(text=entry.to_improve.strip()))
        items.append("\n".join(lines))
    return Section(heading, items=tuple(items))


def _themes(applications: Sequence[Application]) -> Section:
    heading = translate("Brief", "What keeps coming back to improve")
    themes = recurring_themes(applications)
    if not themes:
        return Section(heading, (translate("Brief", "No point to improve has come back in two interviews yet."),))
    items = tuple(
        translate("Brief", "{theme} (in {count} interviews)").format(theme=theme.text, count=theme.interviews)
        for theme in themes
    )
    return Section(heading, items=items)


def _lessons(applications: Sequence[Application]) -> Section:
    heading = translate("Brief", "Lessons from closed processes")
    items = []
    for app in sorted(applications, key=lambda app: app.outcome.recorded_at if app.outcome else app.created_at):
        if not _closed(app):
            continue
        kept = [app.lessons_learned.strip()]
        if app.outcome is not None:
            kept.append(app.outcome.positive_takeaways.strip())
        text = " ".join(part for part in kept if part)
        if text:
            items.append(translate("Brief", "{title}: {lessons}").format(title=app.title, lessons=text))
    if not items:
        return Section(heading, (translate("Brief", "No lessons written down yet."),))
    return Section(heading, items=tuple(items))


def _closed(app: Application) -> bool:
    """Over: by its stage, or by the answer recorded (a rejection before the stage was moved)."""
    return app.stage.is_closed or (app.outcome is not None and app.outcome.kind in CLOSING_OUTCOMES)


def _questions_to_ask() -> tuple[str, ...]:
    return tuple(translate("Brief", question) for question in QUESTIONS_TO_ASK)
