"""``afterview offers [--at T] [--json] [--letters LANG]``: the offer desk on the command line.

Each open offer with its deadline and the days left, the other open processes (when they decide,
whether that is in time, their next interview and the last contact) and the steps to take, each with
the letter it asks for; ``--letters en|es`` adds each step's letter drafted in that language.
"""

from __future__ import annotations

import json
from datetime import date, datetime, tzinfo
from typing import TextIO

from afterview.commands import _moment, open_workspace, require_existing_data
from afterview.core.offers import Draft, draft, offer_desk
from afterview.domain.calendar import Clock
from afterview.domain.codec import instant_text
from afterview.domain.letters import LANGUAGES, letter_for
from afterview.domain.model import Application
from afterview.domain.offers import Desk, OfferView, PendingView, comparison
from afterview.domain.plan import Step
from afterview.domain.wording import action, timing
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.paths import AppPaths
from afterview.text import visible

EXIT_OK = 0


def run_offers(paths: AppPaths, clock: Clock, at: str | None, as_json: bool, letters: str | None, out: TextIO) -> int:
    """Print the desk (text, or JSON with ``as_json``)."""
    if letters is not None and letters not in LANGUAGES:
        raise AfterviewError(
            translate("Cli", "--letters: '{value}' is not a letter language (use {choices}).").format(
                value=letters, choices=", ".join(sorted(LANGUAGES))
            )
        )
    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        zone = workspace.zone()
        now = clock.now() if at is None else _moment(at, zone)
        found = offer_desk(workspace, now)
        titles = {app.id: app for app in workspace.applications()}
        drafts = {step.key: draft(workspace, step, letters) for step in found.steps} if letters else {}
    if as_json:
        json.dump(_as_json(found, titles, drafts, now, zone), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for line in _as_text(found, titles, drafts, now):
        print(visible(line), file=out)
    return EXIT_OK


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _local(moment: datetime | None, zone: tzinfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat()


Drafts = dict[str, Draft | None]


def _as_json(
    found: Desk, apps: dict[str, Application], drafts: Drafts, now: datetime, zone: tzinfo
) -> dict[str, object]:
    return {
        "at": _local(now, zone),
        "deadline": _day(found.deadline),
        "offers": [_offer_json(view) for view in found.offers],
        "pending": [_pending_json(view, zone) for view in found.pending],
        "steps": [_step_json(step, apps[step.application_id], drafts.get(step.key), now) for step in found.steps],
    }


def _offer_json(view: OfferView) -> dict[str, object]:
    return {
        "application_id": view.app.id,
        "company": view.app.company,
        "position": view.app.position,
        "deadline": _day(view.deadline),
        "days_left": view.calendar_days_left,
        "business_days_left": view.business_days_left,
        "terms": {
            "salary": view.terms.salary,
            "start_date": _day(view.terms.start_date),
            "notes": view.terms.notes,
        },
    }


def _pending_json(view: PendingView, zone: tzinfo) -> dict[str, object]:
    return {
        "application_id": view.app.id,
        "company": view.app.company,
        "position": view.app.position,
        "stage": view.app.stage.value,
        "decision_on": _day(view.decision_on),
        "answers_in_time": view.answers_in_time,
        "next_interview": _local(view.next_interview, zone),
        "last_contact": _local(view.last_contact, zone),
    }


def _step_json(step: Step, app: Application, drafted: Draft | None, now: datetime) -> dict[str, object]:
    entry: dict[str, object] = {
        "key": step.key,
        "kind": step.kind.value,
        "application_id": step.application_id,
        "company": app.company,
        "action": action(step, app),
        "status": step.status(now).value,
        "due_at": instant_text(step.due_at),
        "deadline": instant_text(step.deadline) if step.deadline else None,
        "letter_kind": letter_for(step.kind).value,
    }
    if drafted is not None:
        entry["letter"] = {"subject": drafted.subject, "body": drafted.body, "unfilled": list(drafted.unfilled)}
    return entry


def _as_text(found: Desk, apps: dict[str, Application], drafts: Drafts, now: datetime) -> list[str]:
    if not found.is_open:
        return [translate("Cli", "No open offer. The desk opens when you record one (Outcome: they made me an offer).")]
    lines = [translate("Cli", "Offers")]
    for view in found.offers:
        lines.append("  " + _offer_line(view))
    for label, values in comparison(found.offers):
        if any(values):
            lines.append(f"    {label}: " + " | ".join(value or "–" for value in values))
    if found.pending:
        lines.append(translate("Cli", "Other open processes"))
        lines.extend("  " + _pending_line(view) for view in found.pending)
    if found.steps:
        lines.append(translate("Cli", "Steps"))
    for step in found.steps:
        app = apps[step.application_id]
        lines.append(f"  {app.title}: {action(step, app)} ({timing(step, now)})")
        drafted = drafts.get(step.key)
        if drafted is not None:
            lines.extend(("      " + line).rstrip() for line in [drafted.subject, "", *drafted.body.splitlines()])
    return lines


def _offer_line(view: OfferView) -> str:
    if view.deadline is None:
        return translate("Cli", "{title}: no deadline recorded").format(title=view.app.title)
    return translate("Cli", "{title}: answer by {deadline} ({days} days, {business} business days left)").format(
        title=view.app.title, deadline=view.deadline.isoformat(), days=view.calendar_days_left,
        business=view.business_days_left,
    )  # fmt: skip


def _pending_line(view: PendingView) -> str:
    if view.decision_on is None:
        decides = translate("Cli", "decision date unknown: ask their timeline")
    elif view.answers_in_time:
        decides = translate("Cli", "decides {day}, in time").format(day=view.decision_on.isoformat())
    else:
        decides = translate("Cli", "decides {day}, after the deadline").format(day=view.decision_on.isoformat())
    return f"{view.app.title}: {decides}"
