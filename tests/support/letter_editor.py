"""Opening the letter editor on a stored application, for the Qt tests of letters."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterview.domain.model import Application, LetterKind
from afterview.ui.letters import LetterEditor
from afterview.ui.session import Session
from tests.support.fakes import FakeDesktop


def editor_for(
    qtbot: QtBot, session: Session, app: Application, kind: LetterKind, desktop: FakeDesktop
) -> LetterEditor:
    """The editor on an editable copy of ``app``, at its first interview, as the window opens it."""
    copy = session.editable_copy(app.id)
    assert copy is not None
    editor = LetterEditor(session, copy, app.interviews[0].id, kind, desktop)
    qtbot.addWidget(editor)
    return editor
