"""The TinyDB storage Afterview uses: crash-safe writes (see :mod:`afterview.atomic`), the parsed
data kept in memory, and a batch that turns several table operations into one write.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves half a file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage
from tinydb.table import Document, Table

from afterview.atomic import atomic_write_bytes, encode

Tables = dict[str, dict[str, Any]]


class AtomicJSONStorage(Storage):
    """A TinyDB storage that writes atomically and keeps the parsed data in memory.

    The store has already read and checked the file when it builds the database, and hands the
    parsed data in as ``initial``, so reads cost nothing. If a write fails, the in-memory copy (which
    TinyDB may have changed in place) is dropped and the next read goes back to the file on disk.
    """

    def __init__(
        self,
        path: Path,
        initial: Tables | None = None,
        read_only: bool = False,
        after_write: Callable[[bytes], None] | None = None,
        encoder: Callable[[Tables], bytes] = encode,
    ) -> None:
        """``encoder`` makes the file's bytes (the data file seals a checksum in); ``after_write`` is
        called with the bytes of each successful write (the versions journal)."""
        self._path = path
        self._data = initial
        self._read_only = read_only
        self._after_write = after_write
        self._encoder = encoder
        self._batching = False
        self._pending: Tables | None = None

    def read(self) -> Tables | None:
        if self._data is None and self._path.exists():
            self._data = json.loads(self._path.read_bytes())
        return self._data

    def write(self, data: Tables) -> None:
        if self._read_only:
            raise PermissionError("This store was opened read-only.")
        if self._batching:
            self._data = self._pending = data  # written once, when the batch ends
            return
        payload = self._encoder(data)
        try:
            atomic_write_bytes(self._path, payload)
        except BaseException:
            self._data = None
            raise
        self._data = data
        if self._after_write is not None:
            self._after_write(payload)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several table operations, one atomic write at the end; if any fails, nothing is written
        and the next read goes back to the file on disk."""
        self._batching = True
        try:
            yield
        except BaseException:
            self._batching, self._pending, self._data = False, None, None
            raise
        self._batching = False
        pending, self._pending = self._pending, None
        if pending is not None:
            self.write(pending)

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
