"""The store as the reminder loop's source: the plan is recomputed only when the data changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from afterview.clock import user_zone
from afterview.domain.model import Application
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings
from afterview.storage.repository import Store


class StoreReminderSource:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._revision = -1
        self._steps: list[Step] = []
        self._apps: dict[str, Application] = {}
        self._settings = Settings()

    def _refresh(self) -> None:
        # A tray tick runs every minute; decoding thousands of applications each time would be
        # the slow part, so the derived plan is kept until the store's revision changes.
        if self._revision == self.store.revision:
            return
        self._settings = self.store.settings()
        apps = self.store.applications()
        self._apps = {app.id: app for app in apps}
        self._steps = plan(apps, self._settings)
        self._revision = self.store.revision

    def steps(self) -> Sequence[Step]:
        self._refresh()
        return self._steps

    def application(self, app_id: str) -> Application:
        self._refresh()
        return self._apps[app_id]

    def settings(self) -> Settings:
        self._refresh()
        return self._settings

    def user_zone(self) -> tzinfo:
        return user_zone(self.settings().time_zone)

    def fired(self) -> Mapping[str, datetime]:
        return self.store.fired()

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        self.store.record_fired(keys, at)
