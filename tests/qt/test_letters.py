"""The letter editor driven as a user would: draft, edit, send your way, mark sent; and templates
that cannot hurt."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from afterview.core.templates import TemplateLibrary
from afterview.domain.letters import Template, TemplateError
from afterview.domain.model import Application, FollowUpKind, FollowUpState, LetterKind
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.letters import LetterEditor
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.letter_editor import editor_for


def saved_app(session: Session, people: int = 3) -> Application:
    app = application("2026-11-24T10:00", people=people)
    app.company = "Núñez Analytics"
    app.interviews[0].notes = "We talked about the migration to dbt. The team is growing."
    for person, email in zip(
        app.interviews[0].interviewers, ("ana@nunez.example", "luis@nunez.example", "mei@nunez.example"), strict=False
    ):
        person.email = email
    app.interviews[0].interviewers[0].linkedin_url = "https://www.linkedin.com/in/anaruiz"
    session.save(app)
    return app


def messages(editor: LetterEditor) -> list[str]:
    return [editor.checks.item(row).text() for row in range(editor.checks.count())]


def test_draft_edit_copy_and_mark_sent_completes_the_thank_you(qtbot: QtBot, session: Session, store: Store) -> None:
    app = saved_app(session)
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, desktop)
    body = editor.body.toPlainText()
    assert "Ana" in body
    assert "Lucía Pérez" in body  # the user's name from Settings
    editor.topic.setCurrentText("the migration to dbt")
    editor.redraft()
    assert "the migration to dbt" in editor.body.toPlainText()
    editor.body.appendPlainText("P.S. Thank you for the coffee.")
    qtbot.mouseClick(editor.buttons["copy"], __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert desktop.clipboard.endswith("P.S. Thank you for the coffee.")
    editor.mark_sent()
    [stored] = store.applications()
    [letter] = stored.interviews[0].letters
    assert (letter.kind, letter.interviewer_id, letter.sent_at) == (
        LetterKind.THANK_YOU,
        app.interviews[0].interviewers[0].id,
        session.now(),
    )
    assert letter.body.endswith("P.S. Thank you for the coffee.")
    thanks = {s.interviewer_id: s.state for s in session.steps_for(app.id) if s.kind is FollowUpKind.THANK_YOU}
    assert thanks[letter.interviewer_id] is FollowUpState.DONE
    assert list(thanks.values()).count(FollowUpState.PENDING) == 2


def test_each_interviewer_gets_a_personal_draft_kept_separately(qtbot: QtBot, session: Session, store: Store) -> None:
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    bodies = []
    for index, person in enumerate(app.interviews[0].interviewers):
        editor.person.setCurrentIndex(index)
        assert person.name.split()[0] in editor.body.toPlainText()
        editor.body.appendPlainText(f"Note for {person.name}")
        bodies.append(editor.body.toPlainText())
    editor.save_draft()
    [stored] = store.applications()
    drafts = {letter.interviewer_id: letter.body for letter in stored.interviews[0].letters}
    assert [drafts[p.id] for p in app.interviews[0].interviewers] == bodies
    assert all(letter.sent_at is None for letter in stored.interviews[0].letters)


def test_identical_letters_to_two_interviewers_are_flagged(qtbot: QtBot, session: Session) -> None:
    app = saved_app(session, people=2)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.person.setCurrentIndex(1)  # Luis's draft, made from the same template as Ana's
    editor.update_checks()
    assert any("Same as your letter to Ana Ruiz" in text for text in messages(editor))


def test_a_linkedin_note_over_the_limit_is_flagged_but_can_still_be_sent(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    assert any(text.startswith("✓") and "of 200 characters" in text for text in messages(editor))
    editor.body.setPlainText("x" * 250)
    editor.update_checks()
    assert "⚠ 250 of 200 characters allowed in a LinkedIn note" in messages(editor)
    assert editor.mark_sent()
    [stored] = store.applications()
    assert stored.interviews[0].letters[-1].sent_at is not None


def test_email_opens_the_mail_client_with_everything_encoded(qtbot: QtBot, session: Session) -> None:
    app = saved_app(session)
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, desktop)
    editor.subject.setText("Gracias — entrevista & próximos pasos?")
    editor.body.setPlainText("Hola Ana,\nQ&A: ¿qué sigue?\nUn saludo")
    editor.email()
    [url] = desktop.urls
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "ana@nunez.example")
    query = parse_qs(parts.query)
    assert query["subject"] == ["Gracias — entrevista & próximos pasos?"]
    assert query["body"] == ["Hola Ana,\r\nQ&A: ¿qué sigue?\r\nUn saludo"]


def test_open_linkedin_profile_puts_the_note_on_the_clipboard(qtbot: QtBot, session: Session) -> None:
    app = saved_app(session)
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, desktop)
    editor.open_profile()
    assert desktop.urls == ["https://www.linkedin.com/in/anaruiz"]
    assert desktop.clipboard == editor.body.toPlainText()
    editor.person.setCurrentIndex(1)  # no profile recorded
    editor.open_profile()
    assert len(desktop.urls) == 1
    assert "No LinkedIn address recorded" in editor.status.text()


def test_pdf_export_holds_the_letter(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.subject.setText("Thank you")
    editor.body.setPlainText("Dear Ana,\nThank you for your time today.\nLucía")
    target = tmp_path / "letter.pdf"
    assert editor.export_pdf(str(target))
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert text.startswith("Thank you Dear Ana, Thank you for your time today. Lucía")


def test_save_as_text(qtbot: QtBot, session: Session, tmp_path: Path, paths: AppPaths) -> None:
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.CHECK_IN_EMAIL, FakeDesktop())
    target = tmp_path / "check-in.txt"
    assert editor.save_text(str(target))
    assert target.read_text(encoding="utf-8") == editor.full_text()
    assert not editor.save_text(str(paths.data_dir / "x.txt"))  # never into the data folder
    assert "data folder" in editor.status.text()


def test_sending_a_check_in_email_completes_the_check_in(
    qtbot: QtBot, session: Session, store: Store, qt_clock: FakeClock
) -> None:
    app = saved_app(session)
    qt_clock.current = qt_clock.current.replace(month=12, day=4)  # the first check-in is due on Dec 3
    editor = editor_for(qtbot, session, app, LetterKind.CHECK_IN_EMAIL, FakeDesktop())
    assert editor.mark_sent()
    [first, second] = [s for s in session.steps_for(app.id) if s.kind is FollowUpKind.CHECK_IN]
    assert first.state is FollowUpState.DONE
    assert second.is_open


def test_drafts_survive_a_restart(
    qtbot: QtBot, session: Session, store: Store, paths: AppPaths, qt_clock: FakeClock
) -> None:
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.FEEDBACK_REQUEST, FakeDesktop())
    editor.body.setPlainText("My own words")
    editor.close()  # closing with changes keeps the draft
    store.close()
    with Store.open(paths, qt_clock) as reopened:
        [stored] = reopened.applications()
        assert [(letter.kind, letter.body) for letter in stored.interviews[0].letters] == [
            (LetterKind.FEEDBACK_REQUEST, "My own words")
        ]


def test_hostile_or_broken_templates_are_refused_or_skipped(session: Session, store: Store) -> None:
    library = TemplateLibrary(store)
    for hostile in ("{0.__class__}", "{company.__init__}", "{company!r}", "{position[0]}", "Hello {"):
        with pytest.raises(TemplateError):
            library.save(Template(LetterKind.THANK_YOU, "en", "", hostile, "Mine"))
    store.save_user_templates(
        {"thank_you/en/Broken": "Dear {0.__class__.__mro__}", "thank_you/en/Good": "Hi {interviewer_first_name}"}
    )
    names = [template.name for template in library.choices(LetterKind.THANK_YOU, "en")]
    assert names == ["Standard", "Good"]


def test_a_user_template_can_replace_the_standard_one(qtbot: QtBot, session: Session, store: Store) -> None:
    TemplateLibrary(store).save(
        Template(LetterKind.LINKEDIN_NOTE, "en", "", "Thanks {interviewer_first_name}! {my_name}", "Standard")
    )
    app = saved_app(session)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    assert editor.body.toPlainText().strip() == "Thanks Ana! Lucía Pérez"


def test_the_templates_dialog_saves_valid_templates_only(qtbot: QtBot, session: Session, store: Store) -> None:
    from afterview.ui.letters import KIND_LABELS
    from afterview.ui.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(TemplateLibrary(store), LetterKind.LINKEDIN_NOTE, "es", KIND_LABELS, FakeDesktop())
    qtbot.addWidget(dialog)
    assert "{interviewer_first_name}" in dialog.body.toPlainText()  # the standard Spanish note, as a template
    dialog.body.setPlainText("Hola {interviewer_first_name}, {secret.__dict__}")
    dialog.save()
    assert "is not a placeholder Afterview knows" in dialog.error.text()
    assert store.user_templates() == {}
    dialog.body.setPlainText("¡Gracias, {interviewer_first_name}! {my_name}")
    dialog.save()
    assert store.user_templates() == {"linkedin_note/es/Standard": "¡Gracias, {interviewer_first_name}! {my_name}"}
    dialog.delete_template()
    assert store.user_templates() == {}


# --- no edit dropped, no text replaced unasked --------------------------------------------------


def shown_editor(qtbot: QtBot, session: Session, desktop: FakeDesktop, kind: LetterKind) -> LetterEditor:
    editor = editor_for(qtbot, session, saved_app(session), kind, desktop)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def type_at_end(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_enter_in_the_subject_never_redrafts(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = shown_editor(qtbot, session, desktop, LetterKind.THANK_YOU)
    type_at_end(qtbot, editor.body, "P.S. my own words")
    type_at_end(qtbot, editor.subject, " again")
    qtbot.keyClick(editor.subject, Qt.Key.Key_Return)
    assert editor.body.toPlainText().endswith("P.S. my own words")
    assert editor.isVisible() and desktop.questions == []
    assert not any(button.isDefault() or button.autoDefault() for button in editor.findChildren(QPushButton))


def test_a_redraft_over_edits_asks_and_ctrl_z_brings_the_text_back(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = shown_editor(qtbot, session, desktop, LetterKind.THANK_YOU)
    type_at_end(qtbot, editor.subject, " and more")
    type_at_end(qtbot, editor.body, "P.S. my own words")
    edited = (editor.subject.text(), editor.body.toPlainText())
    editor.redraft_button.setFocus()
    qtbot.keyClick(editor.redraft_button, Qt.Key.Key_Space)  # "keep my text"
    assert desktop.questions == ["Replace your edited letter with a fresh draft?"]
    assert (editor.subject.text(), editor.body.toPlainText()) == edited
    desktop.replace_answers = [True]
    qtbot.keyClick(editor.redraft_button, Qt.Key.Key_Space)
    assert "P.S. my own words" not in editor.body.toPlainText()
    assert "Ctrl+Z" in editor.status.text()
    qtbot.keyClick(editor.redraft_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (editor.subject.text(), editor.body.toPlainText()) == edited


def test_ctrl_z_in_the_letter_itself_undoes_a_redraft(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = shown_editor(qtbot, session, desktop, LetterKind.THANK_YOU)
    type_at_end(qtbot, editor.body, "P.S. my own words")
    edited = editor.body.toPlainText()
    desktop.replace_answers = [True]
    assert editor.redraft()
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == edited


def test_another_template_never_silently_replaces_edited_text(qtbot: QtBot, session: Session, store: Store) -> None:
    TemplateLibrary(store).save(Template(LetterKind.THANK_YOU, "en", "Thanks", "Hi {interviewer_first_name}!", "Short"))
    desktop = FakeDesktop()
    editor = shown_editor(qtbot, session, desktop, LetterKind.THANK_YOU)
    type_at_end(qtbot, editor.body, "P.S. my own words")
    edited = editor.body.toPlainText()
    editor.template.setFocus()
    qtbot.keyClick(editor.template, Qt.Key.Key_Down)  # to "Short": the fake user keeps their text
    assert len(desktop.questions) == 1
    assert editor.body.toPlainText() == edited
    assert editor.template.currentText() == "Standard"  # the template the text came from
    desktop.replace_answers = [True]
    qtbot.keyClick(editor.template, Qt.Key.Key_Down)
    assert editor.body.toPlainText().strip() == "Hi Ana!"
    editor.undo_button.setFocus()
    qtbot.keyClick(editor.undo_button, Qt.Key.Key_Space)
    assert editor.body.toPlainText() == edited


def test_another_kind_keeps_the_edited_text_of_the_first(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = shown_editor(qtbot, session, desktop, LetterKind.THANK_YOU)
    type_at_end(qtbot, editor.body, "P.S. my own words")
    edited = editor.body.toPlainText()
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    assert editor.current_kind() is LetterKind.LINKEDIN_NOTE
    qtbot.keyClick(editor.kind, Qt.Key.Key_Up)
    assert editor.body.toPlainText() == edited
    assert desktop.questions == []


def test_a_sent_status_is_not_shown_for_another_interviewers_unsent_letter(qtbot: QtBot, session: Session) -> None:
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, FakeDesktop())
    editor.topic.setCurrentText("the migration to dbt")  # no gap left: marked sent without a question
    assert editor.redraft()
    assert editor.mark_sent()
    assert editor.status.text().startswith("Sent on")
    editor.person.setCurrentIndex(1)
    assert editor.status.text() == ""
    assert editor.buttons["sent"].text() == "Mark as sent"
    editor.person.setCurrentIndex(0)
    assert editor.status.text().startswith("Sent on")


def test_a_sent_letter_is_kept_as_sent(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = shown_editor(qtbot, session, FakeDesktop(), LetterKind.THANK_YOU)
    editor.topic.setCurrentText("the migration to dbt")
    assert editor.redraft()
    assert editor.mark_sent()
    sent = editor.body.toPlainText()
    type_at_end(qtbot, editor.body, "typed after sending")
    assert editor.body.isReadOnly() and editor.body.toPlainText() == sent
    assert not editor.redraft_button.isEnabled() and not editor.template.isEnabled()


# --- letter exports --------------------------------------------------------------------------------


def export_ways(editor: LetterEditor) -> dict[str, Callable[[str], bool]]:
    def print_to_file(path: str) -> bool:
        printer = QPrinter()
        printer.setOutputFileName(path)
        return editor.print_to(printer)

    return {"text": editor.save_text, "pdf": editor.export_pdf, "print to file": print_to_file}


@pytest.mark.parametrize("way", ["text", "pdf", "print to file"])
def test_a_letter_export_is_private_to_the_user(qtbot: QtBot, session: Session, tmp_path: Path, way: str) -> None:
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, FakeDesktop())
    target = tmp_path / f"letter.{way}"
    assert export_ways(editor)[way](str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF" if way != "text" else b"Thank you")
    assert editor.status.text() in (f"Saved {target}.", f"Exported {target}.")  # the whole path: where it is


@pytest.mark.parametrize("way", ["text", "pdf", "print to file"])
@pytest.mark.parametrize("where", ["data folder", "missing folder", "a folder", "full disk"])
def test_a_letter_export_that_cannot_be_written_says_so(
    qtbot: QtBot, session: Session, paths: AppPaths, tmp_path: Path, way: str, where: str
) -> None:
    if where == "full disk" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, FakeDesktop())
    (tmp_path / "folder").mkdir()
    target = {
        "data folder": paths.data_dir / "letter.out",
        "missing folder": tmp_path / "missing" / "letter.out",
        "a folder": tmp_path / "folder",
        "full disk": Path("/dev/full"),
    }[where]
    before = sorted(paths.data_dir.iterdir())
    assert not export_ways(editor)[way](str(target))
    assert editor.status.text().startswith("Not exported: cannot ")
    assert sorted(paths.data_dir.iterdir()) == before
    assert not (tmp_path / "missing").exists() and list((tmp_path / "folder").iterdir()) == []


def test_save_as_text_proposes_a_name_for_each_interviewer(qtbot: QtBot, session: Session) -> None:
    desktop = FakeDesktop()
    editor = editor_for(qtbot, session, saved_app(session), LetterKind.THANK_YOU, desktop)
    assert not editor.save_text()  # the chooser is cancelled
    editor.person.setCurrentIndex(1)
    assert not editor.save_text()
    assert [Path(name).name for name in desktop.suggested] == [
        "núñez-analytics-thank-you-letter-ana-ruiz.txt",
        "núñez-analytics-thank-you-letter-luis-gil.txt",
    ]


def test_a_file_name_typed_without_an_extension_gets_the_one_it_is_written_in(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    app = application()
    session.save(app)
    desktop = FakeDesktop()
    editor = LetterEditor(session, app, app.interviews[0].id, LetterKind.THANK_YOU, desktop)
    qtbot.addWidget(editor)
    desktop.files = [str(tmp_path / "letter")]
    assert editor.export_pdf()
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
