"""The editor's "what they said about timing" field says, as the user types, which date it read the
words as, or that it could not read one. (Keys are typed with QTest, which mypy knows, rather than
qtbot's untyped keyClicks.)"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from afterview.ui.editor import ApplicationEditor, new_application
from afterview.ui.session import Session
from tests.support.fakes import FakeDesktop

UNREAD = (
    "I couldn't read a date in this — pick one above, or leave it and Afterview will suggest asking when they decide."
)


def editor_on_tuesday(qtbot: QtBot, session: Session) -> ApplicationEditor:
    """A new application whose interview is on Tuesday 24 November 2026."""
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    editor.forms[0].day.setDate(QDate(2026, 11, 24))
    editor.forms[0].time.setTime(QTime(10, 0))
    return editor


def shown(editor: ApplicationEditor) -> str:
    label = editor.timeline_reading
    return label.text() if label.isVisible() else ""


def test_typing_shows_the_date_read_or_that_none_could_be(qtbot: QtBot, session: Session) -> None:
    editor = editor_on_tuesday(qtbot, session)
    assert editor.decide_unknown.isChecked()
    assert shown(editor) == ""  # nothing said, nothing to say
    QTest.keyClicks(editor.timeline, "by Friday")
    assert shown(editor) == "Read as Fri 27 Nov 2026"
    editor.timeline.clear()
    QTest.keyClicks(editor.timeline, "soon")
    assert shown(editor) == UNREAD
    assert editor.timeline.accessibleDescription() == UNREAD
    QTest.keyClicks(editor.timeline, ", in two weeks")
    assert shown(editor) == "Read as Tue 08 Dec 2026"
    editor.timeline.setText("a finales de la semana que viene")
    assert shown(editor) == "Read as Fri 04 Dec 2026"
    editor.timeline.clear()
    assert shown(editor) == ""


def test_the_words_count_from_the_last_round(qtbot: QtBot, session: Session) -> None:
    editor = editor_on_tuesday(qtbot, session)
    QTest.keyClicks(editor.timeline, "next week")
    assert shown(editor) == "Read as Fri 04 Dec 2026"
    editor.forms[0].day.setDate(QDate(2026, 12, 1))
    assert shown(editor) == "Read as Fri 11 Dec 2026"


def test_a_quick_pick_or_a_date_above_decides_instead(qtbot: QtBot, session: Session) -> None:
    editor = editor_on_tuesday(qtbot, session)
    QTest.keyClicks(editor.timeline, "no idea")
    assert shown(editor) == UNREAD
    editor.decide_two_weeks.click()
    assert shown(editor) == ""
    editor.decide_date.click()
    assert shown(editor) == ""
    editor.decide_unknown.click()
    assert shown(editor) == UNREAD


def test_an_application_opened_with_words_shows_their_reading(qtbot: QtBot, session: Session) -> None:
    app = new_application(session)
    app.decision_timeline = "en quince días"
    editor = ApplicationEditor(session, app, FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    editor.forms[0].day.setDate(QDate(2026, 11, 24))
    assert shown(editor) == "Read as Tue 08 Dec 2026"
