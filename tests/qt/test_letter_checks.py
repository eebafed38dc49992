"""The letter editor's checks of round two: a near copy of another letter to the same company is
flagged with the paragraph to make personal, and goes once that paragraph is the user's own; the
suggested sending time sits under the checks for the letters that follow the interview."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from afterview.domain.model import Application, Interview, Interviewer, Letter, LetterKind
from afterview.ui.letters import LetterEditor
from afterview.ui.session import Session
from tests.qt.conftest import MADRID
from tests.support.builders import application
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.letter_editor import editor_for

ANAS_TOPIC = (
    "I keep thinking about your point that a retention metric is only useful if the sales team trusts it. "
    "At university I rebuilt a survey dashboard for our student union, and winning the committee's trust in "
    "the numbers took longer than writing the queries; I would love to bring that care to the churn work."
)


def warnings(editor: LetterEditor) -> list[str]:
    return [text for row in range(editor.checks.count()) if (text := editor.checks.item(row).text()).startswith("⚠")]


def acme(session: Session) -> Application:
    """Acme, Tuesday 24 November 10:00-10:45 in Madrid, with Ana Ruiz."""
    app = application("2026-11-24T10:00", people=1)
    session.save(app)
    return app


def an_earlier_process(session: Session, body: str) -> None:
    """Last year's process at the same company (its name typed differently), with a sent letter."""
    eva = Interviewer("Eva Sanz")
    sent = Letter(LetterKind.THANK_YOU, eva.id, "en", "Thanks", body, datetime(2025, 3, 4, 17, tzinfo=UTC))
    interview = Interview(datetime(2025, 3, 4, 9, tzinfo=UTC), "Europe/Madrid", interviewers=[eva], letters=[sent])
    session.save(Application("ACME", "Intern", interviews=[interview]))


def test_a_near_copy_of_a_letter_to_the_company_is_flagged_until_made_personal(qtbot: QtBot, session: Session) -> None:
    app = acme(session)
    draft = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop()).body.toPlainText()
    assert draft.startswith("Dear Ana,")
    an_earlier_process(session, draft.replace("Dear Ana,", "Hello Eva,"))

    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    [warning] = [text for text in warnings(editor) if "the same as" in text]
    assert "% the same as your letter to Eva Sanz (Thank-you letter)" in warning
    assert "make this paragraph your own: “I especially enjoyed our conversation about" in warning

    paragraphs = editor.body.toPlainText().split("\n\n")
    [topic] = [index for index, paragraph in enumerate(paragraphs) if paragraph.startswith("I especially enjoyed")]
    paragraphs[topic] = ANAS_TOPIC
    editor.body.setPlainText("\n\n".join(paragraphs))
    qtbot.waitUntil(lambda: not any("the same as" in text for text in warnings(editor)))


def test_a_letter_of_its_own_is_not_flagged(qtbot: QtBot, session: Session) -> None:
    app = acme(session)
    an_earlier_process(
        session,
        "Hello Eva,\n\nThank you for showing me the warehouse in Getafe and for the frank answers about night "
        "shifts. The forecasting model you are replacing sounded like exactly the kind of messy, useful problem "
        "I enjoy, and the way your team reviews each other's code before every release impressed me.\n\n"
        "I am still very interested in the internship and happy to send my thesis if it helps.\n\nBest,\nLucía",
    )
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    assert not any("the same as" in text for text in warnings(editor))


def test_the_suggested_sending_time_sits_under_the_checks(qtbot: QtBot, session: Session, qt_clock: FakeClock) -> None:
    qt_clock.current = datetime(2026, 11, 24, 11, 0, tzinfo=MADRID)  # just after the morning interview
    app = acme(session)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.show()
    assert editor.send_time.isVisible()
    assert editor.send_time.text() == (
        "Best sent: Tue 24 Nov, 18:00 (the evening of a morning interview). Due by Wed 25 Nov, 10:45, as on Today."
    )
    assert editor.send_time.width() <= editor.checks.width()
    assert "deadline is what Today's card counts down to" in editor.send_time.toolTip()

    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.CHECK_IN_EMAIL.value))
    assert not editor.send_time.isVisible()  # a check-in follows the employer's silence, not the interview
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.THANK_YOU.value))
    assert editor.send_time.isVisible()

    qt_clock.current = datetime(2026, 11, 24, 22, 30, tzinfo=MADRID)  # the evening went by: not in quiet hours
    editor.update_checks()
    assert editor.send_time.text() == (
        "Best sent: Wed 25 Nov, 08:00, after your quiet hours (its best moment, Tue 24 Nov, 18:00, has passed). "
        "Due by Wed 25 Nov, 10:45, as on Today."
    )
    editor.body.setPlainText(editor.body.toPlainText().replace("{topic}", "the churn dashboard"))  # no gap: no question
    assert editor.mark_sent()
    assert not editor.send_time.isVisible()  # sent: nothing left to time
