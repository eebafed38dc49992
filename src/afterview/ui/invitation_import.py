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
    from afterview.ui.desktop import Desktop
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
    editor = ApplicationEditor(session, applied.app, desktop, is_new=applied.is_new, parent=parent)
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
