"""Contacts in the window: an interviewer's phone in the interview, refused with a message when it is
not a phone (keeping everything typed), and File › Export contacts writing them as vCards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from afterview.domain.model import Interviewer
from afterview.storage.repository import Store
from afterview.ui.editor import INTERVIEWER_FIELDS, ApplicationEditor, InterviewForm, new_application
from afterview.ui.forms import ErrorLabel
from afterview.ui.session import Session
from afterview.ui.transfer import Transfers
from tests.support.fakes import FakeDesktop


def _problems(editor: QWidget) -> list[str]:
    return [label.text() for label in editor.findChildren(ErrorLabel) if label.isVisibleTo(editor) and label.text()]


def _put(form: InterviewForm, field: str, text: str) -> None:
    """A cell of the first interviewer's row, as the table holds it once typed."""
    form.people.setItem(0, INTERVIEWER_FIELDS.index(field), QTableWidgetItem(text))


def _cell(form: InterviewForm, field: str) -> str:
    item = form.people.item(0, INTERVIEWER_FIELDS.index(field))
    return item.text() if item is not None else ""


def _type_without_leaving(form: InterviewForm, field: str, text: str) -> None:
    """Text typed into a cell whose editor is still open (the table does not hold it yet)."""
    form.people.setCurrentCell(0, INTERVIEWER_FIELDS.index(field))
    form.people.edit(form.people.currentIndex())
    [cell] = [line for line in form.people.viewport().findChildren(QLineEdit) if line.isVisible()]
    cell.setText(text)
    assert _cell(form, field) != text


def _editor(qtbot: QtBot, session: Session) -> ApplicationEditor:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_typed_phone_is_checked_kept_and_saved(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = _editor(qtbot, session)
    qtbot.keyClicks(editor.company, "Acme")
    form = editor.forms[0]
    [add] = [found for found in form.findChildren(QPushButton) if found.accessibleName() == "Add interviewer"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert form.people.rowCount() == 1
    _put(form, "name", "Ana Ruiz")
    _put(form, "email", "ana@acme.example")
    _put(form, "phone", "call me at noon")

    editor.save()
    assert any("'call me at noon' is not a phone number" in text for text in _problems(editor))
    assert store.applications() == []  # nothing saved, and nothing typed is gone
    assert [_cell(form, field) for field in ("name", "email", "phone")] == [
        "Ana Ruiz",
        "ana@acme.example",
        "call me at noon",
    ]
    assert editor.company.text() == "Acme"

    _put(form, "phone", "+34 600 123 456")
    assert not any("phone" in text for text in _problems(editor))  # the message went with the change
    editor.save()
    [saved] = store.applications()
    assert saved.interviews[0].interviewers[0].phone == "+34 600 123 456"
    again = ApplicationEditor(session, session.editable_copy(saved.id) or saved, FakeDesktop(), is_new=False)
    qtbot.addWidget(again)
    assert _cell(again.forms[0], "phone") == "+34 600 123 456"


def test_a_phone_still_being_typed_when_saving_is_kept(qtbot: QtBot, session: Session, store: Store) -> None:
    # Ctrl+S saves without leaving the cell: what is typed there is not in the table until it is left.
    editor = _editor(qtbot, session)
    editor.company.setText("Acme")
    form = editor.forms[0]
    form._add_person(Interviewer("Ana Ruiz"))
    _type_without_leaving(form, "phone", "call me")
    editor.save()  # what Ctrl+S does
    assert any("'call me' is not a phone number" in text for text in _problems(editor))
    assert _cell(form, "phone") == "call me" and store.applications() == []
    _type_without_leaving(form, "phone", "+34 600 123 456")
    editor.save()
    [saved] = store.applications()
    assert saved.interviews[0].interviewers[0].phone == "+34 600 123 456"


def test_export_contacts_writes_every_interviewer_as_a_vcard(
    qtbot: QtBot, session: Session, store: Store, tmp_path: Path
) -> None:
    app = new_application(session)
    app.company = "Acme"
    app.interviews[0].interviewers = [
        Interviewer("Ana Ruiz", "Jefa de equipo", "ana@acme.example", "+34 600 123 456"),
        Interviewer("Luis Gil", "CTO", "luis@acme.example", "+34 600 000 111"),
    ]
    session.save(app)
    parent = QWidget()
    qtbot.addWidget(parent)
    desktop, told = FakeDesktop(), list[str]()
    desktop.files = [str(tmp_path / "people")]
    assert Transfers(parent, session, desktop, told.append).export_contacts()
    written = (tmp_path / "people.vcf").read_bytes()
    assert written.count(b"BEGIN:VCARD") == 2
    assert b"TEL;TYPE=WORK,VOICE:+34 600 123 456\r\n" in written
    assert told == [f"Exported 2 contacts to {tmp_path / 'people.vcf'}."]
    assert (tmp_path / "people.vcf").stat().st_mode & 0o777 == 0o600
    assert Path(desktop.suggested[0]).name == "afterview-contacts-2026-11-25.vcf"  # "contacts" is translated
