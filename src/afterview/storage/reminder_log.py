"""The raised-reminder log: which step's reminder was last raised when, in a file of its own.

It is not the user's data: the tray writes it each time a reminder fires, and that must never
rewrite (or, in a crash, risk) the file holding the applications. It is a TinyDB database of its
own (``reminders.json`` beside the data, through the same crash-safe storage). A damaged log is
started afresh: at worst a reminder is raised once more.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from afterview.domain.codec import instant_text
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
        initial = _read(path)
        seed = initial is None and bool(legacy)
        if initial is None:
            initial = {TABLE: {str(SINGLE_DOC): dict(legacy)}} if legacy and read_only else {}
        self._db = TinyDB(path, storage=AtomicJSONStorage, initial=initial, read_only=read_only)
        if seed and not read_only:
            # Written now: the data file drops its old copy of the log at its next save.
            put_document(self._db.table(TABLE, cache_size=0), SINGLE_DOC, dict(legacy or {}))

    def fired(self) -> dict[str, datetime]:
        """When each step's reminder was last raised (step key → UTC instant)."""
        doc = self._db.table(TABLE, cache_size=0).get(doc_id=SINGLE_DOC)
        found = {}
        for key, value in (doc or {}).items():
            try:
                found[key] = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                log.warning("Ignoring a malformed reminder log entry for %s", key)
        return found

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
