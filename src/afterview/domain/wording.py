"""How a step reads to the user: what to do, for whom, and how much time is left.

One place for these phrases, so the Today view, the tray, notifications and ``afterview due`` all
say the same thing.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from afterview.domain.calendar import at_local, resolve_zone, within_hours
from afterview.domain.model import Application, FollowUpKind
from afterview.domain.plan import Status, Step
from afterview.domain.settings import Settings
from afterview.i18n import QT_TRANSLATE_NOOP, translate


def action(step: Step, app: Application) -> str:
    """What to do, e.g. "Send your thank-you letter to Ana Ruiz"."""
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    name = person.name if person else translate("Wording", "your interviewer")
    text = _action(step, app, name)
    if step.optional:
        return translate("Wording", "Still worth it, to keep the door open: {action}").format(action=text)
    return text


# What each step asks, marked here and translated when shown; filled with {name} (the interviewer)
# and {company}. A check-in after the first says "again".
_ACTIONS = {
    FollowUpKind.ASK_NEXT_STEP: QT_TRANSLATE_NOOP(
        "Wording", "In the interview: ask about the next step and when they will decide; note each name"
    ),
    FollowUpKind.ASK_DECISION_DATE: QT_TRANSLATE_NOOP("Wording", "Ask {company} by email when they will decide"),
    FollowUpKind.ADD_INTERVIEWERS: QT_TRANSLATE_NOOP(
        "Wording", "Add the names of the people you met, so you can thank them"
    ),
    FollowUpKind.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("Wording", "Review how the interview went while it is fresh"),
    FollowUpKind.THANK_YOU: QT_TRANSLATE_NOOP("Wording", "Send your thank-you letter to {name}"),
    FollowUpKind.LINKEDIN: QT_TRANSLATE_NOOP("Wording", "Connect with {name} on LinkedIn"),
    FollowUpKind.CHECK_IN: QT_TRANSLATE_NOOP("Wording", "Check in with {company}: a brief, polite call or email"),
    FollowUpKind.CLOSE_OUT: QT_TRANSLATE_NOOP(
        "Wording", "No answer after your check-ins: close this process out and move on"
    ),
    FollowUpKind.LESSONS: QT_TRANSLATE_NOOP("Wording", "Write down what you learned from this process"),
    FollowUpKind.FEEDBACK_REQUEST: QT_TRANSLATE_NOOP("Wording", "Optional: ask for feedback on your interviews"),
    FollowUpKind.REJECTION_REPLY: QT_TRANSLATE_NOOP("Wording", "Reply briefly and graciously to {company}'s decision"),
    FollowUpKind.OFFER_REPLY: QT_TRANSLATE_NOOP("Wording", "Reply to {company}'s offer"),
    FollowUpKind.ASK_EXTENSION: QT_TRANSLATE_NOOP(
        "Wording", "Ask {company} for more time to decide on their offer: call, then confirm in writing"
    ),
    FollowUpKind.SHARE_OFFER: QT_TRANSLATE_NOOP(
        "Wording", "Tell {company} you have an offer and ask about their timeline"
    ),
    FollowUpKind.ACCEPT_OFFER: QT_TRANSLATE_NOOP("Wording", "Accept {company}'s offer in writing"),
    FollowUpKind.DECLINE_OFFER: QT_TRANSLATE_NOOP("Wording", "Decline {company}'s offer graciously"),
    FollowUpKind.WITHDRAW: QT_TRANSLATE_NOOP("Wording", "Tell {company} you are withdrawing from the process"),
    FollowUpKind.READ_BRIEF: QT_TRANSLATE_NOOP(
        "Wording", "Read your preparation brief for your interview with {company}"
    ),
}
_CHECK_IN_AGAIN = QT_TRANSLATE_NOOP("Wording", "Check in again with {company}: a brief, polite call or email")
assert set(_ACTIONS) == set(FollowUpKind), "every kind of step says what to do"


def _action(step: Step, app: Application, name: str) -> str:
    text = _CHECK_IN_AGAIN if step.kind is FollowUpKind.CHECK_IN and step.number > 1 else _ACTIONS[step.kind]
    return translate("Wording", text).format(name=name, company=app.company)


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


def call_hint(step: Step, settings: Settings, zone: tzinfo, moment: datetime) -> str | None:
    """For a call whose business hours fall in the user's quiet hours on that day (Madrid and Sydney):
    when a call would reach them, in the user's time; None when a call fits the user's waking day."""
    if step.call_zone is None:
        return None
    call_zone = resolve_zone(step.call_zone)
    day = moment.astimezone(call_zone).date()
    opens = at_local(day, settings.business_hours_start, call_zone)
    closes = at_local(day, settings.business_hours_end, call_zone)
    quarter_hours = range(int((closes - opens) / timedelta(minutes=15)))
    if any(
        not within_hours(opens + timedelta(minutes=15 * n), settings.quiet_hours_start, settings.quiet_hours_end, zone)
        for n in quarter_hours
    ):
        return None
    place = step.call_zone.rsplit("/", 1)[-1].replace("_", " ")
    return translate(
        "Wording", "Email now, or call between {start} and {end} your time ({business_start}–{business_end} in {place})"
    ).format(
        start=f"{opens.astimezone(zone):%H:%M}", end=f"{closes.astimezone(zone):%H:%M}",
        business_start=f"{settings.business_hours_start:%H:%M}", business_end=f"{settings.business_hours_end:%H:%M}",
        place=place,
    )  # fmt: skip
