"""No dialog drops work: each one, driven with the keyboard, asks before closing with changes
(Save / Discard / Keep editing), closes at once without them, and keeps or stores the text as told.
The settings page asks before Afterview ends with unsaved settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from afterview.core.templates import TemplateLibrary
from afterview.domain.model import Application, LetterKind, QuestionReview
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.desktop import QtDesktop, UnsavedChoice, unsaved_changes_box
from afterview.ui.editor import ApplicationEditor, new_application
from afterview.ui.guard import GuardedDialog
from afterview.ui.letters import LetterEditor, kind_labels
from afterview.ui.main_window import MainWindow
from afterview.ui.review import AssessmentDialog, OutcomeDialog
from afterview.ui.session import Session
from afterview.ui.templates_dialog import TemplatesDialog
from tests.support.builders import application
from tests.support.fakes import FakeClock, FakeDesktop

KEEP, SAVE, DISCARD = UnsavedChoice.KEEP_EDITING, UnsavedChoice.SAVE, UnsavedChoice.DISCARD


def stored(store: Store) -> Application:
    [app] = store.applications()
    return app


def shown(qtbot: QtBot, dialog: QWidget) -> None:
    """Shown and active, as on a desktop: keys and the focus go to it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type at the end of what the field holds."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


# --- the question itself ----------------------------------------------------------------------------


def press_in_next_box(qtbot: QtBot, key: Qt.Key) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_the_real_question_keeps_editing_on_escape_and_on_enter(qtbot: QtBot, key: Qt.Key) -> None:
    parent = QWidget()
    shown(qtbot, parent)
    press_in_next_box(qtbot, key)
    assert QtDesktop().ask_unsaved_changes(parent, "Edit Acme") is KEEP


