"""The tray icon and the reminder loop's timer: Afterview keeps reminding with its window closed.

One single-shot QTimer is armed for the delay each loop tick returns (never more than a minute),
so there is no long timer to drift and a sleeping computer is noticed on waking. The tray menu is
filled before it is shown and holds every action: the due follow-ups, Open, Snooze all for an
hour, Pause until tomorrow, Quit. Where the desktop has no tray (GNOME without its extension, a
tray that appears late after login) the window simply stays open, and Afterview keeps looking for
a tray for a while.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from afterview import APP_NAME
from afterview.core.reminder_source import WorkspaceReminderSource
from afterview.domain.agenda import Group, agenda
from afterview.domain.model import FollowUpState
from afterview.domain.plan import Step
from afterview.domain.progress import record, tomorrow_morning
from afterview.domain.wording import action
from afterview.i18n import translate
from afterview.reminders.loop import Notice, ReminderLoop
from afterview.ui.icon import app_icon as app_icon  # re-exported: the tray and tests use it
from afterview.ui.session import Session

log = logging.getLogger(__name__)

TRAY_RECHECK_MS = 1000
TRAY_RECHECK_FOR = 120  # seconds: a tray that starts after us at login is usually there by then
MENU_ITEMS = 8
REFRESH_EVERY = timedelta(minutes=5)


class TrayBalloonNotifier:
    """The tray icon's own message bubble: the second way to notify, when the native one fails."""

    name = "the tray icon's messages"

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    def notify(self, notice: Notice) -> None:
        if not self.tray.isVisible() or not self.tray.supportsMessages():
            raise RuntimeError("no tray icon to show messages from")
        self.tray.showMessage(notice.title, notice.body, self.tray.icon(), 15_000)


