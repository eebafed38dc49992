"""Recording what the user did with a step: done, skipped or snoozed, and the snooze choices."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from afterview.domain.calendar import at_local, local_date
from afterview.domain.model import Application, FollowUp, FollowUpState
from afterview.domain.plan import Step
from afterview.domain.settings import Settings
from afterview.i18n import translate


def record(
    app: Application, step: Step, state: FollowUpState, now: datetime, *, until: datetime | None = None, notes: str = ""
) -> FollowUp:
    """Store the user's decision on ``step`` in ``app`` (the caller saves the application).

    Done and skipped steps never fire again; a snoozed one is raised again at ``until``.
    """
    if state is FollowUpState.SNOOZED and (until is None or until <= now):
        raise ValueError(translate("Progress", "A snooze needs a time in the future."))
    existing = next(
        (
            item
            for item in app.follow_ups
            if (item.kind, item.interview_id, item.interviewer_id, item.number)
            == (step.kind, step.interview_id, step.interviewer_id, step.number)
        ),
        None,
    )
    if existing is None:
        existing = FollowUp(step.kind, step.due_at, step.interview_id, step.interviewer_id, step.number)
        app.follow_ups.append(existing)
    existing.due_at = step.due_at
    existing.state = state
    existing.done_at = now if state is FollowUpState.DONE else None
    existing.snoozed_until = until if state is FollowUpState.SNOOZED else None
    if notes:
        existing.notes = notes
    return existing


def in_an_hour(now: datetime) -> datetime:
    return now + timedelta(hours=1)


def tomorrow_morning(now: datetime, settings: Settings, zone: tzinfo) -> datetime:
    """Tomorrow when the working day starts, in the user's zone."""
    return at_local(local_date(now, zone) + timedelta(days=1), settings.business_hours_start, zone)
