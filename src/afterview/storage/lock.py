"""One writer at a time: a lock file held for as long as a process may write the data.

The lock itself is an OS-level file lock (released by the OS when the holder dies, so a crash never
leaves the data locked). Beside it a small pid file says who holds it, for the message the second
process shows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import filelock

from afterview.errors import AfterviewError
from afterview.storage.atomic import atomic_write_bytes


class DataInUse(AfterviewError):
    """Another running Afterview holds the data."""


class DataLock:
    def __init__(self, lock_file: Path) -> None:
        self._lock = filelock.FileLock(lock_file, mode=0o600, thread_local=False)
        self._pid_file = lock_file.with_suffix(".pid")

    def acquire(self) -> None:
        """Take the lock now or raise :class:`DataInUse` naming the holder's pid."""
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise DataInUse(f"Afterview data is in use by another running Afterview (pid {self._holder()}).") from None
        try:
            atomic_write_bytes(self._pid_file, str(os.getpid()).encode())
        except BaseException:
            self._lock.release()
            raise

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self._pid_file.unlink()
            self._lock.release()

    def _holder(self) -> str:
        try:
            return self._pid_file.read_text().strip() or "unknown"
        except OSError:
            return "unknown"
