"""What is typed into a table's cell that is still open when the dialog saves (Ctrl+S saves without
leaving the cell) is kept: the review's answers, like the interviewers' phones (test_contacts.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from afterview.domain.model import Assessment, QuestionReview
from afterview.ui.review import AssessmentDialog
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.dialogs import review_dialog_for


def review(qtbot: QtBot, session: Session) -> AssessmentDialog:
    """The review of a stored interview with one question answered."""
    app = application("2026-11-24T10:00")
    app.interviews[0].assessment = Assessment([QuestionReview("Why us?", "Your open-data mission.")])
    return review_dialog_for(qtbot, session, app)


def test_an_answer_still_being_typed_when_saving_is_kept(qtbot: QtBot, session: Session) -> None:
    dialog = review(qtbot, session)
    dialog.questions.setCurrentCell(0, 1)
    dialog.questions.edit(dialog.questions.currentIndex())
    [cell] = [line for line in dialog.questions.viewport().findChildren(QLineEdit) if line.isVisible()]
    cell.setText("Your open-data mission, and the team's talks at PyData")
    assert dialog.store()  # what Ctrl+S does
    [saved] = session.applications()
    assessment = saved.interviews[0].assessment
    assert assessment is not None
    assert assessment.questions[0].answer == "Your open-data mission, and the team's talks at PyData"
