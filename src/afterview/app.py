"""The composition root: how the app starts, read top to bottom, each phase logged.

display → Qt (with the theme) → single instance (hand over to a running Afterview) → data lock (if it is in use,
wait a moment for that Afterview to listen, and hand over) → main window (a shell) → first paint → listen for
later starts → the data opened, the place shown → tray and reminder loop → read the data and plan → run.

Like a bare Qt app, nothing the first paint does not need is loaded before it: the window paints
as a shell (the places and the menus; see ui.main_window) with only the data lock taken; the store,
the session, the place shown, the tray, the reminder loop, the notifiers and the login entry come
just after the paint. Started in the tray only (``--minimized``), the tray comes first and the
window is built when it is first opened.
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
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from afterview.autostart import Autostart
    from afterview.domain.calendar import Clock
    from afterview.reminders.loop import Notice
    from afterview.reminders.notifiers import InAppNotifier
    from afterview.storage.lock import DataLock
    from afterview.storage.repository import Store
    from afterview.ui.main_window import MainWindow
    from afterview.ui.session import Session
    from afterview.ui.single_instance import SingleInstance
    from afterview.ui.sync_watch import SyncWatch
    from afterview.ui.tray import TrayController


def run_app(args: argparse.Namespace, paths: AppPaths, clock: Clock) -> int:
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)
    _check_display()
    from afterview.ui.single_instance import SingleInstance, server_name

    qt_app, icon = _start_qt(paths)

    log.info("Looking for a running Afterview")
    instance = SingleInstance(server_name(paths.data_dir))
    lock = None if instance.hand_over() else _take_the_data_lock(args, paths, instance)
    if lock is None:
        log.info("Handed over to the running Afterview")
        print(translate("App", "Afterview is already running; its window was brought to the front."), file=sys.stderr)
        return 0
    shown = _WindowAndTray(qt_app, lock, paths, clock, icon, instance)
    try:
        instance.show_requested.connect(shown.show_requested)
        shown.show_at_start(minimized=args.minimized, exit_after_show=args.exit_after_show)
        log.info("Running")
        return qt_app.exec()
    finally:
        instance.close()
        shown.close()
        log.info("Data closed")


def _start_qt(paths: AppPaths) -> tuple[QApplication, QIcon]:
    """The Qt application, named as desktops know it, speaking the remembered language, with its
    icon, in Afterview's light or dark look (the computer's preference, or AFTERVIEW_THEME)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from afterview import translations
    from afterview.ui.icon import app_icon
    from afterview.ui.theme import apply_theme

    log.info("Starting Qt")
    # "afterview" as the program name, however it was started: the window class desktops match on.
    qt_app = QApplication.instance() or QApplication(["afterview"])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("afterview")
    setting = i18n.remembered_setting(paths.window_state_file)
    log.info("Speaking %s", translations.use(i18n.chosen_language(setting, QLocale.system().name())))
    icon = app_icon()
    qt_app.setWindowIcon(icon)
    apply_theme(qt_app)
    return qt_app, icon


def _take_the_data_lock(args: argparse.Namespace, paths: AppPaths, instance: SingleInstance) -> DataLock | None:
    """The data lock; None when the data is in use by an Afterview that took this start's request
    after all (it listens just after its first paint: a second start may come before)."""
    from afterview.storage.lock import DataInUse, take_data_lock
    from afterview.ui.single_instance import LISTEN_WAIT_S

    log.info("Taking the data lock")
    # Only the lock now ("in use" is reported before any window); the data is opened and read just
    # after the first paint, so the window appears at once even with thousands of applications.
    try:
        return take_data_lock(paths)
    except DataInUse as error:
        if instance.hand_over(wait_s=LISTEN_WAIT_S):
            return None
        _say_in_a_window(args, error)
        raise
    except AfterviewError as error:
        _say_in_a_window(args, error)
        raise


def _say_in_a_window(args: argparse.Namespace, error: AfterviewError) -> None:
    """Started from a desktop menu there is no terminal to read: say it in a window too."""
    from PySide6.QtWidgets import QMessageBox

    if not args.exit_after_show:
        QMessageBox.critical(None, APP_NAME, str(error))


