"""How a step reads to the user: what to do, for whom, and how much time is left.

One place for these phrases, so the Today view, the tray, notifications and ``afterview due`` all
say the same thing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from afterview.domain.model import Application, FollowUpKind
from afterview.domain.plan import Status, Step


def action(step: Step, app: Application) -> str:
    """What to do, e.g. "Send your thank-you letter to Ana Ruiz"."""
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    name = person.name if person else "your interviewer"
    match step.kind:
        case FollowUpKind.ASK_NEXT_STEP:
            return "Before you leave, ask about the next step and when they will decide"
        case FollowUpKind.SELF_ASSESSMENT:
            return "Review how the interview went while it is fresh"
        case FollowUpKind.THANK_YOU:
            return f"Send your thank-you letter to {name}"
        case FollowUpKind.LINKEDIN:
            return f"Connect with {name} on LinkedIn"
        case FollowUpKind.CHECK_IN:
            again = " again" if step.number > 1 else ""
            return f"Check in{again} with {app.company}: a brief, polite call or email"
        case FollowUpKind.CLOSE_OUT:
            return "No answer after your check-ins: close this process out and move on"
        case FollowUpKind.LESSONS:
            return "Write down what you learned from this process"
        case FollowUpKind.FEEDBACK_REQUEST:
            return "Optional: ask for feedback on your interviews"
    raise AssertionError(step.kind)  # pragma: no cover - every kind is handled above


def timing(step: Step, now: datetime) -> str:
    """How the step stands in time, e.g. "due in 5 h", "overdue by 2 d", "late, still worth sending"."""
    status = step.status(now)
    if status is Status.UPCOMING:
        return f"in {_span(step.due_at - now)}"
    if status is Status.SNOOZED and step.snoozed_until is not None:
        return f"snoozed for {_span(step.snoozed_until - now)}"
    if status is Status.LATE:
        assert step.deadline is not None
        return f"late by {_span(now - step.deadline)}, still worth doing"
    if status is Status.DUE:
        if step.deadline is not None:
            return f"due in {_span(step.deadline - now)}"
        return "due now" if now - step.due_at < timedelta(hours=1) else f"due for {_span(now - step.due_at)}"
    return status.value


def _span(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} d"
