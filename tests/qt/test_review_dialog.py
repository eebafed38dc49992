"""The interview review: Tab goes from a question's rating on to what to improve, the ratings show
whole, and a long position shows whole in the header, in English and Spanish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from afterview.domain.model import Assessment, QuestionReview
from afterview.ui.review import AssessmentDialog
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.dialogs import review_dialog_for
from tests.support.fakes import FakeDesktop

LONG_POSITION = "Graduate data analyst for finance, operations and the customer insight team (12-month contract)"


ONE_QUESTION = (QuestionReview("Why us?", "Your open-data mission."),)


def review(
    qtbot: QtBot, session: Session, position: str = "Analyst", questions: tuple[QuestionReview, ...] = ONE_QUESTION
) -> AssessmentDialog:
    app = application("2026-11-24T10:00", people=2)
    app.position = position
    app.interviews[0].assessment = Assessment(list(questions)) if questions else None
    dialog = review_dialog_for(qtbot, session, app)
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_tab_from_a_rating_goes_on_to_what_to_improve(qtbot: QtBot, session: Session) -> None:
    dialog = review(qtbot, session)
    rating = dialog.questions.cellWidget(0, 2)
    assert isinstance(rating, QComboBox)
    answer = dialog.questions.item(0, 1)
    assert answer is not None
    dialog.questions.setCurrentItem(answer)
    dialog.questions.editItem(answer)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the answer, on to its rating
    assert QApplication.focusWidget() is rating
    qtbot.keyClick(rating, Qt.Key.Key_Down)  # a rating chosen with the keyboard: "1 · poor"
    assert rating.currentIndex() == 1
    qtbot.keyClick(rating, Qt.Key.Key_Tab)
    typing_in = QApplication.focusWidget()
    assert isinstance(typing_in, QLineEdit) and dialog.questions.isAncestorOf(typing_in)
    qtbot.keyClicks(typing_in, "Name one project")
    qtbot.keyClick(typing_in, Qt.Key.Key_Tab)  # the row's last cell: Tab leaves the table
    assert rating.currentIndex() == 1  # nothing typed went into the rating
    [saved] = dialog.collect().interviews[0].assessment.questions  # type: ignore[union-attr]
    assert (saved.rating, saved.to_improve) == (1, "Name one project")
    focused = QApplication.focusWidget()
    assert focused is not None and not dialog.questions.isAncestorOf(focused) and focused is not dialog.questions


def test_shift_tab_from_a_rating_goes_back_to_the_answer(qtbot: QtBot, session: Session) -> None:
    dialog = review(qtbot, session)
    rating = dialog.questions.cellWidget(0, 2)
    assert isinstance(rating, QComboBox)
    rating.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rating)
    qtbot.keyClick(rating, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    typing_in = QApplication.focusWidget()
    assert isinstance(typing_in, QLineEdit) and typing_in.text() == "Your open-data mission."


def test_the_ratings_and_a_long_position_show_whole(
    qtbot: QtBot, session: Session, language: str, desktop_font: None
) -> None:
    dialog = review(qtbot, session, LONG_POSITION, ())  # a new review
    for _ in range(2):
        dialog.add_question(QuestionReview(""))  # as "Add question" does, once the dialog is shown
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(1024, screen.width()), min(600, screen.height()))
    qtbot.wait(10)
    assert dialog.width() <= min(1024, screen.width())  # its minimum width is not wider
    for box in (dialog.questions.cellWidget(0, 2), dialog.questions.cellWidget(1, 2), dialog.overall):
        assert isinstance(box, QComboBox)
        for index in range(box.count()):
            box.setCurrentIndex(index)
            needed = box.fontMetrics().horizontalAdvance(box.currentText())
            assert box.width() >= box.sizeHint().width() and box.width() > needed, box.currentText()
    [header] = [label for label in dialog.findChildren(QLabel) if LONG_POSITION in label.text()]
    assert header.wordWrap() or header.width() >= header.sizeHint().width()
    assert header.height() >= header.heightForWidth(header.width()) if header.wordWrap() else True


def test_a_screening_call_is_reviewed_briefly_questions_and_rating(qtbot: QtBot, session: Session) -> None:
    from afterview.domain.model import InterviewKind
    from afterview.ui.review import AssessmentDialog

    app = application()
    app.interviews[0].kind = InterviewKind.SCREENING
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    dialog = AssessmentDialog(session, copy, copy.interviews[0].id, FakeDesktop())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.questions.isVisible() and dialog.overall.isVisible()
    assert not dialog.went_well.isVisible() and not dialog.to_improve.isVisible()
