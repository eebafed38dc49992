"""How a step reads to the user: what to do, for whom, and how much time is left.

One place for these phrases, so the Today view, the tray, notifications and ``afterview due`` all
say the same thing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from afterview.domain.model import Application, FollowUpKind
from afterview.domain.plan import Status, Step
from afterview.i18n import translate


def action(step: Step, app: Application) -> str:
    """What to do, e.g. "Send your thank-you letter to Ana Ruiz"."""
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    name = person.name if person else translate("Wording", "your interviewer")
    match step.kind:
        case FollowUpKind.ASK_NEXT_STEP:
            return translate("Wording", "Before you leave, ask about the next step and when they will decide")
        case FollowUpKind.SELF_ASSESSMENT:
            return translate("Wording", "Review how the interview went while it is fresh")
        case FollowUpKind.THANK_YOU:
            return translate("Wording", "Send your thank-you letter to {name}").format(name=name)
        case FollowUpKind.LINKEDIN:
            return translate("Wording", "Connect with {name} on LinkedIn").format(name=name)
        case FollowUpKind.CHECK_IN:
            if step.number > 1:
                return translate("Wording", "Check in again with {company}: a brief, polite call or email").format(
                    company=app.company
                )
            return translate("Wording", "Check in with {company}: a brief, polite call or email").format(
                company=app.company
            )
        case FollowUpKind.CLOSE_OUT:
            return translate("Wording", "No answer after your check-ins: close this process out and move on")
        case FollowUpKind.LESSONS:
            return translate("Wording", "Write down what you learned from this process")
        case FollowUpKind.FEEDBACK_REQUEST:
            return translate("Wording", "Optional: ask for feedback on your interviews")
    raise AssertionError(step.kind)  # pragma: no cover - every kind is handled above


def timing(step: Step, now: datetime) -> str:
    """How the step stands in time, e.g. "due in 5 h", "overdue by 2 d", "late, still worth sending"."""
    status = step.status(now)
    if status is Status.UPCOMING:
        return translate("Wording", "in {span}").format(span=_span(step.due_at - now))
    if status is Status.SNOOZED and step.snoozed_until is not None:
        return translate("Wording", "snoozed for {span}").format(span=_span(step.snoozed_until - now))
    if status is Status.LATE:
        assert step.deadline is not None
        return translate("Wording", "late by {span}, still worth doing").format(span=_span(now - step.deadline))
    if status is Status.DUE:
        if step.deadline is not None:
            return translate("Wording", "due in {span}").format(span=_span(step.deadline - now))
        if now - step.due_at < timedelta(hours=1):
            return translate("Wording", "due now")
        return translate("Wording", "due for {span}").format(span=_span(now - step.due_at))
    return _status_word(status)


def _status_word(status: Status) -> str:
    """A status in one word, for the states :func:`timing` has nothing more to say about."""
    words = {
        Status.UPCOMING: translate("Wording", "upcoming"),
        Status.DUE: translate("Wording", "due"),
        Status.LATE: translate("Wording", "late"),
        Status.SNOOZED: translate("Wording", "snoozed"),
        Status.LAPSED: translate("Wording", "lapsed"),
        Status.DONE: translate("Wording", "done"),
        Status.SKIPPED: translate("Wording", "skipped"),
    }
    return words[status]


def _span(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return translate("Wording", "{minutes} min").format(minutes=minutes)
    if minutes < 48 * 60:
        return translate("Wording", "{hours} h").format(hours=minutes // 60)
    return translate("Wording", "{days} d").format(days=minutes // (24 * 60))
