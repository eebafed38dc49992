"""The store: the one way the app, the tray and the command line read and write applications.

Opening the store takes the data lock (unless read-only), then reads and checks the file:
- missing: a new empty store;
- unreadable or the wrong shape: the file is moved aside (never overwritten), the newest good
  backup is restored, and :attr:`Store.recovery` tells the caller what happened;
- written by a newer Afterview: refused with a clear message, the file left untouched;
- older: backed up, migrated step by step, written once.
A daily backup is kept. Each save is one atomic write of the whole file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from afterview.domain.calendar import Clock
from afterview.domain.codec import application_from_dict, application_to_dict, instant_text
from afterview.domain.model import Application, ValidationError
from afterview.domain.settings import Settings, settings_from_stored, settings_to_dict
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, translate
from afterview.paths import AppPaths
from afterview.storage import migrations
from afterview.storage.atomic import AtomicJSONStorage, atomic_write_bytes, encode, remove_stale_temp_files
from afterview.storage.backups import Backups
from afterview.storage.lock import DataLock
from afterview.storage.migrations import APPLICATIONS_TABLE, CURRENT_VERSION, META_TABLE, Tables

log = logging.getLogger(__name__)

SETTINGS_TABLE = "settings"
TEMPLATES_TABLE = "templates"
REMINDER_LOG_TABLE = "reminder_log"
SINGLE_DOC = 1  # settings and the reminder log are one document each
# Entries of the reminder log older than this are dropped: every step that is raised once lapses
# sooner, and every step still open and overdue is raised again daily, refreshing its entry.
REMINDER_LOG_KEEP = timedelta(days=90)


class NewerDataVersion(AfterviewError):
    """The data file comes from a newer Afterview; opening it here could lose what it knows."""


class UnreadableData(AfterviewError):
    """The data file cannot be read (and, read-only, cannot be repaired)."""


@dataclass(frozen=True)
class Recovery:
    """What the store did about a data file it could not read; the app shows :attr:`message`."""

    reason: str
    moved_to: Path
    restored_from: Path | None

    @property
    def message(self) -> str:
        what = translate("Store", "Your Afterview data could not be read ({reason}). It was kept as {file}.").format(
            reason=self.reason, file=self.moved_to
        )
        if self.restored_from:
            restored = translate("Store", "The most recent good backup ({backup}) was restored.").format(
                backup=self.restored_from.name
            )
        else:
            restored = translate("Store", "No good backup was found, so Afterview started with empty data.")
        return f"{what} {restored}"


def shape_problem(data: Any) -> str | None:
    """Why parsed JSON is not an Afterview data file, or None if its shape is right.

    Cheap on purpose (it runs on every open): it checks the tables and each document's identity,
    not every field; a document that fails to decode later is reported, not lost. The reason is
    shown to the user (inside :attr:`Recovery.message`), so it is in their language.
    """
    if not isinstance(data, dict):
        return translate("Store", "it is not a JSON object")
    for name, table in data.items():
        if not isinstance(table, dict):
            return translate("Store", "table '{name}' is not an object").format(name=name)
        for doc_id, doc in table.items():
            if not isinstance(doc, dict) or not doc_id.isdigit():
                return translate("Store", "table '{name}' has a malformed entry").format(name=name)
    meta = data.get(META_TABLE)
    if meta:
        version = next(iter(meta.values())).get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            return translate("Store", "its schema version is missing or not a number")
    for doc in data.get(APPLICATIONS_TABLE, {}).values():
        if not isinstance(doc.get("id", ""), str) or not isinstance(doc.get("company"), str):
            return translate("Store", "an application has no company")
    return None


def _parse(payload: bytes) -> tuple[Tables | None, str]:
    """The parsed file, or None and the reason it is unusable."""
    if not payload.strip():
        return None, translate("Store", "the file is empty")
    try:
        data = json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, translate("Store", "it is not valid JSON: {error}").format(error=error)
    problem = shape_problem(data)
    return (None, problem) if problem else (data, "")


class Store:
    """Applications on disk. Use :meth:`open`; close (or use as a context manager) when done."""

    def __init__(self, paths: AppPaths, clock: Clock, data: Tables | None, lock: DataLock | None) -> None:
        self.paths = paths
        self.read_only = lock is None
        self.recovery: Recovery | None = None
        self.unreadable: list[str] = []
        self._clock = clock
        self._lock = lock
        self._backups = Backups(paths.backups_dir)
        self._last_backup_day = ""
        self._closed = False
        self.revision = 0  # bumped on every write, so readers can cache what they derive from the data
        self._tiny: TinyDB | None = None
        self._doc_ids: dict[str, int] = {}
        if data is not None:
            self._attach(data)

    def _attach(self, data: Tables) -> None:
        self._tiny = TinyDB(self.paths.data_file, storage=AtomicJSONStorage, initial=data, read_only=self.read_only)
        self._doc_ids = {doc["id"]: int(doc_id) for doc_id, doc in data.get(APPLICATIONS_TABLE, {}).items()}

    @property
    def _db(self) -> TinyDB:
        if self._tiny is None:
            raise AfterviewError(translate("Store", "Afterview data has not been read yet."))
        return self._tiny

    @property
    def _applications(self) -> Table:
        return self._db.table(APPLICATIONS_TABLE, cache_size=0)

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: AppPaths, clock: Clock, *, read_only: bool = False, defer_read: bool = False) -> Store:
        """Open (and if needed create, repair or migrate) the data in ``paths``.

        With ``defer_read`` only the lock is taken now (so "in use" is known at once) and the file
        is read by :meth:`read`: the window uses this to appear before a large file is parsed.
        Raises DataInUse, NewerDataVersion or UnreadableData (all AfterviewError) with a message
        for the user.
        """
        if read_only:
            return cls(paths, clock, cls._read_for_viewing(paths), None)
        paths.ensure()
        lock = DataLock(paths.lock_file)
        try:
            lock.acquire()
        except OSError as error:
            raise AfterviewError(
                translate("Store", "cannot use the data folder {folder}: {reason}.").format(
                    folder=paths.data_dir, reason=os_reason(error)
                )
            ) from None
        try:
            for folder in (paths.data_dir, paths.backups_dir):
                remove_stale_temp_files(folder)
            store = cls(paths, clock, None, lock)
            if not defer_read:
                store.read()
            return store
        except BaseException:
            lock.release()
            raise

    def read(self) -> None:
        """Read, and if needed repair or migrate, the data file (once; :meth:`open` calls it)."""
        if self._tiny is not None:
            return
        data, recovery = self._read_for_writing(self.paths, self._clock)
        self._attach(data)
        self.recovery = recovery
        self._backup_daily()

    @staticmethod
    def _read_for_viewing(paths: AppPaths) -> Tables:
        if not paths.data_file.exists():
            return _empty()
        data, reason = _parse(paths.data_file.read_bytes())
        if data is None:
            raise UnreadableData(
                translate(
                    "Store", "Afterview data cannot be read ({reason}). Start Afterview to repair it from a backup."
                ).format(reason=reason)
            )
        _refuse_newer(data, paths.data_file)
        return migrations.migrate(data)

    @classmethod
    def _read_for_writing(cls, paths: AppPaths, clock: Clock) -> tuple[Tables, Recovery | None]:
        if not paths.data_file.exists():
            empty = _empty()
            atomic_write_bytes(paths.data_file, encode(empty))
            log.info("Created a new data file at %s", paths.data_file)
            return empty, None
        payload = paths.data_file.read_bytes()
        parsed, reason = _parse(payload)
        recovery = None
        if parsed is None:
            data, recovery = cls._recover(paths, clock, reason)
            payload = encode(data)
        else:
            data = parsed
        _refuse_newer(data, paths.data_file)
        version = migrations.schema_version(data)
        if version < CURRENT_VERSION:
            Backups(paths.backups_dir).before_migration(payload, version, clock.now())
            data = migrations.migrate(data)
            atomic_write_bytes(paths.data_file, encode(data))
            log.info("Migrated the data file from schema %d to %d", version, CURRENT_VERSION)
        return data, recovery

    @staticmethod
    def _recover(paths: AppPaths, clock: Clock, reason: str) -> tuple[Tables, Recovery]:
        moved_to = paths.data_file.with_name(f"{paths.data_file.name}.unreadable-{clock.now():%Y%m%dT%H%M%S%f}")
        os.replace(paths.data_file, moved_to)
        log.warning("The data file could not be read (%s); moved it to %s", reason, moved_to)
        for backup in Backups(paths.backups_dir).newest_first():
            payload = backup.read_bytes()
            data, _ = _parse(payload)
            if data is not None and migrations.schema_version(data) <= CURRENT_VERSION:
                atomic_write_bytes(paths.data_file, payload)
                log.warning("Restored the data from backup %s", backup)
                return data, Recovery(reason, moved_to, backup)
        data = _empty()
        atomic_write_bytes(paths.data_file, encode(data))
        return data, Recovery(reason, moved_to, None)

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
        found, self.unreadable = [], []
        for doc in self._raw_table().values():
            app = self._decode(doc)
            if app is not None:
                found.append(app)
        return found

    def get(self, app_id: str) -> Application | None:
        doc_id = self._doc_ids.get(app_id)
        return None if doc_id is None else self._decode(self._raw_table()[str(doc_id)])

    def _raw_table(self) -> dict[str, Any]:
        tables = self._db.storage.read() or {}
        return tables.get(APPLICATIONS_TABLE, {})

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
        doc = application_to_dict(app)
        doc_id = self._doc_ids.get(app.id)
        if doc_id is None:
            self._doc_ids[app.id] = self._applications.insert(doc)
        else:
            self._applications.update(_replace_with(doc), doc_ids=[doc_id])
        self.revision += 1

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
        self.revision += 1
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
        current = self._db.storage.read() or _empty()
        kept = self._backups.before_restore(encode(current), self._clock.now())
        tables = {name: dict(table) for name, table in current.items()}
        stored = {} if replace else dict(tables.get(APPLICATIONS_TABLE, {}))
        for app in changed:
            stored[str(self._doc_ids[app.id])] = application_to_dict(app)
        next_doc_id = max((int(doc_id) for doc_id in stored), default=0) + 1
        for offset, app in enumerate(new):
            stored[str(next_doc_id + offset)] = application_to_dict(app)
        tables[APPLICATIONS_TABLE] = stored
        if settings is not None:
            tables[SETTINGS_TABLE] = {str(SINGLE_DOC): settings_to_dict(settings)}
        if templates is not None:
            tables[TEMPLATES_TABLE] = {str(SINGLE_DOC): dict(templates)}
        atomic_write_bytes(self.paths.data_file, encode(tables))
        # TinyDB caches each table's next document id, so it starts afresh on the new contents.
        self._db.close()
        self._attach(tables)
        self.revision += 1
        log.info("Restored %d applications (replace=%s); the previous data is in %s", len(new), replace, kept)
        return kept

    def delete(self, app_id: str) -> bool:
        doc_id = self._doc_ids.get(app_id)
        if doc_id is None:
            return False
        self._before_write()
        self._applications.remove(doc_ids=[doc_id])
        del self._doc_ids[app_id]
        self.revision += 1
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
        self._backup_daily()

    def _backup_daily(self) -> None:
        # The app may run for weeks in the tray, so the daily backup is checked before each write,
        # not only at start; the check is a string comparison unless the day has changed.
        today = self._clock.now().astimezone().date().isoformat()
        if today != self._last_backup_day and self.paths.data_file.exists():
            if not self._backups.has_daily(today):
                self._backups.daily(self.paths.data_file.read_bytes(), today)
            self._last_backup_day = today

    # --- settings and the reminder log ----------------------------------------------------------

    def settings(self) -> Settings:
        return settings_from_stored(self._single(SETTINGS_TABLE))

    def save_settings(self, settings: Settings) -> None:
        self._write_single(SETTINGS_TABLE, settings_to_dict(settings))

    def user_templates(self) -> dict[str, str]:
        """The user's own letter templates: "kind/language/name" → template text."""
        return {key: value for key, value in self._single(TEMPLATES_TABLE).items() if isinstance(value, str)}

    def save_user_templates(self, templates: dict[str, str]) -> None:
        self._write_single(TEMPLATES_TABLE, dict(templates), bump=False)

    def fired(self) -> dict[str, datetime]:
        """When each step's reminder was last raised (step key → UTC instant)."""
        found = {}
        for key, value in self._single(REMINDER_LOG_TABLE).items():
            try:
                found[key] = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                log.warning("Ignoring a malformed reminder log entry for %s", key)
        return found

    def record_fired(self, keys: Iterable[str], at: datetime) -> None:
        entries = {key: value for key, value in self.fired().items() if at - value < REMINDER_LOG_KEEP}
        entries.update((key, at) for key in keys)
        # Not a change of the data the plan is made from, so the revision stays.
        self._write_single(REMINDER_LOG_TABLE, {key: instant_text(value) for key, value in entries.items()}, bump=False)

    def _single(self, table: str) -> dict[str, Any]:
        tables = self._db.storage.read() or {}
        return dict(tables.get(table, {}).get(str(SINGLE_DOC), {}))

    def _write_single(self, table: str, values: dict[str, Any], *, bump: bool = True) -> None:
        self._before_write()
        target = self._db.table(table, cache_size=0)
        if target.contains(doc_id=SINGLE_DOC):
            target.update(_replace_with(values), doc_ids=[SINGLE_DOC])
        else:
            target.insert(Document(values, doc_id=SINGLE_DOC))
        self.revision += bump

    # --- closing ------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the data (and its lock); safe to call twice. Writing afterwards raises."""
        self._closed = True
        if self._tiny is not None:
            self._tiny.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _empty() -> Tables:
    return {META_TABLE: {"1": {"schema_version": CURRENT_VERSION}}, APPLICATIONS_TABLE: {}}


def _refuse_newer(data: Tables, file: Path) -> None:
    version = migrations.schema_version(data)
    if version > CURRENT_VERSION:
        raise NewerDataVersion(
            translate(
                "Store",
                "{file} was written by a newer version of Afterview (data version {version}; this version "
                "reads up to {current}). Update Afterview to open it; the file was not changed.",
            ).format(file=file, version=version, current=CURRENT_VERSION)
        )


def _replace_with(doc: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    def replace(stored: MutableMapping[Any, Any]) -> None:
        stored.clear()
        stored.update(doc)

    return replace