def badge(icon: QIcon, size: int = 64) -> QIcon:
    """The app icon with an orange dot: something is due."""
    pixmap = icon.pixmap(size, size)
    if pixmap.isNull():  # an icon that could not be loaded: better no dot than a broken paint
        return icon
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor("#e8590c"))
    diameter = size * 0.42
    painter.drawEllipse(int(size - diameter - 1), 1, int(diameter), int(diameter))
    painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    def __init__(
        self,
        session: Session,
        window: Callable[[], QMainWindow],
        loop: ReminderLoop,
        source: WorkspaceReminderSource,
        icon: QIcon,
        state_file: Path,
        open_step: Callable[[Step], None],
    ) -> None:
        """``window`` makes (once) and returns the main window: started in the tray, Afterview
        builds its window only when the user first opens it, which keeps the idle app small."""
        super().__init__(session)
        self.session = session
        self._make_window = window
        self._watched: QMainWindow | None = None
        self.loop = loop
        self.source = source
        self.open_step = open_step
        self.quitting = False
        self._refreshed_at: datetime | None = None
        self.icon = icon
        self.due_icon = badge(icon)
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.tray.setContextMenu(self.menu)  # attached before show: some trays read it only once
        self.menu.aboutToShow.connect(self.fill_menu)
        self.tray.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % late, three seconds on a one-minute wait.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self._recheck = QTimer(self)
        self._recheck.setInterval(TRAY_RECHECK_MS)
        self._recheck.timeout.connect(self._look_for_tray)
        self._rechecks_left = TRAY_RECHECK_FOR
        session.changed.connect(self.refresh)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self._quitting)
        self.fill_menu()
        self._look_for_tray()
        if not self.tray.isVisible():
            self._recheck.start()
        self._watch_the_window_shown()

    # --- the tray itself ------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.tray.isVisible()

    def _look_for_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            self._recheck.stop()
            QApplication.setQuitOnLastWindowClosed(False)
            log.info("Tray icon shown")
            return
        self._rechecks_left -= 1
        if self._rechecks_left <= 0:
            self._recheck.stop()
            log.info("No system tray on this desktop: the window stays open instead")

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    @property
    def window(self) -> QMainWindow:
        window = self._make_window()
        self._watch(window)
        return window

    def _watch(self, window: QMainWindow) -> None:
        if window is not self._watched:
            window.installEventFilter(self)  # closing it hides it in the tray
            self._watched = window

    def _watch_the_window_shown(self) -> None:
        """The window the app showed at start, before the tray was set up, is watched at once: its
        first close must hide it in the tray and say so. (Watched only once the tray asked for it,
        its first close went by unexplained, and the explanation came with the second.)"""
        shown = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMainWindow) and widget.isVisible()
        ]
        if len(shown) == 1:
            self._watch(shown[0])

    def show_window(self) -> None:
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Close and self.available and not self.quitting:
            event.ignore()
            self.window.hide()
            if self._state.value("tray/told") != "yes":
                self.tray.showMessage(
                    APP_NAME, translate("Tray", "Afterview keeps running here and reminds you when a follow-up is due.")
                )
                self._state.setValue("tray/told", "yes")
                self._state.sync()
            return True
        return False

    def _quitting(self) -> None:
        self.quitting = True
        self.timer.stop()
        self.tray.hide()

    def quit(self) -> None:
        self.quitting = True
        # Open dialogs and unsaved settings would end with the app: the window settles them first,
        # asking the user, who may choose to keep editing instead of quitting.
        if self._watched is not None and not self._watched.close():
            self.quitting = False
            return
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # --- what is due ------------------------------------------------------------------------------

    def due_steps(self) -> list[Step]:
        if not self.session.loaded:
            return []
        groups = agenda(self.session.steps(), self.session.now(), self.session.zone())
        return groups[Group.OVERDUE] + [step for step in groups[Group.TODAY] if step.needs_action(self.session.now())]

    def refresh(self) -> None:
        self._refreshed_at = self.session.now()
        due = self.due_steps()
        self.tray.setIcon(self.due_icon if due else self.icon)
        self.tray.setToolTip(self.tooltip(due))

    def tooltip(self, due: list[Step]) -> str:
        if not due:
            return translate("Tray", "{app}: nothing due").format(app=APP_NAME)
        first = due[0]
        app = self.session.application(first.application_id)
        what = action(first, app).split(":")[0] if app else ""
        company = app.company if app else ""
        if len(due) == 1:
            return translate("Tray", "1 follow-up due: {action} ({company})").format(action=what, company=company)
        return translate("Tray", "{count} follow-ups due: {action} ({company}) and {more} more").format(
            count=len(due), action=what, company=company, more=len(due) - 1
        )

    def fill_menu(self) -> None:
        self.menu.clear()
        due = self.due_steps()
        for step in due[:MENU_ITEMS]:
            app = self.session.application(step.application_id)
            if app is None:
                continue
            item = QAction(f"{action(step, app)} · {app.company}", self.menu)
            item.triggered.connect(lambda _=False, s=step: self._open(s))
            self.menu.addAction(item)
        if len(due) > MENU_ITEMS:
            self.menu.addAction(
                translate("Tray", "… and {count} more in Afterview").format(count=len(due) - MENU_ITEMS),
                self.show_window,
            )
        if not due:
            nothing = self.menu.addAction(translate("Tray", "Nothing due right now"))
            nothing.setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(translate("Tray", "Open {app}").format(app=APP_NAME), self.show_window)
        snooze = self.menu.addAction(translate("Tray", "Snooze all for an hour"), self.snooze_all)
        snooze.setEnabled(bool(due))
        paused = self.source.paused_until is not None and self.session.now() < self.source.paused_until
        self.menu.addAction(
            translate("Tray", "Resume reminders") if paused else translate("Tray", "Pause reminders until tomorrow"),
            self.toggle_pause,
        )
        self.menu.addSeparator()
        self.menu.addAction(translate("Tray", "Quit"), self.quit)

    def _open(self, step: Step) -> None:
        self.show_window()
        self.open_step(step)

    def snooze_all(self) -> None:
        """Every due follow-up comes back in an hour: one save per application, not per step."""
        now = self.session.now()
        by_app: dict[str, list[Step]] = {}
        for step in self.due_steps():
            by_app.setdefault(step.application_id, []).append(step)
        for app_id, steps in by_app.items():
            app = self.session.editable_copy(app_id)
            if app is None:
                continue
            for step in steps:
                record(app, step, FollowUpState.SNOOZED, now, until=now + timedelta(hours=1))
            self.session.save(app)

    def toggle_pause(self) -> None:
        now = self.session.now()
        if self.source.paused_until is not None and now < self.source.paused_until:
            self.source.paused_until = None
        else:
            self.source.paused_until = tomorrow_morning(now, self.session.settings(), self.session.zone())
        self.tick()

    # --- the loop -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()
        self.tick()

    def tick(self) -> None:
        delay = self.loop.tick()
        now = self.session.now()
        # The badge and tooltip follow data changes at once (session.changed); as time passes they
        # are brought up to date every few minutes, which keeps idle ticks nearly free.
        if self._refreshed_at is None or abs(now - self._refreshed_at) >= REFRESH_EVERY:
            self.refresh()
        self.timer.start(max(1000, int(delay.total_seconds() * 1000)))
