"""The main flows with the keyboard alone: add an interview, draft its thank-you letter from Today,
switch pages, open the guide. Every control on the way is reached with Tab and worked with keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from afterview.domain.model import FollowUpKind
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.ui.editor import ApplicationEditor
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.fakes import FakeDesktop


def window_for(qtbot: QtBot, session: Session, paths: AppPaths) -> MainWindow:
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    handle = main.windowHandle()
    assert handle is not None
    handle.requestActivate()  # keys go to the active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def tab_to(qtbot: QtBot, start: QWidget, wanted: QWidget, limit: int = 80) -> int:
    """Press Tab from ``start`` until ``wanted`` has the focus; returns the number of presses."""
    for presses in range(1, limit + 1):
        qtbot.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is wanted:
            return presses
    raise AssertionError(f"Tab never reached {wanted.accessibleName() or wanted.objectName()}")


def test_add_an_interview_with_the_keyboard_alone(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    window = window_for(qtbot, session, paths)
    done: list[bool] = []

    def fill_in() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, ApplicationEditor):
            QTimer.singleShot(20, fill_in)
            return
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.company, timeout=2000)
            done.append(True)  # typing can start at once, in the first field
            qtbot.keyClicks(QApplication.focusWidget(), "Acme")
            tab_to(qtbot, editor.company, editor.position)
            qtbot.keyClicks(editor.position, "Junior analyst")
            qtbot.keyClick(editor.position, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
            done.append(editor.result() == ApplicationEditor.DialogCode.Accepted)
        finally:
            if editor.isVisible():  # a failed step must not leave the test waiting on the dialog (unasked)
                editor.done(ApplicationEditor.DialogCode.Rejected)

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File › New interview
    assert done == [True, True]
    assert [app.company for app in session.applications()] == ["Acme"]


def test_draft_the_thank_you_from_today_with_tab_and_space(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    session.save(application("2026-11-24T10:00", people=1))
    window = window_for(qtbot, session, paths)
    row = next(row for row in window.today.rows if row.step.kind is FollowUpKind.THANK_YOU)
    draft = row.buttons["draft"]
    window.places.setFocus()
    tab_to(qtbot, window.places, draft)
    assert draft.hasFocus()
    qtbot.keyClick(draft, Qt.Key.Key_Space)
    editors = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "LetterEditor"]
    assert editors, "Space on Draft opens the letter"
    for editor in editors:
        editor.close()


def test_pages_and_the_guide_are_a_key_away(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    window = window_for(qtbot, session, paths)
    for index in range(window.pages.count()):
        if window.places.isRowHidden(index):
            continue  # Offers, only while an offer is open (tests/qt/test_offer_desk.py)
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == index
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "GuideDialog"]
    assert guides and "After the interview" in guides[0].windowTitle()
    guides[0].close()


def test_every_control_in_the_window_can_take_the_focus_and_says_what_it_is(
    qtbot: QtBot, session: Session, paths: AppPaths
) -> None:
    session.save(application("2026-11-24T10:00", people=2))
    window = window_for(qtbot, session, paths)
    unnamed: list[str] = []
    for page in range(window.pages.count()):
        window.show_page(page)
        page_widget = window.pages.currentWidget()
        assert page_widget is not None
        for control in page_widget.findChildren(QWidget):
            if not control.isVisibleTo(window) or not control.isEnabled():
                continue
            if isinstance(control.parentWidget(), QLineEdit | QAbstractSpinBox | QComboBox | QScrollBar):
                continue  # a part of a control (a line edit's clear button), announced with it
            if isinstance(control, QAbstractButton) or control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                named = control.accessibleName() or (isinstance(control, QAbstractButton) and control.text())
                if not named:
                    unnamed.append(f"page {page}: {type(control).__name__} {control.objectName()}")
                if isinstance(control, QAbstractButton):
                    assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.text()
    assert unnamed == [], "controls without a name for screen readers"


def test_tab_from_the_last_cell_of_a_table_leaves_it(qtbot: QtBot, session: Session) -> None:
    from afterview.ui.editor import new_application

    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    handle = editor.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    table = editor.forms[0].people
    [add] = [b for b in editor.forms[0].findChildren(QAbstractButton) if b.text() == "Add interviewer"]
    add.click()
    last = table.columnCount() - 1
    table.setCurrentCell(0, last)
    item = table.item(0, last) or table.itemAt(0, 0)
    assert item is not None
    table.editItem(item)

    def typing_in_a_cell() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and focused.parent() is not None

    qtbot.waitUntil(typing_in_a_cell)
    typing_in = QApplication.focusWidget()
    assert typing_in is not None and typing_in is not table
    qtbot.keyClick(typing_in, Qt.Key.Key_Tab)
    qtbot.wait(50)
    focus = QApplication.focusWidget()
    assert focus is not None and focus is not table and not table.isAncestorOf(focus), focus


def test_return_presses_the_focused_button_in_the_window_as_space_does(
    qtbot: QtBot, session: Session, paths: AppPaths
) -> None:
    session.save_settings(Settings())  # a first start: the welcome asks about you
    window = window_for(qtbot, session, paths)
    window.show_page(0)
    welcome = window.today.welcome
    assert welcome is not None and welcome.continue_button.isVisible()
    welcome.continue_button.setFocus()
    qtbot.keyClick(welcome.continue_button, Qt.Key.Key_Return)  # Continue: on to the first interview
    qtbot.waitUntil(lambda: welcome.first_interview.isVisible())
    assert QApplication.focusWidget() is welcome.add_button
    opened: list[QWidget] = []

    def close_the_editor() -> None:
        editor = QApplication.activeModalWidget()
        if editor is None:
            QTimer.singleShot(20, close_the_editor)
            return
        opened.append(editor)
        editor.close()

    QTimer.singleShot(0, close_the_editor)
    qtbot.keyClick(welcome.add_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert [type(w).__name__ for w in opened] == ["ApplicationEditor"]


def test_end_in_the_sidebar_stops_at_the_last_place_shown(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    window = window_for(qtbot, session, paths)
    offers = PAGES.index("Offers")
    assert window.places.isRowHidden(offers)  # no offer open
    window.places.setFocus()
    qtbot.keyClick(window.places, Qt.Key.Key_End)
    assert window.places.currentRow() == PAGES.index("Settings") == window.pages.currentIndex()
    qtbot.keyClick(window.places, Qt.Key.Key_Down)
    assert window.places.currentRow() == PAGES.index("Settings") == window.pages.currentIndex()
    qtbot.keyClick(window.places, Qt.Key.Key_Home)
    assert window.places.currentRow() == 0 == window.pages.currentIndex()


def test_after_a_dialog_the_focus_goes_back_to_what_opened_it(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    session.save(application("2026-11-24T10:00", people=1))
    window = window_for(qtbot, session, paths)
    window.show_page(PAGES.index("Applications"))
    listing = window.applications
    edit = next(b for b in listing.findChildren(QPushButton) if b.isVisible() and b.isEnabled())
    edit.setFocus()
    closed: list[bool] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.setFocus()  # the dialog has the focus meanwhile
        closed.append(True)
        dialog.close()

    QTimer.singleShot(0, cancel)
    window.edit_application(session.applications()[0].id)
    assert closed == [True]
    assert window.focusWidget() is edit  # what the window gives the focus to as it is active again

    # Saved as new: the window shows Today, and the focus is on its list, not on the sidebar.
    def save_new() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApplicationEditor):
            QTimer.singleShot(20, save_new)
            return
        dialog.company.setText("Globex")
        dialog.save()

    QTimer.singleShot(0, save_new)
    assert window.new_interview()
    focused = window.focusWidget()
    assert focused is not None and focused is not window.places
    assert window.today.isAncestorOf(focused)
