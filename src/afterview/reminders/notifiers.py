"""Ways to tell the user a follow-up is due, tried in order: the desktop's own notifications (plyer),
then the tray icon's balloon, then the list inside the window, which always works.

A backend that fails is dropped for the rest of the run and the next one is used; each drop is
logged. Every notification names the app and uses its icon.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from afterview import APP_NAME
from afterview.reminders.loop import Notice, Notifier

log = logging.getLogger(__name__)


class PlyerNotifier:
    """Native notifications: Windows toasts, macOS notifications, the freedesktop daemon on Linux
    (through dbus-python when installed, else notify-send)."""

    name = "native notifications"

    def __init__(self, icon: Path) -> None:
        self.icon = icon

    def notify(self, notice: Notice) -> None:
        with warnings.catch_warnings():
            # plyer warns when dbus-python is missing, then uses notify-send: that is fine here.
            warnings.simplefilter("ignore")
            from plyer import notification

            notification.notify(
                title=notice.title, message=notice.body, app_name=APP_NAME, app_icon=str(self.icon), timeout=15
            )


class InAppNotifier:
    """Keeps every notice for the window (the tray menu and Today show them). Never fails."""

    name = "the list in the window"

    def __init__(self) -> None:
        self.notices: list[Notice] = []
        self.listeners: list[Callable[[Notice], None]] = []

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        del self.notices[:-50]  # the recent ones are what matters
        for listener in self.listeners:
            listener(notice)


class FallbackNotifier:
    """Tries each backend in order; one that raises is dropped for good and the next takes over."""

    def __init__(self, backends: Sequence[Notifier], always: InAppNotifier) -> None:
        self.backends = list(backends)
        self.always = always

    def notify(self, notice: Notice) -> None:
        self.always.notify(notice)
        while self.backends:
            backend = self.backends[0]
            try:
                backend.notify(notice)
                return
            except Exception as error:  # noqa: BLE001 - any failure of a platform backend means: use the next
                log.warning("Notifications through %s failed (%s); using the next way", _name(backend), error)
                self.backends.pop(0)

    @property
    def active(self) -> str:
        return _name(self.backends[0]) if self.backends else InAppNotifier.name


def _name(backend: Notifier) -> str:
    return str(getattr(backend, "name", type(backend).__name__))
