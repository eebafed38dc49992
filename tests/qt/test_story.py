"""The Applications page tells the selected application's story: the next step on top, then what
happened in time order; with nothing selected, or nothing yet, it says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from afterview import translations
from afterview.domain.model import Application, Assessment, FollowUpState, Letter, LetterKind
from afterview.paths import AppPaths
from afterview.ui.applications import ApplicationsView
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.session import Session
from tests.support.builders import application, local
from tests.support.fakes import FakeDesktop


def window_for(qtbot: QtBot, session: Session, paths: AppPaths) -> MainWindow:
    """The main window at 1024×600 on the Applications page, active so that keys reach it."""
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.resize(1024, 600)
    main.show()
    qtbot.waitExposed(main)
    handle = main.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.show_page(PAGES.index("Applications"))
    return main


def thanked(company: str = "Acme") -> Application:
    """Interviewed Tuesday 24 at 10:00 with Ana Ruiz and Luis Gil, reviewed, a decision expected by
    Friday 4 December; Ana thanked at 16:00."""
    app = application(people=2, decision_expected_on=date(2026, 12, 4))
    app.company = company
    [round_] = app.interviews
    round_.assessment = Assessment(overall_rating=4, completed_at=local("2026-11-24T12:00"))
    round_.letters = [
        Letter(LetterKind.THANK_YOU, round_.interviewers[0].id, body="Dear Ana", sent_at=local("2026-11-24T16:00"))
    ]
    return app


def story_text(view: ApplicationsView) -> str:
    return " ".join(view.story.text.toPlainText().split())


def test_the_story_of_the_application_chosen_with_the_keyboard(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    later = application("2026-11-30T10:00")  # due later: the second row
    later.company = "Globex"
    acme = thanked()
    session.save(later)
    session.save(acme)
    window = window_for(qtbot, session, paths)
    view = window.applications
    assert "Select an application to see its story" in story_text(view)

    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.selected_id() == acme.id

    text = story_text(view)
    # Wed 25 Nov 10:00 in Madrid: the thank-you to Luis, due by 10:45, is what to do now
    assert text.startswith("Acme — Analyst Stage: Interviewing Next step Send your thank-you letter to Luis Gil")
    assert "due in 45 min · by Wed 25 Nov, 10:45" in text
    assert "Tue 24 Nov, 16:00 Sent: Thank-you letter to Ana Ruiz" in text
    assert text.index("Tue 24 Nov, 10:00 Interview") < text.index("Tue 24 Nov, 16:00 Sent")
    assert text.index("So far") < text.index("Still to do") < text.index("Connect with Luis Gil on LinkedIn")

    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.story.text.hasFocus()  # reached, and read, with the keyboard
    assert view.story.text.accessibleName() == "Story of the selected application"

    qtbot.keyClick(view.story.text, Qt.Key.Key_Backtab)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_id() == later.id
    assert story_text(view).startswith("Globex — Analyst")


def test_the_story_follows_the_data(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    acme = thanked()
    session.save(acme)
    view = window_for(qtbot, session, paths).applications
    view.select(acme.id)
    [thanks] = [step for step in session.steps_for(acme.id) if step.key.startswith("thank_you") and step.is_open]
    session.mark(thanks, FollowUpState.DONE)
    text = story_text(view)
    assert "Next step Send your thank-you letter to Luis Gil" not in text
    assert "Done: Send your thank-you letter to Luis Gil" in text
    session.delete(acme.id)
    assert view.body.currentWidget() is view.empty


def test_empty_states_say_what_to_do(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    window = window_for(qtbot, session, paths)
    view = window.applications
    assert view.body.currentWidget() is view.empty
    assert view.empty_card.title.text() == "No applications yet"
    assert view.empty_button.isVisible() and view.empty_button.accessibleName() == "Add the interview you just had"
    assert not view.search.isVisible()
    opened: list[str] = []

    def close_the_editor() -> None:
        editor = QApplication.activeModalWidget()
        if editor is None:
            QTimer.singleShot(20, close_the_editor)
            return
        opened.append(editor.windowTitle())
        editor.close()

    QTimer.singleShot(20, close_the_editor)
    qtbot.keyClick(view.empty_button, Qt.Key.Key_Space)  # the new-interview editor, as Ctrl+N opens it
    assert len(opened) == 1

    session.save(thanked())
    assert view.body.currentWidget() is view.splitter
    assert view.search.isVisible() and view.selected_id() is None
    assert "Select an application to see its story" in story_text(view)
    view.table.selectRow(0)
    qtbot.keyClicks(view.search, "nothing like it")  # the selection filtered away
    assert "Select an application to see its story" in story_text(view)


def named_controls(root: QWidget) -> list[str]:
    """Every visible control that takes the focus and has no accessible name."""
    return [
        type(widget).__name__
        for widget in root.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.accessibleName()
    ]


@pytest.fixture
def desktop_font() -> Iterator[None]:
    """The 11-point font of a usual desktop (the offscreen platform's is smaller)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(11)
    app.setFont(font)
    yield
    app.setFont(before)


@pytest.mark.parametrize("language", ["en", "es"])
def test_it_fits_a_small_screen(
    qtbot: QtBot, session: Session, paths: AppPaths, desktop_font: None, language: str
) -> None:
    translations.use(language)
    try:
        session.save(thanked("Núñez Analytics y Asociados"))
        window = window_for(qtbot, session, paths)
        view = window.applications
        view.table.selectRow(0)
        assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 600
        assert window.size().width() == 1024 and window.size().height() == 600
        # the story below the table, with room to read the next step and more
        assert view.splitter.orientation() is Qt.Orientation.Vertical
        assert view.table.height() >= 120 and view.story.height() >= 200
        assert not view.story.text.horizontalScrollBar().isVisible()
        for button in view.action_buttons:  # on the page, in one row or more
            assert button.isVisible()
            assert view.rect().contains(QRect(button.mapTo(view, QPoint(0, 0)), button.size()))
        assert named_controls(view) == []
    finally:
        translations.use("en")


def test_a_narrow_page_puts_the_buttons_in_rows_and_a_wide_one_the_story_beside(qtbot: QtBot, session: Session) -> None:
    session.save(thanked())
    view = ApplicationsView(session)
    qtbot.addWidget(view)
    view.resize(520, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.action_grid.rowCount() >= 2
    assert view.minimumSizeHint().width() <= 520
    assert view.splitter.orientation() is Qt.Orientation.Vertical
    view.resize(view.fontMetrics().averageCharWidth() * 200, 700)
    qtbot.waitUntil(lambda: view.splitter.orientation() is Qt.Orientation.Horizontal)
    assert view.action_grid.itemAtPosition(0, len(view.action_buttons) - 1) is not None  # one row
