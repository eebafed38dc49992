"""Afterview in Spanish: the whole add-an-interview → thank-you flow shows no English string."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from afterview import i18n, translations
from afterview.domain.model import FollowUpKind
from afterview.paths import AppPaths
from afterview.ui.editor import ApplicationEditor, new_application
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from tests.qt.ui_text import english_in, visible_texts
from tests.support.fakes import FakeDesktop


@pytest.fixture
def spanish() -> Iterator[None]:
    assert translations.use("es") == "es"
    yield
    translations.use("en")


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths, spanish: None) -> MainWindow:
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    return main


def all_menus_text(window: MainWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [item.text() for item in menu.actions() if item.text()]
    return texts


def test_the_add_interview_to_thank_you_flow_is_all_in_spanish(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    seen: list[str] = []
    add = window.today.add_button
    assert add is not None and "entrevista" in add.text()  # "Añade la entrevista que acabas de tener"
    seen += visible_texts(window) + all_menus_text(window)
    for page in range(window.pages.count()):
        window.show_page(page)
        seen += visible_texts(window)
    window.show_page(0)

    editor = ApplicationEditor(session, new_application(session), window.desktop, is_new=True, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    editor.company.setText("Núñez Data S.L.")
    editor.position.setText("Analista júnior")
    form = editor.forms[0]
    form.day.setDate(QDate(2026, 11, 24))
    form.time.setTime(QTime(10, 0))
    [add] = [
        button
        for button in form.findChildren(QPushButton)
        if button.isVisible() and "entrevistador" in button.text().lower()
    ]
    add.click()
    form.people.setItem(0, 0, QTableWidgetItem("Ana Ruiz"))
    form.people.setItem(0, 2, QTableWidgetItem("ana@nunez.example"))
    editor.decide_two_weeks.click()
    seen += visible_texts(editor)
    editor.save()
    assert editor.result() == ApplicationEditor.DialogCode.Accepted

    seen += visible_texts(window)
    thanks = next(row for row in window.today.rows if row.step.kind is FollowUpKind.THANK_YOU)
    assert "Ana Ruiz" in thanks.accessibleName()
    letter = window.draft_for_step(thanks.step)
    assert letter is not None
    qtbot.addWidget(letter)
    seen += visible_texts(letter)
    assert "Gracias" in letter.body.toPlainText() or "gracias" in letter.body.toPlainText()  # a Spanish letter

    for page in range(window.pages.count()):
        window.show_page(page)
        seen += visible_texts(window)
    assert i18n.language() == "es"
    assert english_in(seen) == []


def test_qts_own_file_chooser_speaks_spanish_too(qtbot: QtBot, spanish: None) -> None:
    chooser = QFileDialog(None, "", str(Path.home()))
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(chooser)
    labels = [label.text().replace("&", "") for label in chooser.findChildren(QLabel)]
    assert "Ver en:" in labels and "Ficheros de tipo:" in labels  # "&Look in:", "Files of &type:" in Qt 6
    assert not [text for text in labels if text in ("Look in:", "Files of type:", "File name:")]
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Carpeta"  # a folder's kind
    buttons = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert {button.text().replace("&", "") for button in buttons.findChildren(QPushButton)} == {"Sí", "Cancelar"}
