"""Every copy of the data Afterview keeps, in the backups folder beside the data file.

- ``version-<n>-<time>.json``: the versions journal, a copy of the data after each save (the last
  :data:`KEEP_VERSIONS`), so a damaged data file is recovered with nothing lost but, at worst, the
  save that was being written;
- ``daily-<date>.json``: the data as it was before the day's first change (the last seven days);
- ``before-migration-…``, ``before-restore-…``: the data as it was before an upgrade or a restore;
- ``unreadable-<time>.json``: a data file that could not be read, kept as it was (never deleted);
- ``sync-conflict-<time>-<name>``: another computer's copy a sync tool left beside the data file,
  once merged into it (storage/sync_conflicts.py; kept, never deleted).

Each copy is a whole data file, written atomically and readable by its owner only, so any of them can
be restored as is (``afterview versions``, File › Restore a previous version…).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from afterview.atomic import atomic_write_bytes, fsync_directory
from afterview.i18n import QT_TRANSLATE_NOOP, translate

VERSION_PREFIX = "version-"
DAILY_PREFIX = "daily-"
MIGRATION_PREFIX = "before-migration-"
RESTORE_PREFIX = "before-restore-"
UNREADABLE_PREFIX = "unreadable-"
SYNC_CONFLICT_PREFIX = "sync-conflict-"  # another computer's copy, merged (storage/sync_conflicts.py)
LEGACY_UNREADABLE = "afterview.json.unreadable-"  # where round one kept them: beside the data file
KEEP_VERSIONS = 20
KEEP_DAILY = 7
KEEP_MIGRATION = 5
KEEP_RESTORE = 5
STAMP = "%Y%m%dT%H%M%S%f"
_VERSION_NAME = re.compile(rf"{VERSION_PREFIX}(\d+)-(\d{{8}}T\d{{12}})\.json")
_STAMP_IN_NAME = re.compile(r"(\d{8}T\d{12})")


class CopyKind(StrEnum):
    VERSION = "version"
    DAILY = "daily"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"
    UNREADABLE = "unreadable"
    SYNC_CONFLICT = "sync-conflict"


_KIND_LABELS = {
    CopyKind.VERSION: QT_TRANSLATE_NOOP("Copies", "saved version"),
    CopyKind.DAILY: QT_TRANSLATE_NOOP("Copies", "start of the day"),
    CopyKind.BEFORE_MIGRATION: QT_TRANSLATE_NOOP("Copies", "before an upgrade"),
    CopyKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Copies", "before a restore or import"),
    CopyKind.UNREADABLE: QT_TRANSLATE_NOOP("Copies", "damaged file, kept"),
    CopyKind.SYNC_CONFLICT: QT_TRANSLATE_NOOP("Copies", "from another computer (sync conflict)"),
}
_PREFIXES = {
    VERSION_PREFIX: CopyKind.VERSION,
    DAILY_PREFIX: CopyKind.DAILY,
    MIGRATION_PREFIX: CopyKind.BEFORE_MIGRATION,
    RESTORE_PREFIX: CopyKind.BEFORE_RESTORE,
    UNREADABLE_PREFIX: CopyKind.UNREADABLE,
    SYNC_CONFLICT_PREFIX: CopyKind.SYNC_CONFLICT,
    LEGACY_UNREADABLE: CopyKind.UNREADABLE,
}


@dataclass(frozen=True)
class Copy:
    """One kept copy: where it is, what kind, and when the data in it was current."""

    path: Path
    kind: CopyKind
    when: datetime  # an aware UTC instant
    sequence: int = 0  # versions only: their order, which no clock can disturb

    @property
    def label(self) -> str:
        return translate("Copies", _KIND_LABELS[self.kind])


def _stamp(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):{STAMP}}"


def stamp(moment: datetime) -> str:
    """A moment as the copies' names carry it (and read it back for their time)."""
    return _stamp(moment)


