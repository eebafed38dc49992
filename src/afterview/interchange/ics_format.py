"""iCalendar export: the interviews, and the follow-ups still to do, for any calendar program.

Every interview becomes an event in its own time zone. Every open follow-up step (a thank-you
letter, a LinkedIn invitation, a check-in …) becomes a short event at the time it comes due, with
a reminder (VALARM) at its start.

Follow-ups are events, not tasks (VTODO), on purpose: most calendar programs (Google Calendar and
khal among them) ignore tasks in an imported file, so a step exported as a task would silently
disappear. A 15-minute event with an alarm shows up, and reminds, everywhere.

Each event has a stable UID: ``interview-<interview id>@afterview`` for an interview and
``<step key>@afterview`` for a follow-up (the step key names its kind, application, interview,
interviewer and number, all stable UUIDs). Importing a newer export into the same calendar then
updates the events already there instead of adding duplicates.

The file is written with the ``icalendar`` library, never by hand, so escaping (commas, semicolons,
line breaks), line folding and time zone definitions (VTIMEZONE) follow RFC 5545. The same inputs
give the same bytes: components are sorted by start and UID, and nothing random or read from the
computer (not even its time zone or its locale) goes into the file. The summaries and descriptions
are in the language chosen in Afterview, so the same data exported in the same language gives the
same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

from afterview.domain.calendar import UnknownTimeZone, resolve_zone
from afterview.domain.model import Application, FollowUpKind, FollowUpState, Interview, InterviewFormat
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings
from afterview.domain.wording import action
from afterview.i18n import QT_TRANSLATE_NOOP, translate, weekday_names

PRODID = "-//Afterview//Afterview//EN"
CALENDAR_NAME = "Afterview"
STEP_MINUTES = 15

# Marked here, translated where written (this table is made before a language is chosen).
FORMAT_LABELS = {
    InterviewFormat.IN_PERSON: QT_TRANSLATE_NOOP("IcsFormat", "In person"),
    InterviewFormat.PHONE: QT_TRANSLATE_NOOP("IcsFormat", "Phone"),
    InterviewFormat.VIDEO: QT_TRANSLATE_NOOP("IcsFormat", "Video"),
}


@dataclass(frozen=True)
class _Entry:
    """One event before it is written: instants in UTC, and the IANA zone to show them in (or None)."""

    uid: str
    start: datetime
    end: datetime
    zone: str | None
    summary: str
    description: str
    location: str = ""
    alarm: bool = False


def export_ics(
    apps: Iterable[Application], settings: Settings, now: datetime, user_zone: tzinfo | None = None
) -> bytes:
    """The iCalendar file (UTF-8, CRLF lines) with every interview and every open follow-up.

    ``now`` is the export time (DTSTAMP); steps that have lapsed by then are left out. Follow-ups
    are written in the user's zone from ``settings.time_zone``, or ``user_zone`` (the computer's,
    when Settings leaves it to the computer), when it is an IANA zone; else in UTC (which every
    calendar program shows in the computer's own zone).
    """
    if now.utcoffset() is None:
        raise ValueError("The export time needs a time zone.")
    if not settings.time_zone and isinstance(user_zone, ZoneInfo):
        settings = replace(settings, time_zone=user_zone.key)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    apps = list(apps)
    entries = [
        _interview_entry(app, interview) for app in apps for interview in app.interviews if not interview.cancelled
    ]  # a cancelled round (a calendar cancellation imported) is no event
    entries += _step_entries(apps, settings, now)
    entries.sort(key=lambda entry: (entry.start, entry.uid))

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    zones = _time_zones(entries)
    for timezone in zones.values():
        calendar.add_component(timezone)
    for entry in entries:
        calendar.add_component(_event(entry, zones, stamp))
    data: bytes = calendar.to_ical()
    return data


# --- what goes in ------------------------------------------------------------------------------


def _interview_entry(app: Application, interview: Interview) -> _Entry:
    label = FORMAT_LABELS.get(interview.format)
    interview_format = interview.format.value if label is None else translate("IcsFormat", label)
    lines = [translate("IcsFormat", "Format: {format}").format(format=interview_format)]
    if interview.round_name:
        lines.append(translate("IcsFormat", "Round: {round}").format(round=interview.round_name))
    if interview.interviewers:
        people = ", ".join(
            person.name + (f" ({person.title})" if person.title else "") for person in interview.interviewers
        )
        lines.append(translate("IcsFormat", "Interviewers: {people}").format(people=people))
    if interview.notes:
        lines += ["", translate("IcsFormat", "Notes:"), interview.notes]
    return _Entry(
        uid=f"interview-{interview.id}@afterview",
        start=interview.starts_at.astimezone(UTC),
        end=interview.ends_at.astimezone(UTC),
        zone=_iana_zone(interview.time_zone),
        summary=translate("IcsFormat", "Interview: {title}").format(title=app.title),
        description="\n".join(lines),
        location=interview.location,
    )


def _step_entries(apps: list[Application], settings: Settings, now: datetime) -> list[_Entry]:
    by_id = {app.id: app for app in apps}
    zone = _iana_zone(settings.time_zone)
    entries = []
    for step in plan(apps, settings):
        app = by_id[step.application_id]
        # The plan decides what is still worth doing: after a rejection that is no longer chasing,
        # but writing down the lessons and asking for feedback.
        if not step.is_open or (step.lapses_at is not None and step.lapses_at <= now):
            continue
        start = _step_start(step).astimezone(UTC)
        summary = action(step, app)
        if app.company not in summary:
            summary = f"{summary} ({app.company})"
        entries.append(
            _Entry(
                uid=f"{step.key}@afterview",
                start=start,
                end=start + timedelta(minutes=STEP_MINUTES),
                zone=zone,
                summary=summary,
                description=_step_description(step, app, settings),
                alarm=True,
            )
        )
    return entries


def _step_start(step: Step) -> datetime:
    """When the step comes due: the end of a snooze, if it is snoozed past the due time."""
    if step.state is FollowUpState.SNOOZED and step.snoozed_until is not None and step.snoozed_until > step.due_at:
        return step.snoozed_until
    return step.due_at


def _step_description(step: Step, app: Application, settings: Settings) -> str:
    interview = app.interview(step.interview_id) if step.interview_id else None
    lines = [translate("IcsFormat", "Application: {title}").format(title=app.title)]
    if interview is not None:
        # Written text cannot follow the calendar program's zone, so it names the zone it uses.
        zone_name = settings.time_zone or interview.time_zone
        when = _local_text(interview.starts_at, zone_name)
        if interview.round_name:
            lines.append(
                translate("IcsFormat", "Interview: {round}, {when}").format(round=interview.round_name, when=when)
            )
        else:
            lines.append(translate("IcsFormat", "Interview: {when}").format(when=when))
    else:
        zone_name = settings.time_zone or "UTC"
    if step.kind is FollowUpKind.CHECK_IN and step.call_zone:
        lines.append(translate("IcsFormat", "Call during business hours ({zone}).").format(zone=step.call_zone))
    if step.deadline is not None:
        lines.append(translate("IcsFormat", "Do it by {when}.").format(when=_local_text(step.deadline, zone_name)))
    return "\n".join(lines)


def _local_text(moment: datetime, zone_name: str) -> str:
    """ "Wed 2026-11-25 10:45 (Europe/Madrid)": the same on every computer, in Afterview's language."""
    try:
        zone: tzinfo = resolve_zone(zone_name)
    except UnknownTimeZone:
        zone, zone_name = UTC, "UTC"
    local = moment.astimezone(zone)
    # The one table of names (not strftime("%a"): Qt sets the C locale from the environment, and the
    # file follows the language chosen in Afterview, not the computer's).
    weekday = weekday_names()[local.weekday()]
    return f"{weekday} {local:%Y-%m-%d %H:%M} ({zone_name})"


def _iana_zone(name: str) -> str | None:
    """The zone name if it is an IANA zone (written as a TZID), else None (written in UTC)."""
    try:
        zone = resolve_zone(name)
    except UnknownTimeZone:
        return None
    return name if isinstance(zone, ZoneInfo) else None


# --- how it is written -------------------------------------------------------------------------


def _time_zones(entries: list[_Entry]) -> dict[str, Timezone]:
    """A VTIMEZONE for each IANA zone used, covering the years its events fall in, sorted by name.

    (Not ``Calendar.add_missing_timezones``: it adds zones in set order, which changes between runs.)
    A zone the library cannot describe is left out, and its events are written in UTC instead.
    """
    years: dict[str, tuple[int, int]] = {}
    for entry in entries:
        if entry.zone is not None:
            first, last = (entry.start - timedelta(days=1)).year, (entry.end + timedelta(days=1)).year
            known = years.get(entry.zone, (first, last))
            years[entry.zone] = (min(first, known[0]), max(last, known[1]))
    zones = {}
    for name in sorted(years):
        first, last = years[name]
        try:
            zones[name] = Timezone.from_tzinfo(
                ZoneInfo(name), tzid=name, first_date=date(first, 1, 1), last_date=date(last + 1, 1, 1)
            )
        except ValueError:
            continue
    return zones


def _event(entry: _Entry, zones: dict[str, Timezone], stamp: datetime) -> Event:
    zone: tzinfo = ZoneInfo(entry.zone) if entry.zone in zones else UTC
    start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
    if _second_occurrence(start) or _second_occurrence(end):
        # A wall time that a daylight-saving change repeats is read as its first occurrence
        # (RFC 5545); the second one can only be told apart in UTC.
        start, end = entry.start, entry.end
    event = Event.new(
        uid=entry.uid,
        stamp=stamp,
        start=start,
        end=end,
        summary=entry.summary,
        description=entry.description,
        location=entry.location or None,
    )
    if entry.alarm:
        event.add("transp", "TRANSPARENT")  # a reminder to do something, not time taken up
        alarm = Alarm.new(description=entry.summary)
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
    return event


def _second_occurrence(local: datetime) -> bool:
    return local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()
