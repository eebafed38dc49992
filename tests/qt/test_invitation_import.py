"""File › Import calendar invitation… and an .ics dropped on the window open the interview editor
filled in from the invitation; nothing is saved until the user saves; a bad file is explained.

The session's user is Lucía Pérez in Madrid (tests/qt/conftest.py); the fixtures are the unit
tests' hand-written invitations (Google Calendar, Outlook/Exchange …).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from afterview.domain.model import Application, InterviewFormat, Stage
from afterview.paths import AppPaths
from afterview.ui.desktop import UnsavedChoice
from afterview.ui.editor import ApplicationEditor
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from tests.support.cli import FIXTURES
from tests.support.fakes import FakeDesktop

INVITATIONS = FIXTURES / "invitations"


class EditorSpy:
    """Stands in for the editor's modal run: records each editor, then saves or cancels it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, save: bool) -> None:
        self.editors: list[ApplicationEditor] = []
        self.save = save
        monkeypatch.setattr(ApplicationEditor, "exec", lambda editor: self.run(editor))

    def run(self, editor: ApplicationEditor) -> int:
        self.editors.append(editor)
        if self.save:
            editor.save()
            return editor.result()
        editor.reject()
        return QDialog.DialogCode.Rejected.value


def menu_action(window: MainWindow, text: str) -> QAction:
    [action] = [action for action in window.findChildren(QAction) if action.text().replace("&", "") == text]
    return action


def people(editor: ApplicationEditor) -> list[tuple[str, str]]:
    table = editor.forms[0].people
    cells = [[table.item(row, column) for column in (0, 2)] for row in range(table.rowCount())]
    return [(name.text(), email.text()) for name, email in cells if name is not None and email is not None]


