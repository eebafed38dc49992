"""Reading one cell's value for the CSV import: stages, outcomes, formats, ratings, durations, dates, zones, people.

Each reader takes the cell's text and returns the value, or raises :class:`Bad` with a message
that quotes the value and says how to write it; csv_import shows it under the column's header. In
one place, so that what a spreadsheet may write (in English or Spanish) can be read and explained.

Decisions, so that the behaviour can be explained to a user:

- **Values** that are read (dates, stages, numbers, zones) ignore surrounding spaces; text fields
  are kept exactly as written (csv_import).
- **Dates.** ISO (``2026-11-25``, ``2026-11-25T10:00``, with or without an offset), ``25/11/2026``,
  ``25-11-2026``, ``25.11.2026``, ``2026/11/25``, two-digit years as 20xx, optionally followed by a
  time (``10:00``, ``10:00:00``, ``10 am``). Day first, as Spanish and European users write dates,
  unless the date column shows otherwise: when some date has a second number above 12 (11/25/2026)
  and none has a first number above 12, the whole file is read month first.
- **Times.** A separate time column combines with the date. A time without an offset is local time
  in the row's time-zone column, else in the user's zone. A date without any time means **09:00**
  local (:data:`DEFAULT_TIME`): the start of a working day, so the follow-up reminders computed from
  it (thank-you within 24 h, check-ins in business days) fall on the right days; the row gets a
  warning saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timezone, tzinfo
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo, available_timezones

from afterview.domain.calendar import UnknownTimeZone, offset_name, resolve_zone
from afterview.domain.folding import fold
from afterview.domain.model import (
    DURATION_MAX_MINUTES,
    RATING_MAX,
    RATING_MIN,
    YEAR_MAX,
    YEAR_MIN,
    Interviewer,
    InterviewFormat,
    OutcomeKind,
    Stage,
)
from afterview.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_TIME = time(9, 0)

E = TypeVar("E", bound=StrEnum)


class Bad(ValueError):
    """A cell that cannot be read; the message quotes the value and says how to write it.

    ``message`` is a translated sentence with ``{value}`` where the (clipped) value goes, and any
    other placeholders filled from ``values``.
    """

    def __init__(self, value: str, message: str, **values: object) -> None:
        super().__init__(message.format(value=clip(value), **values))


def clip(value: str, limit: int = 40) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _words(text: str) -> str:
    """A value reduced for comparing words: "No_Response" and "no  response" are "no response"."""
    return " ".join(re.sub(r"[_\-./]+", " ", fold(text)).split())


def _vocabulary(kind: type[E], extra: Mapping[E, Iterable[str]]) -> dict[str, E]:
    table = {_words(member.value): member for member in kind}
    for member, words in extra.items():
        table.update((_words(word), member) for word in words)
    return table


STAGE_WORDS = _vocabulary(Stage, {
    Stage.APPLIED: ("application sent", "aplicado", "aplicada", "enviada", "enviado", "solicitado", "solicitada",
                    "solicitud enviada", "cv enviado", "postulado", "postulada", "inscrito", "inscrita"),
    Stage.SCREENING: ("screen", "phone screen", "cribado", "preselección", "preseleccionado", "preseleccionada",
                      "filtro"),
    Stage.INTERVIEWING: ("interview", "interviews", "entrevista", "entrevistas", "en proceso", "in process",
                         "in progress", "entrevistando"),
    Stage.FINAL: ("final round", "final interview", "ronda final", "entrevista final", "finalista"),
    Stage.OFFER: ("offered", "oferta", "propuesta"),
    Stage.ACCEPTED: ("hired", "aceptada", "aceptado", "contratado", "contratada"),
    Stage.REJECTED: ("rechazado", "rechazada", "descartado", "descartada", "no seleccionado", "no seleccionada",
                     "not selected"),
    Stage.WITHDRAWN: ("withdrew", "retirada", "retirado", "me retiré"),
    Stage.NO_RESPONSE: ("sin respuesta", "ghosted", "no answer"),
})  # fmt: skip
OUTCOME_WORDS = _vocabulary(OutcomeKind, {
    OutcomeKind.RESPONSE: ("respuesta", "replied", "answered"),
    OutcomeKind.OFFER: ("oferta", "offered"),
    OutcomeKind.REJECTED: ("rechazado", "rechazada", "descartado", "descartada", "no seleccionado",
                           "no seleccionada", "not selected"),
    OutcomeKind.NO_RESPONSE: ("sin respuesta", "ghosted", "no answer"),
    OutcomeKind.WITHDRAWN: ("withdrew", "retirada", "retirado"),
})  # fmt: skip
FORMAT_WORDS = _vocabulary(InterviewFormat, {
    InterviewFormat.IN_PERSON: ("presencial", "en persona", "onsite", "on site", "office", "oficina"),
    InterviewFormat.PHONE: ("telephone", "call", "teléfono", "telefónica", "telefónico", "llamada"),
    InterviewFormat.VIDEO: ("videollamada", "video call", "videoconferencia", "online", "remote", "remoto",
                            "remota", "virtual", "zoom", "teams", "meet", "google meet"),
})  # fmt: skip


# What a cell that names none of a kind's values is told, by kind (translated where raised).
_NOT_ONE_OF: dict[type[StrEnum], str] = {
    Stage: QT_TRANSLATE_NOOP("CsvValues", '"{value}" is not a stage (write one of: {choices}).'),
    OutcomeKind: QT_TRANSLATE_NOOP("CsvValues", '"{value}" is not an outcome (write one of: {choices}).'),
    InterviewFormat: QT_TRANSLATE_NOOP("CsvValues", '"{value}" is not a format (write one of: {choices}).'),
}


def choice(text: str, table: Mapping[str, E], kind: type[E]) -> E | None:
    """The member of ``kind`` (a stage, an outcome or a format) that ``text`` names, by ``table``."""
    if not text.strip():
        return None
    found = table.get(_words(text))
    if found is None:
        # The values listed are the ones the file format knows (and also read), so they are not translated.
        choices = ", ".join(member.value for member in kind)
        raise Bad(text, translate("CsvValues", _NOT_ONE_OF[kind]), choices=choices)
    return found


_RATING = re.compile(r"(\d{1,3})(?:[.,]0+)?(?:\s*/\s*5)?")
_MINUTES = re.compile(r"(\d{1,5})(?:[.,]0+)?\s*(?:m|min|mins|minutes?|minutos?)?\.?")
_HOURS_MINUTES = re.compile(r"(\d{1,2}):(\d{2})(?::00)?")


def rating(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    match = _RATING.fullmatch(value)
    if match is None or not RATING_MIN <= int(match.group(1)) <= RATING_MAX:
        raise Bad(
            text,
            translate("CsvValues", '"{value}" is not a rating (write a whole number from {low} to {high}).'),
            low=RATING_MIN,
            high=RATING_MAX,
        )
    return int(match.group(1))


def duration(text: str) -> int | None:
    """Whole minutes: "45", "45 min", or hours and minutes "1:30"; the model checks the range."""
    value = text.strip().casefold()
    if not value:
        return None
    minutes = _MINUTES.fullmatch(value)
    if minutes:
        return int(minutes.group(1))
    clock = _HOURS_MINUTES.fullmatch(value)
    if clock and int(clock.group(2)) < 60:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    raise Bad(
        text,
        translate("CsvValues", '"{value}" is not a whole number of minutes (write it like 45; at most {limit}).'),
        limit=DURATION_MAX_MINUTES,
    )


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC_DATE = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T)(.+))?", re.IGNORECASE)
_CLOCK = re.compile(
    r"(\d{1,2})(?:\s*[:.h]\s*(\d{2})?(?::(\d{2})(?:[.,]\d{1,6})?)?)?\s*(?:([ap])\.?\s?m\.?)?", re.IGNORECASE
)
MIDNIGHT = time(0, 0)
# The longest date and time worth reading ("2026-11-25T10:00:00.123456+05:30" is 32); longer cells
# are refused before any regular expression backtracks over them.
_DATE_MAX = 64


@dataclass(frozen=True)
class When:
    """What a date cell says: a day, perhaps a wall-clock time, perhaps a UTC offset."""

    day: date
    clock: time | None = None
    offset: tzinfo | None = None


def _first_two(text: str) -> tuple[int, int] | None:
    """The first two numbers of a d/m/y or m/d/y date, for telling the order of a column."""
    match = _NUMERIC_DATE.fullmatch(text.strip()) if len(text) <= _DATE_MAX else None
    if match is None or len(match.group(1)) > 2:
        return None
    return int(match.group(1)), int(match.group(3))


def month_first(values: Iterable[str]) -> bool:
    """True when the dates read month first: some second number above 12, and no first number."""
    pairs = [pair for pair in map(_first_two, values) if pair is not None]
    return any(second > 12 for _, second in pairs) and not any(first > 12 for first, _ in pairs)


def order_is_evident(values: Iterable[str]) -> bool:
    """True when some date shows which number is the day (one of the first two is above 12)."""
    return any(first > 12 or second > 12 for first, second in filter(None, map(_first_two, values)))


def ambiguous(text: str) -> bool:
    """A d/m/y or m/d/y date that reads as two different days (01/02/2026, not 01/01/2026)."""
    pair = _first_two(text)
    return pair is not None and pair[0] != pair[1] and max(pair) <= 12


def when(text: str, *, month_first: bool) -> When:
    value = text.strip()
    if len(value) > _DATE_MAX:
        raise _not_a_date(text)
    if _ISO_DAY.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass  # "2026-11-25 10:00 am" and the like: read below
        else:
            has_clock = len(value) > len("2026-11-25")
            return _checked(text, When(moment.date(), moment.time() if has_clock else None, moment.tzinfo))
    match = _NUMERIC_DATE.fullmatch(value)
    if match is None:
        raise _not_a_date(text)
    first, _, middle, last, clock_text = match.groups()
    if len(first) == 4 and len(last) <= 2:
        year, month, day = int(first), int(middle), int(last)
    elif len(first) <= 2 and len(last) in (2, 4):
        day, month = (int(middle), int(first)) if month_first else (int(first), int(middle))
        year = int(last) + (2000 if len(last) == 2 else 0)
    else:
        raise _not_a_date(text)
    try:
        when = When(date(year, month, day), clock(clock_text) if clock_text else None)
    except ValueError:
        raise _not_a_date(text) from None
    return _checked(text, when)


def _not_a_date(text: str) -> Bad:
    return Bad(text, translate("CsvValues", '"{value}" is not a date (write it like 2026-11-25 or 25/11/2026).'))


def _checked(text: str, when: When) -> When:
    # Far-off years are typing mistakes, and would overflow when converted between zones.
    if not YEAR_MIN <= when.day.year <= YEAR_MAX:
        raise Bad(
            text,
            translate("CsvValues", '"{value}" is not a date between the years {first} and {last}.'),
            first=YEAR_MIN,
            last=YEAR_MAX,
        )
    return when


def clock(text: str) -> time:
    """A wall-clock time: "10:00", "10:00:00", "9.30", "10h30", "10 am", "10:00 p. m."."""
    match = _CLOCK.fullmatch(text.strip()) if len(text) <= _DATE_MAX else None
    if match is None:
        raise _not_a_time(text)
    hours, minutes, seconds, half = match.groups()
    hour = int(hours)
    if half:
        if not 1 <= hour <= 12:
            raise _not_a_time(text)
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    try:
        return time(hour, int(minutes or 0), int(seconds or 0))
    except ValueError:
        raise _not_a_time(text) from None


def _not_a_time(text: str) -> Bad:
    return Bad(text, translate("CsvValues", '"{value}" is not a time (write it like 10:00).'))


_OFFSET_TEXT = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def zone(text: str) -> str | None:
    """The zone name a cell gives: an IANA zone (any letter case), "UTC", or an offset as +HH:MM."""
    value = text.strip()
    if not value:
        return None
    offset = _OFFSET_TEXT.fullmatch(value)
    name = f"{offset.group(1)}{int(offset.group(2)):02d}:{offset.group(3) or '00'}" if offset else _known_zone(value)
    try:
        resolve_zone(name)
    except UnknownTimeZone:
        raise Bad(
            text, translate("CsvValues", '"{value}" is not a known time zone (write it like Europe/Madrid or +01:00).')
        ) from None
    return name


def _known_zone(name: str) -> str:
    try:
        resolve_zone(name)
    except UnknownTimeZone:
        return _zones_by_folded_name().get(name.casefold(), name)
    return name


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    # Zone names are case-sensitive on Linux; a spreadsheet user writes "europe/madrid" too.
    return {name.casefold(): name for name in available_timezones()}


def zone_name(zone: tzinfo) -> str:
    """The stored name of the user's zone."""
    if isinstance(zone, ZoneInfo) and zone.key:
        return zone.key
    if isinstance(zone, timezone):
        return offset_name(datetime(2000, 1, 1, tzinfo=zone))
    raise ValueError(f"the user's zone must be a ZoneInfo or a fixed offset, not {zone!r}")


def people(text: str) -> list[Interviewer]:
    """Interviewers as the export writes them: "Name (Title) <email>; Name2" (or one per line)."""
    return [_person(part.strip()) for part in re.split(r"[;\n]", text) if part.strip()]


def _person(text: str) -> Interviewer:
    """One "Name (Title) <email>", title and email optional, read from the end.

    Read by hand rather than by a regular expression, whose backtracking would take quadratic time
    on a long cell. A name with brackets but no title ("Ana (Ruiz)") reads as name and title; either
    way the export writes the same text back.
    """
    email = title = ""
    start = text.rfind("<")
    if text.endswith(">") and start != -1 and ">" not in text[start + 1 : -1]:
        text, email = text[:start].rstrip(), text[start + 1 : -1].strip()
    start = text.rfind("(")
    if text.endswith(")") and start != -1 and ")" not in text[start + 1 : -1]:
        text, title = text[:start].rstrip(), text[start + 1 : -1].strip()
    return Interviewer(name=text, title=title, email=email)
