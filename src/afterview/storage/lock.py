"""One writer at a time: an OS file lock held for as long as a process may write the data.

The lock is the operating system's own (flock on Linux and macOS, a byte-range lock on Windows),
so it goes away when the holder dies and a crash never leaves the data locked. Beside it a small
pid file says who holds it, for the message the second process shows. (Hand-written rather than
the filelock package: this is all Afterview needs, and that package costs the tray app ~9 MB.)
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.errors import AfterviewError
from afterview.i18n import os_reason, translate

if TYPE_CHECKING:
    from afterview.paths import AppPaths

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class DataInUse(AfterviewError):
    """Another running Afterview holds the data."""


def take_data_lock(paths: AppPaths) -> DataLock:
    """The data folder (made if needed) with its lock taken; raises :class:`DataInUse`, or
    AfterviewError saying why the folder cannot be used. The window takes it before its first paint,
    so "in use" is known at once, and opens the data with it just after."""
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
    return lock


class DataLock:
    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._pid_file = lock_file.with_suffix(".pid")
        self._descriptor: int | None = None

    def acquire(self) -> None:
        """Take the lock now or raise :class:`DataInUse` naming the holder's pid."""
        descriptor = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise DataInUse(
                translate("DataLock", "Afterview data is in use by another running Afterview (pid {pid}).").format(
                    pid=self._holder()
                )
            )
        self._descriptor = descriptor
        try:
            self._write_pid()
        except BaseException:
            self.release()
            raise

    def _write_pid(self) -> None:
        """Who holds the lock, for the "in use by pid N" message only: written plainly, without the
        flushes to disk of a data write, because the window's start waits for it and a power cut
        can only cost the message its number ("unknown")."""
        descriptor = os.open(self._pid_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if os.name == "posix":  # an older file may have been made with other rights
                os.fchmod(descriptor, 0o600)
            os.write(descriptor, str(os.getpid()).encode())
        finally:
            os.close(descriptor)

    def release(self) -> None:
        if self._descriptor is None:
            return
        with contextlib.suppress(OSError):
            self._pid_file.unlink()
        with contextlib.suppress(OSError):
            _unlock(self._descriptor)
        os.close(self._descriptor)
        self._descriptor = None

    def _holder(self) -> str:
        unknown = translate("DataLock", "unknown")
        try:
            return self._pid_file.read_text().strip() or unknown
        except OSError:
            return unknown
