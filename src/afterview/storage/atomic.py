"""Crash-safe file writes, and the TinyDB storage built on them.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves half a file. Here
every write goes to a temporary file in the same folder, is flushed to disk, atomically renamed over
the old file, and the folder entry is flushed too: after a crash the file is either the old version
or the new one, never a mixture. Files are created readable by their owner only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

from tinydb.storages import Storage
from tinydb.table import Document, Table

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
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
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def encode(data: Any) -> bytes:
    """The on-disk form: compact UTF-8 JSON (accents and emoji kept as they are, not escaped)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class AtomicJSONStorage(Storage):
    """A TinyDB storage that writes atomically and keeps the parsed data in memory.

    The store has already read and checked the file when it builds the database, and hands the
    parsed data in as ``initial``, so reads cost nothing. If a write fails, the in-memory copy (which
    TinyDB may have changed in place) is dropped and the next read goes back to the file on disk.
    """

    def __init__(
        self,
        path: Path,
        initial: dict[str, dict[str, Any]] | None = None,
        read_only: bool = False,
        after_write: Callable[[bytes], None] | None = None,
        encoder: Callable[[dict[str, dict[str, Any]]], bytes] = encode,
    ) -> None:
        """``encoder`` makes the file's bytes (the data file seals a checksum in); ``after_write`` is
        called with the bytes of each successful write (the versions journal)."""
        self._path = path
        self._data = initial
        self._read_only = read_only
        self._after_write = after_write
        self._encoder = encoder

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None and self._path.exists():
            self._data = json.loads(self._path.read_bytes())
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self._read_only:
            raise PermissionError("This store was opened read-only.")
        payload = self._encoder(data)
        try:
            atomic_write_bytes(self._path, payload)
        except BaseException:
            self._data = None
            raise
        self._data = data
        if self._after_write is not None:
            self._after_write(payload)

    def close(self) -> None:
        self._data = None


def put_document(table: Table, doc_id: int, values: dict[str, Any]) -> None:
    """Make document ``doc_id`` of ``table`` exactly ``values`` (TinyDB's update alone keeps old keys)."""

    def replace(stored: MutableMapping[Any, Any]) -> None:
        stored.clear()
        stored.update(values)

    if table.contains(doc_id=doc_id):
        table.update(replace, doc_ids=[doc_id])
    else:
        table.insert(Document(values, doc_id=doc_id))