def test_the_menu_opens_new_interview_filled_in_and_cancel_saves_nothing(
    window: MainWindow, session: Session, desktop: FakeDesktop, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = paths.data_file.read_bytes()
    spy = EditorSpy(monkeypatch, save=False)
    desktop.files = [str(INVITATIONS / "google.ics")]
    menu_action(window, "Import calendar invitation…").trigger()
    [editor] = spy.editors
    assert editor.windowTitle() == "New interview"
    assert (editor.company.text(), editor.position.text()) == ("Acme", "Junior analyst")
    form = editor.forms[0]
    assert form.day.date().toPython() == date(2026, 12, 2)
    assert form.time.time().toString("HH:mm") == "10:00"
    assert form.zone.currentText() == "Europe/Madrid"
    assert form.duration.value() == 45
    assert form.format.currentData() == InterviewFormat.VIDEO
    assert form.location.text() == "https://meet.google.com/abc-defg-hij"
    # Lucía herself (the user) is not her own interviewer.
    assert people(editor) == [("Ana Ruiz", "ana.ruiz@acme.example"), ("Marc Soler", "marc.soler@acme.example")]
    assert session.applications() == []
    assert session.settings().my_emails == ""
    assert paths.data_file.read_bytes() == before


def test_saving_the_reviewed_invitation_keeps_its_uid_and_learns_the_users_address(
    window: MainWindow, session: Session, desktop: FakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    EditorSpy(monkeypatch, save=True)
    desktop.files = [str(INVITATIONS / "outlook.ics")]
    assert window.import_invitation()
    [app] = session.applications()
    assert (app.company, app.position) == ("Globex", "Analista junior")
    [interview] = app.interviews
    assert interview.calendar_uid.startswith("040000008200E00074C5B7101A82E008")
    assert (interview.time_zone, interview.format) == ("Europe/Paris", InterviewFormat.IN_PERSON)
    assert session.settings().my_emails == "lucia.perez@gmail.com"
    assert session.steps_for(app.id)


def test_the_same_invitation_moved_opens_the_stored_application_with_the_new_time(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EditorSpy(monkeypatch, save=True)
    assert window.import_invitation(str(INVITATIONS / "google.ics"))
    assert window.import_invitation(str(INVITATIONS / "google_moved.ics"))
    editor = spy.editors[-1]
    assert editor.windowTitle() == "Edit Acme — Junior analyst"
    [app] = session.applications()
    [interview] = app.interviews
    assert interview.local_starts_at().strftime("%Y-%m-%d %H:%M") == "2026-12-03 12:00"


def note(editor: ApplicationEditor) -> str:
    label = editor.findChild(QLabel, "invitationNote")
    assert label is not None and label.isVisibleTo(editor)
    return label.text()


def test_a_moved_invitation_says_what_moved_and_escape_asks_before_dropping_it(
    window: MainWindow, session: Session, desktop: FakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EditorSpy(monkeypatch, save=True)
    assert window.import_invitation(str(INVITATIONS / "google.ics"))
    assert "Read from the calendar invitation google.ics: check the details" in note(spy.editors[-1])
    spy.save = False  # now Escape: the editor asks, and the user discards
    desktop.unsaved_answers = [UnsavedChoice.DISCARD]
    assert not window.import_invitation(str(INVITATIONS / "google_moved.ics"))
    editor = spy.editors[-1]
    assert "Moved from Wed 02 Dec 2026, 10:00 to Thu 03 Dec 2026, 12:00." in note(editor)
    assert desktop.questions == [editor.windowTitle()]  # asked, not silently dropped
    [app] = session.applications()
    assert app.interviews[0].local_starts_at().strftime("%Y-%m-%d %H:%M") == "2026-12-02 10:00"


def test_the_same_invitation_again_says_nothing_changed_and_closes_without_asking(
    window: MainWindow, session: Session, desktop: FakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EditorSpy(monkeypatch, save=True)
    assert window.import_invitation(str(INVITATIONS / "google.ics"))
    spy.save = False
    assert not window.import_invitation(str(INVITATIONS / "google.ics"))
    assert note(spy.editors[-1]) == "google.ics is already in your data: nothing changed."
    assert desktop.questions == []


def test_another_position_at_a_company_already_followed_is_said(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    globex = Application("Globex", "Data analyst", Stage.INTERVIEWING)
    session.save(globex)
    spy = EditorSpy(monkeypatch, save=False)
    window.import_invitation(str(INVITATIONS / "outlook.ics"))
    assert "You already have Globex — Data analyst; this is a different position." in note(spy.editors[-1])


def test_a_cancellation_opens_the_application_with_that_round_marked_cancelled(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EditorSpy(monkeypatch, save=True)
    assert window.import_invitation(str(INVITATIONS / "google.ics"))
    assert window.import_invitation(str(INVITATIONS / "google_cancel.ics"))
    assert spy.editors[-1].rounds.tabText(0) == "Round 1 (cancelled)"
    [app] = session.applications()
    assert app.interviews[0].cancelled
    assert session.steps_for(app.id) == []


def drag_data(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_an_ics_dropped_on_the_window_opens_the_editor(
    qtbot: QtBot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = EditorSpy(monkeypatch, save=False)
    mime = drag_data(INVITATIONS / "teams.ics")
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(spy.editors) == 1)
    assert spy.editors[0].company.text() == "Initech"
    assert spy.editors[0].forms[0].location.text().startswith("https://teams.microsoft.com/l/meetup-join/")
    assert session.applications() == []


def test_other_files_dragged_over_the_window_are_not_taken(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    mime = drag_data(other)  # kept: the event only points to it
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("recurring.ics", "'Weekly sync – Umbrella' is a recurring event"),
        ("unknown_zone.ics", "a time zone that does not exist: 'Mars Standard Time'"),
        ("empty.ics", "the file is empty."),
        ("no_event.ics", "the file holds no calendar event"),
    ],
)
def test_a_bad_file_is_explained_and_nothing_is_saved(
    window: MainWindow,
    session: Session,
    desktop: FakeDesktop,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    reason: str,
) -> None:
    before = paths.data_file.read_bytes()
    spy = EditorSpy(monkeypatch, save=True)
    desktop.files = [str(INVITATIONS / name)]
    assert not window.import_invitation()
    [message] = desktop.problems
    assert message.startswith(f"Cannot import {name}: ") and reason in message
    assert message.endswith("Nothing was changed.")
    assert spy.editors == []
    assert paths.data_file.read_bytes() == before
