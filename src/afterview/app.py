"""The composition root: how the app starts, read top to bottom, each phase logged.

paths → data (store) → Qt application → main window. Later phases (the follow-up plan, the
notifier, the tray and the single-instance server) join here in this order.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from afterview import APP_NAME, __version__
from afterview.domain.calendar import Clock
from afterview.errors import AfterviewError
from afterview.paths import AppPaths
from afterview.resources import resource
from afterview.storage.repository import Store

log = logging.getLogger(__name__)


def run_app(args: argparse.Namespace, paths: AppPaths, clock: Clock) -> int:
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)
    _check_display()

    log.info("Opening the data")
    store = Store.open(paths, clock)
    try:
        return _run_qt(args, paths, store, clock)
    finally:
        store.close()
        log.info("Data closed")


def _check_display() -> None:
    """Say plainly that there is no screen, instead of letting Qt abort with a page of advice."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        raise AfterviewError(
            "no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). "
            "The commands import, export and due work without one."
        )


def _run_qt(args: argparse.Namespace, paths: AppPaths, store: Store, clock: Clock) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from afterview.ui.main_window import MainWindow
    from afterview.ui.session import Session

    log.info("Starting Qt")
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("afterview")
    qt_app.setWindowIcon(QIcon(str(resource("icons", "afterview.svg"))))

    log.info("Preparing the follow-up plan")
    session = Session(store, clock)
    log.info("Building the main window")
    window = MainWindow(session, paths.window_state_file)
    if args.exit_after_show:
        window.first_paint.connect(lambda: QTimer.singleShot(0, qt_app.quit))
    if args.minimized:
        # There is no tray icon yet to minimise to, so the window is shown (DESIGN.md: with no
        # tray, the window stays).
        log.info("--minimized: no tray yet, showing the window")
    qt_app.aboutToQuit.connect(window.save_state)
    window.show()
    if store.recovery is not None:
        # Non-blocking, so the window (and --exit-after-show) carries on while the user reads it.
        notice = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, store.recovery.message, parent=window)
        notice.open()
    log.info("Running")
    return qt_app.exec()
