"""The main window reports its first paint once (the start-up benchmark and --exit-after-show rely on it)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterview.paths import AppPaths
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session


def test_first_paint_is_signalled_once(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    window = MainWindow(session, paths.window_state_file)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_paint, timeout=5000):
        window.show()
    with qtbot.assertNotEmitted(window.first_paint, wait=100):
        window.repaint()
