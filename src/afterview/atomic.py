"""Crash-safe file writes, for every module that writes a file (the data, its copies, exports,
the login entry, the lock's pid file).

Every write goes to a temporary file in the same folder, is flushed to disk, atomically renamed over
the old file, and the folder entry is flushed too: after a crash the file is either the old version
or the new one, never a mixture. Files are created readable by their owner only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves either the old or the new file."""
    # mkstemp creates the file with mode 0600, so the data is never readable by others, not even briefly.
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as temp_file:
            temp_file.write(payload)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    try:
        fsync_directory(path.parent)
    except OSError as error:
        # The new file is already in place and readable; only its durability across a power cut is
        # in doubt. Failing here would make the caller believe nothing was written.
        log.warning("Could not flush the folder %s after writing %s: %s", path.parent, path.name, error)


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where folders cannot be opened, i.e. Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete temporary files a killed writer left in ``folder``; only the lock holder may call this."""
    removed = []
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        if leftover.name.startswith(".syncthing."):
            continue  # Syncthing's file being received, when the data folder is synced: not ours
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def encode(data: Any) -> bytes:
    """The on-disk form: compact UTF-8 JSON (accents and emoji kept as they are, not escaped)."""
    import json  # the data lock's pid file is written before the first paint, without it

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
