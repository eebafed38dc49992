"""Qt test fixtures: a session on a real store in a temporary folder, with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterview import i18n, translations
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from tests.support.fakes import FakeClock, FakeDesktop

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def qt_clock() -> FakeClock:
    """Wednesday 25 November 2026, 10:00 in Madrid."""
    return FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=MADRID))


@pytest.fixture
def store(paths: AppPaths, qt_clock: FakeClock) -> Iterator[Store]:
    with Store.open(paths, qt_clock) as opened:
        opened.save_settings(Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid"))
        yield opened


@pytest.fixture
def session(store: Store, qt_clock: FakeClock) -> Session:
    return Session(store, qt_clock)


@pytest.fixture
def desktop() -> FakeDesktop:
    """Questions, file choosers and messages answered by the test (see FakeDesktop)."""
    return FakeDesktop()


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths, desktop: FakeDesktop) -> MainWindow:
    """The main window on the session, shown."""
    main = MainWindow(session, paths.window_state_file, desktop)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test that asks for it runs in English and in Spanish."""
    code = str(request.param)
    assert translations.use(code) == code
    assert i18n.language() == code
    yield code
    translations.use("en")


@pytest.fixture
def desktop_font() -> Iterator[None]:
    """The 11-point font of a usual desktop (the offscreen platform's is 9): the dialog must fit with it."""
    before = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(11)
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)
