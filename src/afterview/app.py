"""The composition root: how the app starts, read top to bottom, each phase logged.

display → Qt → single instance (hand over to a running Afterview, or become the one) → data lock →
main window → first paint → tray and reminder loop → read the data and plan → run.

Like a bare Qt app, nothing the first paint does not need is loaded before it: the window comes
with only the place it shows (see ui.main_window); the tray, the reminder loop, the notifiers and
the login entry come just after the paint. Started in the tray only (``--minimized``), the tray
comes first and the window is built when it is first opened.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from typing import TYPE_CHECKING

from afterview import APP_NAME, __version__, i18n
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.paths import AppPaths

log = logging.getLogger(__name__)


if TYPE_CHECKING:
    from afterview.autostart import Autostart
    from afterview.domain.calendar import Clock
    from afterview.ui.main_window import MainWindow
    from afterview.ui.tray import TrayController


def run_app(args: argparse.Namespace, paths: AppPaths, clock: Clock) -> int:
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)
    _check_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from afterview.reminders.notifiers import InAppNotifier
    from afterview.storage.repository import Store
    from afterview.ui.session import Session
    from afterview.ui.single_instance import SingleInstance, server_name

    log.info("Starting Qt")
    # "afterview" as the program name, however it was started: the window class desktops match on.
    qt_app = QApplication.instance() or QApplication(["afterview"])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("afterview")
    from PySide6.QtCore import QLocale

    from afterview import translations

    setting = i18n.remembered_setting(paths.window_state_file)
    log.info("Speaking %s", translations.use(i18n.chosen_language(setting, QLocale.system().name())))
    from afterview.ui.tray import app_icon

    icon = app_icon()
    qt_app.setWindowIcon(icon)

    log.info("Looking for a running Afterview")
    instance = SingleInstance(server_name(paths.data_dir))
    if instance.hand_over():
        log.info("Handed over to the running Afterview")
        print(translate("App", "Afterview is already running; its window was brought to the front."), file=sys.stderr)
        return 0

    log.info("Taking the data lock")
    # Only the lock now ("in use" is reported before any window); the file is read just after the
    # first paint, so the window appears at once even with thousands of applications.
    try:
        store = Store.open(paths, clock, defer_read=True)
    except AfterviewError as error:
        # Started from a desktop menu there is no terminal to read: say it in a window too.
        if not args.exit_after_show:
            QMessageBox.critical(None, APP_NAME, str(error))
        raise
    try:
        instance.listen()
        session = Session(store, clock, load=False)
        in_app = InAppNotifier()
        windows: list[MainWindow] = []

        def main_window() -> MainWindow:
            """The window, built the first time it is needed (at start, or later from the tray)."""
            if not windows:
                log.info("Building the main window")
                from afterview.ui.main_window import MainWindow  # its views load only with it

                window = MainWindow(session, paths.window_state_file)
                qt_app.aboutToQuit.connect(window.save_state)
                # Every reminder also appears inside the window, whatever the desktop's notifications do.
                in_app.listeners.append(
                    lambda notice: window.statusBar().showMessage(f"{notice.title} — {notice.body}", 60_000)
                )
                windows.append(window)
            return windows[0]

        trays: list[TrayController] = []

        def start_tray() -> TrayController:
            log.info("Setting up the tray and the reminder loop")
            from afterview.core.reminder_source import WorkspaceReminderSource
            from afterview.reminders.loop import ReminderLoop
            from afterview.reminders.notifiers import FallbackNotifier, PlyerNotifier
            from afterview.resources import resource
            from afterview.ui.tray import TrayBalloonNotifier, TrayController

            source = WorkspaceReminderSource(session.workspace)
            notifier = FallbackNotifier([], in_app)
            loop = ReminderLoop(source, notifier, clock)
            tray = TrayController(
                session,
                main_window,
                loop,
                source,
                icon,
                paths.window_state_file,
                lambda step: main_window().open_step(step),
            )
            notifier.backends = [PlyerNotifier(resource("icons", "afterview.png")), TrayBalloonNotifier(tray.tray)]
            trays.append(tray)
            return tray

        def show_requested() -> None:
            """Another start asked for the window (it may come before the tray is set up)."""
            if trays:
                trays[0].show_window()
            else:
                window = main_window()
                window.showNormal()
                window.raise_()
                window.activateWindow()

        instance.show_requested.connect(show_requested)

        def load() -> None:
            from afterview.autostart import for_this_platform, launch_command
            from afterview.paths import default_data_dir

            tray = trays[0] if trays else start_tray()
            log.info("Reading the data and preparing the follow-up plan")
            try:
                store.read()
            except AfterviewError as error:
                log.warning("Cannot read the data: %s", error)
                QMessageBox.critical(windows[0] if windows else None, APP_NAME, str(error))
                qt_app.exit(1)
                return
            session.load()
            login = for_this_platform()
            command = launch_command(str(paths.data_dir) if paths.data_dir != default_data_dir() else None)
            # Once at start, so the login entry and the remembered language match the data read;
            # then only a change of the settings themselves touches them.
            _sync_autostart(login, session.settings().start_at_login, command)
            _remember_language(paths, session.settings().language)
            session.settings_changed.connect(lambda _old, new: _sync_autostart(login, new.start_at_login, command))
            session.settings_changed.connect(lambda _old, new: _remember_language(paths, new.language))
            if store.recovery is not None:
                QMessageBox.warning(windows[0] if windows else None, APP_NAME, store.recovery.message)
            log.info("Ready: %d applications", len(session.applications()))
            tray.start()

        if args.minimized and start_tray().available:
            log.info("Starting in the tray only")
            QTimer.singleShot(0, load)
        else:
            if args.minimized:
                log.info("--minimized, but there is no tray: showing the window")
            window = main_window()
            if args.exit_after_show:
                window.first_paint.connect(qt_app.quit)  # diagnostics: the start is measured up to here
            else:
                window.first_paint.connect(lambda: QTimer.singleShot(0, load))  # the tray, then the data
            window.show()
        log.info("Running")
        return qt_app.exec()
    finally:
        instance.close()
        store.close()
        log.info("Data closed")


def _sync_autostart(login: Autostart, wanted: bool, command: list[str]) -> None:
    from afterview.autostart import apply

    try:
        if apply(login, wanted, command):
            log.info("Start at login %s", "on" if wanted else "off")
    except OSError as error:
        log.warning("Cannot change start at login: %s", error)


def _check_display() -> None:
    """Say plainly that there is no screen, instead of letting Qt abort with a page of advice."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        raise AfterviewError(
            translate(
                "App",
                "no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). "
                "The commands import, export and due work without one.",
            )
        )


def _remember_language(paths: AppPaths, setting: str) -> None:
    """Keep the language setting where the next start reads it before the data (see i18n)."""
    if i18n.remembered_setting(paths.window_state_file) == setting:
        return
    from PySide6.QtCore import QSettings

    state = QSettings(str(paths.window_state_file), QSettings.Format.IniFormat)
    state.setValue(f"{i18n.REMEMBERED_SECTION}/{i18n.REMEMBERED_KEY}", setting)
    state.sync()
    with contextlib.suppress(OSError):
        os.chmod(paths.window_state_file, 0o600)
