"""Stand-ins for the reminder loop's two ends: a source of plans kept in memory, and a notifier that
collects what it is given, so that tests can drive ``ReminderLoop`` without a store or a desktop."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from afterview.domain.model import Application
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings
from afterview.reminders.loop import Notice
from tests.support.builders import MADRID


class MemorySource:
    """The loop's source kept in memory; records every firing for the assertions."""

    def __init__(self, apps: list[Application], settings: Settings | None = None, zone: tzinfo = MADRID) -> None:
        self.apps = {app.id: app for app in apps}
        self._settings = settings or Settings()
        self.zone = zone
        self.log: dict[str, datetime] = {}
        self.history: list[tuple[str, datetime]] = []

    def steps(self) -> Sequence[Step]:
        return plan(self.apps.values(), self._settings)

    def application(self, app_id: str) -> Application:
        return self.apps[app_id]

    def settings(self) -> Settings:
        return self._settings

    def user_zone(self) -> tzinfo:
        return self.zone

    def fired(self) -> Mapping[str, datetime]:
        return dict(self.log)

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        for key in keys:
            self.log[key] = at
            self.history.append((key, at))


class Collector:
    """A notifier that keeps every notice, in order, instead of showing it."""

    def __init__(self) -> None:
        self.notices: list[Notice] = []

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)
