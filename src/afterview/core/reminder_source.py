"""The workspace as the reminder loop's source: the plan it keeps up to date, the log of what was raised.

The tray pauses notifications through :attr:`WorkspaceReminderSource.paused_until` (the plan goes on;
only the raising stops), so the loop needs no Qt and the command line could drive it the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from afterview.core.workspace import Workspace
from afterview.domain.model import Application
from afterview.domain.plan import Step
from afterview.domain.settings import Settings


class WorkspaceReminderSource:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.paused_until: datetime | None = None

    def steps(self) -> Sequence[Step]:
        return self.workspace.steps()

    def application(self, app_id: str) -> Application:
        app = self.workspace.application(app_id)
        assert app is not None, "the plan only names stored applications"
        return app

    def settings(self) -> Settings:
        settings = self.workspace.settings()
        if self.paused_until is not None and self.workspace.now() < self.paused_until:
            return dataclasses.replace(settings, notifications_enabled=False)
        return settings

    def user_zone(self) -> tzinfo:
        return self.workspace.zone()

    def fired(self) -> Mapping[str, datetime]:
        return self.workspace.fired()

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        self.workspace.record_fired(keys, at)
