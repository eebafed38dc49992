"""What the window's views share: the store, the clock and the plan, behind one small Qt object.

Views read through it and change data only through it; it saves (one write per user action) and
emits :attr:`Session.changed` so every view refreshes from the same state. The plan is derived
here once per change, not once per view.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from afterview.clock import user_zone
from afterview.domain.calendar import Clock
from afterview.domain.model import Application, FollowUpState
from afterview.domain.plan import Step, plan
from afterview.domain.progress import record
from afterview.domain.settings import Settings
from afterview.interchange.json_format import Document
from afterview.interchange.restore import Restored, bring_in
from afterview.storage.repository import Store

log = logging.getLogger(__name__)
ZONE_RECHECK_SECONDS = 55  # the computer's time zone can change (travel); notice it within a tick or two


class _WhenVisible(QObject):
    """Refreshes a view when the data changes only while it is shown; a hidden one catches up when
    it is next shown. Five views over thousands of applications need not all work on every click."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.refresh = refresh
        self.stale = False
        view.installEventFilter(self)

    def changed(self) -> None:
        if self.view.isVisible():
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def refresh_when_visible(session: Session, view: QWidget, refresh: Callable[[], None]) -> None:
    """Keep ``view`` up to date with ``session``, doing the work only when someone can see it."""
    session.changed.connect(_WhenVisible(view, refresh).changed)


class Session(QObject):
    changed = Signal()

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None, *, load: bool = True) -> None:
        """With ``load`` false the session starts empty and :meth:`load` fills it later, so the
        window can paint before thousands of applications are decoded and planned."""
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._apps: dict[str, Application] = {}
        self._steps: list[Step] = []
        self._settings = Settings()
        # The last undoable action: what it was, and the application as it was before it.
        self.last_action: tuple[str, Application] | None = None
        self._zone: tuple[str, float, tzinfo] | None = None
        self.loaded = False
        if load:
            self.reload()

    def load(self) -> None:
        self.reload()
        self.changed.emit()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again from the store (at start, and after settings change)."""
        self._settings = self.store.settings()
        self._apps = {app.id: app for app in self.store.applications()}
        self._steps = plan(self._apps.values(), self._settings)
        self.loaded = True

    def applications(self) -> list[Application]:
        return list(self._apps.values())

    def application(self, app_id: str) -> Application | None:
        return self._apps.get(app_id)

    def editable_copy(self, app_id: str) -> Application | None:
        """A copy for an editor to change freely; Cancel then simply drops it."""
        app = self._apps.get(app_id)
        return copy.deepcopy(app) if app is not None else None

    def steps(self) -> list[Step]:
        return self._steps

    def steps_for(self, app_id: str) -> list[Step]:
        return [step for step in self._steps if step.application_id == app_id]

    def settings(self) -> Settings:
        return self._settings

    def zone(self) -> tzinfo:
        """The user's zone; the computer's is looked up at most once a minute (the tray asks often)."""
        now = time.monotonic()
        if (
            self._zone is None
            or self._zone[0] != self._settings.time_zone
            or now - self._zone[1] > ZONE_RECHECK_SECONDS
        ):
            self._zone = (self._settings.time_zone, now, user_zone(self._settings.time_zone))
        return self._zone[2]

    def now(self) -> datetime:
        return self.clock.now()

    # --- changing (each is one user action: one write, then one refresh) ----------------------

    def save(self, app: Application) -> None:
        """Validate and store; raises ValidationError (nothing saved) for the editor to show."""
        self.store.save(app)
        self._apps[app.id] = copy.deepcopy(app)
        self._replan(app.id)

    def bring_in(self, document: Document, *, replace: bool) -> Restored:
        """Merge a backup or an import into the data, or replace the data with it (one write)."""
        done = bring_in(self.store, document, replace=replace)
        self.last_action = None  # an earlier edit cannot be undone over data that has been replaced
        self.reload()
        self.changed.emit()
        return done

    def delete(self, app_id: str) -> Application | None:
        app = self._apps.get(app_id)
        if app is None:
            return None
        self.store.delete(app_id)
        del self._apps[app_id]
        self.last_action = ("delete", app)  # before _replan tells the views
        log.info("Deleted an application")
        self._replan(app_id)
        return app

    def undo(self) -> tuple[str, Application] | None:
        """Undo the last deletion or Done/Skip/Snooze: the application goes back to how it was."""
        if self.last_action is None:
            return None
        what, before = self.last_action
        self.store.save(before)
        self._apps[before.id] = copy.deepcopy(before)
        self.last_action = None
        log.info("Undid: %s", what)
        self._replan(before.id)
        return what, before

    def mark(self, step: Step, state: FollowUpState, until: datetime | None = None) -> None:
        """Done, skipped or snoozed: stored with the application, so it survives restarts."""
        app = self.editable_copy(step.application_id)
        if app is None:
            return
        before = copy.deepcopy(app)
        record(app, step, state, self.now(), until=until)
        previous, self.last_action = self.last_action, (state.value, before)  # set before views refresh
        try:
            self.save(app)
        except BaseException:
            self.last_action = previous
            raise

    def save_settings(self, settings: Settings) -> None:
        self.store.save_settings(settings)
        self.reload()
        self.changed.emit()

    def _replan(self, app_id: str) -> None:
        # Only the changed application's steps are made again: with thousands of applications a
        # whole new plan per click would be felt.
        kept = [step for step in self._steps if step.application_id != app_id]
        app = self._apps.get(app_id)
        fresh = plan([app], self._settings) if app is not None else []
        self._steps = sorted(kept + fresh, key=lambda step: step.due_at)
        self.changed.emit()
