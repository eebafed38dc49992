"""Rotating backups of the data file: one a day (the last seven kept), one before each migration and
one before each restore.

A backup is a byte-for-byte copy of a data file that was read and checked, so any backup can be
restored as is. They live in their own folder beside the data, readable by their owner only.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from afterview.storage.atomic import atomic_write_bytes

DAILY_PREFIX = "daily-"
MIGRATION_PREFIX = "before-migration-"
RESTORE_PREFIX = "before-restore-"
KEEP_DAILY = 7
KEEP_MIGRATION = 5
KEEP_RESTORE = 5


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _daily_path(self, today: str) -> Path:
        return self.folder / f"{DAILY_PREFIX}{today}.json"

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
        target = self.folder / f"{MIGRATION_PREFIX}v{from_version}-{moment:%Y%m%dT%H%M%S%f}.json"
        self._write(target, payload)
        self._prune(MIGRATION_PREFIX, KEEP_MIGRATION)
        return target

    def before_restore(self, payload: bytes, moment: datetime) -> Path:
        """The data as it was before a restore, so the user can go back to it."""
        target = self.folder / f"{RESTORE_PREFIX}{moment:%Y%m%dT%H%M%S%f}.json"
        self._write(target, payload)
        self._prune(RESTORE_PREFIX, KEEP_RESTORE)
        return target

    def newest_first(self) -> list[Path]:
        """Every backup, the most recently written first: the order in which to try restoring."""
        if not self.folder.is_dir():
            return []
        found = [path for path in self.folder.glob("*.json") if path.is_file()]
        return sorted(found, key=lambda path: (path.stat().st_mtime_ns, path.name), reverse=True)

    def _write(self, target: Path, payload: bytes) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(target, payload)

    def _prune(self, prefix: str, keep: int) -> None:
        # The names sort by date, so the oldest come first.
        old = sorted(self.folder.glob(f"{prefix}*.json"))[:-keep]
        for path in old:
            with contextlib.suppress(OSError):
                path.unlink()
