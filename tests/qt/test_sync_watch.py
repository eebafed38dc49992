"""While the window runs, a sync tool changes the data folder: the other computer's version put in
place of the data file, or a conflict copy beside it. The watcher merges it in (the views refresh,
the status bar says what came from where) and the next save does not overwrite it; our own saves
merge nothing (ui/sync_watch.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterview.domain.model import Application
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from afterview.ui.sync_watch import SyncWatch
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.samples import minimal_application

QUIET_MS = 100


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths) -> MainWindow:
    main = MainWindow(session, paths.window_state_file, FakeDesktop())
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def told(session: Session, window: MainWindow) -> list[str]:
    """A running watcher that shows each merge in the window's status bar, as app.py wires it; the
    messages it gave, in order."""
    messages: list[str] = []

    def tell(message: str) -> None:
        messages.append(message)
        window.statusBar().showMessage(message, 60_000)

    SyncWatch(session, tell, window, quiet_ms=QUIET_MS)  # kept alive by the window, its parent
    return messages


def other_computer(paths: AppPaths, tmp_path: Path) -> AppPaths:
    """The other computer's copy of the same data folder (as the sync tool last made it)."""
    other = AppPaths(tmp_path / "other-computer")
    other.data_dir.mkdir()
    shutil.copy(paths.data_file, other.data_file)
    return other


def edit_there(other: AppPaths, clock: FakeClock, company: str, notes: str) -> None:
    with Store.open(other, clock) as store:
        app = next(a for a in store.applications() if a.company == company)
        app.notes = notes
        store.save(app)


def replace_like_a_sync_tool(source: Path, target: Path) -> None:
    """A temporary file beside the target, renamed over it (as Syncthing and the others do)."""
    temporary = target.parent / f".syncthing.{target.name}.tmp"
    shutil.copy(source, temporary)
    os.replace(temporary, target)


def notes(session: Session) -> dict[str, str]:
    return {app.company: app.notes for app in session.applications()}


def saved_notes(paths: AppPaths, clock: FakeClock) -> dict[str, str]:
    with Store.open(paths, clock, read_only=True) as store:
        return {app.company: app.notes for app in store.applications()}


def save_notes(session: Session, company: str, text: str) -> None:
    app: Application | None = next(
        (session.editable_copy(a.id) for a in session.applications() if a.company == company), None
    )
    assert app is not None
    app.notes = text
    session.save(app)


@pytest.fixture
def two_applications(session: Session, qt_clock: FakeClock) -> None:
    session.save(minimal_application("Acme", "Analyst"))
    session.save(minimal_application("Beta", "Intern"))
    qt_clock.advance(minutes=1)


@pytest.mark.usefixtures("two_applications")
def test_a_data_file_replaced_while_the_window_runs_is_merged_and_not_overwritten(
    qtbot: QtBot, session: Session, window: MainWindow, told: list[str], paths: AppPaths, qt_clock: FakeClock,
    tmp_path: Path,
) -> None:  # fmt: skip
    other = other_computer(paths, tmp_path)
    edit_there(other, qt_clock, "Beta", "from the desktop")
    with qtbot.waitSignal(session.changed, timeout=5000):
        replace_like_a_sync_tool(other.data_file, paths.data_file)
    assert notes(session) == {"Acme": "", "Beta": "from the desktop"}
    assert told == ["Merged 1 change from afterview.json (another computer): Beta — Intern."]
    assert window.statusBar().currentMessage() == told[0]
    qt_clock.advance(minutes=1)
    save_notes(session, "Acme", "from the laptop")
    assert saved_notes(paths, qt_clock) == {"Acme": "from the laptop", "Beta": "from the desktop"}


@pytest.mark.usefixtures("two_applications")
def test_a_save_before_the_watcher_has_looked_merges_first(
    qtbot: QtBot, session: Session, window: MainWindow, told: list[str], paths: AppPaths, qt_clock: FakeClock,
    tmp_path: Path,
) -> None:  # fmt: skip
    other = other_computer(paths, tmp_path)
    edit_there(other, qt_clock, "Beta", "from the desktop")
    replace_like_a_sync_tool(other.data_file, paths.data_file)
    qt_clock.advance(minutes=1)
    save_notes(session, "Acme", "from the laptop")  # at once: the watcher's quiet spell has not passed
    assert saved_notes(paths, qt_clock) == {"Acme": "from the laptop", "Beta": "from the desktop"}
    assert told == ["Merged 1 change from afterview.json (another computer): Beta — Intern."]
    qtbot.wait(QUIET_MS * 3)
    assert len(told) == 1  # the watcher, waking after, finds nothing more


@pytest.mark.usefixtures("two_applications")
def test_a_conflict_copy_appearing_is_merged_and_moved_to_the_backups(
    qtbot: QtBot, session: Session, told: list[str], paths: AppPaths, qt_clock: FakeClock, tmp_path: Path
) -> None:
    other = other_computer(paths, tmp_path)
    edit_there(other, qt_clock, "Acme", "from the desktop")
    name = "afterview (Jane's conflicted copy 2026-11-25).json"
    with qtbot.waitSignal(session.changed, timeout=5000):
        shutil.copy(other.data_file, paths.data_dir / name)
    assert notes(session)["Acme"] == "from the desktop"
    assert told == [f"Merged 1 change from {name} (another computer): Acme — Analyst."]
    assert not (paths.data_dir / name).exists()
    assert list(paths.backups_dir.glob(f"sync-conflict-*-{name}"))


@pytest.mark.usefixtures("two_applications")
def test_our_own_saves_merge_nothing(
    qtbot: QtBot, session: Session, told: list[str], paths: AppPaths, qt_clock: FakeClock
) -> None:
    refreshes: list[None] = []
    session.changed.connect(lambda: refreshes.append(None))
    for text in ["one", "two", "three"]:
        save_notes(session, "Acme", text)
        qtbot.wait(QUIET_MS // 2)
    qtbot.wait(QUIET_MS * 4)
    assert told == []
    assert len(refreshes) == 3  # one per save, none from the watcher
    assert saved_notes(paths, qt_clock)["Acme"] == "three"
