"""The letter editor asks before marking sent a letter that is not ready: a gap left ("{topic}",
named readably in the checks in English and Spanish) or a near copy of another letter; Keep editing
is the default and what Escape gives, and nothing is lost. LinkedIn letters have no subject and no
Email…, and the profile button is off, saying why, when no LinkedIn address is recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from afterview import translations
from afterview.domain.model import Application, LetterKind
from afterview.storage.repository import Store
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.dialogs import answer_next_box
from tests.support.fakes import FakeDesktop
from tests.support.letter_editor import editor_for


def saved(session: Session, people: int = 2) -> Application:
    app = application("2026-11-24T10:00", people=people)
    app.interviews[0].interviewers[0].linkedin_url = "https://www.linkedin.com/in/anaruiz"
    session.save(app)
    return app


def sent_letters(store: Store, app: Application) -> list[str]:
    stored = store.get(app.id)
    assert stored is not None
    return [letter.body for letter in stored.interviews[0].letters if letter.sent_at is not None]


@pytest.fixture
def spanish() -> Iterator[None]:
    assert translations.use("es") == "es"
    yield
    translations.use("en")


def test_a_letter_with_a_gap_is_marked_sent_only_if_the_user_says_so(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    assert "{topic}" in editor.body.toPlainText()
    seen: list[QMessageBox] = []
    answer_next_box(qtbot, "Escape", seen)
    assert not editor.mark_sent()
    [box] = seen
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text().replace("&", "") == "Keep editing"
    assert "{topic} (a topic you discussed)" in box.informativeText()
    assert not sent_letters(store, app) and not editor.body.isReadOnly()
    assert "{topic}" in editor.body.toPlainText()  # nothing lost

    answer_next_box(qtbot, "Mark as sent anyway", seen)
    assert editor.mark_sent()
    assert len(sent_letters(store, app)) == 1


def test_a_letter_with_no_gap_and_no_near_copy_is_marked_sent_at_once(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard"))
    assert editor.mark_sent()  # no question: a box would never be answered here
    assert len(sent_letters(store, app)) == 1


@pytest.mark.parametrize(
    ("luis_adds", "said"),
    [
        ("", "Same as your letter to Ana Ruiz: add something personal to each"),
        ("P.S. Thank you for the coffee.", "make this paragraph your own: “I especially enjoyed our conversation"),
    ],
)
def test_a_copy_of_the_letter_to_another_interviewer_asks_too(
    qtbot: QtBot, session: Session, store: Store, luis_adds: str, said: str
) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard"))
    assert editor.save_draft()
    editor.person.setCurrentIndex(1)  # Luis: the same fresh draft, with the same topic
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard") + luis_adds)
    seen: list[QMessageBox] = []
    answer_next_box(qtbot, "Keep editing", seen)
    assert not editor.mark_sent()
    assert said in seen[0].informativeText()
    assert not sent_letters(store, app)


def test_the_gap_is_named_readably_in_english_and_spanish(qtbot: QtBot, session: Session, spanish: None) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    [gap] = [check.message for check in editor.found_checks if "{topic}" in check.message]
    assert "{topic} (un tema de la conversación)" in gap


def test_linkedin_letters_have_no_subject_nor_email_and_the_profile_needs_an_address(
    qtbot: QtBot, session: Session
) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.LINKEDIN_NOTE, FakeDesktop())
    editor.show()
    assert not editor.subject.isVisibleTo(editor) and not editor.subject_label.isVisibleTo(editor)
    assert not editor.buttons["email"].isVisibleTo(editor)
    assert editor.buttons["linkedin"].isEnabled()  # Ana's address is recorded
    editor.person.setCurrentIndex(1)  # Luis: none
    profile = editor.buttons["linkedin"]
    assert not profile.isEnabled() and "No LinkedIn address recorded" in profile.toolTip()
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.LINKEDIN_MESSAGE.value))
    assert not editor.subject.isVisibleTo(editor) and not editor.buttons["email"].isVisibleTo(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.THANK_YOU.value))
    assert editor.subject.isVisibleTo(editor) and editor.buttons["email"].isVisibleTo(editor)


def test_two_fresh_panel_drafts_point_at_the_topic_paragraph_until_it_is_personal(
    qtbot: QtBot, session: Session
) -> None:
    app = saved(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard"))
    assert editor.save_draft()
    editor.person.setCurrentIndex(1)
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard") + "P.S. Thanks!")
    editor.update_checks()
    [warning] = [check.message for check in editor.near_copies]
    assert "make this paragraph your own: “I especially enjoyed our conversation about the churn…”" in warning
    paragraphs = editor.body.toPlainText().split("\n\n")
    [topic] = [index for index, paragraph in enumerate(paragraphs) if paragraph.startswith("I especially enjoyed")]
    paragraphs[topic] = (
        "Your story about rebuilding the warehouse forecasts after the floods stayed with me: I spent last summer "
        "cleaning sensor data for a river authority, and I would love to bring that patience to your team."
    )
    editor.body.setPlainText("\n\n".join(paragraphs))
    qtbot.waitUntil(lambda: not editor.near_copies and not any("the same as" in c.message for c in editor.found_checks))
