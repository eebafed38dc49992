"""The offer desk's use cases, without Qt: the desk for now, accepting or declining an offer, and the
drafts of its letters. The command line (``afterview offers``) and the window's Offers page both call
these, so each flow has one path.

Accepting saves every application it touches in one write and is one step of Undo; accepting a second
offer raises :class:`~afterview.domain.offers.SecondAcceptance` until the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from afterview.core.templates import TemplateLibrary
from afterview.core.workspace import UndoKind, Workspace
from afterview.domain.letters import letter_for, placeholder_values, render, topics_from_notes
from afterview.domain.model import Application
from afterview.domain.offers import Desk, accept, decline, desk, letter_days
from afterview.domain.plan import Step
from afterview.errors import AfterviewError
from afterview.i18n import translate


def offer_desk(workspace: Workspace, at: datetime | None = None) -> Desk:
    """What the desk shows now (or at ``at``)."""
    now = workspace.now() if at is None else at
    return desk(workspace.applications(), workspace.steps(), now, workspace.zone())


def accept_offer(workspace: Workspace, app_id: str, *, confirmed: bool = False) -> list[Application]:
    """Record the acceptance of ``app_id``'s offer and close every other open process (one letter
    each to send); returns the applications changed, the accepted one first. One write, one Undo.

    Raises SecondAcceptance (nothing saved) when another offer is already accepted and not ``confirmed``.
    """
    _known(workspace, app_id)
    changed = accept(workspace.applications(), app_id, workspace.now(), confirmed=confirmed)
    workspace.save_all(changed, UndoKind.DECIDE)
    return changed


def decline_offer(workspace: Workspace, app_id: str) -> Application:
    """Decline ``app_id``'s offer: it closes, with a gracious letter to send. Undoable."""
    app = _known(workspace, app_id)
    changed = decline(app, workspace.now())
    workspace.save_all([changed], UndoKind.DECIDE)
    return changed


def _known(workspace: Workspace, app_id: str) -> Application:
    app = workspace.application(app_id)
    if app is None:
        raise AfterviewError(translate("Offers", "That application is no longer in your data."))
    return app


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    unfilled: tuple[str, ...]


def draft(workspace: Workspace, step: Step, language: str) -> Draft | None:
    """The step's letter drafted from the standard template (or the user's own of that name) in
    ``language``, filled with what Afterview knows: the offer's deadline and the other process's
    decision day included. None when the application is gone or no template exists."""
    app = workspace.application(step.application_id)
    if app is None:
        return None
    kind = letter_for(step.kind)
    templates = TemplateLibrary(workspace).choices(kind, language)
    if not templates:
        return None
    interview = app.interview(step.interview_id) if step.interview_id else app.latest_interview()
    person = interview.interviewers[0] if interview and interview.interviewers else None
    deadline, other = letter_days(workspace.applications(), app, kind)
    topics = topics_from_notes(interview.notes) if interview else []
    values = placeholder_values(
        app, interview, person, my_name=workspace.settings().user_name, topic=topics[0] if topics else "",
        language=language, offer_deadline=deadline, other_decision_date=other,
    )  # fmt: skip
    subject, body = render(templates[0].subject, values), render(templates[0].body, values)
    return Draft(subject.text, body.text, tuple(dict.fromkeys(subject.unfilled + body.unfilled)))