def test_the_real_question_offers_save_discard_and_keep_editing(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box, answers = unsaved_changes_box(parent, "Edit Acme")
    assert sorted(button.text() for button in box.buttons()) == ["&Discard", "&Keep editing", "&Save"]
    assert answers[box.defaultButton()] is KEEP
    assert answers[box.escapeButton()] is KEEP
    assert box.windowTitle() == "Edit Acme"


# --- the dialogs over an application ----------------------------------------------------------------


@dataclass
class Case:
    """A dialog, how a user changes it, and how to see the change in the store."""

    open: Callable[[Session, Application, FakeDesktop], GuardedDialog]
    edit: Callable[[QtBot, QDialog], None]
    saved: Callable[[Application], bool]


def _edit_application(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, ApplicationEditor)
    type_into(qtbot, dialog.position, " (data)")


def _edit_review(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, AssessmentDialog)
    type_into(qtbot, dialog.went_well, "Clear answers about SQL")


def _edit_outcome(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, OutcomeDialog)
    dialog.choice.button(2).setFocus()
    qtbot.keyClick(dialog.choice.button(2), Qt.Key.Key_Space)  # "I was not selected"
    type_into(qtbot, dialog.lessons, "Prepare a case study")


def _reviewed(app: Application) -> bool:
    review = app.interviews[0].assessment
    return review is not None and review.went_well == "Clear answers about SQL"


CASES = {
    "edit application": Case(
        lambda session, app, desktop: ApplicationEditor(session, app, desktop, is_new=False),
        _edit_application,
        lambda app: app.position == "Analyst (data)",
    ),
    "review": Case(
        lambda session, app, desktop: AssessmentDialog(session, app, app.interviews[0].id, desktop),
        _edit_review,
        _reviewed,
    ),
    "outcome and lessons": Case(
        lambda session, app, desktop: OutcomeDialog(session, app, desktop),
        _edit_outcome,
        lambda app: app.lessons_learned == "Prepare a case study",
    ),
}


def open_case(qtbot: QtBot, session: Session, case: Case) -> tuple[GuardedDialog, FakeDesktop]:
    session.save(application())
    copy = session.editable_copy(session.applications()[0].id)
    assert copy is not None
    desktop = FakeDesktop()
    dialog = case.open(session, copy, desktop)
    shown(qtbot, dialog)
    return dialog, desktop


@pytest.mark.parametrize("name", CASES)
def test_escape_asks_and_keep_editing_keeps_the_text_then_save_stores_it(
    qtbot: QtBot, session: Session, store: Store, name: str
) -> None:
    case = CASES[name]
    dialog, desktop = open_case(qtbot, session, case)
    case.edit(qtbot, dialog)
    desktop.unsaved_answers = [KEEP]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(desktop.questions) == 1
    assert dialog.isVisible()
    assert dialog.has_changes()  # the text is still there
    assert not case.saved(stored(store))
    desktop.unsaved_answers = [SAVE]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert case.saved(stored(store))


@pytest.mark.parametrize("name", CASES)
def test_discard_drops_the_changes(qtbot: QtBot, session: Session, store: Store, name: str) -> None:
    case = CASES[name]
    dialog, desktop = open_case(qtbot, session, case)
    before = stored(store)
    case.edit(qtbot, dialog)
    desktop.unsaved_answers = [DISCARD]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored(store) == before


@pytest.mark.parametrize("name", CASES)
def test_an_unchanged_dialog_closes_at_once(qtbot: QtBot, session: Session, name: str) -> None:
    dialog, desktop = open_case(qtbot, session, CASES[name])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert desktop.questions == []


@pytest.mark.parametrize("name", CASES)
def test_the_cancel_button_and_the_windows_close_ask_too(qtbot: QtBot, session: Session, name: str) -> None:
    case = CASES[name]
    dialog, desktop = open_case(qtbot, session, case)
    case.edit(qtbot, dialog)
    [box] = dialog.findChildren(QDialogButtonBox)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    assert not dialog.close()  # the window's ×
    assert dialog.isVisible()
    assert len(desktop.questions) == 2


def test_a_refused_save_keeps_the_dialog_open_with_the_reasons(qtbot: QtBot, session: Session, store: Store) -> None:
    dialog, desktop = open_case(qtbot, session, CASES["edit application"])
    assert isinstance(dialog, ApplicationEditor)
    dialog.company.setFocus()
    dialog.company.selectAll()
    qtbot.keyClick(dialog.company, Qt.Key.Key_Delete)  # a company is required
    desktop.unsaved_answers = [SAVE]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "nothing was saved" in dialog.general_error.text()
    assert stored(store).company == "Acme"


def test_a_new_interview_with_only_its_date_changed_asks_too(qtbot: QtBot, session: Session, store: Store) -> None:
    desktop = FakeDesktop()
    editor = ApplicationEditor(session, new_application(session), desktop, is_new=True)
    shown(qtbot, editor)
    editor.forms[0].duration.setFocus()
    qtbot.keyClick(editor.forms[0].duration, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert desktop.questions == ["New interview"]
    assert editor.isVisible()


def test_a_cell_being_typed_in_counts_as_a_change(qtbot: QtBot, session: Session, store: Store) -> None:
    dialog, desktop = open_case(qtbot, session, CASES["review"])
    assert isinstance(dialog, AssessmentDialog)
    dialog.add_question(QuestionReview(""), edit=True)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.setText("Tell me about a conflict")  # typed, not yet committed to the table
    desktop.unsaved_answers = [SAVE]
    assert dialog.close()  # the window's ×
    review = stored(store).interviews[0].assessment
    assert review is not None and [q.question for q in review.questions] == ["Tell me about a conflict"]


# --- letter templates ------------------------------------------------------------------------------


@pytest.fixture
def templates(qtbot: QtBot, store: Store) -> tuple[TemplatesDialog, FakeDesktop]:
    desktop = FakeDesktop()
    dialog = TemplatesDialog(TemplateLibrary(store), LetterKind.THANK_YOU, "en", kind_labels(), desktop)
    shown(qtbot, dialog)
    return dialog, desktop


def test_templates_ask_before_closing_with_an_edited_template(
    qtbot: QtBot, templates: tuple[TemplatesDialog, FakeDesktop], store: Store
) -> None:
    dialog, desktop = templates
    type_into(qtbot, dialog.subject, " soon")
    desktop.unsaved_answers = [KEEP, SAVE]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.subject.text().endswith(" soon")
    assert store.user_templates() == {}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    [(key, _)] = store.user_templates().items()
    assert key == "thank_you/en/Standard"
    assert len(desktop.questions) == 2


def test_templates_discard_and_unchanged(
    qtbot: QtBot, templates: tuple[TemplatesDialog, FakeDesktop], store: Store
) -> None:
    dialog, desktop = templates
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: no question
    assert not dialog.isVisible() and desktop.questions == []
    dialog.show()
    type_into(qtbot, dialog.body, "P.S.")
    desktop.unsaved_answers = [DISCARD]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.user_templates() == {}


def test_picking_another_kind_with_an_edited_template_asks_first(
    qtbot: QtBot, templates: tuple[TemplatesDialog, FakeDesktop], store: Store
) -> None:
    dialog, desktop = templates
    type_into(qtbot, dialog.body, "My own ending")
    edited = dialog.body.toPlainText()
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # keep editing: the kind goes back, the text stays
    assert dialog.current()[0] is LetterKind.THANK_YOU
    assert dialog.body.toPlainText() == edited
    desktop.unsaved_answers = [SAVE]
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.current()[0] is not LetterKind.THANK_YOU
    assert store.user_templates()["thank_you/en/Standard"].endswith("My own ending")
    assert len(desktop.questions) == 2


# --- the letter editor -----------------------------------------------------------------------------


def letter_editor(qtbot: QtBot, session: Session, desktop: FakeDesktop) -> LetterEditor:
    session.save(application(people=2))
    copy = session.editable_copy(session.applications()[0].id)
    assert copy is not None
    editor = LetterEditor(session, copy, copy.interviews[0].id, LetterKind.THANK_YOU, desktop)
    shown(qtbot, editor)
    return editor


def letter_bodies(store: Store) -> dict[str | None, str]:
    return {letter.interviewer_id: letter.body for letter in stored(store).interviews[0].letters}


def test_closing_the_letter_editor_keeps_the_draft_without_asking(qtbot: QtBot, session: Session, store: Store) -> None:
    desktop = FakeDesktop()
    editor = letter_editor(qtbot, session, desktop)
    type_into(qtbot, editor.body, "P.S. thanks for the coffee")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert desktop.questions == []
    [body] = letter_bodies(store).values()
    assert body.endswith("P.S. thanks for the coffee")


def test_an_unchanged_letter_editor_closes_at_once_and_stores_nothing(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    desktop = FakeDesktop()
    editor = letter_editor(qtbot, session, desktop)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert desktop.questions == [] and letter_bodies(store) == {}


def test_a_letter_left_for_another_interviewer_is_kept_on_close(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = letter_editor(qtbot, session, FakeDesktop())
    ana, luis = (person.id for person in editor.interview.interviewers)
    type_into(qtbot, editor.body, "P.S. for Ana")
    editor.person.setFocus()
    qtbot.keyClick(editor.person, Qt.Key.Key_Down)  # on to Luis's letter, unchanged
    assert editor.current_person_id() == luis
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert letter_bodies(store)[ana].endswith("P.S. for Ana")


def test_when_the_draft_cannot_be_saved_closing_asks(
    qtbot: QtBot, session: Session, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop = FakeDesktop()
    editor = letter_editor(qtbot, session, desktop)
    type_into(qtbot, editor.body, "My words")

    def disk_full(app: Application) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session, "save", disk_full)
    desktop.unsaved_answers = [KEEP]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert editor.body.toPlainText().endswith("My words")
    assert "Not saved" in editor.status.text()
    desktop.unsaved_answers = [DISCARD]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert len(desktop.questions) == 2


# --- settings, when Afterview ends ----------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths) -> tuple[MainWindow, FakeDesktop]:
    desktop = FakeDesktop()
    main = MainWindow(session, paths.window_state_file, desktop)
    shown(qtbot, main)
    return main, desktop


def edit_user_name(qtbot: QtBot, main: MainWindow) -> QLineEdit:
    main.show_page(0)
    name = main.settings_page.editor("user_name")
    assert isinstance(name, QLineEdit)
    type_into(qtbot, name, " Garcia")
    return name


def test_closing_the_window_with_unsaved_settings_asks(
    qtbot: QtBot, window: tuple[MainWindow, FakeDesktop], session: Session
) -> None:
    main, desktop = window
    name = edit_user_name(qtbot, main)
    desktop.unsaved_answers = [KEEP, SAVE]
    assert not main.close()
    assert main.isVisible() and name.text() == "Lucía Pérez Garcia"
    assert main.pages.currentWidget() is main.settings_page  # shown, to see what is asked about
    assert session.settings().user_name == "Lucía Pérez"
    assert main.close()
    assert session.settings().user_name == "Lucía Pérez Garcia"
    assert desktop.questions == ["Settings", "Settings"]


def test_discarded_or_unchanged_settings_let_the_window_close(
    qtbot: QtBot, window: tuple[MainWindow, FakeDesktop], session: Session
) -> None:
    main, desktop = window
    assert main.close() and desktop.questions == []
    main.show()
    edit_user_name(qtbot, main)
    desktop.unsaved_answers = [DISCARD]
    assert main.close()
    assert session.settings().user_name == "Lucía Pérez"


def test_closing_the_window_settles_an_open_dialog_first(
    qtbot: QtBot, window: tuple[MainWindow, FakeDesktop], session: Session, store: Store
) -> None:
    main, desktop = window
    session.save(application())
    copy = session.editable_copy(store.applications()[0].id)
    assert copy is not None
    review = AssessmentDialog(session, copy, copy.interviews[0].id, desktop, parent=main)
    review.open()
    type_into(qtbot, review.went_well, "Clear answers about SQL")
    desktop.unsaved_answers = [KEEP]
    assert not main.close()
    assert review.isVisible() and main.isVisible()
    desktop.unsaved_answers = [SAVE]
    assert main.close()
    assert _reviewed(stored(store))


def test_quitting_from_the_tray_asks_about_unsaved_settings(
    qtbot: QtBot, window: tuple[MainWindow, FakeDesktop], session: Session, paths: AppPaths, qt_clock: FakeClock
) -> None:
    from afterview.core.reminder_source import WorkspaceReminderSource
    from afterview.reminders.loop import ReminderLoop
    from afterview.ui.tray import TrayController, app_icon
    from tests.support.reminders import Collector

    main, desktop = window
    source = WorkspaceReminderSource(session.workspace)
    loop = ReminderLoop(source, Collector(), qt_clock)
    tray = TrayController(session, lambda: main, loop, source, app_icon(), paths.window_state_file, print)
    tray.window.hide()  # in the tray
    edit_user_name(qtbot, main)
    tray.quit()  # the fake user keeps editing: Afterview does not end
    assert desktop.questions == ["Settings"]
    assert not tray.quitting
    assert main.isVisible()  # brought back, on the settings page
