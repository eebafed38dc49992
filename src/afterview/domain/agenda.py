"""The Today view's grouping: what is overdue, what is for today, what comes this week, what is snoozed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from afterview.domain.calendar import at_local, local_date
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
        members.sort(key=lambda step: (step.deadline or step.due_at, step.due_at))
    return groups
