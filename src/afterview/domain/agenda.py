"""The Today view's grouping: what is overdue, what is for today, what comes this week, what is snoozed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from afterview.domain.calendar import at_local, local_date
from afterview.domain.model import FollowUpKind
from afterview.domain.plan import Status, Step

WEEK = timedelta(days=7)


class Group(StrEnum):
    OVERDUE = "Overdue"
    TODAY = "Today"
    THIS_WEEK = "This week"
    SNOOZED = "Snoozed"


def agenda(steps: Iterable[Step], now: datetime, zone: tzinfo) -> dict[Group, list[Step]]:
    """Open steps that matter now or soon, grouped, each group most pressing first.

    Overdue: past its deadline, or (with no deadline) due since before today. Today: due now, or
    later today. This week: starting within the next seven days. Lapsed, done and skipped steps are left out.
    """
    start_of_today = at_local(local_date(now, zone), datetime.min.time(), zone)
    end_of_today = start_of_today + timedelta(days=1)
    groups: dict[Group, list[Step]] = {group: [] for group in Group}
    for step in steps:
        status = step.status(now)
        overdue_open_ended = status is Status.DUE and step.deadline is None and step.due_at < start_of_today
        if status is Status.LATE or overdue_open_ended:
            groups[Group.OVERDUE].append(step)
        elif status is Status.DUE or (status is Status.UPCOMING and step.due_at < end_of_today):
            groups[Group.TODAY].append(step)
        elif status is Status.UPCOMING and step.due_at < now + WEEK:
            groups[Group.THIS_WEEK].append(step)
        elif status is Status.SNOOZED:
            groups[Group.SNOOZED].append(step)
    for members in groups.values():
        members.sort(key=_in_the_guides_order(members))
    return groups


# The guide's order within one interview: each interviewer thanked before being asked to connect.
THANKS_FIRST = (FollowUpKind.THANK_YOU, FollowUpKind.LINKEDIN)


def _in_the_guides_order(steps: list[Step]) -> Callable[[Step], tuple[datetime, int, datetime]]:
    """The sort key of a group: most pressing first (deadline, else when due), except that an
    interview's thank-you letters come before its LinkedIn invitations, as the guide says, even when
    the weekend rule pushes the letters' deadline past the invitations' (an interview on Friday: the
    letters are due Monday at 17:00, the invitations Sunday). A letter is as pressing as the most
    pressing invitation of its interview, and ahead of it."""
    invitations: dict[tuple[str, str | None], datetime] = {}
    for step in steps:
        if step.kind is FollowUpKind.LINKEDIN:
            interview = (step.application_id, step.interview_id)
            invitations[interview] = min(_pressing(step), invitations.get(interview, _pressing(step)))

    def order(step: Step) -> tuple[datetime, int, datetime]:
        when = _pressing(step)
        if step.kind is FollowUpKind.THANK_YOU:
            when = min(when, invitations.get((step.application_id, step.interview_id), when))
        return when, THANKS_FIRST.index(step.kind) if step.kind in THANKS_FIRST else 0, step.due_at

    return order


def _pressing(step: Step) -> datetime:
    return step.deadline or step.due_at
