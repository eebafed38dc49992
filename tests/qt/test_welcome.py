"""The first run leads: your name and time zone (the computer's, pre-filled), saved through the
session; then "Add the interview you just had", starting at the last round hour; once it is saved,
the window shows Today. The sidebar counts what there is to do, and empty pages say how to fill them."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from afterview.domain.model import FollowUpKind
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui import welcome
from afterview.ui.editor import ApplicationEditor
from afterview.ui.insights import InsightsView
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.question_bank import QuestionBankView
from afterview.ui.session import Session
from afterview.ui.sidebar import URGENT_ROLE
from tests.qt.conftest import MADRID
from tests.support.builders import application
from tests.support.fakes import FakeClock, FakeDesktop


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths) -> MainWindow:
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def newcomer(session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    """A first start: no name, no zone chosen; the computer is in Bogotá."""
    monkeypatch.setattr(welcome, "system_zone_name", lambda: "America/Bogota")
    session.save_settings(Settings())
    return session


class EditorSpy:
    """Stands in for the modal run of the interview editor: records it, and saves it when told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, company: str = "") -> None:
        self.editors: list[ApplicationEditor] = []
        self.company = company
        monkeypatch.setattr(ApplicationEditor, "exec", lambda editor: self.run(editor))

    def run(self, editor: ApplicationEditor) -> int:
        self.editors.append(editor)
        if self.company:
            editor.company.setText(self.company)
            editor.save()
        return editor.result() or QDialog.DialogCode.Rejected.value


def test_it_asks_for_your_name_and_time_zone_first(qtbot: QtBot, newcomer: Session, store: Store) -> None:
    main = MainWindow(newcomer, store.paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    hello = main.today.welcome
    assert hello is not None
    assert "Welcome to Afterview" in main.today.heading.text()
    assert hello.about_you.isVisible() and not hello.first_interview.isVisible()
    assert hello.zone.currentText() == "America/Bogota"  # the computer's
    assert hello.name.text() == ""
    qtbot.keyClicks(hello.name, "Ana Gomez")
    hello.continue_button.click()
    assert (store.settings().user_name, store.settings().time_zone) == ("Ana Gomez", "America/Bogota")
    assert not hello.about_you.isVisible() and hello.first_interview.isVisible()
    assert hello.greeting.text() == "Hello, Ana. Just had an interview?"
    assert hello.add_button.isVisible() and hello.add_button.property("primary") is True


def test_a_zone_that_does_not_exist_is_said_and_nothing_saved(
    qtbot: QtBot, newcomer: Session, store: Store, window: MainWindow
) -> None:
    hello = window.today.welcome
    assert hello is not None
    hello.name.setText("Ana")
    hello.zone.setCurrentText("Europe")
    hello.continue_button.click()
    assert "'Europe' is not a known time zone" in hello.error.text() and hello.error.isVisible()
    assert store.settings() == Settings()
    assert hello.about_you.isVisible()


def test_a_saved_name_goes_straight_to_the_interview(window: MainWindow) -> None:
    hello = window.today.welcome
    assert hello is not None
    assert not hello.about_you.isVisible()
    assert hello.greeting.text() == "Hello, Lucía. Just had an interview?"


def test_the_interview_you_just_had_starts_at_the_last_round_hour(
    window: MainWindow, qt_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    qt_clock.current = datetime(2026, 11, 25, 14, 20, tzinfo=MADRID)
    spy = EditorSpy(monkeypatch)
    assert window.today.welcome is not None
    window.today.welcome.add_button.click()
    [editor] = spy.editors
    [interview] = editor.app.interviews
    assert interview.starts_at == datetime(2026, 11, 25, 14, 0, tzinfo=MADRID)
    assert interview.time_zone == "Europe/Madrid"


def test_after_saving_a_new_interview_the_window_shows_today(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page(PAGES.index("Applications"))
    EditorSpy(monkeypatch, company="Acme")
    assert window.new_interview()
    assert window.pages.currentWidget() is window.today
    assert window.places.currentRow() == PAGES.index("Today")
    assert [app.company for app in session.applications()] == ["Acme"]
    assert window.today.rows  # what to do now


def test_a_cancelled_interview_leaves_the_window_where_it_was(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page(PAGES.index("Insights"))
    EditorSpy(monkeypatch)
    assert not window.new_interview()
    assert window.pages.currentWidget() is window.insights


def test_the_sidebar_counts_what_to_do_now(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert window.places.count_of(PAGES.index("Today")) is None
    session.save(application("2026-11-24T10:00", people=1))  # yesterday: the letter is late
    steps = [row.step.kind for row in window.today.rows]
    assert FollowUpKind.THANK_YOU in steps
    pressing = len([row for row in window.today.rows if row.status.value in ("late", "due")])
    assert window.places.count_of(PAGES.index("Today")) == pressing
    assert window.places.count_of(PAGES.index("Applications")) == 1
    today = window.places.item(PAGES.index("Today"))
    assert today is not None and today.data(URGENT_ROLE) is True  # some of it is overdue: the count is red


def test_empty_pages_offer_the_way_there(qtbot: QtBot, session: Session) -> None:
    bank = QuestionBankView(session)
    insights = InsightsView(session)
    for view in (bank, insights):
        qtbot.addWidget(view)
        view.show()
    assert insights.empty.isVisible() and not insights.charts.isVisible()
    with qtbot.waitSignal(insights.new_interview, timeout=1000):
        [button] = [b for b in insights.empty.findChildren(type(bank.empty_action)) if b.isVisible()]
        button.click()
    assert bank.empty.isVisible() and bank.empty_action.text() == "Add the interview you just had"
    with qtbot.waitSignal(bank.new_interview, timeout=1000):
        bank.empty_action.click()

    app = application("2026-11-24T10:00")  # an interview, not yet reviewed
    session.save(app)
    assert not insights.empty.isVisible() and insights.charts.isVisible()
    assert bank.empty.isVisible() and bank.empty_action.text() == "Review your latest interview"
    with qtbot.waitSignal(bank.review, timeout=1000) as review:
        bank.empty_action.click()
    assert review.args == [app.id]


def test_cards_show_how_each_step_stands_and_its_primary_action(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    session.save(application("2026-11-24T10:00", people=1))  # yesterday: the review is overdue, the letter due
    rows = {row.step.kind: row for row in window.today.rows}
    thanks, review = rows[FollowUpKind.THANK_YOU], rows[FollowUpKind.SELF_ASSESSMENT]
    assert review.property("status") == "late" and review.property("card") is True
    assert thanks.property("status") == "due"
    assert thanks.buttons["draft"].property("primary") is True  # a letter: drafting it comes first
    assert thanks.buttons["open"].property("primary") is not True
    assert review.buttons["open"].property("primary") is True  # no letter: opening it comes first
    assert rows[FollowUpKind.LINKEDIN].property("status") == "due"

    thanks.buttons["done"].click()
    [done] = window.today.done_rows
    assert done.step.kind is FollowUpKind.THANK_YOU and done.property("status") == "done"
    assert done.accessibleName() == "Done: Send your thank-you letter to Ana Ruiz"
    assert FollowUpKind.THANK_YOU not in {row.step.kind for row in window.today.rows}
