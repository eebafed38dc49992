"""The store: the one way the app, the tray and the command line read and write applications.

Opening the store takes the data lock (unless read-only), then reads and checks the file
(storage/loading.py):
- missing: a new empty store;
- not exactly what Afterview writes (damaged in any way): recovered from the newest good copy, the
  damaged file kept (storage/recovery.py), and :attr:`Store.recovery` tells the caller what happened;
- written by a newer Afterview: refused with a clear message, the file left untouched;
- older: backed up, migrated step by step, written once.
Each save is one atomic write of the whole file, followed by a copy into the versions journal
(storage/copies.py), so any damage later loses nothing that was saved. A daily copy is kept too.
The raised-reminder log lives in a file of its own (storage/reminder_log.py).
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from afterview.atomic import atomic_write_bytes, remove_stale_temp_files
from afterview.domain.calendar import Clock
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.model import Application, ValidationError
from afterview.domain.settings import Settings, settings_from_stored, settings_to_dict
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, translate
from afterview.paths import AppPaths
from afterview.storage import recovery
from afterview.storage.copies import Copies
from afterview.storage.loading import (
    LEGACY_REMINDER_LOG_TABLE,
    SETTINGS_TABLE,
    TEMPLATES_TABLE,
    Damaged,
    Loaded,
    NewerDataVersion,
    empty_tables,
    load,
    sealed_payload,
)
from afterview.storage.lock import DataLock, take_data_lock
from afterview.storage.migrations import APPLICATIONS_TABLE, CURRENT_VERSION
from afterview.storage.recovery import Recovery
from afterview.storage.reminder_log import ReminderLog
from afterview.storage.tinydb_storage import AtomicJSONStorage, put_document

__all__ = ["NewerDataVersion", "Recovery", "Store"]

log = logging.getLogger(__name__)

SINGLE_DOC = 1  # settings and templates are one document each


def _require_regular_file(file: Path) -> None:
    """A folder, a device or a pipe where the data file should be would hang or fail every command."""
    try:
        info = os.stat(file)
    except FileNotFoundError:
        return
    except OSError as error:
        raise AfterviewError(
            translate("Store", "cannot read {file}: {reason}.").format(file=file, reason=os_reason(error))
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise AfterviewError(
            translate(
                "Store",
                "{file} is not a regular file (a folder, a device or a pipe?), so it cannot be Afterview's data; "
                "move it away and start again.",
            ).format(file=file)
        )


class Store:
    """Applications on disk. Use :meth:`open`; close (or use as a context manager) when done."""

    def __init__(self, paths: AppPaths, clock: Clock, lock: DataLock | None) -> None:
        self.paths = paths
        self.read_only = lock is None
        self.recovery: Recovery | None = None
        self.unreadable: list[str] = []
        self._clock = clock
        self._lock = lock
        self._copies = Copies(paths.backups_dir, paths.data_dir)
        self._last_backup_day = ""
        self._closed = False
        self._tiny: TinyDB | None = None
        self._reminders: ReminderLog | None = None
        self._doc_ids: dict[str, int] = {}
        self._decoded: list[Application] | None = None  # what the open decoded, handed out once
        self._disk: tuple[int, int, str] | None = None  # the file as last read or written: mtime, size, digest

    def _attach(self, loaded: Loaded) -> None:
        tables = loaded.tables
        legacy_log = tables.pop(LEGACY_REMINDER_LOG_TABLE, {}).get(str(SINGLE_DOC))
        self._tiny = TinyDB(
            self.paths.data_file, storage=AtomicJSONStorage, initial=tables, read_only=self.read_only,
            after_write=self._keep_version, encoder=sealed_payload,
        )  # fmt: skip
        if self._reminders is None:
            self._reminders = ReminderLog(self.paths.reminder_log_file, read_only=self.read_only, legacy=legacy_log)
        self._doc_ids = {
            doc["id"] if isinstance(doc.get("id"), str) and doc["id"] else f"#{doc_id}": int(doc_id)
            for doc_id, doc in tables.get(APPLICATIONS_TABLE, {}).items()
        }
        self._decoded, self.unreadable = loaded.applications, list(loaded.unreadable)

    @property
    def _db(self) -> TinyDB:
        if self._tiny is None:
            raise AfterviewError(translate("Store", "Afterview data has not been read yet."))
        return self._tiny

    @property
    def _storage(self) -> AtomicJSONStorage:
        storage = self._db.storage  # TinyDB's own accessor for the storage it was given
        assert isinstance(storage, AtomicJSONStorage)
        return storage

    @property
    def _applications(self) -> Table:
        return self._db.table(APPLICATIONS_TABLE, cache_size=0)

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        clock: Clock,
        *,
        read_only: bool = False,
        defer_read: bool = False,
        lock: DataLock | None = None,
    ) -> Store:
        """Open (and if needed create, repair or migrate) the data in ``paths``.

        With ``defer_read`` only the lock is taken now (so "in use" is known at once) and the file
        is read by :meth:`read`: the window uses this to appear before a large file is parsed.
        ``lock``, when given, is the data lock already taken (:func:`take_data_lock`); the store
        releases it when closed. Read-only, nothing is written: a damaged file is shown from its
        best copy. Raises DataInUse, NewerDataVersion or AfterviewError with a message for the user.
        """
        if read_only:
            store = cls(paths, clock, None)
            store._attach(store._read_for_viewing())
            return store
        held = lock if lock is not None else take_data_lock(paths)
        try:
            for folder in (paths.data_dir, paths.backups_dir):
                remove_stale_temp_files(folder)
            store = cls(paths, clock, held)
            if not defer_read:
                store.read()
            return store
        except BaseException:
            held.release()
            raise

    def read(self) -> None:
        """Read, and if needed repair or migrate, the data file (once; :meth:`open` calls it)."""
        if self._tiny is not None:
            return
        self._attach(self._read_for_writing())
        self._note_disk(self.paths.data_file.read_bytes())
        self._backup_daily()

    def _read_payload(self) -> bytes | None:
        file = self.paths.data_file
        _require_regular_file(file)
        try:
            return file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise AfterviewError(
                translate("Store", "cannot read {file}: {reason}.").format(file=file, reason=os_reason(error))
            ) from None

    def _load(self, payload: bytes) -> Loaded:
        try:
            return load(payload, now=self._clock.now())
        except NewerDataVersion as error:
            raise NewerDataVersion(f"{self.paths.data_file}: {error}") from None

    def _read_for_viewing(self) -> Loaded:
        payload = self._read_payload()
        if payload is None:
            return Loaded(empty_tables(), [], CURRENT_VERSION)
        try:
            return self._load(payload)
        except Damaged as damage:
            loaded, self.recovery = recovery.view(payload, damage.reason, self._copies, self._clock.now())
            return loaded

    def _read_for_writing(self) -> Loaded:
        file = self.paths.data_file
        payload = self._read_payload()
        if payload is None:
            atomic_write_bytes(file, sealed_payload(empty_tables()))
            log.info("Created a new data file at %s", file)
            return Loaded(empty_tables(), [], CURRENT_VERSION)
        try:
            loaded = self._load(payload)
        except Damaged as damage:
            loaded, self.recovery = recovery.recover(file, payload, damage.reason, self._copies, self._clock.now())
            payload = file.read_bytes()
        if loaded.version < CURRENT_VERSION:
            self._copies.before_migration(payload, loaded.version, self._clock.now())
            atomic_write_bytes(file, sealed_payload(loaded.tables))
            log.info("Migrated the data file from schema %d to %d", loaded.version, CURRENT_VERSION)
        return loaded

    # --- reading ------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._doc_ids)

    def __contains__(self, app_id: object) -> bool:
        return app_id in self._doc_ids

    def ids(self) -> frozenset[str]:
        """The id of every stored application, including any that cannot be read."""
        return frozenset(self._doc_ids)

    def applications(self) -> list[Application]:
        """Every readable application, oldest first; unreadable ones are listed in :attr:`unreadable`."""
        if self._decoded is not None:
            # Decoded once already while the file was checked: the first reader (at start) takes them.
            found, self._decoded = self._decoded, None
            return found
        found, self.unreadable = [], []
        for doc in self._applications.all():
            app = self._decode(doc)
            if app is not None:
                found.append(app)
        return found

    def get(self, app_id: str) -> Application | None:
        doc_id = self._doc_ids.get(app_id)
        doc = None if doc_id is None else self._applications.get(doc_id=doc_id)
        return None if doc is None else self._decode(dict(doc))

    def _decode(self, doc: dict[str, Any]) -> Application | None:
        try:
            return application_from_dict(doc, created_at=self._clock.now(), check_rules=False)
        except ValidationError as error:
            # Kept on disk untouched (a later version or a hand edit may fix it); just not shown.
            self.unreadable.append(f"{doc.get('company', '?')}: {error}")
            log.warning("Skipping an unreadable application %s: %s", doc.get("id"), error)
            return None

    # --- writing ------------------------------------------------------------------------------

    def save(self, app: Application) -> None:
        """Add or replace one application: one atomic write. Raises ValidationError if invalid."""
        app.validate()
        self._before_write()
        app.updated_at = self._clock.now()  # two computers' edits are merged by it (domain/sync_merge.py)
        doc = application_to_dict(app)
        doc_id = self._doc_ids.get(app.id)
        if doc_id is None:
            self._doc_ids[app.id] = self._applications.insert(doc)
        else:
            put_document(self._applications, doc_id, doc)

    def save_all(self, apps: Iterable[Application]) -> None:
        """Add or replace several applications in one atomic write (all or none)."""
        changed = list(apps)
        for app in changed:
            app.validate()
        self._before_write()
        with self._storage.batch():
            for app in changed:
                app.updated_at = self._clock.now()  # as in save
                doc_id = self._doc_ids.get(app.id)
                if doc_id is None:
                    self._doc_ids[app.id] = self._applications.insert(application_to_dict(app))
                else:
                    put_document(self._applications, doc_id, application_to_dict(app))

    def add_all(self, apps: Iterable[Application]) -> int:
        """Add new applications in a single write (all or none); returns how many were added."""
        new = list(apps)
        for app in new:
            app.validate()
            if app.id in self._doc_ids:
                raise ValueError(f"Application {app.id} is already stored.")
        if not new:
            return 0
        self._before_write()
        doc_ids = self._applications.insert_multiple(application_to_dict(app) for app in new)
        self._doc_ids.update((app.id, doc_id) for app, doc_id in zip(new, doc_ids, strict=True))
        return len(new)

    def restore(
        self,
        apps: Iterable[Application],
        *,
        updated: Iterable[Application] = (),
        settings: Settings | None = None,
        templates: Mapping[str, str] | None = None,
        replace: bool = False,
    ) -> Path:
        """Bring in a backup or an import in one atomic write: all of it or, if anything fails, none.

        With ``replace`` the applications become exactly ``apps``; otherwise ``apps`` are added
        (none may be stored already) and ``updated`` replace the stored applications with their
        ids. ``settings`` and ``templates``, when given, replace the stored ones. The data as it
        was is first kept in the backups folder; returns that copy.
        """
        new, changed = list(apps), list(updated)
        for app in (*new, *changed):
            app.validate()
        known = set() if replace else set(self._doc_ids)
        for app in new:
            if app.id in known:
                raise AfterviewError(
                    translate("Store", "{title} (id {id}) is already in your data; nothing was changed.").format(
                        title=app.title, id=app.id
                    )
                )
            known.add(app.id)
        missing = [app for app in changed if app.id not in self._doc_ids]
        if missing:
            raise AfterviewError(
                translate("Store", "{title} is no longer in your data; nothing was changed.").format(
                    title=missing[0].title
                )
            )
        self._before_write()
        kept = self._copies.before_restore(self.paths.data_file.read_bytes(), self._clock.now())
        with self._storage.batch():  # one atomic write (and one version in the journal)
            if replace:
                self._applications.truncate()
                self._doc_ids = {}
            for app in changed:
                put_document(self._applications, self._doc_ids[app.id], application_to_dict(app))
            doc_ids = self._applications.insert_multiple(application_to_dict(app) for app in new)
            if settings is not None:
                put_document(self._db.table(SETTINGS_TABLE, cache_size=0), SINGLE_DOC, settings_to_dict(settings))
            if templates is not None:
                put_document(self._db.table(TEMPLATES_TABLE, cache_size=0), SINGLE_DOC, dict(templates))
        self._doc_ids.update((app.id, doc_id) for app, doc_id in zip(new, doc_ids, strict=True))
        log.info("Restored %d applications (replace=%s); the previous data is in %s", len(new), replace, kept)
        return kept

    def delete(self, app_id: str) -> bool:
        doc_id = self._doc_ids.get(app_id)
        if doc_id is None:
            return False
        self._before_write()
        self._applications.remove(doc_ids=[doc_id])
        del self._doc_ids[app_id]
        return True

    def _before_write(self) -> None:
        if self._closed:
            raise AfterviewError(
                translate("Store", "Afterview data was closed; it can no longer be changed from here.")
            )
        if self.read_only:
            raise AfterviewError(
                translate("Store", "Afterview data was opened read-only here; nothing can be changed.")
            )
        self._decoded = None  # what the open decoded is out of date from now on
        self._backup_daily()

    def _backup_daily(self) -> None:
        # The app may run for weeks in the tray, so the daily backup is checked before each write,
        # not only at start; the check is a string comparison unless the day has changed.
        today = self._clock.now().astimezone().date().isoformat()
        if today != self._last_backup_day and self.paths.data_file.exists():
            if not self._copies.has_daily(today):
                self._copies.daily(self.paths.data_file.read_bytes(), today)
            self._last_backup_day = today

    # --- settings and the reminder log ----------------------------------------------------------

    def settings(self) -> Settings:
        return settings_from_stored(self._single(SETTINGS_TABLE))

    def save_settings(self, settings: Settings) -> None:
        self._write_single(SETTINGS_TABLE, settings_to_dict(settings))

    def user_templates(self) -> dict[str, str]:
        """The user's own letter templates: "kind/language/name" → template text."""
        return {key: value for key, value in self._single(TEMPLATES_TABLE).items() if isinstance(value, str)}

    def save_user_templates(self, templates: Mapping[str, str]) -> None:
        self._write_single(TEMPLATES_TABLE, dict(templates))

    def fired(self) -> dict[str, datetime]:
        """When each step's reminder was last raised (step key → UTC instant)."""
        return self._reminder_log.fired()

    def record_fired(self, keys: Iterable[str], at: datetime) -> None:
        """Note that these steps' reminders were raised: a write of the reminder log, not of the data."""
        if self._closed or self.read_only:
            self._before_write()  # raises, saying why
        self._reminder_log.record(keys, at)

    @property
    def _reminder_log(self) -> ReminderLog:
        self._db  # noqa: B018 - raises when the data has not been read yet
        assert self._reminders is not None
        return self._reminders

    def _single(self, table: str) -> dict[str, Any]:
        return dict(self._db.table(table, cache_size=0).get(doc_id=SINGLE_DOC) or {})

    def _write_single(self, table: str, values: dict[str, Any]) -> None:
        self._before_write()
        put_document(self._db.table(table, cache_size=0), SINGLE_DOC, values)

    def _keep_version(self, payload: bytes) -> None:
        """After each write of the data file: the same bytes into the versions journal."""
        self._note_disk(payload)
        try:
            self._copies.keep_version(payload, self._clock.now())
        except OSError as error:
            # The save itself is done; only its copy is missing, so a later damage would lose it.
            log.warning("Could not keep a copy of the saved data in the versions journal: %s", error)

    # --- two computers: a sync tool may change the file under us (core/syncing.py) ---------------

    def _note_disk(self, payload: bytes) -> None:
        """Remember the file as we last read or wrote it, to tell a sync tool's change from ours."""
        try:
            info = os.stat(self.paths.data_file)
        except OSError:
            self._disk = None
            return
        self._disk = (info.st_mtime_ns, info.st_size, hashlib.sha256(payload).hexdigest())

    def changed_on_disk(self) -> bool:
        """Whether the data file is no longer what this store last read or wrote (a sync tool put
        another computer's copy in its place). Cheap when nothing changed: one stat."""
        if self.read_only or self._disk is None or self._closed:
            return False
        try:
            info = os.stat(self.paths.data_file)
        except OSError:
            return False  # gone for a moment (a sync tool replacing it): the next save writes it again
        if (info.st_mtime_ns, info.st_size) == self._disk[:2]:
            return False
        payload = self._read_payload()
        if payload is None:
            return False
        if hashlib.sha256(payload).hexdigest() == self._disk[2]:
            self._disk = (info.st_mtime_ns, info.st_size, self._disk[2])  # touched, not changed
            return False
        return True

    def on_disk(self) -> bytes | None:
        """The data file's bytes as they are on disk now (None: there is none)."""
        return self._read_payload()

    def replace_all(
        self,
        apps: Iterable[Application],
        *,
        settings: Settings | None = None,
        templates: Mapping[str, str] | None = None,
    ) -> None:
        """Make the data exactly ``apps`` (and these settings and templates) in one atomic write: a
        merge of two computers' copies. Raises ValidationError (nothing written) if one is invalid."""
        merged = list(apps)
        for app in merged:
            app.validate()
        self._before_write()
        with self._storage.batch():
            self._applications.truncate()
            doc_ids = self._applications.insert_multiple(application_to_dict(app) for app in merged)
            if settings is not None:
                put_document(self._db.table(SETTINGS_TABLE, cache_size=0), SINGLE_DOC, settings_to_dict(settings))
            if templates is not None:
                put_document(self._db.table(TEMPLATES_TABLE, cache_size=0), SINGLE_DOC, dict(templates))
        self._doc_ids = {app.id: doc_id for app, doc_id in zip(merged, doc_ids, strict=True)}

    def unite_fired(self, entries: Mapping[str, datetime]) -> None:
        """Set the raised-reminder log to ``entries`` (two computers' logs, united)."""
        if self._closed or self.read_only:
            self._before_write()  # raises, saying why
        self._reminder_log.replace(entries)

    # --- closing ------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the data (and its lock); safe to call twice. Writing afterwards raises."""
        self._closed = True
        if self._tiny is not None:
            self._tiny.close()
        if self._reminders is not None:
            self._reminders.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
