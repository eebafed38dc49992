"""CSV export: one row per interview (or per application without interviews), for spreadsheets.

UTF-8 with a byte-order mark, because spreadsheet programs otherwise guess a legacy encoding and
garble accented names. csv_import reads this file back exactly (export → import → export gives the
same text).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from afterview.domain.model import Application, Interview

COLUMNS = (
    "company", "position", "stage", "decision_expected_on", "decision_timeline", "next_step",
    "job_url", "location", "application_notes", "outcome", "lessons_learned",
    "interview_round", "interview_starts_at", "interview_time_zone", "duration_minutes", "format",
    "interview_location", "interview_notes", "interviewers", "overall_rating",
)  # fmt: skip


# A cell starting with one of these is run as a formula by spreadsheet programs ("CSV injection");
# a leading apostrophe makes them show it as text instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A value that itself starts with an apostrophe gets one more, so the importer can always tell the
# guard from the value (csv_import removes exactly one apostrophe, see unguard).
GUARDED_STARTS = (*FORMULA_STARTS, "'")


def export_csv(apps: Iterable[Application]) -> str:
    """The CSV text, starting with a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for app in apps:
        rounds: list[Interview | None] = [*app.interviews] or [None]
        for interview in rounds:
            writer.writerow([_as_text(cell) for cell in _row(app, interview)])
    return "\ufeff" + buffer.getvalue()


def _as_text(cell: str) -> str:
    return "'" + cell if cell.startswith(GUARDED_STARTS) else cell


def unguard(cell: str) -> str:
    """The value a cell written by :func:`export_csv` holds: without the apostrophe guard, if any."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(GUARDED_STARTS) else cell


def _row(app: Application, interview: Interview | None) -> list[str]:
    row = [
        app.company, app.position, app.stage.value,
        app.decision_expected_on.isoformat() if app.decision_expected_on else "",
        app.decision_timeline, app.next_step, app.job_url, app.location, app.notes,
        app.outcome.kind.value if app.outcome else "", app.lessons_learned,
    ]  # fmt: skip
    if interview is None:
        return [*row, *[""] * (len(COLUMNS) - len(row))]
    people = "; ".join(
        person.name + (f" ({person.title})" if person.title else "") + (f" <{person.email}>" if person.email else "")
        for person in interview.interviewers
    )
    rating = interview.assessment.overall_rating if interview.assessment else None
    return [
        *row,
        interview.round_name, interview.local_starts_at().isoformat(), interview.time_zone,
        str(interview.duration_minutes), interview.format.value, interview.location, interview.notes,
        people, "" if rating is None else str(rating),
    ]  # fmt: skip
