"""Importing a calendar invitation: the use case behind ``afterview import invite.ics``, the File
menu's Import calendar invitation… and an .ics dropped on the window.

:func:`prepare` reads the file and works out what it makes of the data without writing anything
(the window shows that in the interview editor, for the user to save or cancel);
:func:`import_invitation` saves it at once (the command line). Either way a file that cannot
become an interview raises one :class:`AfterviewError` naming the file and the reason, and
nothing is changed. The user's own address, learned from the first invitation that names them,
is kept in the "My email addresses" setting so they are never listed as their own interviewer.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterview.clock import system_zone_name
from afterview.core.workspace import Workspace
from afterview.domain.calendar import resolve_zone
from afterview.domain.invitations import Applied, InvitationError, RoundChange, apply_invitation, learned_address
from afterview.domain.model import ValidationError
from afterview.domain.settings import Settings
from afterview.errors import AfterviewError
from afterview.i18n import QT_TRANSLATE_NOOP, short_date_time, translate
from afterview.interchange.invitation import read_invitation

CHANGE_WORDS = {
    RoundChange.ADDED: QT_TRANSLATE_NOOP("Invitations", "added"),
    RoundChange.MOVED: QT_TRANSLATE_NOOP("Invitations", "moved"),
    RoundChange.UPDATED: QT_TRANSLATE_NOOP("Invitations", "updated"),
    RoundChange.CANCELLED: QT_TRANSLATE_NOOP("Invitations", "cancelled: no follow-ups for it"),
}


@dataclass
class Prepared:
    """What an invitation makes of the data, not yet saved, and the settings to save with it
    (None when they stay as they are)."""

    applied: Applied
    settings: Settings | None


def prepare(workspace: Workspace, payload: bytes, name: str) -> Prepared:
    """Read the invitation in ``payload`` (from the file ``name``) against the data; writes nothing."""
    settings = workspace.settings()
    try:
        invitation = read_invitation(payload, settings.time_zone or system_zone_name())
        learned = learned_address(invitation, settings.user_name, settings.my_emails)
        applied = apply_invitation(invitation, workspace.applications(), learned or settings.my_emails, workspace.now())
    except InvitationError as error:
        raise _refusal(name, str(error)) from None
    return Prepared(applied, settings.with_values(my_emails=learned) if learned else None)


def import_invitation(workspace: Workspace, payload: bytes, name: str) -> Prepared:
    """Read the invitation and save what it makes (and the user's address, once learned)."""
    prepared = prepare(workspace, payload, name)
    try:
        prepared.applied.app.validate()
    except ValidationError as error:
        raise _refusal(name, error.summary()) from None
    workspace.save(prepared.applied.app)
    if prepared.settings is not None:
        workspace.save_settings(prepared.settings)
    return prepared


def _refusal(name: str, reason: str) -> AfterviewError:
    reason = reason.strip()
    if reason and reason[-1] not in ".!?":
        reason += "."
    return AfterviewError(
        translate("Invitations", "cannot import {name}: {reason} Nothing was changed.").format(name=name, reason=reason)
    )


def summary_lines(applied: Applied) -> list[str]:
    """What was made, for the command line: the application, then one line per round touched."""
    app = applied.app
    heading = (
        translate("Invitations", "New application: {title}.")
        if applied.is_new
        else translate("Invitations", "Updated {title}.")
    ).format(title=app.title)
    lines = [heading]
    for interview, change in applied.rounds:
        local = interview.starts_at.astimezone(resolve_zone(interview.time_zone))
        people = ", ".join(
            f"{person.name} <{person.email}>" if person.email else person.name for person in interview.interviewers
        )
        lines.append(
            translate("Invitations", "  {when} {zone}, {minutes} min, {place}; {people} ({change})").format(
                when=short_date_time(local),
                zone=interview.time_zone,
                minutes=interview.duration_minutes,
                place=interview.location or translate("Invitations", "no place given"),
                people=people or translate("Invitations", "no interviewers named"),
                change=translate("Invitations", CHANGE_WORDS[change]),
            )
        )
    return lines
