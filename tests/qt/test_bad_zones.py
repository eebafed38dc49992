"""A region typed as a time zone ("Europe") is a field message in the window, and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from afterview.storage.repository import Store
from afterview.ui.editor import ApplicationEditor, new_application
from afterview.ui.session import Session
from afterview.ui.settings_page import SettingsPage
from tests.support.fakes import FakeDesktop


def test_the_interview_editor_shows_a_region_as_an_unknown_zone(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.company.setText("Acme")
    form = editor.forms[0]
    form.day.setDate(QDate(2026, 11, 24))
    form.time.setTime(QTime(10, 0))
    form.zone.setCurrentText("Europe")
    editor.save()
    assert editor.result() != ApplicationEditor.DialogCode.Accepted
    assert store.count() == 0
    labels = [label.text() for label in editor.findChildren(type(editor.general_error)) if label.isVisibleTo(editor)]
    assert any("'Europe' is not a known time zone" in text for text in labels), labels


def test_the_settings_page_shows_a_region_as_an_unknown_zone(qtbot: QtBot, session: Session, store: Store) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    before = store.settings()
    box = page.editor("time_zone")
    assert isinstance(box, QComboBox)
    box.setEditText("America")  # typing would open the completer popup, which offscreen cannot raise
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert store.settings() == before
    error = page.error_label("time_zone")
    assert error.isVisible() and "'America' is not a known time zone" in error.text()
