"""The tray's timer loop, menu and actions, with a fake clock and a notifier that records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from afterview.core.reminder_source import WorkspaceReminderSource
from afterview.domain.model import FollowUpState
from afterview.domain.plan import Step
from afterview.paths import AppPaths
from afterview.reminders.loop import ReminderLoop
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from afterview.ui.tray import TrayController, app_icon
from tests.support.builders import application, local
from tests.support.fakes import FakeClock
from tests.support.reminders import Collector

# The tray under test, what it notified, the clock it runs on, and the steps it was asked to open.
TraySetup = tuple[TrayController, Collector, FakeClock, list[Step]]


@pytest.fixture
def tray_setup(qtbot: QtBot, session: Session, paths: AppPaths, qt_clock: FakeClock) -> Iterator[TraySetup]:
    qt_clock.current = local("2026-11-24T11:40")
    session.save(application("2026-11-24T10:00", people=1))
    window = MainWindow(session, paths.window_state_file)
    qtbot.addWidget(window)
    notifier = Collector()
    source = WorkspaceReminderSource(session.workspace)
    loop = ReminderLoop(source, notifier, qt_clock)
    opened: list[Step] = []
    controller = TrayController(
        session,
        lambda: window,
        loop,
        source,
        app_icon(),
        paths.window_state_file,
        opened.append,
    )
    yield controller, notifier, qt_clock, opened
    controller.timer.stop()


def test_the_timer_is_armed_for_the_next_reminder_at_most_a_minute_ahead(tray_setup: TraySetup) -> None:
    controller, notifier, clock, _ = tray_setup
    controller.start()
    assert controller.timer.isActive()
    assert 1000 <= controller.timer.remainingTime() <= 60_000
    clock.advance(minutes=5)  # 11:45: the review and the thank-you come due
    controller.tick()
    assert [notice.title for notice in notifier.notices] == [
        "Review how the interview went while it is fresh",
        "Send your thank-you letter to Ana Ruiz",
    ]
    # The LinkedIn invitation is due too (within two days), though not yet reminded.
    assert (
        controller.tray.toolTip()
        == "3 follow-ups due: Review how the interview went while it is fresh (Acme) and 2 more"
    )


def test_the_menu_lists_what_is_due_and_every_action(tray_setup: TraySetup) -> None:
    controller, _, clock, opened = tray_setup
    clock.advance(minutes=10)
    controller.fill_menu()
    texts = [action.text() for action in controller.menu.actions() if not action.isSeparator()]
    assert texts[0] == "Review how the interview went while it is fresh · Acme"
    assert texts[-4:] == ["Open Afterview", "Snooze all for an hour", "Pause reminders until tomorrow", "Quit"]
    controller.menu.actions()[0].trigger()
    assert [step.kind.value for step in opened] == ["self_assessment"]


def test_snooze_all_for_an_hour(tray_setup: TraySetup, session: Session) -> None:
    controller, _, clock, _ = tray_setup
    clock.advance(minutes=10)
    due = controller.due_steps()
    assert len(due) == 3  # review, thank-you, LinkedIn (due within two days)
    controller.snooze_all()
    [app] = session.applications()
    assert {record.state for record in app.follow_ups} == {FollowUpState.SNOOZED}
    assert {record.snoozed_until for record in app.follow_ups} == {clock.now() + timedelta(hours=1)}
    assert controller.due_steps() == []


def test_pause_until_tomorrow_holds_everything_back(tray_setup: TraySetup) -> None:
    controller, notifier, clock, _ = tray_setup
    controller.start()
    controller.toggle_pause()
    clock.advance(minutes=10)
    controller.tick()
    assert notifier.notices == []
    clock.current = local("2026-11-25T09:00")  # tomorrow morning: reminders resume
    controller.tick()
    assert notifier.notices


def test_closing_the_window_keeps_the_app_in_the_tray(tray_setup: TraySetup, monkeypatch: pytest.MonkeyPatch) -> None:
    controller, _, _, _ = tray_setup
    monkeypatch.setattr(QSystemTrayIcon, "isVisible", lambda self: True)
    controller.window.show()
    controller.window.close()
    assert not controller.window.isVisible()
    assert controller._state.value("tray/told") == "yes"  # said once


def test_without_a_tray_closing_really_closes(tray_setup: TraySetup) -> None:
    controller, _, _, _ = tray_setup
    assert not controller.available  # the offscreen platform has no tray
    controller.window.show()
    controller.window.close()
    assert not controller.window.isVisible()
    assert controller._state.value("tray/told") is None


def test_the_app_icon_comes_in_every_size_without_svg_support() -> None:
    sizes = {(size.width(), size.height()) for size in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes


def test_the_first_close_of_the_window_built_at_start_explains_the_tray(
    qtbot: QtBot, session: Session, paths: AppPaths, qt_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As app.py starts it: the window is built and shown first; the tray comes after the first
    paint, and nothing asks it for the window before the user closes it."""
    monkeypatch.setattr(QSystemTrayIcon, "isVisible", lambda self: True)
    told: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, message, *rest: told.append(message))
    window = MainWindow(session, paths.window_state_file)
    qtbot.addWidget(window)
    window.show()
    source = WorkspaceReminderSource(session.workspace)
    controller = TrayController(
        session, lambda: window, ReminderLoop(source, Collector(), qt_clock), source, app_icon(),
        paths.window_state_file, lambda step: None,
    )  # fmt: skip
    window.close()  # the first close
    assert not window.isVisible()
    assert told == ["Afterview keeps running here and reminds you when a follow-up is due."]
    controller.show_window()
    window.close()  # said once
    assert len(told) == 1
    controller.timer.stop()
