"""CSV import from a spreadsheet: read the file, match its columns to Afterview's fields, check every row.

Three steps, so that a window can show each one (these modules know no Qt):

1. :func:`read_sheet` (csv_sheet) turns the file's bytes into a :class:`Sheet` (headers and rows of
   text), or refuses the file with an :class:`ImportProblem` saying why.
2. :func:`guess_mapping` (csv_fields) matches the headers to :data:`FIELDS` (English and Spanish
   names, and the exact column names of our own export); the user may correct it, and
   :func:`mapping_problems` says what is still missing.
3. :func:`preview` (this module) reads every row into a :class:`RowResult` with clear, row-level
   messages that name the column as the user wrote it, each cell's value read by csv_values;
   :meth:`CsvPreview.applications` builds the applications from the rows the user keeps.

Callers import this module only: it re-exports what they use from csv_sheet and csv_fields.

Decisions, so that the behaviour can be explained to a user (the file's encoding, delimiter and
rows: csv_sheet; how dates, times and other values are read: csv_values):

- **Text** is kept exactly as written (no trimming), as the JSON import does; values that are read
  (dates, stages, numbers, zones) ignore surrounding spaces.
- **Defaults.** A blank stage is ``interviewing`` when the application has an interview, else
  ``applied``; a blank duration is 60 minutes and a blank format ``video`` (the model's defaults).
- **Grouping.** Rows with the same company and position (ignoring case and spacing) are one
  application with one interview per row: that is how the export writes them, and how people keep
  a sheet of interviews. Where the rows differ, nothing is lost: different notes or lessons are
  all kept (one paragraph each), the stage is that of the row with the latest interview (the
  process only moves forward), and other fields take the first row's value that is not blank.
  A repeated interview (same start) is imported once.

Export → import → export gives the same text (the round trip covered by the tests).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import TypeVar

from afterview.domain.calendar import at_local, offset_name, resolve_zone
from afterview.domain.model import (
    Application,
    Assessment,
    Interview,
    Interviewer,
    InterviewFormat,
    Outcome,
    OutcomeKind,
    Stage,
    new_id,
)
from afterview.i18n import translate
from afterview.interchange import csv_values
from afterview.interchange.csv_fields import FIELD, FIELDS, INTERVIEW_DETAILS, Field, guess_mapping, mapping_problems
from afterview.interchange.csv_sheet import MAX_COLUMNS, MAX_ROWS, Sheet, read_sheet
from afterview.interchange.csv_values import DEFAULT_TIME

__all__ = [
    "DEFAULT_TIME", "FIELDS", "MAX_COLUMNS", "MAX_ROWS", "CsvPreview", "Field", "RowResult", "Sheet",
    "guess_mapping", "mapping_problems", "preview", "read_sheet",
]  # fmt: skip

DEFAULT_DURATION = 60


@dataclass(frozen=True)
class _Record:
    """One good row, ready to be grouped: its application (no interviews yet) and its interview."""

    application: Application
    stage: Stage | None  # None: blank, decided per application once the rows are grouped
    interview: Interview | None
    group: tuple[object, ...]


@dataclass
class RowResult:
    """One spreadsheet row as the preview shows it."""

    line: int  # the spreadsheet row number
    company: str
    position: str
    interview: str  # the interview start as local text ("2026-11-24 10:00"), or ""
    errors: list[str] = field(default_factory=list)  # each names the column as the user wrote it
    warnings: list[str] = field(default_factory=list)  # imported anyway, but worth a look
    record: _Record | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors and self.record is not None


@dataclass
class CsvPreview:
    rows: list[RowResult]

    def applications(self, lines: Collection[int] | None = None) -> list[Application]:
        """The applications in the good rows whose line is in ``lines`` (None: every good row).

        Fresh ids on every call, so importing twice from one preview cannot reuse an id.
        """
        wanted = None if lines is None else set(lines)
        groups: dict[tuple[object, ...], list[_Record]] = {}
        for row in self.rows:
            if row.ok and row.record is not None and (wanted is None or row.line in wanted):
                groups.setdefault(row.record.group, []).append(row.record)
        return [_application(records) for records in groups.values()]


def _application(records: list[_Record]) -> Application:
    interviews: list[Interview] = []
    starts: set[datetime] = set()
    for record in records:
        if record.interview is not None and record.interview.starts_at not in starts:
            starts.add(record.interview.starts_at)
            interviews.append(_fresh_interview(record.interview))
    apps = [record.application for record in records]
    outcome = next((app.outcome for app in apps if app.outcome is not None), None)
    return replace(
        apps[0],
        stage=_latest_stage(records) or (Stage.INTERVIEWING if interviews else Stage.APPLIED),
        job_url=_first(app.job_url for app in apps),
        location=_first(app.location for app in apps),
        notes=_all(app.notes for app in apps),
        decision_expected_on=next((app.decision_expected_on for app in apps if app.decision_expected_on), None),
        decision_timeline=_first(app.decision_timeline for app in apps),
        next_step=_first(app.next_step for app in apps),
        outcome=None if outcome is None else replace(outcome),
        lessons_learned=_all(app.lessons_learned for app in apps),
        interviews=interviews,
        follow_ups=[],
        id=new_id(),
    )


def _latest_stage(records: list[_Record]) -> Stage | None:
    """The stage given on the row of the latest interview (or the last row giving one)."""
    given = [record for record in records if record.stage is not None]
    if not given:
        return None
    epoch = datetime.min.replace(tzinfo=UTC)
    latest = max(
        enumerate(given), key=lambda item: (item[1].interview.starts_at if item[1].interview else epoch, item[0])
    )
    return latest[1].stage


def _first(values: Iterable[str]) -> str:
    return next((value for value in values if value), "")


def _all(values: Iterable[str]) -> str:
    """Every different text once, in the order of the rows, a paragraph each."""
    return "\n\n".join(dict.fromkeys(value for value in values if value))


def _fresh_interview(interview: Interview) -> Interview:
    return replace(
        interview,
        interviewers=[replace(person, id=new_id()) for person in interview.interviewers],
        assessment=None if interview.assessment is None else replace(interview.assessment, questions=[]),
        letters=[],
        id=new_id(),
    )


def preview(sheet: Sheet, mapping: Mapping[str, int], *, zone: tzinfo, now: datetime) -> CsvPreview:
    """Every non-blank row read with ``mapping``; ``zone`` is the user's, for times without a zone.

    Raises ValueError for a mapping that :func:`mapping_problems` objects to or that names a
    column the sheet does not have (the mapping step prevents both).
    """
    problems = mapping_problems(mapping)
    problems += [f"column {index + 1} is not in the file." for index in mapping.values() if index >= len(sheet.headers)]
    if problems:
        raise ValueError(" ".join(problems))
    reader = _RowReader(sheet, mapping, zone, now)
    results = [reader.read(cells, sheet.line(index)) for index, cells in enumerate(sheet.rows)]
    rows = [result for result in results if result is not None]
    _flag_repeated_interviews(rows)
    return CsvPreview(rows)


def _flag_repeated_interviews(rows: list[RowResult]) -> None:
    seen: dict[tuple[tuple[object, ...], datetime], int] = {}
    for row in rows:
        if not row.ok or row.record is None or row.record.interview is None:
            continue
        key = (row.record.group, row.record.interview.starts_at)
        if key in seen:
            row.warnings.append(
                translate(
                    "CsvImport", "The same interview as row {line} (same application and start): imported once."
                ).format(line=seen[key])
            )
        else:
            seen[key] = row.line


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


class _RowReader:
    """Reads rows with one mapping; the column order of dates is decided once for the whole sheet."""

    def __init__(self, sheet: Sheet, mapping: Mapping[str, int], zone: tzinfo, now: datetime) -> None:
        self.headers = sheet.headers
        self.mapping = dict(mapping)
        self.zone = zone
        self.zone_name = csv_values.zone_name(zone)
        self.now = now
        date_columns = [mapping[key] for key in ("interview_starts_at", "decision_expected_on") if key in mapping]
        dates = [cells[index] for cells in sheet.rows for index in date_columns]
        self.month_first = csv_values.month_first(dates)
        self.order_evident = csv_values.order_is_evident(dates)

    def read(self, cells: list[str], line: int) -> RowResult | None:
        row = _Row(cells, self.mapping, self.headers)
        if not any(row.value(key) for key in self.mapping):
            return None  # nothing in the columns being imported: a spacer or a totals row
        application, stage = self._application(row)
        interview = self._interview(row)
        self._add_model_problems(row, application, interview)
        result = RowResult(
            line=line,
            company=row.text("company"),
            position=row.text("position"),
            interview=self._show(row, interview),
            errors=row.errors,
            warnings=row.warnings,
        )
        if not row.errors:
            group = (_normal(application.company), _normal(application.position))
            result.record = _Record(application, stage, interview, group)
        return result

    def _application(self, row: _Row) -> tuple[Application, Stage | None]:
        if not row.value("company"):
            row.fail(
                "company",
                translate("CsvImport", "{column} is empty: every row needs the company.").format(
                    column=row.header("company")
                ),
            )
        outcome = row.read("outcome", lambda text: csv_values.choice(text, csv_values.OUTCOME_WORDS, OutcomeKind))
        decision = row.read("decision_expected_on", lambda text: csv_values.when(text, month_first=self.month_first))
        application = Application(
            company=row.text("company"),
            position=row.text("position"),
            stage=Stage.APPLIED,  # the real one is decided when grouping
            job_url=row.text("job_url"),
            location=row.text("location"),
            notes=row.text("application_notes"),
            decision_expected_on=None if decision is None else decision.day,
            decision_timeline=row.text("decision_timeline"),
            next_step=row.text("next_step"),
            outcome=None if outcome is None else Outcome(outcome, recorded_at=self.now),
            lessons_learned=row.text("lessons_learned"),
            created_at=self.now,
        )
        return application, row.read("stage", lambda text: csv_values.choice(text, csv_values.STAGE_WORDS, Stage))

    def _interview(self, row: _Row) -> Interview | None:
        if not row.value("interview_starts_at"):
            details = [row.header(key) for key in INTERVIEW_DETAILS if row.value(key)]
            if details:
                row.fail(
                    "interview_starts_at",
                    translate(
                        "CsvImport",
                        "{column} is empty, but the row has interview details ({details}): "
                        "write the interview date, or clear those cells.",
                    ).format(column=row.header("interview_starts_at"), details=", ".join(details)),
                )
            return None
        people = self._people(row)
        rating = row.read("overall_rating", csv_values.rating)
        duration = row.read("duration_minutes", csv_values.duration)
        interview_format = row.read(
            "format", lambda text: csv_values.choice(text, csv_values.FORMAT_WORDS, InterviewFormat)
        )
        starts_at, zone_name = self._start(row)
        return Interview(
            starts_at=starts_at,
            time_zone=zone_name,
            duration_minutes=DEFAULT_DURATION if duration is None else duration,
            round_name=row.text("interview_round"),
            format=interview_format or InterviewFormat.VIDEO,
            location=row.text("interview_location"),
            notes=row.text("interview_notes"),
            interviewers=people,
            assessment=None if rating is None else Assessment(overall_rating=rating),
        )

    def _start(self, row: _Row) -> tuple[datetime, str]:
        """The start as a UTC instant and the zone it was given in (``now`` if it cannot be read)."""
        when = row.read("interview_starts_at", lambda text: csv_values.when(text, month_first=self.month_first))
        clock = row.read("interview_time", csv_values.clock)
        zone_name = row.read("interview_time_zone", csv_values.zone)
        if when is None:
            return self.now.astimezone(UTC), zone_name or self.zone_name
        if clock is not None and when.clock not in (None, csv_values.MIDNIGHT, clock):
            row.fail(
                "interview_time",
                translate("CsvImport", "{column}: {time} differs from the time in {date_column}.").format(
                    column=row.header("interview_time"),
                    time=f"{clock:%H:%M}",
                    date_column=row.header("interview_starts_at"),
                ),
            )
        if clock is None and when.clock is None:
            row.warnings.append(
                translate("CsvImport", "{column}: no time given; {time} assumed.").format(
                    column=row.header("interview_starts_at"), time=f"{DEFAULT_TIME:%H:%M}"
                )
            )
        wall = clock or when.clock or DEFAULT_TIME
        if when.offset is not None:
            moment = datetime.combine(when.day, wall, tzinfo=when.offset)
            return moment.astimezone(UTC), zone_name or self._zone_for_offset(moment)
        written = row.value("interview_starts_at")
        if not self.order_evident and csv_values.ambiguous(written):
            if self.month_first:
                read_as = translate("CsvImport", "{column}: {written} read as {day} (month first).")
            else:
                read_as = translate("CsvImport", "{column}: {written} read as {day} (day first).")
            row.warnings.append(
                read_as.format(column=row.header("interview_starts_at"), written=written.strip(), day=when.day)
            )
        zone = self.zone if zone_name is None else resolve_zone(zone_name)
        start = at_local(when.day, wall, zone)
        if start.astimezone(zone).time().replace(tzinfo=None) != wall:
            row.warnings.append(
                translate(
                    "CsvImport",
                    "{column}: {time} does not exist on {day} in {zone} (the clocks went forward); {used} used.",
                ).format(
                    column=row.header("interview_starts_at"),
                    time=f"{wall:%H:%M}",
                    day=when.day,
                    zone=zone_name or self.zone_name,
                    used=f"{start.astimezone(zone):%H:%M}",
                )
            )
        return start, zone_name or self.zone_name

    def _zone_for_offset(self, moment: datetime) -> str:
        """The user's zone when it had that offset at that moment, else the offset itself ("+05:30")."""
        same = moment.astimezone(self.zone).utcoffset() == moment.utcoffset()
        return self.zone_name if same else offset_name(moment)

    def _people(self, row: _Row) -> list[Interviewer]:
        people = csv_values.people(row.text("interviewers"))
        email = row.value("interviewer_email")
        if not email:
            return people
        names = row.header("interviewers")
        column = row.header("interviewer_email")
        if not people:
            row.fail(
                "interviewer_email",
                translate(
                    "CsvImport",
                    "{column} belongs to one interviewer, but {names} is empty; write each email in <…> after the name.",
                ).format(column=column, names=names),
            )
        elif len(people) > 1:
            row.fail(
                "interviewer_email",
                translate(
                    "CsvImport",
                    "{column} belongs to one interviewer, but {names} names {count}; "
                    "write each email in <…> after the name.",
                ).format(column=column, names=names, count=len(people)),
            )
        elif people[0].email and people[0].email != email:
            row.fail(
                "interviewer_email",
                translate("CsvImport", '{column}: "{value}" differs from the email in {names} ({email}).').format(
                    column=column, value=csv_values.clip(email), names=names, email=people[0].email
                ),
            )
        else:
            people[0].email = email
        return people

    def _add_model_problems(self, row: _Row, application: Application, interview: Interview | None) -> None:
        """The model's own checks (lengths, emails, ranges …), each under the column it comes from."""
        checked = replace(application, interviews=[] if interview is None else [interview])
        email_column = "interviewer_email" in self.mapping and bool(row.value("interviewer_email"))
        for problem in checked.problems():
            key = _column_of(problem.field, email_column)
            if key is None or key not in row.failed:
                row.fail(key, problem.message if key is None else f"{row.header(key)}: {problem.message}")

    def _show(self, row: _Row, interview: Interview | None) -> str:
        """The start as the preview shows it; as written when it cannot be read."""
        if interview is None or "interview_starts_at" in row.failed:
            return row.value("interview_starts_at")
        local = f"{interview.local_starts_at():%Y-%m-%d %H:%M}"
        return local if interview.time_zone == self.zone_name else f"{local} ({interview.time_zone})"


