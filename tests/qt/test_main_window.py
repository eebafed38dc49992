"""The main window as it stands: it lists what is stored and reports its first paint."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterview.ui.main_window import MainWindow
from tests.support.samples import full_application, minimal_application


def test_lists_each_application_with_its_stage(qtbot: QtBot) -> None:
    window = MainWindow([full_application(), minimal_application("Acme", "")], "/data")
    qtbot.addWidget(window)
    items = [window.application_list.item(row).text() for row in range(window.application_list.count())]
    assert items == ["Núñez & Hijos S.A. 🚀 — Analista júnior  ·  interviewing", "Acme  ·  applied"]


def test_an_empty_store_says_how_to_start(qtbot: QtBot) -> None:
    window = MainWindow([], "/data")
    qtbot.addWidget(window)
    assert window.application_list.item(0).text().startswith("No applications yet.")


def test_first_paint_is_signalled_once(qtbot: QtBot) -> None:
    window = MainWindow([], "/data")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_paint, timeout=5000):
        window.show()
    window.update()
    with qtbot.assertNotEmitted(window.first_paint, wait=100):
        window.repaint()
