"""When to send the letter after an interview: a suggestion shown beside the letter's checks.

Career advisers' rule of thumb: a letter after a morning interview goes out that evening, while the
conversation is fresh and the day's mail has been read; after an afternoon interview, the next
morning, when it is near the top of the inbox. So:

- an interview that ends before 12:00 (on the clock where it was held) → :data:`EVENING` that day;
- one that ends at 12:00 or later → :data:`NEXT_MORNING` the next day;
- never before the interview has ended, and never in the past: once the moment has gone, now
  (said as "when you can today", naming the moment missed, so the time shown never ticks);
- never inside the user's quiet hours (in the user's zone): then when they end.

Morning and evening are read where the interview was held (where the interviewer reads the letter);
quiet hours are the user's own. Pure: the caller hands in now and the zones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from afterview.domain.calendar import UnknownTimeZone, at_local, outside_quiet_hours, resolve_zone
from afterview.domain.model import Interview
from afterview.domain.settings import Settings
from afterview.i18n import short_date_time, translate

MORNING_ENDS = time(12, 0)  # an interview ending before this is a morning interview
EVENING = time(18, 0)
NEXT_MORNING = time(9, 0)


class SendReason(StrEnum):
    EVENING = "evening"  # the evening of a morning interview
    NEXT_MORNING = "next_morning"  # the morning after an afternoon interview
    NOW = "now"  # that moment has passed


@dataclass(frozen=True)
class SendTime:
    at: datetime  # the instant suggested (UTC)
    reason: SendReason
    after_quiet_hours: bool = False  # moved to the end of the user's quiet hours
    missed: datetime | None = None  # NOW: the best moment, which has passed


def suggested_send_time(interview: Interview, settings: Settings, user_zone: tzinfo, now: datetime) -> SendTime:
    """When to send a letter about ``interview`` (see the module's docstring)."""
    try:
        zone = resolve_zone(interview.time_zone)
    except UnknownTimeZone:
        zone = user_zone
    ended = interview.ends_at
    local_end = ended.astimezone(zone)
    if local_end.time() < MORNING_ENDS:
        at, reason = at_local(local_end.date(), EVENING, zone), SendReason.EVENING
    else:
        at, reason = at_local(local_end.date() + timedelta(days=1), NEXT_MORNING, zone), SendReason.NEXT_MORNING
    at = max(at, ended)
    missed = None
    if at < now:
        at, reason, missed = now, SendReason.NOW, at
    awake = outside_quiet_hours(at, settings.quiet_hours_start, settings.quiet_hours_end, user_zone)
    return SendTime(awake, reason, after_quiet_hours=awake != at, missed=missed)


def send_time_text(suggestion: SendTime, user_zone: tzinfo) -> str:
    """ "Best sent: Wed 25 Nov, 18:00 (the evening of a morning interview)", in the user's zone.

    Once the best moment has passed, no time that would follow the clock: "Send it when you can
    today: its best moment (Tue 24 Nov, 18:00) has passed" (or, in the quiet hours, when they end)."""
    when = short_date_time(suggestion.at.astimezone(user_zone), year=False)
    if suggestion.reason is SendReason.NOW:
        missed = short_date_time((suggestion.missed or suggestion.at).astimezone(user_zone), year=False)
        if suggestion.after_quiet_hours:
            return translate(
                "SendTime", "Best sent: {when}, after your quiet hours (its best moment, {missed}, has passed)"
            ).format(when=when, missed=missed)
        return translate("SendTime", "Send it when you can today: its best moment ({missed}) has passed").format(
            missed=missed
        )
    if suggestion.reason is SendReason.EVENING:
        why = translate("SendTime", "the evening of a morning interview")
    else:
        why = translate("SendTime", "the morning after an afternoon interview")
    if suggestion.after_quiet_hours:
        why = translate("SendTime", "{why}, after your quiet hours").format(why=why)
    return translate("SendTime", "Best sent: {when} ({why})").format(when=when, why=why)


def deadline_text(deadline: datetime, now: datetime, user_zone: tzinfo) -> str:
    """The step's deadline after the suggestion, so the editor agrees with Today's "due in 2 d": the
    best moment is advice, the deadline is what Today counts down to (said in :func:`deadline_note`)."""
    when = short_date_time(deadline.astimezone(user_zone), year=False)
    if deadline < now:
        return translate("SendTime", "Its deadline on Today ({when}) has passed: still worth sending.").format(
            when=when
        )
    return translate("SendTime", "Due by {when}, as on Today.").format(when=when)


def deadline_note() -> str:
    """Why the editor names two moments (its tooltip)."""
    return translate(
        "SendTime",
        "The best moment is advice; the deadline is what Today's card counts down to (“due in …”). A letter "
        "sent any time before the deadline is on time.",
    )
