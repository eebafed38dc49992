"""File › Import calendar invitation… and a calendar invitation (.ics) dropped on the main window.

Both read the file through the core (``core/invitations.py``, the same reading as ``afterview
import invite.ics``) and open the interview editor filled in from it, for the user to review: a
new application ("New interview"), or the one that already holds the invitation's rounds. Nothing
is saved until they save; Cancel keeps the data as it was. A file that cannot become an interview
is explained in a message box, and nothing is saved. Light at start: the window installs the drop
handler before its first paint, so the editor and the core load only when a file comes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QWidget

from afterview.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from afterview.domain.invitations import Applied
    from afterview.ui.desktop import Desktop
    from afterview.ui.editor import ApplicationEditor
    from afterview.ui.session import Session

ICS_FILTER = QT_TRANSLATE_NOOP("Invitations", "Calendar invitation (*.ics);;All files (*)")
ICS_SUFFIXES = (".ics", ".ical")


def choose_and_import(parent: QWidget, session: Session, desktop: Desktop) -> bool:
    """File › Import calendar invitation…: pick a file, then as :func:`import_file`."""
    path = desktop.choose_file_to_open(
        parent, translate("Invitations", "Import a calendar invitation"), translate("Invitations", ICS_FILTER)
    )
    return import_file(parent, session, desktop, path) if path else False


def import_file(parent: QWidget, session: Session, desktop: Desktop, path: str) -> bool:
    """Open the interview editor filled in from the invitation at ``path``; True once saved."""
    from afterview.core.invitations import prepare
    from afterview.errors import AfterviewError
    from afterview.interchange.files import read_import
    from afterview.ui.editor import ApplicationEditor

    name = Path(path).name
    try:
        prepared = prepare(session.workspace, read_import(path, None), name)
    except AfterviewError as error:
        message = str(error)
        desktop.show_problem(parent, message[:1].upper() + message[1:])
        return False
    applied = prepared.applied
    editor_class = ApplicationEditor if applied.unchanged else _imported_editor(ApplicationEditor)
    editor = editor_class(session, applied.app, desktop, is_new=applied.is_new, parent=parent)
    _add_note(editor, "\n".join(what_changed(applied, name)))
    for interview in applied.app.interviews:  # a cancelled round says so on its tab
        if interview.cancelled:
            index = applied.app.interviews.index(interview)
            editor.rounds.setTabText(
                index, translate("Invitations", "{round} (cancelled)").format(round=editor.rounds.tabText(index))
            )
    if applied.rounds:
        editor.rounds.setCurrentWidget(editor.forms[applied.app.interviews.index(applied.rounds[0][0])])
    if editor.exec() != QDialog.DialogCode.Accepted:
        return False
    learned = prepared.settings.my_emails if prepared.settings is not None else ""
    if learned and not session.settings().my_emails:  # the user's address, learned once
        session.save_settings(session.settings().with_values(my_emails=learned))
    return True


def what_changed(applied: Applied, name: str) -> list[str]:
    """The lines the editor shows above the form: where the details come from, what moved and
    what was cancelled, or that the invitation is already in the data."""
    from afterview.domain.calendar import resolve_zone
    from afterview.domain.invitations import RoundChange
    from afterview.i18n import short_date_time

    if applied.unchanged:
        return [translate("Invitations", "{file} is already in your data: nothing changed.").format(file=name)]
    lines = [
        translate("Invitations", "Read from the calendar invitation {file}: check the details, then save.").format(
            file=name
        )
    ]
    for other in applied.same_company:
        lines.append(
            translate("Invitations", "You already have {title}; this is a different position.").format(
                title=other.title
            )
        )
    for interview, change in applied.rounds:
        zone = resolve_zone(interview.time_zone)
        when = short_date_time(interview.starts_at.astimezone(zone))
        before = applied.moved_from.get(interview.id)
        if change is RoundChange.MOVED and before is not None:
            lines.append(
                translate("Invitations", "Moved from {before} to {after}.").format(
                    before=short_date_time(before.astimezone(zone)), after=when
                )
            )
        elif change is RoundChange.CANCELLED:
            lines.append(
                translate("Invitations", "The interview on {when} was cancelled: no follow-ups for it.").format(
                    when=when
                )
            )
    return lines


def _imported_editor(base: type[ApplicationEditor]) -> type[ApplicationEditor]:
    """The editor for what an invitation changes: unsaved until saved, so Escape or Cancel asks
    (Save, Discard, Keep editing) instead of dropping the change silently."""

    class ImportedEditor(base):  # type: ignore[valid-type, misc]
        def has_changes(self) -> bool:
            return True

    return ImportedEditor


def _add_note(editor: QWidget, text: str) -> None:
    """``text`` above the editor's fields (under its problems), as a plain note."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    general = getattr(editor, "general_error", None)
    body = general.parentWidget() if isinstance(general, QWidget) else None
    layout = body.layout() if body is not None else None
    if not text or not isinstance(general, QWidget) or not isinstance(layout, QVBoxLayout):
        return
    note = QLabel(text)
    note.setWordWrap(True)
    note.setObjectName("invitationNote")
    note.setAccessibleName(translate("Invitations", "About this invitation"))
    note.setFrameShape(QLabel.Shape.StyledPanel)
    note.setMargin(6)
    layout.insertWidget(layout.indexOf(general) + 1, note)


def invitation_paths(mime: QMimeData) -> list[str]:
    """The local .ics files among what is dragged."""
    if not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(ICS_SUFFIXES)
    ]


class InvitationDrops(QObject):
    """Takes .ics files dropped on ``window`` (any other drop is left alone) and hands the first
    to ``open_file`` once the drop is over (the editor is modal: not inside the drop)."""

    def __init__(self, window: QWidget, open_file: Callable[[str], object]) -> None:
        super().__init__(window)
        self.open_file = open_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if invitation_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            paths = invitation_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                QTimer.singleShot(0, self, lambda: self.open_file(paths[0]))
                return True
        return False
