"""Two computers, one data folder kept in sync by Syncthing, Nextcloud, Dropbox or OneDrive.

When both computers changed the data, the sync tool keeps one version as the data file and the
other as a conflict copy beside it (storage/sync_conflicts.py); when only the other computer
changed it, the tool simply puts that version in place of ours, perhaps while Afterview runs.
Either way the two are merged by the rules of :mod:`afterview.domain.sync_merge` in one atomic
write, and the copy is then moved into the backups folder (restorable like any other copy). The
raised-reminder log's conflict copies are united with the log the same way.

Crash-safe by order: the merged data is written first (atomically), the copy moved after; killed
in between, the next start merges the copy again, which changes nothing more.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from afterview.domain.model import Application, ValidationError
from afterview.domain.sync_merge import NEVER, SyncMerge, merge_applications, unite_fired
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, plural, translate
from afterview.storage import sync_conflicts
from afterview.storage.copies import SYNC_CONFLICT_PREFIX, Copies, CopyKind, stamp
from afterview.storage.loading import Damaged, Loaded, load
from afterview.storage.migrations import APPLICATIONS_TABLE
from afterview.storage.repository import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Merged:
    """One file from the other computer: what it brought, and where it is kept now."""

    source: str  # the file's name as the sync tool left it
    titles: tuple[str, ...] = ()  # the applications it changed, added or removed
    kept_as: Path | None = None
    problem: str = ""  # why it was not merged ("" when it was)
    ids: frozenset[str] = frozenset()

    @property
    def message(self) -> str:
        if self.problem:
            kept = (
                translate("Sync", "It is kept as {file}.").format(file=self.kept_as)
                if self.kept_as is not None
                else translate("Sync", "It was left where it is.")
            )
            return (
                translate("Sync", "Could not merge {source} from another computer ({problem}).").format(
                    source=self.source, problem=self.problem
                )
                + f" {kept}"
            )
        if not self.titles:
            return translate("Sync", "Merged {source} (another computer): nothing was new.").format(source=self.source)
        changes = plural(len(self.titles), translate("Sync", "{count} change"), translate("Sync", "{count} changes"))
        return translate("Sync", "Merged {changes} from {source} (another computer): {titles}.").format(
            changes=changes, source=self.source, titles=", ".join(self.titles)
        )


@dataclass(frozen=True)
class SyncReport:
    """What merging the other computer's files did, for the window's message and the CLI's stderr."""

    merged: tuple[Merged, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        return " ".join(item.message for item in self.merged)

    @property
    def touched(self) -> frozenset[str]:
        """The ids of the applications the merges changed."""
        return frozenset().union(*(item.ids for item in self.merged))


def absorb(store: Store, now: datetime, told: set[str] | None = None) -> SyncReport | None:
    """Merge whatever the sync tool changed: the data file replaced under us, then conflict copies
    of the data and of the reminder log. None when there was nothing (the usual case: one stat and
    one listing of the data folder). ``told``: copies left in place (written by a newer Afterview,
    unreadable just now) already reported, so each is reported once; updated."""
    if store.read_only:
        return None
    told = set() if told is None else told
    done: list[Merged] = []
    replaced = merge_replaced_file(store, now)
    if replaced is not None:
        done.append(replaced)
    for merged in merge_conflict_copies(store, now):
        if merged.kept_as is None and merged.problem:
            if merged.source in told:
                continue
            told.add(merged.source)
        done.append(merged)
    merge_reminder_copies(store, now)
    return SyncReport(tuple(done)) if done else None


# --- the data file, replaced by the sync tool while we had it open ------------------------------


def merge_replaced_file(store: Store, now: datetime) -> Merged | None:
    """When the data file is no longer what we last wrote: the other computer's version, merged
    with ours (which is what both started from, so their deletions hold and their settings win)."""
    if not store.changed_on_disk():
        return None
    name = store.paths.data_file.name
    payload = store.on_disk()
    ours = store.applications()
    try:
        theirs = load(payload or b"", now=now, deep=True)
    except (Damaged, AfterviewError) as error:
        # Not a whole data file (a tool's write in progress, or damage): ours is written back and
        # what was there is kept, so nothing is lost either way.
        kept = _keep_bytes(store, payload or b"", now)
        store.replace_all(ours)
        log.warning("The data file changed on disk but cannot be read (%s); kept as %s", error, kept)
        return Merged(name, kept_as=kept, problem=getattr(error, "reason", str(error)))
    base = {app.id: app.updated_at or NEVER for app in ours}
    result = merge_applications(ours, theirs.applications or [], deleted=_deleted_here(store, ours, theirs), base=base)
    try:
        store.replace_all(result.applications, settings=theirs.settings(), templates=theirs.templates())
    except ValidationError as error:
        kept = _keep_bytes(store, payload or b"", now)
        store.replace_all(ours)
        return Merged(name, kept_as=kept, problem=str(error))
    log.info("The data file was changed by another computer; merged %d changes", result.count)
    if not result.count:
        return None
    return _merged(name, result, None)


def _keep_bytes(store: Store, payload: bytes, now: datetime) -> Path:
    from afterview.atomic import atomic_write_bytes

    backups = store.paths.backups_dir
    backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = backups / f"{SYNC_CONFLICT_PREFIX}{stamp(now)}-{store.paths.data_file.name}"
    atomic_write_bytes(target, payload)
    return target


# --- conflict copies ---------------------------------------------------------------------------


def merge_conflict_copies(store: Store, now: datetime) -> list[Merged]:
    """Every conflict copy of the data file, merged into the data one after the other."""
    copies = sync_conflicts.data_copies(store.paths)
    if not copies:
        return []
    current = store.applications()
    done = []
    for found in copies:
        merged, current = _merge_copy(store, found.path, current, now)
        done.append(merged)
    return done


def _merge_copy(
    store: Store, path: Path, current: list[Application], now: datetime
) -> tuple[Merged, list[Application]]:
    try:
        theirs = sync_conflicts.read_data(path, now)
    except Damaged as damage:
        return _set_aside(store, path, now, damage.reason), current
    except AfterviewError as error:  # written by a newer Afterview: left for that version to merge
        return Merged(path.name, problem=str(error)), current
    except OSError as error:
        return Merged(path.name, problem=os_reason(error)), current
    result = merge_applications(current, theirs.applications or [], deleted=_deleted_here(store, current, theirs))
    templates = _united_templates(store, theirs)
    try:
        if result.count or templates is not None:
            store.replace_all(result.applications, templates=templates)
    except ValidationError as error:
        return _set_aside(store, path, now, str(error)), current
    except OSError as error:  # a full disk: nothing was written; the copy stays for the next start
        return Merged(path.name, problem=os_reason(error)), current
    try:
        kept: Path | None = sync_conflicts.move_to_backups(path, store.paths.backups_dir, now)
    except OSError as error:
        log.warning("Merged %s but could not move it to the backups: %s", path.name, error)
        kept = None
    log.info("Merged %d changes from the conflict copy %s", result.count, path.name)
    return _merged(path.name, result, kept), result.applications


def _set_aside(store: Store, path: Path, now: datetime, problem: str) -> Merged:
    """A conflict copy that cannot be merged is not merged blindly: kept in the backups, reported."""
    log.warning("Not merging the conflict copy %s: %s", path.name, problem)
    try:
        kept: Path | None = sync_conflicts.move_to_backups(path, store.paths.backups_dir, now)
    except OSError:
        kept = None
    return Merged(path.name, kept_as=kept, problem=problem)


def _united_templates(store: Store, theirs: Loaded) -> dict[str, str] | None:
    """Ours, plus the other computer's templates we lack; None when there is none to add."""
    mine = store.user_templates()
    missing = {key: text for key, text in theirs.templates().items() if key not in mine}
    return {**mine, **missing} if missing else None


def _merged(source: str, result: SyncMerge, kept: Path | None) -> Merged:
    touched = [*result.changed, *result.removed]
    return Merged(source, tuple(app.title for app in touched), kept, ids=frozenset(app.id for app in touched))


def _deleted_here(store: Store, ours: list[Application], theirs: Loaded) -> dict[str, datetime]:
    """The applications this computer deleted, among those on one side only: each held in its
    versions journal (with the newest edit it held) but gone from the newest version it saved."""
    mine = {app.id for app in ours}
    other = {app.id for app in theirs.applications or ()}
    wanted = mine ^ other
    if not wanted:
        return {}
    versions = sorted(
        (copy for copy in Copies(store.paths.backups_dir).all() if copy.kind is CopyKind.VERSION),
        key=lambda copy: copy.sequence,
    )
    if not versions:
        return {}
    held: dict[str, datetime] = {}
    for copy in versions:
        for app_id, moment in _edits_in(copy.path, wanted):
            held[app_id] = max(moment, held.get(app_id, NEVER))
    still_there = {app_id for app_id, _ in _edits_in(versions[-1].path, wanted)}
    return {app_id: moment for app_id, moment in held.items() if app_id not in still_there}


def _edits_in(path: Path, wanted: set[str]) -> list[tuple[str, datetime]]:
    try:
        table = json.loads(path.read_bytes()).get(APPLICATIONS_TABLE, {})
    except (OSError, ValueError, AttributeError, RecursionError):
        return []
    found = []
    for doc in table.values() if isinstance(table, dict) else ():
        if isinstance(doc, dict) and doc.get("id") in wanted:
            try:
                moment = datetime.fromisoformat(doc["updated_at"]) if doc.get("updated_at") else NEVER
            except (TypeError, ValueError):
                continue
            found.append((doc["id"], moment))
    return found


# --- the raised-reminder log ---------------------------------------------------------------------


def merge_reminder_copies(store: Store, now: datetime) -> None:
    """Conflict copies of the reminder log united with it (each step at its later raising); not
    the user's data, so nothing is said about it (a damaged copy at worst raises a reminder twice)."""
    for found in sync_conflicts.reminder_copies(store.paths):
        try:
            theirs = sync_conflicts.read_reminders(found.path)
        except (Damaged, OSError) as error:
            log.warning("Dropping an unreadable conflict copy of the reminder log %s: %s", found.path.name, error)
        else:
            try:
                store.unite_fired(unite_fired(store.fired(), theirs))
            except OSError as error:
                log.warning("Could not merge the reminder log's copy %s: %s", found.path.name, error)
                continue
        try:
            prefix = sync_conflicts.REMINDERS_CONFLICT_PREFIX
            sync_conflicts.move_to_backups(found.path, store.paths.backups_dir, now, prefix=prefix)
        except OSError as error:
            log.warning("Could not move %s to the backups: %s", found.path.name, error)
        log.info("United the reminder log with %s", found.path.name)
