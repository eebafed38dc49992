"""LinkedIn's quota in the window: Today's LinkedIn card and the letter editor say how many notes are
used; at the limit they offer the way without a note (the message, "Connected without a note"), which
never counts as a note; under the limit and with Premium they do not; the account is a setting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from afterview.domain.linkedin import quota
from afterview.domain.model import (
    Application,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    Stage,
)
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.letters import LetterEditor
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from afterview.ui.settings_page import SettingsPage
from afterview.ui.today import StepRow
from tests.support.builders import application, local
from tests.support.dialogs import answer_next_box
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.letter_editor import editor_for


def notes_sent(session: Session, clock: FakeClock, count: int, *, days_ago: int = 2) -> None:
    """An earlier process where ``count`` LinkedIn notes were marked sent ``days_ago`` days ago."""
    people = [Interviewer(f"Person {index}") for index in range(count)]
    interview = Interview(local("2026-10-01T10:00"), "Europe/Madrid", 45, interviewers=people)
    sent = clock.now() - timedelta(days=days_ago)
    interview.letters = [Letter(LetterKind.LINKEDIN_NOTE, person.id, body="Hi!", sent_at=sent) for person in people]
    session.save(Application("Old Co", stage=Stage.REJECTED, interviews=[interview]))


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths) -> MainWindow:
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    return main


def linkedin_row(window: MainWindow) -> StepRow:
    [row] = [row for row in window.today.rows if row.step.kind is FollowUpKind.LINKEDIN]
    assert row.quota_panel is not None
    return row


def open_editors() -> list[LetterEditor]:
    return [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, LetterEditor) and widget.isVisible()
    ]


def test_at_the_limit_the_card_offers_the_message_and_opens_it(
    qtbot: QtBot, window: MainWindow, session: Session, qt_clock: FakeClock
) -> None:
    notes_sent(session, qt_clock, 5)
    session.save(application("2026-11-24T10:00", people=1))
    row = linkedin_row(window)
    panel = row.quota_panel
    assert panel is not None
    assert panel.quota_line.text().startswith("5 of 5 LinkedIn notes used this month; the next frees up on ")
    assert panel.offers_no_note
    assert panel.no_note.isVisibleTo(row) and panel.without_button.isVisibleTo(row)
    assert "connect without a note, then send your thank-you as a message" in panel.no_note.text()
    assert "3 weeks" in panel.warning.text() and panel.warning.isVisibleTo(row)

    qtbot.mouseClick(panel.message_button, Qt.MouseButton.LeftButton)
    [editor] = open_editors()
    qtbot.addWidget(editor)
    assert editor.current_kind() is LetterKind.LINKEDIN_MESSAGE
    assert editor.body.toPlainText().startswith("Hi Ana,\n\nThank you for accepting my invitation")
    assert editor.current_person_id() == linkedin_row(window).step.interviewer_id
    # A message, not a note: no character limit among the checks.
    assert not any("characters allowed" in check.message for check in editor.found_checks)
    editor.close()


def test_connected_without_a_note_completes_the_step_and_counts_no_note(
    qtbot: QtBot, window: MainWindow, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    notes_sent(session, qt_clock, 5)
    app = application("2026-11-24T10:00", people=1)
    session.save(app)
    panel = linkedin_row(window).quota_panel
    assert panel is not None
    qtbot.mouseClick(panel.without_button, Qt.MouseButton.LeftButton)
    stored = store.get(app.id)
    assert stored is not None
    assert [(f.kind, f.state) for f in stored.follow_ups] == [(FollowUpKind.LINKEDIN, FollowUpState.DONE)]
    assert not any(letter.kind is LetterKind.LINKEDIN_NOTE for letter in stored.interviews[0].letters)
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 5
    assert not [row for row in window.today.rows if row.step.kind is FollowUpKind.LINKEDIN]
    assert [row.step.kind for row in window.today.done_rows] == [FollowUpKind.LINKEDIN]


@pytest.mark.parametrize(
    ("sent", "days_ago", "premium", "line"),
    [
        (4, 2, False, "4 of 5 LinkedIn notes used this month"),
        (5, 31, False, "0 of 5 LinkedIn notes used this month"),  # older than 30 days: not counted
        (12, 2, True, "Premium: notes of up to 300 characters, no monthly limit"),
    ],
)
def test_under_the_limit_and_with_premium_the_card_offers_no_other_way(
    window: MainWindow, session: Session, qt_clock: FakeClock, sent: int, days_ago: int, premium: bool, line: str
) -> None:
    if premium:
        session.save_settings(session.settings().with_values(linkedin_account="premium"))
    notes_sent(session, qt_clock, sent, days_ago=days_ago)
    session.save(application("2026-11-24T10:00", people=1))
    row = linkedin_row(window)
    panel = row.quota_panel
    assert panel is not None
    assert panel.quota_line.text() == line and panel.quota_line.isVisibleTo(row)
    assert not panel.offers_no_note
    assert not panel.no_note.isVisibleTo(row) and not panel.message_button.isVisibleTo(row)


def test_other_cards_carry_no_quota(window: MainWindow, session: Session, qt_clock: FakeClock) -> None:
    notes_sent(session, qt_clock, 5)
    session.save(application("2026-11-24T10:00", people=1))
    others = [row for row in window.today.rows if row.step.kind is not FollowUpKind.LINKEDIN]
    assert others and all(row.quota_panel is None for row in others)


def test_the_editor_at_the_limit_turns_the_note_into_the_message_which_sent_counts_no_note(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    notes_sent(session, qt_clock, 5)
    app = application("2026-11-24T10:00", people=1)
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    editor.show()
    panel = editor.quota_panel
    assert panel.isVisibleTo(editor) and panel.offers_no_note
    assert panel.without_button.isVisibleTo(editor)  # as on Today's card
    # Under the choices, across the editor's width: the way without a note and the warning, whole.
    assert "connect without a note, then send your thank-you as a message" in panel.no_note.text()
    assert panel.no_note.isVisibleTo(editor) and panel.warning.isVisibleTo(editor)
    assert "up to 3 weeks" in panel.warning.text()
    assert panel.no_note_part.width() > editor.checks.width()
    qtbot.mouseClick(panel.message_button, Qt.MouseButton.LeftButton)
    assert editor.current_kind() is LetterKind.LINKEDIN_MESSAGE
    assert "Thank you for accepting my invitation" in editor.body.toPlainText()
    assert not panel.warning.isVisibleTo(editor)
    assert panel.isVisibleTo(editor) and not editor.quota_panel.offers_no_note  # the quota line stays
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the data team"))  # no gap: no question
    assert editor.mark_sent()
    stored = store.get(app.id)
    assert stored is not None
    assert [letter.kind for letter in stored.interviews[0].letters if letter.sent_at] == [LetterKind.LINKEDIN_MESSAGE]
    [step] = [step for step in session.steps_for(app.id) if step.kind is FollowUpKind.LINKEDIN]
    assert step.state is FollowUpState.DONE
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 5


def test_the_editor_under_the_limit_shows_the_count_and_premium_allows_300_characters(
    qtbot: QtBot, session: Session, qt_clock: FakeClock
) -> None:
    notes_sent(session, qt_clock, 3)
    app = application("2026-11-24T10:00", people=1)
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    editor.show()
    assert editor.quota_panel.quota_line.text() == "3 of 5 LinkedIn notes used this month"
    assert not editor.quota_panel.offers_no_note
    assert any(check.message.endswith("of 200 characters allowed in a LinkedIn note") for check in editor.found_checks)
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.THANK_YOU.value))
    assert not editor.quota_panel.isVisibleTo(editor)

    session.save_settings(session.settings().with_values(linkedin_account="premium"))
    premium = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    premium.show()
    assert any(check.message.endswith("of 300 characters allowed in a LinkedIn note") for check in premium.found_checks)
    assert premium.quota_panel.quota_line.text().startswith("Premium")


def test_the_account_is_chosen_on_the_settings_page(qtbot: QtBot, session: Session, store: Store) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    box = page.editor("linkedin_account")
    assert isinstance(box, QComboBox) and not box.isEditable()
    assert [box.itemText(row) for row in range(box.count())] == ["Free", "Premium (300 characters, unlimited notes)"]
    assert box.currentData() == "free"
    box.setCurrentIndex(box.findData("premium"))
    notes = page.editor("linkedin_free_notes")
    notes.setFocus()
    assert page.save()
    assert store.settings().linkedin_account == "premium"
    assert store.settings().linkedin_free_notes == 5


def offers_no_note(editor: LetterEditor) -> bool:
    """The way without a note in the editor, said in full."""
    hinted = editor.quota_panel.no_note.isVisibleTo(editor)
    assert hinted is editor.quota_panel.offers_no_note
    return hinted


def test_the_editor_follows_the_interviewer_the_note_left_is_kept_for(
    qtbot: QtBot, session: Session, qt_clock: FakeClock
) -> None:
    notes_sent(session, qt_clock, 4)  # one note left
    app = application("2026-11-24T10:00", people=2)
    ana, luis = app.interviews[0].interviewers
    luis.title = "Head of Data"  # a decision-maker: the note left is his
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    editor.show()
    assert editor.current_person_id() == ana.id
    assert editor.quota_panel.quota_line.text() == "4 of 5 LinkedIn notes used this month"
    assert offers_no_note(editor)
    editor.person.setCurrentIndex(editor.person.findData(luis.id))
    assert not offers_no_note(editor)
    editor.person.setCurrentIndex(editor.person.findData(ana.id))
    assert offers_no_note(editor)


# --- marking a note sent over the month's notes ----------------------------------------------------


def note_at_the_limit(qtbot: QtBot, session: Session, qt_clock: FakeClock) -> tuple[Application, LetterEditor]:
    """A free account allowed 1 note a month, which was sent; a note for Ana drafted, with no gap."""
    session.save_settings(session.settings().with_values(linkedin_free_notes=1))
    notes_sent(session, qt_clock, 1)
    app = application("2026-11-24T10:00", people=1)
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    editor.body.setPlainText("Hi Ana, thank you for your time today. I would be glad to stay in touch. Lucía")
    return app, editor


def test_a_note_over_the_month_s_notes_is_not_marked_sent_without_a_question(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    _, editor = note_at_the_limit(qtbot, session, qt_clock)
    seen: list[QMessageBox] = []
    answer_next_box(qtbot, "Escape", seen)
    assert not editor.mark_sent()
    [box] = seen
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text().replace("&", "") == "Keep editing"
    assert "1 of 1 LinkedIn notes used this month" in box.text()
    assert {button.text().replace("&", "") for button in box.buttons()} == {
        "Connected without a note", "Mark the note sent", "Keep editing",
    }  # fmt: skip
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 1
    assert editor.letter is not None and editor.letter.sent_at is None


def test_connected_without_a_note_from_the_question_completes_the_invitation_and_counts_no_note(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    app, editor = note_at_the_limit(qtbot, session, qt_clock)
    answer_next_box(qtbot, "Connected without a note", [])
    assert not editor.mark_sent()
    [step] = [step for step in session.steps_for(app.id) if step.kind is FollowUpKind.LINKEDIN]
    assert step.state is FollowUpState.DONE
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 1
    assert "connected without a note" in editor.status.text()


def test_a_note_sent_anyway_is_counted_and_never_reads_two_of_one(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    _, editor = note_at_the_limit(qtbot, session, qt_clock)
    answer_next_box(qtbot, "Mark the note sent", [])
    assert editor.mark_sent()
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 2
    line = editor.quota_panel.quota_line.text()
    assert line.startswith("No LinkedIn notes left this month (2 sent, 1 allowed)")
    assert "2 of 1" not in line


def test_the_editor_offers_connected_without_a_note_as_today_does(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    app, editor = note_at_the_limit(qtbot, session, qt_clock)
    editor.show()
    panel = editor.quota_panel
    assert panel.without_button.isVisibleTo(editor) and panel.message_button.isVisibleTo(editor)
    qtbot.mouseClick(panel.without_button, Qt.MouseButton.LeftButton)
    [step] = [step for step in session.steps_for(app.id) if step.kind is FollowUpKind.LINKEDIN]
    assert step.state is FollowUpState.DONE
    assert not panel.without_button.isVisibleTo(editor)  # done: nothing left to mark
    stored = store.get(app.id)
    assert stored is not None and not any(letter.sent_at for letter in stored.interviews[0].letters)
    assert quota(store.applications(), store.settings(), qt_clock.now()).used == 1
