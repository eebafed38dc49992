"""Opening the app's dialogs on stored data, and answering its questions, for the Qt tests."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from afterview.domain.model import Application
from afterview.ui.review import AssessmentDialog, OutcomeDialog
from afterview.ui.session import Session
from tests.support.fakes import FakeDesktop


def outcome_dialog_for(qtbot: QtBot, session: Session, app: Application) -> OutcomeDialog:
    """``app`` stored, and the Outcome dialog on an editable copy of it, shown."""
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    dialog = OutcomeDialog(session, copy, FakeDesktop())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def review_dialog_for(qtbot: QtBot, session: Session, app: Application) -> AssessmentDialog:
    """``app`` stored, and the review of its first interview on an editable copy, shown."""
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    dialog = AssessmentDialog(session, copy, app.interviews[0].id, FakeDesktop())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer_next_box(qtbot: QtBot, reply: str, seen: list[QMessageBox]) -> None:
    """Answer the next question by a button's text, or by "Escape"; the box is kept in ``seen``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box)
        if reply == "Escape":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            [button] = [button for button in box.buttons() if button.text().replace("&", "") == reply]
            button.click()

    QTimer.singleShot(0, answer)
