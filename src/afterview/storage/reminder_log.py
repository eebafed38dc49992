"""The raised-reminder log: which step's reminder was last raised when, in a file of its own.

It is not the user's data: the tray writes it each time a reminder fires, and that must never
rewrite (or, in a crash, risk) the file holding the applications. It is a TinyDB database of its
own (``reminders.json`` beside the data, through the same crash-safe storage). A damaged log is
started afresh: at worst a reminder is raised once more. When a sync tool brings another
computer's log in place of this one, its entries are taken in and kept at the next write.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from afterview.domain.codec import instant_text
from afterview.domain.sync_merge import unite_fired
from afterview.storage.tinydb_storage import AtomicJSONStorage, put_document

log = logging.getLogger(__name__)

TABLE = "reminder_log"
SINGLE_DOC = 1
# Entries older than this are dropped: every step that is raised once lapses sooner, and every step
# still open and overdue is raised again daily, refreshing its entry.
KEEP = timedelta(days=90)


class ReminderLog:
    """The log in ``path``; ``legacy`` seeds a new file with the entries the data file used to hold."""

    def __init__(self, path: Path, *, read_only: bool = False, legacy: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self._seen: tuple[int, int] | None = _stamp(path)  # the file as last read or written here
        self._others: dict[str, datetime] = {}  # entries another computer's Afterview wrote since
        initial = _read(path)
        seed = initial is None and bool(legacy)
        if initial is None:
            initial = {TABLE: {str(SINGLE_DOC): dict(legacy)}} if legacy and read_only else {}
        self._db = TinyDB(
            path, storage=AtomicJSONStorage, initial=initial, read_only=read_only, after_write=self._written
        )
        if seed and not read_only:
            # Written now: the data file drops its old copy of the log at its next save.
            put_document(self._db.table(TABLE, cache_size=0), SINGLE_DOC, dict(legacy or {}))

    def fired(self) -> dict[str, datetime]:
        """When each step's reminder was last raised (step key → UTC instant), here or, when a sync
        tool brought the other computer's log in place of ours, there (united, never overwritten)."""
        self._catch_up()
        return unite_fired(_entries(self._db.table(TABLE, cache_size=0).get(doc_id=SINGLE_DOC)), self._others)

    def _catch_up(self) -> None:
        stamp = _stamp(self.path)
        if stamp is None or stamp == self._seen:
            return
        self._seen = stamp
        data = _read(self.path)
        theirs = _entries((data or {}).get(TABLE, {}).get(str(SINGLE_DOC)))
        self._others = unite_fired(self._others, theirs)
        log.info("The reminder log was changed by another computer: %d entries taken in", len(theirs))

    def _written(self, _payload: bytes) -> None:
        self._seen, self._others = _stamp(self.path), {}

    def record(self, keys: Iterable[str], at: datetime) -> None:
        entries = {key: value for key, value in self.fired().items() if at - value < KEEP}
        entries.update((key, at) for key in keys)
        doc = {key: instant_text(value) for key, value in entries.items()}
        put_document(self._db.table(TABLE, cache_size=0), SINGLE_DOC, doc)

    def replace(self, entries: Mapping[str, datetime]) -> None:
        """The log becomes exactly ``entries`` (two computers' logs merged)."""
        doc = {key: instant_text(value) for key, value in entries.items()}
        put_document(self._db.table(TABLE, cache_size=0), SINGLE_DOC, doc)

    def close(self) -> None:
        self._db.close()


def _entries(doc: Any) -> dict[str, datetime]:
    found = {}
    for key, value in (doc if isinstance(doc, dict) else {}).items():
        try:
            found[key] = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            log.warning("Ignoring a malformed reminder log entry for %s", key)
    return found


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _read(path: Path) -> dict[str, Any] | None:
    """The log's tables, or None when there is no usable file (missing or damaged)."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as error:
        log.warning("The reminder log %s cannot be read (%s); starting a new one", path, error)
        return None
    tables_ok = isinstance(data, dict) and all(isinstance(table, dict) for table in data.values())
    return data if tables_ok else None
