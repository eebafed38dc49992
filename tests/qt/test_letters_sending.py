"""Handing a letter to the desktop: Email… and Open LinkedIn profile say what happened only when it
is known, and otherwise put the letter on the clipboard and say what to do if nothing opened; the
real desktop backend reads the opener's exit on Linux. Also: the letter editor's lists in the
user's language, short topics from the notes, and the sent line and file names per interviewer."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from afterview import i18n, translations
from afterview.core.templates import TemplateLibrary
from afterview.domain.model import Application, LetterKind
from afterview.ui import desktop as desktop_module
from afterview.ui.desktop import Opening, QtDesktop
from afterview.ui.letters import kind_labels
from afterview.ui.session import Session
from afterview.ui.templates_dialog import TemplatesDialog
from tests.support.builders import application
from tests.support.fakes import FakeDesktop
from tests.support.letter_editor import editor_for


def saved_app(
    session: Session, notes: str = "We talked about the migration to dbt. The team is growing."
) -> Application:
    app = application("2026-11-24T10:00", people=2)
    app.company = "Núñez Analytics"
    app.interviews[0].notes = notes
    ana, luis = app.interviews[0].interviewers
    ana.email, luis.email = "ana@nunez.example", "luis@nunez.example"
    ana.linkedin_url = "https://www.linkedin.com/in/anaruiz"
    session.save(app)
    return app


@pytest.fixture
def spanish() -> Iterator[None]:
    assert translations.use("es") == "es"
    assert i18n.language() == "es"
    yield
    translations.use("en")


# --- Email… and Open LinkedIn profile ---------------------------------------------------------------


def test_email_says_opened_only_when_a_mail_program_took_it(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop(opens=Opening.OPENED)
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, desktop)
    editor.email()
    assert editor.status.text() == "Opened in your mail program. Come back to mark it as sent."


def test_email_that_nothing_opened_says_so_and_copies_the_letter(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop(opens=Opening.FAILED)
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, desktop)
    editor.email()
    assert len(desktop.urls) == 1
    assert desktop.clipboard == editor.body.toPlainText()
    assert "Opened" not in editor.status.text()
    assert "No mail program opened it" in editor.status.text() and "clipboard" in editor.status.text()


def test_email_the_desktop_cannot_vouch_for_copies_the_letter_and_says_what_to_do(
    qtbot: QtBot, session: Session
) -> None:
    desktop = FakeDesktop(opens=Opening.UNSURE)
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, desktop)
    editor.email()
    assert desktop.clipboard == editor.body.toPlainText()
    assert "Opened" not in editor.status.text()
    assert "If nothing opened" in editor.status.text() and "clipboard" in editor.status.text()


@pytest.mark.parametrize(
    ("opening", "said", "not_said"),
    [
        (Opening.OPENED, "Profile opened in your browser", "If nothing opened"),
        (Opening.FAILED, "could not be opened", "Profile opened"),
        (Opening.UNSURE, "If nothing opened", "Profile opened"),
    ],
)
def test_open_linkedin_profile_says_opened_only_when_it_is_known(
    qtbot: QtBot, session: Session, opening: Opening, said: str, not_said: str
) -> None:
    desktop = FakeDesktop(opens=opening)
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.LINKEDIN_NOTE, desktop)
    editor.open_profile()
    assert desktop.urls == ["https://www.linkedin.com/in/anaruiz"]
    assert desktop.clipboard == editor.body.toPlainText()
    assert said in editor.status.text() and not_said not in editor.status.text()
    if opening is not Opening.OPENED:
        assert "https://www.linkedin.com/in/anaruiz" in editor.status.text()  # where to go by hand


# --- the real desktop on Linux: the opener's exit says whether anything opened -----------------------


@pytest.fixture
def opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A stand-in xdg-open, alone on the PATH: its script is written by each test."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setattr("sys.platform", "linux")
    called: list[QUrl] = []

    def qt_opens(url: QUrl) -> bool:
        called.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", qt_opens)
    yield folder / "xdg-open"
    assert called == [] or not (folder / "xdg-open").exists()  # Qt is asked only without an opener


def write_opener(path: Path, script: str) -> None:
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_an_opener_that_succeeds_opened_it(opener: Path, tmp_path: Path) -> None:
    record = tmp_path / "asked"
    write_opener(opener, f'printf "%s" "$1" > {record}; exit 0')
    assert QtDesktop().open_url("mailto:ana@nunez.example?subject=Hola") is Opening.OPENED
    assert record.read_text() == "mailto:ana@nunez.example?subject=Hola"


@pytest.mark.parametrize("code", [1, 2, 3, 4])
def test_an_opener_that_fails_opened_nothing(opener: Path, code: int) -> None:
    write_opener(opener, f"exit {code}")  # xdg-open: 3 no tool found, 4 the action failed
    assert QtDesktop().open_url("mailto:ana@nunez.example") is Opening.FAILED


def test_an_opener_that_stays_running_is_not_known_to_have_opened_it(
    opener: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_opener(opener, "exec /bin/sleep 2")  # some openers run the program they start, until it closes
    monkeypatch.setattr(desktop_module, "OPENER_WAIT", 0.2)
    assert QtDesktop().open_url("https://www.linkedin.com/in/anaruiz") is Opening.UNSURE
    [running] = desktop_module._still_running  # kept, to be reaped once it ends
    running.kill()
    running.wait()


def test_without_an_opener_qt_is_asked_and_cannot_vouch_for_it(opener: Path) -> None:
    assert not opener.exists()
    assert QtDesktop().open_url("https://www.linkedin.com/in/anaruiz") is Opening.UNSURE


def test_a_bundled_app_starts_the_opener_with_the_computers_libraries(
    opener: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "library path"
    write_opener(opener, f'printf "%s" "$LD_LIBRARY_PATH" > "{record}"')
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/afterview/_internal")  # a PyInstaller bundle sets these
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert QtDesktop().open_url("mailto:ana@nunez.example") is Opening.OPENED
    assert record.read_text() == "/usr/local/lib"
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/afterview/_internal"  # the app's own is untouched


# --- the editor's lists in the user's language ------------------------------------------------------


def test_the_language_lists_name_the_languages_in_spanish(qtbot: QtBot, session: Session, spanish: None) -> None:
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, FakeDesktop())
    assert [editor.language.itemText(index) for index in range(editor.language.count())] == ["Inglés", "Español"]
    dialog = TemplatesDialog(editor.library, LetterKind.THANK_YOU, "es", kind_labels(), FakeDesktop(), editor)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(index) for index in range(dialog.language.count())] == ["Inglés", "Español"]


def test_deleting_your_copy_of_the_standard_template_by_its_spanish_name_deletes_it(
    qtbot: QtBot, session: Session, spanish: None
) -> None:
    library = TemplateLibrary(session.workspace)
    dialog = TemplatesDialog(library, LetterKind.THANK_YOU, "es", kind_labels(), FakeDesktop())
    qtbot.addWidget(dialog)
    assert dialog.name.currentText() == "Estándar"
    dialog.body.setPlainText("Gracias, {interviewer_first_name}.\n{my_name}")
    dialog.save()
    assert session.workspace.user_templates() != {}
    dialog.delete_template()
    assert session.workspace.user_templates() == {}  # gone, not only said to be
    assert dialog.name.currentText() == "Estándar"
    assert "Gracias, {interviewer_first_name}." not in dialog.body.toPlainText()  # the standard text is back
    assert "Estándar" in dialog.status.text()


# --- topics and names in the letters ---------------------------------------------------------------------


def test_the_topics_offered_are_short_and_the_note_names_the_chosen_one(
    qtbot: QtBot, session: Session, spanish: None
) -> None:
    app = saved_app(session, notes="Hablamos de la migración a dbt. Comentamos el panel de bajas, que usan a diario.")
    app.interviews[0].interviewers[0].name = "María José Pérez"
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    assert [editor.topic.itemText(index) for index in range(editor.topic.count())] == [
        "la migración a dbt",
        "el panel de bajas",
    ]
    editor.topic.setCurrentIndex(0)
    assert editor.redraft()
    note = editor.body.toPlainText()
    assert note.startswith("Hola, María José.") and "sobre la migración a dbt." in note
    assert len(note.strip()) <= 200


# --- what is shown per interviewer ----------------------------------------------------------------------


def test_the_sent_line_is_not_shown_for_another_interviewers_saved_draft(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, desktop)
    editor.person.setCurrentIndex(1)
    editor.body.setPlainText("Dear Luis, thank you.")
    assert editor.save_draft()  # Luis's letter: a saved draft, not sent
    editor.person.setCurrentIndex(0)
    # No gap left: marked sent without a question.
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the migration to dbt"))
    assert editor.mark_sent()
    assert editor.status.text().startswith("Sent on")
    editor.person.setCurrentIndex(1)
    assert editor.status.text() == "" and editor.body.toPlainText() == "Dear Luis, thank you."
    assert editor.buttons["sent"].text() == "Mark as sent" and not editor.body.isReadOnly()


def test_save_as_text_proposes_each_interviewers_own_file_name(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.LINKEDIN_NOTE, desktop)
    for index in range(editor.person.count()):
        editor.person.setCurrentIndex(index)
        assert not editor.save_text()  # the chooser is cancelled
    assert [Path(name).name for name in desktop.suggested] == [
        "núñez-analytics-linkedin-invitation-note-ana-ruiz.txt",
        "núñez-analytics-linkedin-invitation-note-luis-gil.txt",
    ]