class _WindowAndTray:
    """What the running app shows: the main window and the tray with its reminder loop, each built
    the first time it is needed, and the data they show, read just after the first paint."""

    def __init__(
        self, qt_app: QApplication, lock: DataLock, paths: AppPaths, clock: Clock, icon: QIcon, instance: SingleInstance
    ) -> None:
        self.qt_app = qt_app
        self.instance = instance
        self.lock = lock
        self.paths = paths
        self.clock = clock
        self.icon = icon
        self._store: Store | None = None
        self._session: Session | None = None
        self._in_app: InAppNotifier | None = None
        self.window: MainWindow | None = None
        self.tray: TrayController | None = None
        self.sync_watch: SyncWatch | None = None  # set once the data is read

    @property
    def session(self) -> Session:
        """The data, opened with the lock taken before the first paint (its file is read by :meth:`load`)."""
        if self._session is None:
            from afterview.storage.repository import Store
            from afterview.ui.session import Session

            log.info("Opening the data")
            self._store = Store.open(self.paths, self.clock, defer_read=True, lock=self.lock)
            self._session = Session(self._store, self.clock, load=False)
            if self.window is not None:
                self.window.attach(self._session)
        return self._session

    @property
    def in_app(self) -> InAppNotifier:
        """Every reminder also appears inside the window, whatever the desktop's notifications do."""
        if self._in_app is None:
            from afterview.reminders.notifiers import InAppNotifier

            self._in_app = InAppNotifier()
            self._in_app.listeners.append(self._show_in_window)
        return self._in_app

    def _show_in_window(self, notice: Notice) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(f"{notice.title} — {notice.body}", 60_000)

    def close(self) -> None:
        """Release the data (the store, or only the lock if the data was never opened)."""
        if self._store is not None:
            self._store.close()
        else:
            self.lock.release()

    def show_at_start(self, *, minimized: bool, exit_after_show: bool) -> None:
        """The tray alone when asked for and there is one; else the window, then the tray and the data."""
        from PySide6.QtCore import QTimer

        if minimized and self.start_tray().available:
            log.info("Starting in the tray only")
            QTimer.singleShot(0, self.load)
            return
        if minimized:
            log.info("--minimized, but there is no tray: showing the window")
        window = self.main_window()
        if exit_after_show:
            window.first_paint.connect(self.qt_app.quit)  # diagnostics: the start is measured up to here
        else:
            window.first_paint.connect(lambda: QTimer.singleShot(0, self.load))  # the tray, then the data
        window.show()

    def main_window(self) -> MainWindow:
        """The window, built the first time it is needed (at start, or later from the tray)."""
        if self.window is None:
            log.info("Building the main window")
            from afterview.ui.main_window import MainWindow  # its views load only with it

            window = MainWindow(self._session, self.paths.window_state_file)  # a shell until the data is opened
            self.qt_app.aboutToQuit.connect(window.save_state)
            self.window = window
        return self.window

    def start_tray(self) -> TrayController:
        log.info("Setting up the tray and the reminder loop")
        from afterview.core.reminder_source import WorkspaceReminderSource
        from afterview.reminders.loop import ReminderLoop
        from afterview.reminders.notifiers import FallbackNotifier, PlyerNotifier
        from afterview.resources import resource
        from afterview.ui.tray import TrayBalloonNotifier, TrayController

        source = WorkspaceReminderSource(self.session.workspace)
        notifier = FallbackNotifier([], self.in_app)
        loop = ReminderLoop(source, notifier, self.clock)
        tray = TrayController(
            self.session,
            self.main_window,
            loop,
            source,
            self.icon,
            self.paths.window_state_file,
            lambda step: self.main_window().open_step(step),
        )
        notifier.backends = [PlyerNotifier(resource("icons", "afterview.png")), TrayBalloonNotifier(tray.tray)]
        self.tray = tray
        return tray

    def show_requested(self) -> None:
        """Another start asked for the window (it may come before the tray is set up)."""
        if self.tray is not None:
            self.tray.show_window()
        else:
            window = self.main_window()
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def load(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.info("Listening for other starts")
        self.instance.listen()  # after the first paint: QtNetwork need not slow the window down
        session = self.session
        tray = self.tray if self.tray is not None else self.start_tray()
        log.info("Reading the data and preparing the follow-up plan")
        assert self._store is not None  # opened with the session
        try:
            self._store.read()
        except AfterviewError as error:
            log.warning("Cannot read the data: %s", error)
            QMessageBox.critical(self.window, APP_NAME, str(error))
            self.qt_app.exit(1)
            return
        session.load()
        self._follow_the_settings()
        if self._store.recovery is not None:
            QMessageBox.warning(self.window, APP_NAME, self._store.recovery.message)
        if session.workspace.synced is not None:  # another computer's edits, merged (core/syncing.py)
            QMessageBox.information(self.window, APP_NAME, session.workspace.synced.message)
        self._watch_the_sync_tool()
        log.info("Ready: %d applications", len(session.applications()))
        tray.start()

    def _watch_the_sync_tool(self) -> None:
        """A sync tool may change the data while the app runs: merged, and told in the window."""
        from afterview.ui.sync_watch import SyncWatch

        def tell(message: str) -> None:
            if self.window is not None:
                self.window.statusBar().showMessage(message, 60_000)

        self.sync_watch = SyncWatch(self.session, tell, self.qt_app)

    def _follow_the_settings(self) -> None:
        """Once at start, so the login entry and the remembered language match the data read; then
        only a change of the settings themselves touches them."""
        from afterview.autostart import for_this_platform, launch_command
        from afterview.paths import default_data_dir

        paths = self.paths
        login = for_this_platform()
        command = launch_command(str(paths.data_dir) if paths.data_dir != default_data_dir() else None)
        settings = self.session.settings()
        _sync_autostart(login, settings.start_at_login, command)
        _remember_language(paths, settings.language)
        self.session.settings_changed.connect(lambda _old, new: _sync_autostart(login, new.start_at_login, command))
        self.session.settings_changed.connect(lambda _old, new: _remember_language(paths, new.language))


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
