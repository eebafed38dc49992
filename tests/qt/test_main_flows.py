"""The window driven as a user would: add an interview, act on Today, review, record a rejection,
delete and undo, and get clear messages for bad input with nothing saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QToolButton
from pytestqt.qtbot import QtBot

from afterview.domain.model import (
    Application,
    FollowUpKind,
    FollowUpState,
    Interviewer,
    InterviewKind,
    OutcomeKind,
    Stage,
)
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.desktop import UnsavedChoice
from afterview.ui.editor import ApplicationEditor, InterviewForm, new_application
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.review import AssessmentDialog, OutcomeDialog
from afterview.ui.session import Session
from tests.qt.conftest import MADRID
from tests.support.builders import application, local
from tests.support.dialogs import outcome_dialog_for
from tests.support.fakes import FakeClock, FakeDesktop


def add_interviewer(form: InterviewForm, name: str, email: str = "") -> None:
    from PySide6.QtWidgets import QPushButton, QTableWidgetItem

    [button] = [b for b in form.findChildren(QPushButton) if b.text() == "Add interviewer"]
    button.click()
    row = form.people.rowCount() - 1
    form.people.setItem(row, 0, QTableWidgetItem(name))
    form.people.setItem(row, 2, QTableWidgetItem(email))


def new_editor(qtbot: QtBot, session: Session) -> ApplicationEditor:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    # Typed as keystrokes where they are plain ASCII; QTest cannot synthesise keys for accents.
    editor.company.setText("Núñez Data S.L.")
    qtbot.keyClicks(editor.position, "Analista junior")
    form = editor.forms[0]
    form.day.setDate(QDate(2026, 11, 24))
    form.time.setTime(QTime(10, 0))
    form.zone.setCurrentText("Europe/Madrid")
    form.duration.setValue(45)
    return editor


def outcome_dialog(qtbot: QtBot, session: Session) -> tuple[Application, OutcomeDialog]:
    """A stored application (an interview on Tuesday 24 November) and its Outcome dialog, shown."""
    app = application("2026-11-24T10:00")
    return app, outcome_dialog_for(qtbot, session, app)


def test_add_an_interview_with_two_interviewers_and_see_its_follow_ups(
    qtbot: QtBot, window: MainWindow, session: Session, store: Store
) -> None:
    editor = new_editor(qtbot, session)
    add_interviewer(editor.forms[0], "Ana Ruiz", "ana@nunez.example")
    add_interviewer(editor.forms[0], "Omar Haddad")
    editor.decide_two_weeks.click()
    editor.save()
    assert editor.result() == ApplicationEditor.DialogCode.Accepted
    [saved] = store.applications()
    assert (saved.company, saved.position, saved.stage) == ("Núñez Data S.L.", "Analista junior", Stage.INTERVIEWING)
    interview = saved.interviews[0]
    assert interview.local_starts_at().isoformat() == "2026-11-24T10:00:00+01:00"
    assert [p.name for p in interview.interviewers] == ["Ana Ruiz", "Omar Haddad"]
    assert saved.decision_expected_on is not None and saved.decision_expected_on.isoformat() == "2026-12-08"
    texts = [row.accessibleName() for row in window.today.rows]
    assert any("thank-you letter to Ana Ruiz" in text for text in texts)
    assert any("thank-you letter to Omar Haddad" in text for text in texts)


def test_a_blank_company_and_a_bad_email_are_shown_and_nothing_is_saved(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    editor = new_editor(qtbot, session)
    editor.company.clear()
    add_interviewer(editor.forms[0], "Ana Ruiz", "ana@")
    editor.save()
    assert editor.result() != ApplicationEditor.DialogCode.Accepted
    assert store.count() == 0
    labels = [label.text() for label in editor.findChildren(type(editor.general_error)) if label.isVisibleTo(editor)]
    assert "Company is required." in labels
    assert any("'ana@' is not a valid email address" in text for text in labels)
    assert any("nothing was saved" in text for text in labels)


def test_mark_done_and_snooze_from_today(qtbot: QtBot, window: MainWindow, session: Session, store: Store) -> None:
    session.save(application("2026-11-24T10:00", people=1))
    rows = {row.step.kind: row for row in window.today.rows}
    qtbot.mouseClick(rows[FollowUpKind.THANK_YOU].buttons["done"], Qt.MouseButton.LeftButton)
    [stored] = store.applications()
    assert [(f.kind, f.state) for f in stored.follow_ups] == [(FollowUpKind.THANK_YOU, FollowUpState.DONE)]
    rows = {row.step.kind: row for row in window.today.rows}
    assert FollowUpKind.THANK_YOU not in rows
    snooze = rows[FollowUpKind.LINKEDIN].buttons["snooze"]
    assert isinstance(snooze, QToolButton)
    snooze_menu = snooze.menu()
    assert snooze_menu is not None
    [for_an_hour] = [a for a in snooze_menu.actions() if a.text() == "For an hour"]
    for_an_hour.trigger()
    [stored] = store.applications()
    snoozed = [f for f in stored.follow_ups if f.kind is FollowUpKind.LINKEDIN]
    assert snoozed[0].state is FollowUpState.SNOOZED
    assert snoozed[0].snoozed_until == datetime(2026, 11, 25, 11, 0, tzinfo=MADRID)
    assert "Snoozed" in [
        label.accessibleName().split(":")[0] for label in window.today.content.findChildren(type(window.today.heading))
    ]


def test_record_an_assessment_and_find_its_question_in_the_bank(
    qtbot: QtBot, window: MainWindow, session: Session, store: Store
) -> None:
    app = application("2026-11-24T10:00")
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    dialog = AssessmentDialog(session, copy, app.interviews[0].id, FakeDesktop())
    qtbot.addWidget(dialog)
    dialog.add_question(
        __import__("afterview.domain.model", fromlist=["QuestionReview"]).QuestionReview(
            "Why do you want to work here?"
        )
    )
    box = dialog.questions.cellWidget(0, 2)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(4)
    dialog.overall.setCurrentIndex(3)
    qtbot.keyClicks(dialog.to_improve, "Prepare a concrete example")
    dialog.complete.setChecked(True)
    dialog.save()
    [stored] = store.applications()
    review = stored.interviews[0].assessment
    assert review is not None
    assert (review.questions[0].question, review.questions[0].rating, review.overall_rating) == (
        "Why do you want to work here?",
        4,
        3,
    )
    assert review.completed_at == session.now()
    assert FollowUpKind.SELF_ASSESSMENT not in {row.step.kind for row in window.today.rows}
    window.show_page(PAGES.index("Question bank"))
    bank = window.question_bank
    texts = [bank.model.index(r, 0).data() for r in range(bank.model.rowCount())]
    assert "Why do you want to work here?" in texts


def test_record_a_rejection_and_write_lessons(qtbot: QtBot, session: Session, store: Store) -> None:
    app, dialog = outcome_dialog(qtbot, session)
    assert not dialog.lessons_panel.isVisible()
    dialog.choice.button(2).click()
    assert dialog.lessons_panel.isVisible()
    qtbot.keyClicks(dialog.lessons, "Research the team's product before the interview")
    qtbot.keyClicks(dialog.takeaways, "Good rapport with the lead")
    dialog.save()
    [stored] = store.applications()
    assert stored.stage is Stage.REJECTED
    assert stored.outcome is not None and stored.outcome.kind is OutcomeKind.REJECTED
    assert stored.lessons_learned == "Research the team's product before the interview"
    # Rejected the day of the interview: a gracious reply, feedback, and the letters kept as optional.
    open_steps = [s for s in session.steps_for(app.id) if s.is_open]
    assert {s.kind for s in open_steps} == {
        FollowUpKind.THANK_YOU, FollowUpKind.LINKEDIN, FollowUpKind.REJECTION_REPLY, FollowUpKind.FEEDBACK_REQUEST,
    }  # fmt: skip
    assert all(s.optional for s in open_steps if s.kind in (FollowUpKind.THANK_YOU, FollowUpKind.LINKEDIN))


def test_delete_with_confirmation_then_undo_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, session: Session, store: Store, desktop: FakeDesktop
) -> None:
    app = application()
    session.save(app)
    window.delete_application(app.id)
    assert store.count() == 1  # Cancel (what Escape gives) keeps it
    desktop.delete_answers = [True]
    window.delete_application(app.id)
    assert store.count() == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get(app.id) == app


def test_keyboard_shortcuts(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    session.save(application())
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.applications
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.applications
    assert window.applications.search.hasFocus()


def test_search_filters_the_applications(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    for company in ("Acme", "Globex", "Núñez"):
        app = application()
        app.company = company
        session.save(app)
    window.show_page(PAGES.index("Applications"))
    view = window.applications
    assert view.proxy.rowCount() == 3
    qtbot.keyClicks(view.search, "glob")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Globex"]
    assert view.count.text() == "1 of 3 applications"


def test_the_window_remembers_its_place(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    first = MainWindow(session, paths.window_state_file)
    qtbot.addWidget(first)
    first.show_page(PAGES.index("Insights"))
    first.close()
    assert paths.window_state_file.stat().st_mode & 0o777 == 0o600
    second = MainWindow(session, paths.window_state_file)
    qtbot.addWidget(second)
    assert second.pages.currentWidget() is second.insights


def test_first_run_welcome_offers_to_add_an_interview(window: MainWindow) -> None:
    assert "Welcome to Afterview" in window.today.heading.text()
    add = window.today.add_button
    assert add is not None and add.isVisible()


def test_every_control_has_an_accessible_name(window: MainWindow, session: Session) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    session.save(application(people=2))
    unnamed = []
    for page in range(len(PAGES)):
        window.show_page(page)
        page_widget = window.pages.currentWidget()
        assert page_widget is not None
        controls = [
            w for kind in (QAbstractButton, QLineEdit, QAbstractItemView) for w in page_widget.findChildren(kind)
        ]
        for widget in controls:
            # Parts of a composite control (a spin box's text field, a table's header) are named by
            # the control itself.
            if isinstance(widget, QHeaderView) or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QLineEdit)):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if widget.isVisibleTo(window) and not (widget.accessibleName() or text):
                unnamed.append(f"{PAGES[page]}: {type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == [], "\n".join(unnamed)


def test_draft_from_today_opens_the_letter_for_that_interviewer(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    from afterview.ui.letters import LetterEditor

    app = application("2026-11-24T10:00", people=2)
    session.save(app)
    rows = [row for row in window.today.rows if row.step.kind is FollowUpKind.THANK_YOU]
    luis_row = next(row for row in rows if row.step.interviewer_id == app.interviews[0].interviewers[1].id)
    assert "draft" in luis_row.buttons
    with qtbot.waitSignal(window.today.draft_step) as signal:
        qtbot.mouseClick(luis_row.buttons["draft"], Qt.MouseButton.LeftButton)
    editor = window.findChild(LetterEditor)
    assert editor is not None
    assert editor.current_person_id() == app.interviews[0].interviewers[1].id
    assert "Luis" in editor.body.toPlainText()
    assert signal.args[0].kind is FollowUpKind.THANK_YOU
    editor.reject()


# --- found by trying the app as a new user -------------------------------------------------------


def test_ctrl_s_while_typing_in_a_cell_keeps_what_was_typed(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = new_editor(qtbot, session)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    form = editor.forms[0]
    from PySide6.QtWidgets import QLineEdit, QPushButton

    [add] = [b for b in form.findChildren(QPushButton) if b.text() == "Add interviewer"]
    add.click()  # opens an editor in the new row's name cell
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    assert form.people.isAncestorOf(cell)
    cell.setText("Juergen Gross")  # typed, not yet committed to the table
    editor.save()  # what Ctrl+S does
    [saved] = store.applications()
    assert [person.name for person in saved.interviews[0].interviewers] == ["Juergen Gross"]


def test_a_quick_pick_replaces_an_earlier_quick_picks_words(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = new_editor(qtbot, session)
    editor.decide_two_weeks.click()
    editor.save()
    copy = session.editable_copy(store.applications()[0].id)
    assert copy is not None
    again = ApplicationEditor(session, copy, FakeDesktop(), is_new=False)
    qtbot.addWidget(again)
    again.decide_week.click()
    again.save()
    [saved] = store.applications()
    assert saved.decision_expected_on is not None
    assert (saved.decision_timeline, saved.decision_expected_on.isoformat()) == ("in 1 week", "2026-12-01")


def test_escape_on_a_filled_in_new_interview_asks_first(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = ApplicationEditor(session, new_application(session), desktop, is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.company, "Acme")
    desktop.unsaved_answers = [UnsavedChoice.KEEP_EDITING, UnsavedChoice.DISCARD]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert desktop.questions == ["New interview", "New interview"]


def test_recording_an_outcome_needs_a_choice(qtbot: QtBot, session: Session, store: Store) -> None:
    dialog = outcome_dialog_for(qtbot, session, application())
    dialog.save()
    assert "Choose what happened" in dialog.general_error.text()
    assert store.applications()[0].outcome is None


def test_a_rejection_keeps_the_letters_already_sent(session: Session) -> None:
    from afterview.domain.model import Letter, LetterKind, Outcome

    app = application("2026-11-24T10:00")
    person = app.interviews[0].interviewers[0]
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, person.id, sent_at=local("2026-11-24T15:00")))
    app.stage = Stage.REJECTED
    app.outcome = Outcome(OutcomeKind.REJECTED, local("2026-11-30T10:00"))
    session.save(app)
    steps = session.steps_for(app.id)
    assert (FollowUpKind.THANK_YOU, False) in [(step.kind, step.is_open) for step in steps]  # Insights counts it
    after = (FollowUpKind.LESSONS, FollowUpKind.FEEDBACK_REQUEST, FollowUpKind.REJECTION_REPLY)
    # Anything else still open is an optional letter that keeps the door open (LinkedIn, not yet lapsed).
    assert [step.kind for step in steps if step.is_open and step.kind not in after] == [FollowUpKind.LINKEDIN]
    assert all(step.optional for step in steps if step.is_open and step.kind not in after)


def test_application_buttons_need_a_selection(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    session.save(application())
    window.show_page(PAGES.index("Applications"))
    view = window.applications
    assert not any(button.isEnabled() for button in view.selection_buttons)
    view.table.selectRow(0)
    assert all(button.isEnabled() for button in view.selection_buttons)
    assert view.count.text() == "1 application"


def test_today_follows_the_clock(qtbot: QtBot, window: MainWindow, session: Session, qt_clock: FakeClock) -> None:
    session.save(application("2026-11-24T10:00"))
    before = {row.accessibleName() for row in window.today.rows}
    qt_clock.advance(hours=2)
    window._follow_the_clock()
    after = {row.accessibleName() for row in window.today.rows}
    assert before != after
    assert any("due in 20 h" in name for name in after) or any("late" in name for name in after)


def test_snooze_until_a_chosen_time_reads_it_in_the_users_zone(qtbot: QtBot, qt_clock: FakeClock) -> None:
    from PySide6.QtCore import QDateTime

    from afterview.ui.today import SnoozeDialog

    dialog = SnoozeDialog(qt_clock.now(), MADRID)  # 10:00 in Madrid
    qtbot.addWidget(dialog)
    assert dialog.when.dateTime().time().hour() == 13  # offered three hours later, Madrid time
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(18, 30)))
    assert dialog.chosen() == datetime(2026, 11, 25, 18, 30, tzinfo=MADRID)


def test_the_interview_editor_fits_a_small_screen(qtbot: QtBot, session: Session) -> None:
    editor = new_editor(qtbot, session)
    screen = editor.screen().availableGeometry()
    assert editor.height() <= screen.height()


def test_done_by_mistake_on_today_is_undone_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    session.save(application("2026-11-24T10:00"))
    rows = {row.step.kind: row for row in window.today.rows}
    qtbot.mouseClick(rows[FollowUpKind.THANK_YOU].buttons["done"], Qt.MouseButton.LeftButton)
    assert FollowUpKind.THANK_YOU not in {row.step.kind for row in window.today.rows}
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo done"
    window.undo_action.trigger()
    assert FollowUpKind.THANK_YOU in {row.step.kind for row in window.today.rows}
    assert not window.undo_action.isEnabled()


def test_an_offer_asks_for_its_deadline_and_plans_the_reply(qtbot: QtBot, session: Session, store: Store) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    app, dialog = outcome_dialog(qtbot, session)
    assert not dialog.offer_panel.isVisible()
    dialog.choice.button(1).click()  # "They made me an offer"
    assert dialog.offer_panel.isVisible() and not dialog.deadline.isEnabled()
    qtbot.keyClick(dialog.has_deadline, Qt.Key.Key_Space)
    dialog.deadline.setDate(QDate(2026, 12, 4))
    dialog.save()
    [stored] = store.applications()
    assert (stored.stage, stored.offer_deadline) == (Stage.OFFER, date(2026, 12, 4))
    [reply] = [step for step in session.steps_for(app.id) if step.kind is FollowUpKind.OFFER_REPLY]
    assert reply.deadline is not None and reply.deadline.astimezone(MADRID).date() == date(2026, 12, 4)


def test_the_outcome_dialog_stays_on_a_small_screen_when_the_lessons_open(qtbot: QtBot, session: Session) -> None:
    _, dialog = outcome_dialog(qtbot, session)
    dialog.choice.button(2).click()  # the lessons panel opens: the dialog grows
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().bottom() <= screen.bottom() and dialog.height() <= screen.height()


def test_a_new_rounds_kind_follows_its_name_and_people_until_chosen(qtbot: QtBot, session: Session) -> None:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    form = editor.forms[0]
    qtbot.keyClicks(form.round_name, "Phone screen")
    assert form.kind.currentData() == InterviewKind.SCREENING
    form.round_name.clear()
    qtbot.keyClicks(form.round_name, "Second round")
    for _ in range(3):
        form._add_person(Interviewer("Someone"))
    assert form.kind.currentData() == InterviewKind.PANEL  # three people: a panel
    form.kind.setCurrentIndex(form.kind.findData(InterviewKind.FINAL))
    form.kind.activated.emit(form.kind.currentIndex())  # the user's own choice
    qtbot.keyClicks(form.round_name, " (screening)")
    assert form.kind.currentData() == InterviewKind.FINAL  # no longer second-guessed
    assert form.collect().kind is InterviewKind.FINAL
