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

    log.info("Taking the data lock")
    # Only the lock now ("in use" is reported before any window); the file is read just after
    # the window's first paint, so the window appears at once even with thousands of applications.
    store = Store.open(paths, clock, defer_read=True)
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

    log.info("Building the main window")
    session = Session(store, clock, load=False)
    window = MainWindow(session, paths.window_state_file)

    def load() -> None:
        log.info("Reading the data and preparing the follow-up plan")
        try:
            store.read()
        except AfterviewError as error:
            log.warning("Cannot read the data: %s", error)
            QMessageBox.critical(window, APP_NAME, str(error))
            qt_app.exit(1)
            return
        session.load()
        if store.recovery is not None:
            # Non-blocking: the user reads it over a window that already works.
            notice = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, store.recovery.message, parent=window)
            notice.open()
        log.info("Ready: %d applications", len(session.applications()))

    if args.exit_after_show:
        window.first_paint.connect(qt_app.quit)  # diagnostics: the start is measured up to here
    else:
        window.first_paint.connect(lambda: QTimer.singleShot(0, load))
    if args.minimized:
        # There is no tray icon yet to minimise to, so the window is shown (DESIGN.md: with no
        # tray, the window stays).
        log.info("--minimized: no tray yet, showing the window")
    qt_app.aboutToQuit.connect(window.save_state)
    window.show()
    log.info("Running")
    return qt_app.exec()
