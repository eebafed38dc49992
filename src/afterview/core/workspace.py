"""One open data folder and everything a user can do with it, without Qt.

A :class:`Workspace` owns the store, the clock, the plan derived from the data (kept up to date one
application at a time) and a typed undo history. The command line calls it directly; the window
calls it through ``ui/session.py``, a small adapter that turns its results into Qt signals. So
every flow (save, mark, undo, import, export, back up, restore, due) has one path, used by both.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from afterview.clock import user_zone
from afterview.domain.calendar import Clock
from afterview.domain.model import Application, FollowUpState, Letter
from afterview.domain.offers import DESK_KINDS, desk_steps
from afterview.domain.plan import Step, plan
from afterview.domain.progress import record, record_sent
from afterview.domain.settings import Settings
from afterview.errors import AfterviewError
from afterview.i18n import plural, translate
from afterview.paths import AppPaths
from afterview.storage.repository import Store

if TYPE_CHECKING:  # bringing data in and out loads only when used: the window's start does without it
    from afterview.core.restoring import Restored
    from afterview.core.syncing import SyncReport
    from afterview.interchange.json_format import Document

log = logging.getLogger(__name__)
ZONE_RECHECK_SECONDS = 55  # the computer's time zone can change (travel); notice it within a tick or two
UNDO_DEPTH = 20


class UndoKind(StrEnum):
    """What an undoable action was: a deletion, or a step marked done, skipped or snoozed."""

    DELETE = "delete"
    DONE = FollowUpState.DONE.value
    SKIPPED = FollowUpState.SKIPPED.value
    SNOOZED = FollowUpState.SNOOZED.value
    DECIDE = "decide"  # an offer accepted or declined (core/offers.py), and the processes it closed


@dataclass(frozen=True)
class Undoable:
    """One action that can be undone: what it was, and the application as it was before it."""

    kind: UndoKind
    before: Application
    others: tuple[Application, ...] = ()  # further applications the action changed, as they were

    @property
    def app_ids(self) -> frozenset[str]:
        """The applications that undoing it would put back."""
        return frozenset(app.id for app in (self.before, *self.others))


class Workspace:
    def __init__(self, store: Store, clock: Clock, *, load: bool = True) -> None:
        """With ``load`` false the workspace starts empty and :meth:`reload` fills it later, so the
        window can paint before thousands of applications are decoded and planned."""
        self.store = store
        self.clock = clock
        self._apps: dict[str, Application] = {}
        self._steps: list[Step] = []
        self._settings = Settings()
        self._undo: list[Undoable] = []
        self._zone: tuple[str, float, tzinfo] | None = None
        self.loaded = False
        self.synced: SyncReport | None = None  # what the last merge of another computer's edits did
        self.sync_listeners: list[Callable[[SyncReport], None]] = []  # told of each such merge
        self._sync_told: set[str] = set()  # copies that could not be merged, already reported
        if load:
            self.reload()

    @property
    def paths(self) -> AppPaths:
        return self.store.paths

    # --- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again from the store (at start, and after a restore or new settings), after
        merging what another computer changed through a sync tool (core/syncing.py)."""
        if not self.store.read_only:
            self._absorb()
        self._read_all()

    def catch_up(self) -> SyncReport | None:
        """Merge what another computer changed (the data file replaced, conflict copies) before
        anything is written, so that no save overwrites it; the sync watcher calls it too."""
        report = self._absorb()
        if report is not None:
            self._read_all()
        return report

    def _absorb(self) -> SyncReport | None:
        from afterview.core.syncing import absorb

        report = absorb(self.store, self.now(), self._sync_told)
        if report is None:
            return None
        self.synced = report
        self._undo = []  # going back to a state from before the merge would drop the other computer's edits
        for listener in self.sync_listeners:
            listener(report)
        return report

    def _read_all(self) -> None:
        self._settings = self.store.settings()
        self._apps = {app.id: app for app in self.store.applications()}
        self._steps = sorted(plan(self._apps.values(), self._settings, self.zone()), key=lambda step: step.due_at)
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
        """Every step of the plan, the earliest due first."""
        return self._steps

    def steps_for(self, app_id: str) -> list[Step]:
        return [step for step in self._steps if step.application_id == app_id]

    def settings(self) -> Settings:
        return self._settings

    def unreadable(self) -> list[str]:
        """Records the store kept but could not read (a file with no good copy to recover from)."""
        return list(self.store.unreadable)

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

    def due(self, at: datetime | None = None) -> list[Step]:
        """The steps that need doing at ``at`` (default now), the most pressing first."""
        moment = self.now() if at is None else at
        steps = [step for step in self._steps if step.needs_action(moment)]
        return sorted(steps, key=lambda step: (step.deadline or step.due_at, step.key))

    def next_reminder_at(self, step: Step, now: datetime | None = None) -> datetime | None:
        """When the tray next raises ``step``, seen from ``now`` (None: never again)."""
        from afterview.reminders.scheduler import raisable_at

        moment = self.now() if now is None else now
        return raisable_at(step, self.fired(), self._settings, self.zone(), moment)

    # --- changing: each is one user action, one write -------------------------------------------

    def save(self, app: Application) -> None:
        """Validate and store; raises ValidationError (nothing saved) for the editor to show.

        An edit is not undoable itself, and no earlier action on the same application can be undone
        after it any more: putting the application back would silently lose the edit.
        """
        self._write(app)
        self._forget_touching({app.id})

    def _write(self, app: Application) -> None:
        report = self.catch_up()
        if report is not None and app.id in report.touched and app.id in self._apps:
            from afterview.domain.sync_merge import merge_application

            app.updated_at = self.now()  # this edit is the newest; what grows is united with the other's
            app = merge_application(app, self._apps[app.id])
        self.store.save(app)
        self._apps[app.id] = copy.deepcopy(app)
        self._replan(app.id)

    def delete(self, app_id: str) -> Application | None:
        app = self._apps.get(app_id)
        if app is None:
            return None
        self.catch_up()
        self.store.delete(app_id)
        del self._apps[app_id]
        self._remember(Undoable(UndoKind.DELETE, app))
        log.info("Deleted an application")
        self._replan(app_id)
        return app

    def mark(self, step: Step, state: FollowUpState, until: datetime | None = None) -> None:
        """Done, skipped or snoozed: stored with the application, so it survives restarts."""
        app = self.editable_copy(step.application_id)
        if app is None:
            return
        before = copy.deepcopy(app)
        record(app, step, state, self.now(), until=until)
        self._write(app)  # undone in turn: the actions before it on this application stay undoable
        self._remember(Undoable(UndoKind(state.value), before))

    def send_letter(self, app: Application, letter: Letter) -> None:
        """Mark ``letter`` (a letter of ``app``, an editable copy) sent now, completing its step; saves."""
        record_sent(app, letter, self.steps_for(app.id), self.now())
        self.save(app)

    def save_all(self, apps: Sequence[Application], kind: UndoKind) -> None:
        """Store several changed applications in one write (all or none), undoable as one action."""
        before = [copy.deepcopy(self._apps[app.id]) for app in apps]
        self.catch_up()
        self.store.save_all(apps)
        for app in apps:
            self._apps[app.id] = copy.deepcopy(app)
            self._replan(app.id)
        self._remember(Undoable(kind, before[0], tuple(before[1:])))

    @property
    def last_undoable(self) -> Undoable | None:
        return self._undo[-1] if self._undo else None

    def undo(self) -> Undoable | None:
        """Undo the last deletion, Done/Skip/Snooze or offer decision: the applications go back to how
        they were. Never over a later edit of one of them: such an edit drops the action (see save)."""
        self.catch_up()  # a merge of another computer's edits empties the history: nothing to undo over it
        if not self._undo:
            return None
        done = self._undo.pop()
        if done.others:
            self.store.save_all([done.before, *done.others])
        else:
            self.store.save(done.before)
        for app in (done.before, *done.others):
            self._apps[app.id] = copy.deepcopy(app)
            self._replan(app.id)
        log.info("Undid: %s", done.kind)
        return done

    def _remember(self, action: Undoable) -> None:
        self._undo = [*self._undo[-(UNDO_DEPTH - 1) :], action]

    def _forget_touching(self, app_ids: set[str]) -> None:
        """Drop the undoable actions on these applications: a change not in the history was made
        after them, and undoing them would overwrite it. Undo then offers the latest action left."""
        self._undo = [action for action in self._undo if not action.app_ids & app_ids]

    def save_settings(self, settings: Settings) -> Settings:
        """Store new settings and plan again; returns the settings they replace."""
        previous = self._settings
        self.catch_up()
        self.store.save_settings(settings)
        self.reload()
        return previous

    def _replan(self, app_id: str) -> None:
        # Only the changed application's steps are made again: with thousands of applications a
        # whole new plan per click would be felt.
        # The offer desk's steps look across applications: they are made again from all of them.
        kept = [step for step in self._steps if step.application_id != app_id and step.kind not in DESK_KINDS]
        app = self._apps.get(app_id)
        fresh = plan([app], self._settings, self.zone()) if app is not None else []
        fresh = [step for step in fresh if step.kind not in DESK_KINDS]
        fresh += desk_steps(self._apps.values(), self._settings)
        self._steps = sorted(kept + fresh, key=lambda step: step.due_at)

    # --- letter templates -------------------------------------------------------------------------

    def user_templates(self) -> dict[str, str]:
        return self.store.user_templates()

    def save_user_templates(self, templates: Mapping[str, str]) -> None:
        self.catch_up()
        self.store.save_user_templates(dict(templates))

    # --- bringing data in and out ------------------------------------------------------------------

    def bring_in(self, document: Document, *, replace: bool) -> Restored:
        """Merge a backup, an import or a kept copy into the data, or replace the data with it."""
        from afterview.core.restoring import bring_in

        self.catch_up()
        done = bring_in(self.store, document, replace=replace)
        self._undo = []  # an earlier edit cannot be undone over data that has been replaced
        self.reload()
        return done

    def export(self, file_format: str) -> bytes:
        """Everything as ``json`` (a backup: settings and templates too), ``csv``, ``ics`` or ``vcf``
        (the interviewers as contacts).

        Refused while some application cannot be read: the file would silently lack it.
        """
        self.refuse_if_incomplete()
        apps = self.applications()
        if file_format == "csv":
            from afterview.interchange.csv_format import export_csv

            return export_csv(apps).encode("utf-8")
        if file_format == "ics":
            from afterview.interchange.ics_format import export_ics  # icalendar loads only when asked

            return export_ics(apps, self._settings, self.now(), self.zone())
        if file_format == "vcf":
            from afterview.interchange.vcard import export_vcf

            return export_vcf(apps, self.now())
        from afterview.interchange import json_format

        document = json_format.export_document(apps, self._settings, self.user_templates())
        return json_format.dumps(document).encode("utf-8")

    def refuse_if_incomplete(self) -> None:
        unreadable = self.unreadable()
        if unreadable:
            # The count agrees with its verb, so the clause is the plural (not just the noun).
            count = plural(
                len(unreadable),
                translate("Workspace", "{count} application could not be read"),
                translate("Workspace", "{count} applications could not be read"),
            )
            raise AfterviewError(
                translate(
                    "Workspace",
                    "{unreadable}, so the file would be incomplete ({problem}). The data file and its copies are "
                    "in {folder}.",
                ).format(unreadable=count, problem=unreadable[0], folder=self.paths.data_dir)
            )

    def write_file(self, target: str, payload: bytes) -> None:
        """Write an export or a letter where the user chose: private, atomic, never into the data folder."""
        from afterview.interchange.files import write_export

        write_export(target, payload, self.paths.data_dir)

    # --- the reminder log, for the tray ------------------------------------------------------------

    def fired(self) -> Mapping[str, datetime]:
        return self.store.fired()

    def record_fired(self, keys: Sequence[str], at: datetime) -> None:
        self.store.record_fired(keys, at)