_INTERVIEW_PATHS = {
    "starts_at": "interview_starts_at", "time_zone": "interview_time_zone", "duration_minutes": "duration_minutes",
    "round_name": "interview_round", "format": "format", "location": "interview_location", "notes": "interview_notes",
}  # fmt: skip


def _column_of(path: str, email_column: bool) -> str | None:
    """The field (column) a model problem belongs to: "interviews[0].notes" → "interview_notes"."""
    if path.startswith("interviews[0]."):
        rest = path.removeprefix("interviews[0].")
        if rest.startswith("interviewers["):
            return "interviewer_email" if email_column and rest.endswith(".email") else "interviewers"
        if rest.startswith("assessment."):
            return "overall_rating"
        return _INTERVIEW_PATHS.get(rest)
    if path.startswith("outcome."):
        return "outcome"
    if path == "notes":
        return "application_notes"
    return path if path in FIELD else None


T = TypeVar("T")


class _Row:
    """The cells of one row seen through the mapping, and the messages gathered about them."""

    def __init__(self, cells: list[str], mapping: Mapping[str, int], headers: list[str]) -> None:
        self.cells = cells
        self.mapping = mapping
        self.headers = headers
        self.warnings: list[str] = []
        self.failed: set[str | None] = set()
        self._errors: list[tuple[int, str]] = []  # (column, message): shown in the sheet's column order

    @property
    def errors(self) -> list[str]:
        return [message for _, message in sorted(self._errors, key=lambda error: error[0])]

    def text(self, key: str) -> str:
        """The cell exactly as written ("" when the field has no column)."""
        index = self.mapping.get(key)
        return "" if index is None else self.cells[index]

    def value(self, key: str) -> str:
        return self.text(key).strip()

    def header(self, key: str) -> str:
        index = self.mapping.get(key)
        return FIELD[key].label if index is None else self.headers[index]

    def fail(self, key: str | None, message: str) -> None:
        """Record a problem with the field's column (None: with none); ``message`` is the whole
        sentence, naming the column by its header ("Fecha: …", "Fecha is empty …")."""
        self.failed.add(key)
        column = len(self.headers) if key is None else self.mapping.get(key, len(self.headers))
        self._errors.append((column, message))

    def read(self, key: str, parse: Callable[[str], T | None]) -> T | None:
        """The cell read by ``parse``; None (and a problem recorded) when it cannot be read."""
        text = self.text(key)
        if not text.strip():
            return None
        try:
            return parse(text)
        except csv_values.Bad as error:
            self.fail(key, f"{self.header(key)}: {error}")
            return None
