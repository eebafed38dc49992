"""Reading a calendar invitation (.ics from Google Calendar, Outlook/Exchange, Teams or Zoom).

Bytes → :class:`afterview.domain.invitations.Invitation`, or an :class:`InvitationError` that says
why not (nothing else is done here). The file is read with the ``icalendar`` library. Time zones:
an IANA TZID as it is; Outlook's Windows names ("Romance Standard Time") through icalendar's own
Windows→IANA table (its VTIMEZONE is then not needed); a TZID only the file's VTIMEZONE defines, as
the offset it gives; UTC times ("…Z") and floating times are shown in the user's zone. The meeting
link is the first address of a meeting service (Teams, Zoom, Meet, Webex) in the conference
properties, LOCATION or DESCRIPTION, else any https address in the conference properties or
LOCATION (a description's other links — "more options", help pages — are not the meeting).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from afterview.domain.calendar import UnknownTimeZone, offset_name, resolve_zone
from afterview.domain.invitations import DEFAULT_MINUTES, Invitation, InvitationError, InvitedEvent, Invitee
from afterview.i18n import translate

CONFERENCE_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "CONFERENCE",
)
_URL = re.compile(r"https://[^\s<>\"'()\[\]{}|\\^`]+", re.IGNORECASE)
_MEETING_HOSTS = ("teams.microsoft.com", "teams.live.com", "zoom.us", "meet.google.com", "webex.com")
_NOT_PEOPLE = ("calendar.google.com",)  # Google's calendars and rooms as organisers or attendees
_TEXT_LIMIT = 2000  # a single-line field read from the file (a summary, a place, a name)
MAX_EVENTS = 20  # more is a whole calendar exported, not an invitation: it would make as many rounds


def read_invitation(payload: bytes, user_zone: str) -> Invitation:
    """The events of an invitation; floating times are taken in ``user_zone`` (an IANA name)."""
    if not payload.strip():
        raise InvitationError(translate("Invitations", "the file is empty."))
    calendar = _calendar(payload)
    cancelled = str(calendar.get("METHOD", "")).strip().upper() == "CANCEL"
    events = [part for part in calendar.subcomponents if isinstance(part, Event)]
    if not events:
        raise InvitationError(translate("Invitations", "the file holds no calendar event: no interview to read."))
    if len(events) > MAX_EVENTS:
        raise InvitationError(
            translate(
                "Invitations", "it holds {count} events: a whole calendar, not an invitation (at most {limit})."
            ).format(count=len(events), limit=MAX_EVENTS)
        )
    return Invitation(tuple(_event(event, user_zone, cancelled) for event in events))


def _calendar(payload: bytes) -> Calendar:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # icalendar warns about what it could still read
            calendar = Calendar.from_ical(payload)
    except (ValueError, TypeError, KeyError, IndexError, UnicodeError):
        calendar = None
    if not isinstance(calendar, Calendar):
        raise InvitationError(translate("Invitations", "it is not a calendar invitation (an iCalendar .ics file)."))
    return calendar


def _event(event: Event, user_zone: str, method_cancels: bool) -> InvitedEvent:
    summary = _line(event.get("SUMMARY"))
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        raise InvitationError(
            translate(
                "Invitations", "'{summary}' is a recurring event; Afterview records each interview on its own date."
            ).format(summary=summary)
        )
    start_property = event.get("DTSTART")
    if start_property is None:
        raise InvitationError(translate("Invitations", "'{summary}' has no start time.").format(summary=summary))
    starts_at, zone = _moment(start_property, user_zone, summary)
    organizer = _person(event.get("ORGANIZER"))
    return InvitedEvent(
        uid=_line(event.get("UID")),
        starts_at=starts_at.astimezone(UTC),
        time_zone=zone,
        duration_minutes=_minutes(event, starts_at, user_zone, summary),
        summary=summary,
        location="" if _is_link(_line(event.get("LOCATION"))) else _line(event.get("LOCATION")),
        meeting_link=meeting_link(event),
        organizer=organizer,
        attendees=tuple(person for person in map(_person, _all(event.get("ATTENDEE"))) if person is not None),
        cancelled=method_cancels or str(event.get("STATUS", "")).strip().upper() == "CANCELLED",
    )


# --- times and zones -------------------------------------------------------------------------------


def _moment(prop: object, user_zone: str, summary: str) -> tuple[datetime, str]:
    """An aware moment and the zone name to show it in."""
    value = getattr(prop, "dt", None)
    if not isinstance(value, datetime):
        if isinstance(value, date):
            raise InvitationError(
                translate("Invitations", "'{summary}' is an all-day event: it has no start time.").format(
                    summary=summary
                )
            )
        raise InvitationError(translate("Invitations", "'{summary}' has no start time.").format(summary=summary))
    params = getattr(prop, "params", {})
    tzid = str(params.get("TZID", "")).strip()
    if tzid:
        return _in_named_zone(value, tzid, summary)
    if value.tzinfo is None:  # a floating time: the user's
        return value.replace(tzinfo=resolve_zone(user_zone)), user_zone
    return value, user_zone  # UTC ("…Z"): shown in the user's zone


def _in_named_zone(value: datetime, tzid: str, summary: str) -> tuple[datetime, str]:
    name = iana_name(tzid)
    if name is not None:
        return value.replace(tzinfo=ZoneInfo(name)), name
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value, offset_name(value)  # a zone only this file's VTIMEZONE defines: its offset
    raise InvitationError(
        translate("Invitations", "'{summary}' is in a time zone that does not exist: '{zone}'.").format(
            summary=summary, zone=tzid[:64]
        )
    )


def iana_name(tzid: str) -> str | None:
    """The IANA name of a TZID: itself, a Windows name through icalendar's table, or what icalendar
    finds in a vendor's name ("/mozilla.org/…/Europe/Paris")."""
    candidates = [tzid, WINDOWS_TO_OLSON.get(tzid, "")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns when it guesses from a vendor's name
        found = tzp.timezone(tzid)
    key = getattr(found, "key", None)  # a ZoneInfo's name
    if isinstance(key, str):
        candidates.append(key)
    for name in candidates:
        if name and _known(name):
            return "UTC" if name in ("Etc/UTC", "UTC") else name
    return None


def _known(name: str) -> bool:
    try:
        resolve_zone(name)
    except UnknownTimeZone:
        return False
    return True


def _minutes(event: Event, starts_at: datetime, user_zone: str, summary: str) -> int:
    """From DTEND or DURATION; an hour when neither says (or the end is not after the start)."""
    length: timedelta | None = None
    end_property = event.get("DTEND")
    if end_property is not None:
        with contextlib.suppress(InvitationError):  # an unreadable end: the length is guessed
            length = _moment(end_property, user_zone, summary)[0] - starts_at
    elif event.get("DURATION") is not None:
        length = getattr(event.get("DURATION"), "dt", None)
    if not isinstance(length, timedelta) or length <= timedelta(0):
        return DEFAULT_MINUTES
    return max(1, round(length.total_seconds() / 60))


# --- links, places and people ----------------------------------------------------------------------


def meeting_link(event: Event) -> str:
    """The address to join the meeting, or "" for an interview in person."""
    conference = [_line(value) for name in CONFERENCE_PROPERTIES for value in _all(event.get(name))]
    location = _line(event.get("LOCATION"))
    description = str(event.get("DESCRIPTION", ""))
    everywhere = [url for text in (*conference, location, description) for url in _urls(text)]
    meeting = next((url for url in everywhere if _is_meeting(url)), "")
    if meeting:
        return meeting
    return next((url for text in (*conference, location) for url in _urls(text)), "")


def _urls(text: str) -> list[str]:
    return [match.group().rstrip(".,;:!?*") for match in _URL.finditer(text)]


def _is_meeting(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == known or host.endswith("." + known) for known in _MEETING_HOSTS)


def _is_link(text: str) -> bool:
    return bool(_URL.fullmatch(text.strip()))


def _person(prop: object) -> Invitee | None:
    """An organiser or attendee; None for a room, a resource, a calendar or someone who declined."""
    if prop is None:
        return None
    params = getattr(prop, "params", {})
    if str(params.get("CUTYPE", "")).upper() in ("ROOM", "RESOURCE"):
        return None
    if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
        return None
    address = str(prop).strip()
    email = address[7:] if address.lower().startswith("mailto:") else ""
    email = email.strip()
    if email.lower().endswith(_NOT_PEOPLE):
        return None
    name = _line(params.get("CN", ""))
    if name.lower() == email.lower():
        name = ""
    last, comma, first = name.partition(",")
    if comma and first.strip() and "," not in first:  # Outlook's "García, Elena"
        name = f"{first.strip()} {last.strip()}"
    if not name and not email:
        return None
    return Invitee(name=name, email=email)


def _all(value: object) -> Iterable[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _line(value: object) -> str:
    """A property's text on one line, without control characters, of a sane length."""
    if value is None:
        return ""
    text = "".join(character if character.isprintable() else " " for character in str(value))
    return " ".join(text.split())[:_TEXT_LIMIT]
