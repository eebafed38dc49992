"""The window's adapter over the Qt-free :class:`~afterview.core.workspace.Workspace`.

Views read through it and change data only through it. Every use case lives in the workspace (the
command line calls the same methods); this object only passes calls on and turns what happened into
signals: :attr:`Session.changed` after any change to the data, so every view refreshes from the
same state, and :attr:`Session.settings_changed` when the settings themselves changed, for the few
things that follow them (start at login, the remembered language).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from afterview.core.workspace import Undoable, Workspace
from afterview.domain.calendar import Clock
from afterview.domain.model import Application, FollowUpState, Letter
from afterview.domain.plan import Step
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store

if TYPE_CHECKING:  # bringing data in loads only when used: the window's start does without it
    from afterview.core.restoring import Restored
    from afterview.interchange.json_format import Document


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
    settings_changed = Signal(object, object)  # (previous, new) Settings

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None, *, load: bool = True) -> None:
        """With ``load`` false the session starts empty and :meth:`load` fills it later, so the
        window can paint before thousands of applications are decoded and planned."""
        super().__init__(parent)
        self.workspace = Workspace(store, clock, load=load)

    def load(self) -> None:
        self.workspace.reload()
        self.changed.emit()

    # --- reading: straight from the workspace -----------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.workspace.loaded

    @property
    def paths(self) -> AppPaths:
        return self.workspace.paths

    def applications(self) -> list[Application]:
        return self.workspace.applications()

    def application(self, app_id: str) -> Application | None:
        return self.workspace.application(app_id)

    def editable_copy(self, app_id: str) -> Application | None:
        return self.workspace.editable_copy(app_id)

    def steps(self) -> list[Step]:
        return self.workspace.steps()

    def steps_for(self, app_id: str) -> list[Step]:
        return self.workspace.steps_for(app_id)

    def settings(self) -> Settings:
        return self.workspace.settings()

    def zone(self) -> tzinfo:
        return self.workspace.zone()

    def now(self) -> datetime:
        return self.workspace.now()

    @property
    def last_action(self) -> Undoable | None:
        return self.workspace.last_undoable

    def fired(self) -> Mapping[str, datetime]:
        return self.workspace.fired()

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        self.workspace.record_fired(keys, at)

    # --- changing: the workspace does it, then the views are told ---------------------------------

    def catch_up(self) -> None:
        """Merge what another computer changed through a sync tool (ui/sync_watch.py calls it)."""
        if self.workspace.catch_up() is not None:
            self.changed.emit()

    def save(self, app: Application) -> None:
        """Validate and store; raises ValidationError (nothing saved) for the editor to show."""
        self.workspace.save(app)
        self.changed.emit()

    def send_letter(self, app: Application, letter: Letter) -> None:
        self.workspace.send_letter(app, letter)
        self.changed.emit()

    def bring_in(self, document: Document, *, replace: bool) -> Restored:
        done = self.workspace.bring_in(document, replace=replace)
        self.changed.emit()
        return done

    def delete(self, app_id: str) -> Application | None:
        app = self.workspace.delete(app_id)
        if app is not None:
            self.changed.emit()
        return app

    def accept_offer(self, app_id: str, *, confirmed: bool = False) -> None:
        """Accept an offer and close the other open processes (core/offers.py); raises SecondAcceptance."""
        from afterview.core.offers import accept_offer

        accept_offer(self.workspace, app_id, confirmed=confirmed)
        self.changed.emit()

    def decline_offer(self, app_id: str) -> None:
        from afterview.core.offers import decline_offer

        decline_offer(self.workspace, app_id)
        self.changed.emit()

    def undo(self) -> Undoable | None:
        undone = self.workspace.undo()
        if undone is not None:
            self.changed.emit()
        return undone

    def mark(self, step: Step, state: FollowUpState, until: datetime | None = None) -> None:
        self.workspace.mark(step, state, until)
        self.changed.emit()

    def save_settings(self, settings: Settings) -> None:
        previous = self.workspace.save_settings(settings)
        self.changed.emit()
        if previous != settings:
            self.settings_changed.emit(previous, settings)

    def user_templates(self) -> dict[str, str]:
        return self.workspace.user_templates()

    def save_user_templates(self, templates: Mapping[str, str]) -> None:
        self.workspace.save_user_templates(templates)