class Copies:
    """The copies in one backups folder (``data_dir`` is where round one kept damaged files)."""

    def __init__(self, folder: Path, data_dir: Path | None = None) -> None:
        self.folder = folder
        self.data_dir = data_dir
        self._last_sequence: int | None = None

    # --- keeping ---------------------------------------------------------------------------------

    def keep_version(self, payload: bytes, moment: datetime) -> Path:
        """A copy of the data just saved: the journal the store recovers from."""
        if self._last_sequence is None:
            self._last_sequence = max((copy.sequence for copy in self._versions()), default=0)
        self._last_sequence += 1
        target = self.folder / f"{VERSION_PREFIX}{self._last_sequence:06d}-{_stamp(moment)}.json"
        self._write(target, payload)
        self._prune(VERSION_PREFIX, KEEP_VERSIONS)
        return target

    def has_daily(self, today: str) -> bool:
        return self._daily_path(today).exists()

    def daily(self, payload: bytes, today: str) -> Path | None:
        """Keep today's copy if there is none yet (``today`` is an ISO date); prune the old ones."""
        target = self._daily_path(today)
        if target.exists():
            return None
        self._write(target, payload)
        self._prune(DAILY_PREFIX, KEEP_DAILY)
        return target

    def before_migration(self, payload: bytes, from_version: int, moment: datetime) -> Path:
        target = self.folder / f"{MIGRATION_PREFIX}v{from_version}-{_stamp(moment)}.json"
        self._write(target, payload)
        self._prune(MIGRATION_PREFIX, KEEP_MIGRATION)
        return target

    def before_restore(self, payload: bytes, moment: datetime) -> Path:
        """The data as it was before a restore, so the user can go back to it."""
        target = self.folder / f"{RESTORE_PREFIX}{_stamp(moment)}.json"
        self._write(target, payload)
        self._prune(RESTORE_PREFIX, KEEP_RESTORE)
        return target

    def keep_unreadable(self, damaged: Path, moment: datetime) -> Path:
        """Keep a damaged data file under a name of its own, leaving it in place too.

        A hard link costs no disk space, so it works on a full disk; where links are not possible
        the file is copied. Raises OSError when neither works: the caller must then not replace it.
        """
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = self.folder / f"{UNREADABLE_PREFIX}{_stamp(moment)}.json"
        for number in range(2, 1000):  # never over an earlier damaged file kept at the same moment
            if not target.exists():
                break
            target = self.folder / f"{UNREADABLE_PREFIX}{_stamp(moment)}-{number}.json"
        try:
            os.link(damaged, target)
        except OSError:
            shutil.copyfile(damaged, target)
            os.chmod(target, 0o600)
        fsync_directory(self.folder)
        return target

    # --- finding ---------------------------------------------------------------------------------

    def all(self) -> list[Copy]:
        """Every copy, the newest first (versions by their order, which is also their time)."""
        found = [copy for path in self._candidates() if (copy := _describe(path)) is not None]
        return sorted(found, key=lambda copy: (copy.when, copy.sequence, copy.path.name), reverse=True)

    def recovery_order(self) -> list[Copy]:
        """The order to try copies in when the data file is damaged: the journal newest first (its
        newest entry is the data as last saved), then the other copies by age."""
        # Damaged files are not data to go back to; another computer's copy is not this one's history.
        copies = [copy for copy in self.all() if copy.kind not in (CopyKind.UNREADABLE, CopyKind.SYNC_CONFLICT)]
        versions = sorted((c for c in copies if c.kind is CopyKind.VERSION), key=lambda c: c.sequence, reverse=True)
        return versions + [copy for copy in copies if copy.kind is not CopyKind.VERSION]

    def _versions(self) -> list[Copy]:
        return [copy for copy in self.all() if copy.kind is CopyKind.VERSION]

    def _candidates(self) -> list[Path]:
        paths = list(self.folder.glob("*.json")) if self.folder.is_dir() else []
        if self.data_dir is not None and self.data_dir.is_dir():
            paths += self.data_dir.glob(f"{LEGACY_UNREADABLE}*")
        return [path for path in paths if path.is_file()]

    # --- writing ---------------------------------------------------------------------------------

    def _daily_path(self, today: str) -> Path:
        return self.folder / f"{DAILY_PREFIX}{today}.json"

    def _write(self, target: Path, payload: bytes) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(target, payload)

    def _prune(self, prefix: str, keep: int) -> None:
        # The names sort by order (versions) or date (the others), so the oldest come first.
        old = sorted(self.folder.glob(f"{prefix}*.json"))[:-keep]
        for path in old:
            with contextlib.suppress(OSError):
                path.unlink()


def _describe(path: Path) -> Copy | None:
    """What a file in the backups folder is, from its name; None for files Afterview did not write."""
    kind = next((kind for prefix, kind in _PREFIXES.items() if path.name.startswith(prefix)), None)
    if kind is None:
        return None
    version = _VERSION_NAME.fullmatch(path.name)
    stamp = _STAMP_IN_NAME.search(path.name)
    if stamp is not None:
        when = datetime.strptime(stamp.group(1), STAMP).replace(tzinfo=UTC)
    else:
        when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return Copy(path, kind, when, int(version.group(1)) if version else 0)
