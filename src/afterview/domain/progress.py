"""Recording what the user did with a step: done, skipped or snoozed, and the snooze choices."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from afterview.domain.calendar import at_local, local_date
from afterview.domain.model import Application, FollowUp, FollowUpKind, FollowUpState, Letter, LetterKind
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
    # When the user acted: done or skipped (the story tells it at that moment); a snooze is no act.
    existing.done_at = now if state in (FollowUpState.DONE, FollowUpState.SKIPPED) else None
    existing.snoozed_until = until if state is FollowUpState.SNOOZED else None
    if notes:
        existing.notes = notes
    return existing


# Sent letters that complete a step the plan cannot tell from the letters alone: check-ins are
# numbered (the first, the second), so the one open and due is marked done. Thank-you letters,
# LinkedIn notes and feedback requests need nothing here: the plan reads them from the letters.
COMPLETED_BY_LETTER = {
    LetterKind.CHECK_IN_CALL: FollowUpKind.CHECK_IN,
    LetterKind.CHECK_IN_EMAIL: FollowUpKind.CHECK_IN,
}


def record_sent(app: Application, letter: Letter, steps: Iterable[Step], now: datetime) -> FollowUp | None:
    """Mark ``letter`` sent at ``now`` and, for a check-in, the step it completes done (the caller saves)."""
    letter.sent_at = now
    kind = COMPLETED_BY_LETTER.get(letter.kind)
    due = sorted(
        (step for step in steps if step.kind is kind and step.is_open and step.due_at <= now),
        key=lambda step: step.due_at,
    )
    return record(app, due[0], FollowUpState.DONE, now) if due else None


def in_an_hour(now: datetime) -> datetime:
    return now + timedelta(hours=1)


def tomorrow_morning(now: datetime, settings: Settings, zone: tzinfo) -> datetime:
    """Tomorrow when the working day starts, in the user's zone."""
    return at_local(local_date(now, zone) + timedelta(days=1), settings.business_hours_start, zone)
