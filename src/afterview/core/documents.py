"""The preparation brief and the job-search report, as use cases: found from what the user typed or
chose, built from the workspace's data. The command line and the window both call these and then
draw the result (``afterview.documents``), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from afterview.core.workspace import Workspace
from afterview.domain.brief import Paper, brief, matches, upcoming_interview
from afterview.domain.calendar import at_local
from afterview.domain.folding import fold
from afterview.domain.model import Application
from afterview.domain.report import Report, report
from afterview.errors import AfterviewError
from afterview.i18n import plural, short_date, translate


class SeveralMatches(AfterviewError):
    """The text names more than one application: the caller lists them for the user to choose."""

    def __init__(self, text: str, found: Sequence[Application]) -> None:
        self.found = tuple(found)
        count = plural(
            len(found),
            translate("Documents", "{count} application"),
            translate("Documents", "{count} applications"),
        )
        super().__init__(
            translate("Documents", "'{text}' matches {count}; say which with more of its company or position.").format(
                text=text, count=count
            )
        )


@dataclass(frozen=True)
class Brief:
    application: Application
    paper: Paper


def find_application(workspace: Workspace, text: str) -> Application:
    """The one application whose company or position holds ``text`` (case and accents aside).

    Among several, those with an interview still to come are preferred (an old process at the same
    company does not stand in the way); still several: :class:`SeveralMatches`.
    """
    found = sorted(
        (app for app in workspace.applications() if matches(app, text)), key=lambda app: app.title.casefold()
    )
    if not found:
        raise AfterviewError(
            translate("Documents", "no application's company or position matches '{text}'.").format(text=text)
        )
    if len(found) > 1:
        now = workspace.now()
        coming = [app for app in found if upcoming_interview(app, now) is not None]
        found = coming or found
    if len(found) > 1:
        raise SeveralMatches(text, found)
    return found[0]


def brief_for(workspace: Workspace, text: str) -> Brief:
    """The brief for the next interview of the application ``text`` names."""
    return brief_of(workspace, find_application(workspace, text))


def brief_of(workspace: Workspace, app: Application) -> Brief:
    paper = brief(app, workspace.applications(), workspace.now(), workspace.zone())
    if paper is None:
        raise AfterviewError(
            translate("Documents", "{title} has no interview still to come, so there is nothing to prepare.").format(
                title=app.title
            )
        )
    return Brief(app, paper)


def has_brief(workspace: Workspace, app: Application) -> bool:
    return upcoming_interview(app, workspace.now()) is not None


def report_between(workspace: Workspace, first: date | None, last: date | None) -> Report:
    """The report of the days ``first`` to ``last`` (both included; None: no limit), in the user's zone."""
    if first is not None and last is not None and last < first:
        raise AfterviewError(
            translate("Documents", "the period ends ({last}) before it starts ({first}).").format(
                first=short_date(first), last=short_date(last)
            )
        )
    workspace.refuse_if_incomplete()
    zone = workspace.zone()
    start = at_local(first, time(), zone) if first is not None else None
    end = at_local(last + timedelta(days=1), time(), zone) if last is not None else None
    name = workspace.settings().user_name
    return report(workspace.applications(), workspace.steps(), (start, end), workspace.now(), zone, name)


def parse_day(text: str, option: str) -> date:
    """A day the user typed (2026-11-25); a clear message otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise AfterviewError(
            translate("Documents", "{option}: '{text}' is not a date (expected e.g. 2026-11-25).").format(
                option=option, text=text
            )
        ) from None


def file_word(text: str, fallback: str = "afterview") -> str:
    """``text`` as a safe part of a file name: lower case ASCII letters and digits joined by hyphens
    ("Núñez & Hijos" → "nunez-hijos", "informe" stays "informe"), at most 40 characters."""
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in fold(text)).split()
    return "-".join(words)[:40].strip("-") or fallback


def report_file_name(now: datetime, extension: str) -> str:
    """The name a report gets when the user gives none: afterview-report-2026-11-25.pdf, the word
    in the user's language (afterview-informe-2026-11-25.pdf)."""
    word = file_word(translate("FileNames", "report"), "report")
    return f"afterview-{word}-{now:%Y-%m-%d}.{extension}"


def brief_file_name(company: str, now: datetime | None = None) -> str:
    """The name a brief gets when the user gives none: brief-acme.pdf, or with the day
    (afterview-brief-acme-2026-11-25.pdf, the command line's), the word in the user's language."""
    word = file_word(translate("FileNames", "brief"), "brief")
    stem = file_word(company, "interview")
    return f"afterview-{word}-{stem}-{now:%Y-%m-%d}.pdf" if now is not None else f"{word}-{stem}.pdf"
